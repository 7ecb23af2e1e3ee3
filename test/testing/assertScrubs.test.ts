import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { assertScrubs, checkScrubs } from '../../src/testing/index.js';
import { fakeScrub, wordScrubber } from './_fakes.js';

describe('assertScrubs', () => {
  it('passes and returns the output when every annotated span is removed and the kept word survives', () => {
    expect(assertScrubs(fakeScrub, 'Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]] for Parkinson', { keep: 'Parkinson' })).toBe('Seen by ___ on ___ for Parkinson');
  });

  it('throws an AssertionError naming the missed token when the scrubber misses a span', () => {
    expect(() => assertScrubs(fakeScrub, 'Call [[NAME:Mrs. Ames]] on [[DATE:3/4/2012]]')).toThrow(AssertionError);
    expect(() => assertScrubs(fakeScrub, 'Call [[NAME:Mrs. Ames]] on [[DATE:3/4/2012]]')).toThrow(/missed NAME token "Ames"/);
  });

  it('fails when a reported span was not actually removed from the output', () => {
    const liar = (t: string) => ({ text: t, spans: [{ start: 0, end: t.length }] });
    expect(() => assertScrubs(liar, '[[NAME:Ames]] was here')).toThrow(/leaked NAME "Ames"/);
  });

  it('fails when a word to keep was scrubbed', () => {
    const greedy = wordScrubber(['Ames', 'Parkinson']);
    expect(() => assertScrubs(greedy, 'Dr [[NAME:Ames]] treats Parkinson', { keep: ['Parkinson'] })).toThrow(/did not keep "Parkinson"/);
  });

  it('checks only the requested types', () => {
    expect(checkScrubs(fakeScrub, 'Call [[NAME:Mrs. Ames]] on [[DATE:3/4/2012]]', { types: ['DATE'] }).pass).toBe(true);
    expect(checkScrubs(fakeScrub, 'Call [[NAME:Mrs. Ames]] on [[DATE:3/4/2012]]', { types: ['NAME'] }).pass).toBe(false);
  });

  it('rejects a keep word that is not in the input (a broken test, not a scrubber failure)', () => {
    expect(() => assertScrubs(fakeScrub, 'Seen by [[NAME:Dr. Ames]]', { keep: 'Parkinson' })).toThrow(/INPUT_INVALID/);
    expect(() => assertScrubs(fakeScrub, 'Seen by [[NAME:Dr. Ames]] re Parkinsonism', { keep: 'Parkinson' })).toThrow(/INPUT_INVALID/);
  });
});
