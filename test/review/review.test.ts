import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReviewSampler } from '../../src/review/sampler.js';
import { selectReviewSample } from '../../src/review/selectSample.js';
import { readReviewPool, reviewPoolPath } from '../../src/review/pool.js';
import { writeReviewPage } from '../../src/review/writeReviewPage.js';
import { formatAllowlistSuggestions, suggestAllowlist } from '../../src/review/suggestAllowlist.js';
import { renderReviewPage } from '../../src/review/renderReviewPage.js';
import { readCorpus } from '../../src/testing/index.js';
import { NOTES, reviewNote, writeFixtureRun } from './_fixture.js';

const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'ehr-deid-review-unit-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('createReviewSampler', () => {
  it('keeps a bounded pool: random notes per table, the least confident, and a few per detector', () => {
    const s = createReviewSampler({ perTable: 5, lowConfidence: 2, perDetector: 1, seed: 'k' });
    for (let row = 1; row <= 1000; row++) {
      const rare = row === 777;
      const note = reviewNote(row % 2 ? 'a' : 'b', row, `note ${row} by Dr. Ames`, [['Ames', 'NAME', rare ? 'rules/rare' : 'rules/common', row === 500 ? 0.1 : 0.9]]);
      const { priority: _p, ...offered } = note;
      s.offer(offered);
    }
    const pool = s.notes();
    expect(pool.length).toBeLessThanOrEqual(5 * 2 + 2 * 2 + 2);
    expect(pool.filter((n) => n.table === 'a').length).toBeGreaterThanOrEqual(5);
    expect(pool.some((n) => n.row === 777)).toBe(true); // the only note of its detector
    expect(pool.some((n) => n.row === 500)).toBe(true); // the least confident
  });

  it('draws the same sample for the same seed and another for another seed', () => {
    const rows = (seed: string): number[] => {
      const s = createReviewSampler({ perTable: 3, lowConfidence: 0, perDetector: 0, seed });
      for (let row = 1; row <= 100; row++) s.offer({ table: 't', column: 'c', row, noteId: null, text: 'x', released: 'x', spans: [] });
      return s.notes().map((n) => n.row);
    };
    expect(rows('a')).toEqual(rows('a'));
    expect(rows('a')).not.toEqual(rows('b'));
  });
});

describe('selectReviewSample', () => {
  it('covers every detector and table first, least confident first', () => {
    const shown = selectReviewSample(NOTES, 3);
    expect(shown.map((n) => n.noteId)).toEqual(['notes-1', 'notes-2', 'reports-1']);
    expect(selectReviewSample(NOTES, 1)).toHaveLength(1);
  });
});

describe('writeReviewPage', () => {
  it('writes one owner-only page into the secrets folder', () => {
    const run = writeFixtureRun(temp());
    const r = writeReviewPage({ ...run, sample: 2 });
    expect(r.path).toBe(join(run.secrets, 'review', 'review.html'));
    expect(statSync(r.path).mode & 0o777).toBe(0o600);
    expect(r).toMatchObject({ shown: 2, pool: 3 });
  });

  it('refuses a pool of another run, a missing pool and nested folders', () => {
    const run = writeFixtureRun(temp());
    writeFileSync(join(run.release, 'report.json'), JSON.stringify({ startedAt: '2030-01-01T00:00:00.000Z' }));
    expect(() => writeReviewPage(run)).toThrow(/INPUT_INVALID.*another run/);
    rmSync(reviewPoolPath(run.secrets));
    expect(() => writeReviewPage(run)).toThrow(/IO_FAILED/);
    expect(() => writeReviewPage({ release: run.release, secrets: join(run.release, 'secrets') })).toThrow(/IO_FAILED.*contain/);
    expect(() => writeReviewPage({ ...run, sample: 0 })).toThrow(/CONFIG_INVALID/);
  });

  it('names the line of a malformed pool, never its text', () => {
    const run = writeFixtureRun(temp());
    writeFileSync(reviewPoolPath(run.secrets), `${JSON.stringify({ kind: 'ehr-deid-review-pool', version: 1, startedAt: 'x' })}\n{"text":"Secret Name"\n`);
    try {
      readReviewPool(run.secrets);
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toMatch(/pool\.jsonl:2\)/);
      expect(JSON.stringify(e)).not.toContain('Secret');
    }
  });
});

describe('renderReviewPage', () => {
  it('embeds the notes so that no text can close its script element', () => {
    const html = renderReviewPage([reviewNote('t', 1, 'x </script><script>alert(1)</script> Ames', [['Ames', 'NAME', 'r/x', 1]])], { release: 'r', startedAt: 's', poolSize: 1 });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('\\u003c/script>');
  });
});

describe('suggestAllowlist', () => {
  const line = (text: string, over: [number, number, string, string[]][]) => JSON.stringify({ id: 'x', text, phi: [], overscrub: over.map(([start, end, type, sources]) => ({ start, end, type, sources })) });

  it('counts over-scrubbed texts and writes them as an allow-list file by type', () => {
    const marks = [line('Parkinson disease', [[0, 9, 'NAME', ['rules/name-lexicon']]]), line('parkinson  again; Foley in place', [[0, 9, 'NAME', ['nlp/x']], [18, 23, 'NAME', ['rules/y']]])].join('\n');
    const s = suggestAllowlist(marks);
    expect(s).toEqual([
      { text: 'Parkinson', count: 2, types: ['NAME'], sources: ['nlp/x', 'rules/name-lexicon'] },
      { text: 'Foley', count: 1, types: ['NAME'], sources: ['rules/y'] },
    ]);
    expect(formatAllowlistSuggestions(s)).toContain('# types: NAME\n# 2 over-scrubs (nlp/x, rules/name-lexicon)\nParkinson\n# 1 over-scrub (rules/y)\nFoley\n');
  });

  it('names the line of a bad record', () => {
    expect(() => suggestAllowlist('{"text":"a","overscrub":[{"start":0,"end":9}]}\n', 'm.jsonl')).toThrow(/INPUT_INVALID.*m\.jsonl:1/);
    expect(() => suggestAllowlist('\nnot json', 'm.jsonl')).toThrow(/line 2|:2/);
  });
});

describe('readCorpus', () => {
  it('reads corpus JSONL into annotated cases', () => {
    const c = readCorpus('{"id":"a","text":"Dr. Ames","phi":[{"start":4,"end":8,"type":"NAME"}]}\n\n{"id":2,"text":"x","phi":[]}\n');
    expect(c).toEqual([
      { id: 'a', text: 'Dr. Ames', spans: [{ start: 4, end: 8, type: 'NAME', text: 'Ames' }] },
      { id: '2', text: 'x', spans: [] },
    ]);
    expect(() => readCorpus('{"text":"x","phi":[{"start":0,"end":5}]}')).toThrow(/line 1/);
  });
});
