import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaroWinklerSimilarity } from '../../src/_lib/jaroWinkler.js';

describe('jaroWinklerSimilarity', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.9611],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.8133],
    ['CRATE', 'TRACE', 0.7333],
    ['ABCDEFGHIJ', 'ABCDEFGHIX', 0.96],
  ])('gives the textbook similarity of %s and %s', (a, b, expected) => {
    expect(jaroWinklerSimilarity(a, b)).toBeCloseTo(expected, 4);
  });

  it('counts only matches inside the window of ⌊max length / 2⌋ − 1 characters', () => {
    expect(jaroWinklerSimilarity('AB', 'BA')).toBe(0);
    expect(jaroWinklerSimilarity('TM', 'M')).toBe(0);
    expect(jaroWinklerSimilarity('DUANE', 'A')).toBe(0);
  });

  it('is case-sensitive, 1 for equal strings (two empty ones too) and 0 against an empty string', () => {
    expect(jaroWinklerSimilarity('', '')).toBe(1);
    expect(jaroWinklerSimilarity('', 'A')).toBe(0);
    expect(jaroWinklerSimilarity('martha', 'MARTHA')).toBe(0);
  });

  it('adds the prefix bonus below a Jaro score of 0.7 as well (as the linkage thresholds were set with)', () => {
    // Jaro (2/4 + 2/5 + 2/2) / 3 = 0.6333 (A and B match, in order); common prefix "AB": + 2 × 0.1 × (1 − 0.6333)
    expect(jaroWinklerSimilarity('ABCD', 'ABXYZ')).toBeCloseTo(0.6333 + 0.2 * (1 - 0.6333), 3);
  });

  it('stays in [0, 1] and is 1 on equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const s = jaroWinklerSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(jaroWinklerSimilarity(a, a)).toBe(1);
      }),
    );
  });
});
