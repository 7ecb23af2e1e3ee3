import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPerceptron, trainPerceptron } from '../../../src/text/detectors/nlp/averagedPerceptron.js';
import { generateNotes } from '../../../src/text/detectors/nlp/train/generate.js';
import { nlpLexicons } from '../../../src/text/detectors/nlp/_resources.js';
import { isDeidError } from '../../../src/errors.js';

describe('averaged perceptron', () => {
  it('learns a separable toy problem and round-trips through JSON', () => {
    const t = trainPerceptron(['O', 'NAME']);
    const data: [string[], number][] = [
      [['w=smith', 'cap'], 1],
      [['w=the', 'low'], 0],
      [['w=jones', 'cap'], 1],
      [['w=and', 'low'], 0],
    ];
    for (let e = 0; e < 5; e++) for (const [fs, y] of data) t.update(fs, y, t.predict(fs));
    const p = loadPerceptron(JSON.parse(JSON.stringify(t.finish())));
    expect(p.predict(['cap'])).toBe(1);
    expect(p.predict(['low'])).toBe(0);
  });

  it.each([
    [{ version: 2, labels: ['O', 'X'], weights: {} }],
    [{ version: 1, labels: ['O'], weights: {} }],
    [{ version: 1, labels: ['O', 'X'], weights: { f: [1] } }],
    [{ version: 1, labels: ['O', 'X'], weights: { f: [1, Number.NaN] } }],
  ])('rejects a malformed model with CONFIG_INVALID: %j', (m) => {
    let err: unknown;
    try {
      loadPerceptron(m as never);
    } catch (e) {
      err = e;
    }
    expect(isDeidError(err) && err.code).toBe('CONFIG_INVALID');
  });
});

describe('synthetic training data', () => {
  it('is deterministic for a seed and its spans point at the filled-in PHI', () => {
    const a = generateNotes(20, 's1', nlpLexicons());
    const b = generateNotes(20, 's1', nlpLexicons());
    expect(a).toEqual(b);
    for (const n of a) for (const s of n.spans) expect(n.text.slice(s.start, s.end)).toMatch(/^[\p{L}\p{N}](?:[^]*[\p{L}\p{N}])?$/u);
    expect(a.some((n) => n.spans.length > 0)).toBe(true);
  });
});

describe('training script', () => {
  it('runs with node --import tsx on a tiny generated set and writes a model that loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-train-'));
    const out = join(dir, 'model.json');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/text/detectors/nlp/train/train.ts', '--notes', '60', '--epochs', '1', '--out', out], {
      encoding: 'utf8',
    });
    expect(stdout).toMatch(/trained on 60 synthetic notes/);
    const model = JSON.parse(readFileSync(out, 'utf8'));
    const p = loadPerceptron(model);
    expect(p.labels).toEqual(['O', 'NAME', 'LOCATION', 'HOSPITAL']);
    expect(model.meta.notes).toBe(60);
  });
});
