import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { _bestNameSimilarity, _fuzzyNameWords, FUZZY_NAME_THRESHOLD, fuzzyNameDetector } from '../../../src/text/detectors/nlp/fuzzyName.js';
import { nlpLexicons } from '../../../src/text/detectors/nlp/_resources.js';
import { nlpDetectors } from '../../../src/text/detectors/nlp/index.js';

function found(text: string, spans: readonly { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('nlp/fuzzy-name', () => {
  it('compares with exactly the lexicon first names and surnames that are not everyday words', () => {
    const lex = nlpLexicons();
    const keep = (w: string): boolean => !lex.commonWords.has(w) && !lex.english.has(w);
    const expected = [...new Set([...[...lex.firstNames].filter(keep), ...[...lex.surnames].filter(keep)])].sort();
    expect([..._fuzzyNameWords()].sort()).toEqual(expected);
  });

  it.each([
    ['Spoke with Elizabteh about the plan.', 'Elizabteh'],
    ['Message left for Chirstopher re: meds.', 'Chirstopher'],
    ['Dr. Rodriguex aware.', 'Rodriguex'],
  ])('finds the misspelt name in %j', (text, name) => {
    expect(found(text, fuzzyNameDetector.detect(createTextContext(text)))).toEqual([name]);
  });

  it.each([
    ['a drug close to a name', 'Started Heparin drip, then Lasix.'],
    ['a misspelt name in an upper-case note without a cue', 'SPOKE WITH CHIRSTOPHER.'],
    ['a lower-case word mid-sentence', 'pt elizabteh today'],
    ['a sentence-initial unknown word', 'Elizabteh is not a cue here.'],
    ['a clipped word close to a name (W.TRUNC)', 'The mediastinal and Hilar contours are normal.'],
  ])('ignores %s', (_, text) => {
    expect(fuzzyNameDetector.detect(createTextContext(text))).toEqual([]);
  });

  it.each([
    ['elizabteh', true],
    ['rodriguex', true],
    ['furosemide', false],
    ['tylenol', false],
  ])('similarity of %s to the name lexicons passes the threshold: %s', (word, close) => {
    expect(_bestNameSimilarity(word) >= FUZZY_NAME_THRESHOLD).toBe(close);
  });
});

describe('nlpDetectors', () => {
  it('lists every NLP detector once, all of algorithm nlp', () => {
    expect(nlpDetectors.map((d) => d.name)).toEqual(['nlp/sequence-labeller', 'nlp/fuzzy-name']);
    expect(nlpDetectors.every((d) => d.algorithm === 'nlp')).toBe(true);
  });

  it.each([
    ['a 1 MB line of words', 'Ashworth '.repeat(116_000)],
    ['a long digit run', '1'.repeat(1_000_000)],
    ['repeated punctuation', '.-/'.repeat(333_000)],
    ['alternating capitals', 'Aa Bb '.repeat(170_000)],
  ])('survives adversarial input: %s', (_, text) => {
    const ctx = createTextContext(text);
    for (const d of nlpDetectors) {
      const spans = d.detect(ctx);
      for (const s of spans) expect(s.end).toBeLessThanOrEqual(text.length);
    }
  });
});
