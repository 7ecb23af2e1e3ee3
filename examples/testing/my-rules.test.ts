/**
 * Example: unit-test your de-identification rules with ehr-deid/testing and vitest.
 * Copy this file into your project's test folder and run `npx vitest run`.
 *
 * Annotate the PHI in each test string with [[TYPE:text]]; the helpers check that the
 * scrubber removes every annotated span (token by token) and keeps the words you name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createScrubber } from 'ehr-deid';
import { assertScrubs, evaluateScrubber, installDeidMatchers, type DeidMatchers } from 'ehr-deid/testing';

// Type the matchers for vitest (put this in a .d.ts file once for the whole project).
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends DeidMatchers<T> {}
}

// Your scrubber, configured as in production (add your own detectors and allow lists here).
const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text);

beforeAll(() => {
  installDeidMatchers(expect, { scrub });
});

describe('our discharge notes', () => {
  it('removes the clinician and the visit date', () => {
    expect('Seen by Dr. [[NAME:Ames]] on [[DATE:3/4/2012]].').toRemoveAllPhi();
  });

  it('removes phone numbers', () => {
    expect('Call the clinic at [[PHONE:617-555-0143]] with questions.').toRemovePhi('PHONE');
  });

  it('keeps medical eponyms', () => {
    expect("Follow-up for Parkinson's disease and Hodgkin lymphoma.").toKeep(['Parkinson', 'Hodgkin']);
  });

  it('does both in one assertion, returning the scrubbed text', () => {
    const out = assertScrubs(scrub, 'Pt [[NAME:Maria Lopez]] has Parkinson disease.', { keep: 'Parkinson' });
    expect(out).toContain('Parkinson');
  });

  it('keeps recall at 100% on our regression set', () => {
    const cases = [
      'Seen by Dr. [[NAME:Ames]] on [[DATE:3/4/2012]].',
      'Call [[PHONE:617-555-0143]].',
      'No PHI in this sentence.',
    ];
    const result = evaluateScrubber(scrub, cases);
    expect(result.misses).toEqual([]);
    expect(result.recall).toBe(1);
  });
});
