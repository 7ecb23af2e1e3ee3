import { describe, expect, it } from 'vitest';
import { evaluateScrubber, parseAnnotated } from '../../src/testing/index.js';
import { fakeScrub, wordScrubber } from './_fakes.js';

describe('evaluateScrubber', () => {
  it('scores a perfect scrubber 1/1 per token', () => {
    const r = evaluateScrubber(fakeScrub, ['Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]].', 'Nothing to see.']);
    expect(r).toMatchObject({ recall: 1, precision: 1, f2: 1, goldTokens: 5, caughtTokens: 5, predictedTokens: 5, misses: [] });
    expect(r.perType).toEqual({ NAME: { gold: 2, caught: 2, recall: 1 }, DATE: { gold: 3, caught: 3, recall: 1 } });
  });

  it('lists each missed gold token with its case and offsets', () => {
    const r = evaluateScrubber(fakeScrub, ['ok [[DATE:1/2/2010]]', 'Call [[NAME:Mrs. Ames]] at [[PHONE:617-555-0100]]']);
    expect(r.goldTokens).toBe(3 + 2 + 3);
    expect(r.recall).toBeCloseTo(3 / 8);
    expect(r.misses.map((m) => [m.case, m.type, m.token])).toEqual([
      [1, 'NAME', 'Mrs'],
      [1, 'NAME', 'Ames'],
      [1, 'PHONE', '617'],
      [1, 'PHONE', '555'],
      [1, 'PHONE', '0100'],
    ]);
    expect(r.misses[1]).toMatchObject({ start: 10, end: 14 });
    expect(r.perType.PHONE!.recall).toBe(0);
  });

  it('counts over-scrubbed tokens against precision', () => {
    const r = evaluateScrubber(wordScrubber(['Ames', 'Parkinson']), ['Dr [[NAME:Ames]] treats Parkinson']);
    expect(r).toMatchObject({ recall: 1, precision: 0.5, predictedTokens: 2 });
    expect(r.falsePositives).toEqual([{ case: 0, start: 15, end: 24, token: 'Parkinson' }]);
    expect(r.f2).toBeCloseTo((5 * 0.5 * 1) / (4 * 0.5 + 1));
  });

  it('counts a partly covered token as caught (lenient overlap)', () => {
    const partial = (t: string) => ({ text: t, spans: [{ start: t.indexOf('Cal'), end: t.indexOf('Cal') + 3 }] });
    expect(evaluateScrubber(partial, ['[[NAME:Calvert]] came']).recall).toBe(1);
  });

  it('accepts parsed cases and returns 1 for empty denominators', () => {
    expect(evaluateScrubber(fakeScrub, [parseAnnotated('no phi')])).toMatchObject({ recall: 1, precision: 1, goldTokens: 0 });
  });

  it('counts cases with a miss, PHI-free cases and the PHI-free cases it touched', () => {
    const r = evaluateScrubber(wordScrubber(['Ames', 'Parkinson']), [
      'Dr [[NAME:Ames]] saw [[NAME:Quenby]]',
      'Dr [[NAME:Ames]] only',
      'Parkinson disease, stable',
      'Nothing to see',
    ]);
    expect(r).toMatchObject({ cases: 4, casesWithMiss: 1, phiFreeCases: 2, phiFreeCasesTouched: 1 });
  });

  it('reports character recall stricter than token recall for a partly covered token', () => {
    const partial = (t: string) => ({ text: t, spans: [{ start: 0, end: 3 }] });
    const r = evaluateScrubber(partial, ['[[NAME:Calvert]] came']);
    expect(r.recall).toBe(1);
    expect(r.charRecall).toBeCloseTo(3 / 7);
  });

  it('types a token shared by two gold spans after the leftmost span, whatever their order', () => {
    const none = (t: string) => ({ text: t, spans: [] });
    const text = 'at 12Elm';
    const spans = [
      { start: 3, end: 5, type: 'ID', text: '12' },
      { start: 0, end: 8, type: 'LOCATION', text: 'at 12Elm' },
    ];
    expect(Object.keys(evaluateScrubber(none, [{ text, spans }]).perType)).toEqual(['LOCATION']);
  });

  it.each([
    ['a span past the end', () => ({ text: '', spans: [{ start: 0, end: 99 }] }), /SPAN_INVALID/],
    ['start > end', () => ({ text: '', spans: [{ start: 2, end: 1 }] }), /SPAN_INVALID/],
    ['a result without spans', () => ({ text: '' }) as never, /INPUT_INVALID/],
  ])('rejects a scrub function returning %s', (_w, scrub, err) => {
    expect(() => evaluateScrubber(scrub, ['some text'])).toThrow(err);
  });
});
