import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { patternDetectors, ruleDetectors, nlpDetectors } from '../../../src/text/detectors/index.js';
import { patternDetectorsByFile } from '../../../src/text/detectors/rules/patterns/index.js';
import { PHI_TYPES } from '../../../src/text/types.js';

const dir = fileURLToPath(new URL('../../../src/text/detectors/rules/patterns/', import.meta.url));

describe('pattern detector registry', () => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
    .map((f) => f.replace(/\.ts$/, ''));

  it.each(files)('registers patterns/%s.ts', (file) => {
    expect(Object.keys(patternDetectorsByFile)).toContain(file);
  });

  it('has a test file for every detector file', () => {
    const tests = readdirSync(fileURLToPath(new URL('.', import.meta.url)));
    for (const f of files) expect(tests).toContain(`${f}.test.ts`);
  });

  it('gives every detector a unique rules/ name, known types and the rules algorithm', () => {
    const names = patternDetectors.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of patternDetectors) {
      expect(d.name).toMatch(/^rules\//);
      expect(d.algorithm).toBe('rules');
      for (const t of d.types) expect(PHI_TYPES).toContain(t);
    }
  });

  it('puts the pattern detectors first in the rules algorithm', () => {
    expect(ruleDetectors.slice(0, patternDetectors.length)).toEqual(patternDetectors);
    expect(Array.isArray(nlpDetectors)).toBe(true);
  });
});
