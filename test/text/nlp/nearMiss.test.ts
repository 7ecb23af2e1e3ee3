import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNearMissIndex, NEAR_MISS_MIN_LENGTH } from '../../../src/text/detectors/nlp/_nearMiss.js';
import { W, wordFlags } from '../../../src/text/detectors/nlp/_seqFeatures.js';
import { nlpLexicons } from '../../../src/text/detectors/nlp/_resources.js';

const known = [new Set(['steady', 'family', 'transplant', 'agitation', 'lethargy', 'toilet'])];
const index = createNearMissIndex(known);
const isNearMiss = (w: string, _k: unknown): boolean => index.isNearMiss(w);

describe('near misses: one typing slip from a known word', () => {
  it.each([
    ['staedy', 'two letters swapped'],
    ['famliy', 'two letters swapped'],
    ['tranplant', 'a letter dropped'],
    ['aggitation', 'a letter doubled'],
    ['lethergy', 'a letter changed'],
    ['toliet', 'two letters swapped'],
  ])('finds %s (%s)', (word) => {
    expect(isNearMiss(word, known)).toBe(true);
  });

  it.each([
    ['quxworthy', 'no known word near'],
    ['xteady', 'the first letter is kept'],
    ['stdy', 'too short'],
    ['stea-dy', 'letters only'],
    ['sxaxdy', 'two edits away'],
  ])('leaves %s (%s)', (word) => {
    expect(isNearMiss(word, known)).toBe(false);
  });

  it('finds every one-edit slip past the first letter of a known word', () => {
    const words = [...known[0]!];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 25 }), (wi, pos, kind, letter) => {
        const w = words[wi]!;
        const at = 1 + (pos % (w.length - 2));
        const ch = String.fromCharCode(97 + letter);
        const slip = [w.slice(0, at) + w.slice(at + 1), w.slice(0, at) + ch + w.slice(at), w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2), w.slice(0, at) + ch + w.slice(at + 1)][kind]!;
        if (slip === w || slip.length < NEAR_MISS_MIN_LENGTH) return;
        expect(isNearMiss(slip, known)).toBe(true);
      }),
    );
  });

  it('answers the same before and after it builds its hash table', () => {
    const lists = [new Set(['steady', 'family', 'transplant', 'agitation', 'lethargy', 'toilet', 'pneumonia', 'rhonchi'])];
    const early = createNearMissIndex(lists);
    const late = createNearMissIndex(lists);
    for (let i = 0; i < 1001; i++) late.isNearMiss('zzzzzz');
    const word = fc.oneof(
      fc.constantFrom(...lists[0]!).chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: 1, max: w.length - 1 }), fc.integer({ min: 0, max: 25 })).map(([x, at, c]) => x.slice(0, at) + String.fromCharCode(97 + c) + x.slice(at + 1))),
      fc.stringMatching(/^[a-z]{4,12}$/),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        for (const w of words) expect(late.isNearMiss(w)).toBe(early.isNearMiss(w));
      }),
      { numRuns: 20 },
    );
  });

  it('flags misspelt everyday and clinical words for the labeller, not names or unknown surnames', () => {
    const lex = nlpLexicons();
    const near = (w: string): boolean => (wordFlags(w, lex) & W.NEAR) !== 0;
    expect(['staedy', 'famliy', 'aggitation', 'amioderone', 'suctiong'].every(near)).toBe(true);
    // in a lexicon already (a name, an everyday word) or far from every word
    expect(['barton', 'hartley', 'steady', 'family', 'quxworthy', 'zebulon'].some(near)).toBe(false);
    // a name hidden from the lexicons in training is an unknown word: flagged only when it is a slip
    expect((wordFlags('quxworthy', lex, true) & W.NEAR) !== 0).toBe(false);
  });
});
