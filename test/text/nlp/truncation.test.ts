import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTruncationIndex, TRUNCATION_MIN_LENGTH } from '../../../src/text/detectors/nlp/_truncation.js';
import { W, wordFlags } from '../../../src/text/detectors/nlp/_seqFeatures.js';
import { nlpLexicons } from '../../../src/text/detectors/nlp/_resources.js';

const words = ['significant', 'diminished', 'clindamycin', 'metoprolol', 'continue', 'elevated', 'adequate', 'zebra'];
const index = createTruncationIndex([new Set(words.slice(0, 4)), new Set(words.slice(4))]);

describe('truncations: the start of a longer known word', () => {
  it.each(['signif', 'dimin', 'clinda', 'metop', 'contin', 'elev', 'adeq'])('finds %s', (w) => {
    expect(index.isTruncation(w)).toBe(true);
  });

  it.each([
    ['sig', 'too short'],
    ['significan', 'only one letter clipped'],
    ['significant', 'the word itself'],
    ['zebr', 'its word is too short to clip'],
    ['quxworthy', 'starts no known word'],
    ['clin-da', 'letters only'],
  ])('leaves %s (%s)', (w) => {
    expect(index.isTruncation(w)).toBe(false);
  });

  it('agrees with a linear scan over the lists (property)', () => {
    const all = new Set(words.filter((w) => w.length >= TRUNCATION_MIN_LENGTH + 2));
    const word = fc.oneof(
      fc.constantFrom(...words).chain((w) => fc.integer({ min: 1, max: w.length }).map((k) => w.slice(0, k))),
      fc.stringMatching(/^[a-z]{1,13}$/),
    );
    fc.assert(
      fc.property(word, (q) => {
        const scan = q.length >= TRUNCATION_MIN_LENGTH && q.length <= 12 && [...all].some((w) => w.startsWith(q) && w.length >= q.length + 2);
        expect(index.isTruncation(q)).toBe(scan);
      }),
    );
  });

  it('flags clipped everyday and clinical words for the labeller, not names or unknown surnames', () => {
    const lex = nlpLexicons();
    const trunc = (w: string, hide = false): boolean => (wordFlags(w, lex, hide) & W.TRUNC) !== 0;
    expect(['dimin', 'elev', 'clinda', 'metop', 'ceftaz', 'adeq'].every((w) => trunc(w))).toBe(true);
    // a lexicon word, a slip (W.NEAR instead) or a name, shown or hidden
    expect(['diminished', 'barton', 'hartley', 'quxworthy', 'zebulon', 'famliy'].some((w) => trunc(w))).toBe(false);
    expect(['quxworthy', 'gaudreau', 'kessler'].some((w) => trunc(w, true))).toBe(false);
  });
});
