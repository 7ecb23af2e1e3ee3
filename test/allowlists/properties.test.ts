import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterColumn, loadAllowlist, normaliseLexiconEntry } from '../../src/allowlists/index.js';
import { lexiconDetectors } from '../../src/text/detectors/rules/lexicons/index.js';
import { createTextContext } from '../../src/text/context.js';

const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 4 });

describe('allow-list properties', () => {
  it('an entry matches itself whatever its case, spacing and punctuation', () => {
    fc.assert(
      fc.property(phrase, fc.constantFrom(' ', '  ', '. ', '-', ' \t'), (words, sep) => {
        const list = loadAllowlist([words.join(' ')]);
        expect(list.has(words.join(sep).toUpperCase())).toBe(true);
        expect(list.has(`  ${words.join(sep).toLowerCase()} `)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const once = normaliseLexiconEntry(s);
        expect(normaliseLexiconEntry(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('filterColumn keeps length and nulls, and only ever outputs listed values, empties, nulls or the replacement', () => {
    const list = loadAllowlist(['MICU', 'SICU']);
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('MICU', 'sicu', 'Jones', '', 'MICU 4', 'x y'), { nil: null })), (values) => {
        const r = filterColumn(values, list);
        expect(r.values.length).toBe(values.length);
        r.values.forEach((v, i) => {
          if (values[i] === null) expect(v).toBeNull();
          else expect(v === '___' || v === values[i]).toBe(true);
          if (v !== null && v !== '___' && v.trim() !== '') expect(list.has(v)).toBe(true);
        });
        expect(r.replaced).toBe(r.values.filter((v) => v === '___').length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lexicon detector properties', () => {
  it('spans are inside the text, non-empty, and start and end on token boundaries', () => {
    const tokenish = fc.constantFrom('Emily', 'KOWALSKI', 'St.', 'Hospital', 'lives', 'in', 'Worcester', 'Dr.', 'O', "'", 'Donnell', ',', '\n', ' ', 'MAY', 'Foley', 'J', 'per', '7/22');
    fc.assert(
      fc.property(fc.array(tokenish, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const ctx = createTextContext(text);
        for (const d of lexiconDetectors) {
          for (const s of d.detect(ctx)) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.start).toBeLessThan(s.end);
            expect(/[\p{L}\p{N}]/u.test(text[s.start]!)).toBe(true);
            expect(/[\p{L}\p{N}]/u.test(text[s.end - 1]!)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
