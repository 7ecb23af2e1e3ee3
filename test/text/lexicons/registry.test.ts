import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconDetectors, lexiconDetectorsByFile } from '../../../src/text/detectors/rules/lexicons/index.js';
import { packagePath } from '../../../src/_lib/packageRoot.js';

describe('lexicon detector registry', () => {
  const dir = packagePath('src', 'text', 'detectors', 'rules', 'lexicons');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every detector file in index.ts', () => {
    expect(Object.keys(lexiconDetectorsByFile).sort()).toEqual(files.sort());
    expect(lexiconDetectors.length).toBe(files.length);
  });

  it('gives each detector a unique rules/*-lexicon name and the rules algorithm', () => {
    const names = lexiconDetectors.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of lexiconDetectors) {
      expect(d.name).toMatch(/^rules\/[a-z]+-lexicon$/);
      expect(d.algorithm).toBe('rules');
    }
  });
});
