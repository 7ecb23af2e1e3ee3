import { describe, expect, it } from 'vitest';
import { createDeidMatchers, deidMatchers, installDeidMatchers, type DeidMatchers } from '../../src/testing/index.js';
import { fakeScrub } from './_fakes.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends DeidMatchers<T> {}
}

installDeidMatchers(expect, { scrub: fakeScrub });

describe('vitest matchers', () => {
  it('toRemoveAllPhi passes for a scrubber that removes every span, and .not inverts it', () => {
    expect('Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]]').toRemoveAllPhi();
    expect('Call [[NAME:Mrs. Ames]]').not.toRemoveAllPhi();
  });

  it('toRemoveAllPhi throws for a scrubber that misses a span', () => {
    expect(() => expect('Call [[NAME:Mrs. Ames]] on [[DATE:3/4/2012]]').toRemoveAllPhi()).toThrow(/missed NAME token "Mrs"/);
  });

  it('toRemovePhi checks only the given types', () => {
    expect('Call [[NAME:Mrs. Ames]] on [[DATE:3/4/2012]]').toRemovePhi('DATE');
    expect(() => expect('Call [[NAME:Mrs. Ames]] on [[DATE:3/4/2012]]').toRemovePhi(['NAME', 'DATE'])).toThrow(/missed NAME/);
  });

  it('toKeep passes when the word survives and fails when it is scrubbed', () => {
    expect('Seen by [[NAME:Dr. Ames]] for Parkinson').toKeep('Parkinson');
    const greedy = (t: string) => ({ text: t.replace('Parkinson', '___'), spans: t.includes('Parkinson') ? [{ start: t.indexOf('Parkinson'), end: t.indexOf('Parkinson') + 9 }] : [] });
    expect(() => expect('Seen for Parkinson').toKeep('Parkinson', greedy)).toThrow(/did not keep "Parkinson"/);
  });

  it('uses a scrub function passed to the matcher over the installed one', () => {
    const nothing = (t: string) => ({ text: t, spans: [] });
    expect(() => expect('[[NAME:Dr. Ames]]').toRemoveAllPhi(nothing)).toThrow(/missed/);
  });

  it('deidMatchers has no default scrubber and says so', () => {
    expect(() => deidMatchers.toRemoveAllPhi.call({}, '[[NAME:Dr. Ames]]')).toThrow(/no scrub function/);
    expect(deidMatchers.toRemoveAllPhi.call({}, '[[NAME:Dr. Ames]]', fakeScrub).pass).toBe(true);
  });

  it('gives a message for the negated case too', () => {
    const m = createDeidMatchers({ scrub: fakeScrub }).toRemoveAllPhi.call({ isNot: true }, '[[NAME:Dr. Ames]]');
    expect(m.pass).toBe(true);
    expect(m.message()).toMatch(/expected the scrubber not to remove/);
  });

  it('rejects a non-string received value', () => {
    expect(() => expect(42 as unknown as string).toRemoveAllPhi()).toThrow(/INPUT_INVALID/);
  });
});
