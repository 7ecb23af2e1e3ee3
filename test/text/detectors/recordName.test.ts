import { describe, it } from 'vitest';
import { recordNameDetector } from '../../../src/text/detectors/rules/patterns/recordName.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/record-name', () => {
  it.each([
    ['Specimen recollected; pt Agnieszka Stanhope (MRN 55123) hemolyzed', 'Agnieszka Stanhope'],
    ['Patient Zuleika Bellweather, MRN 736902519.', 'Zuleika Bellweather'],
    ['Re: Tomasz Wrenfield  Medical Record # 0042', 'Tomasz Wrenfield'],
    ['Seen: Quillfeather    Unit No: 12345', 'Quillfeather'],
    ['Mary White MRN 1234', 'Mary White'], // an everyday word that is also a surname
  ])('finds the name in %j', (text, phi) => expectCovered(recordNameDetector, text, phi));

  it.each([
    ['Patient MRN 12345 verified'],
    ['Check the MRN before the draw'],
    ['PT AGNIESZKA STANHOPE MRN 1234'], // ALL CAPS: the cue does not say where a name starts
    ['Repeat Labs (MRN on file)'],
    ['Dr. MRN 123'],
  ])('leaves %j alone', (text) => expectUntouched(recordNameDetector, text));
});
