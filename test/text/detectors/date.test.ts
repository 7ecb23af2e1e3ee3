import { describe, it } from 'vitest';
import { dateDetector } from '../../../src/text/detectors/rules/patterns/date.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/date', () => {
  it.each([
    ['seen on 3/4 in clinic', '3/4'],
    ['admitted 3/4/12 via ED', '3/4/12'],
    ['admitted 03-04-2012 via ED', '03-04-2012'],
    ['scan dated 2012-03-04 showed', '2012-03-04'],
    ['surgery on March 4th went well', 'March 4th'],
    ['biopsy 4-Mar-2012 benign', '4-Mar-2012'],
    ['follow up Mar 4 with PCP', 'Mar 4'],
    ['stent placed the 4th of March', '4th of March'],
    ['diagnosed in March 2009', 'March 2009'],
    ['SEEN ON SEPT 14, 2003 BY', 'SEPT 14, 2003'],
    ['s/p MI 1992; CABG', '1992'],
    ['hip fracture in 2004 treated', '2004'],
    ["CVA '92 with residual weakness", "'92"],
    ['PMH: HTN, CVA 74\'. DM', "74'"],
    ['extubated 5/19. Tolerating', '5/19'],
    ['drawn on11/23/87 by lab', '11/23/87'],
    ['s/p wrist fx6/95 healed', '6/95'],
    ['sputum from 6/3 grew GNR', '6/3'],
    ['ventilated 3/29-4/1 for pneumonia', '4/1'],
    ['MI in the 1980s', '1980s'],
    ['it happened on the 11th.', '11th'],
    ['last admitted in September.', 'September'],
    ['history: MVR 79, CVA 88; DM', '79'],
    ['hx TIA in 97 and 03 with no deficit', '03'],
    ['6/14.89 admitted for sepsis', '6/14.89'],
    ['extubated 12/5 without issue', '12/5'],
    ['no growth from 4/27 cultures', '4/27'],
  ])('finds the date in %j', (text, phi) => expectCovered(dateDetector, text, phi));

  it.each([
    ['BP 120/80 HR 72', undefined],
    ['BP 90/60 after fluids', undefined],
    ['2/6 systolic murmur at LUSB', undefined],
    ['strength 5/5 in all extremities', undefined],
    ['moves all ext, 5/5 strength', undefined],
    ['give 1/2 tab of ativan', undefined],
    ['L4/5 disc herniation', undefined],
    ['C5/6 fusion', undefined],
    ['pain 0/10 after morphine', undefined],
    ['rates pain 7/10 at rest', undefined],
    ['ABG 7.35/40/80 on 40%', undefined],
    ['lasix 10/20 mg iv', undefined],
    ['rales 2/3 of the way up', undefined],
    ['AC 550x14/8/50% overnight', undefined],
    ['vent PSV 10/5 tolerating', undefined],
    ['ambulating x2 with PT', undefined],
    ['I/O 1960 cc / 500 cc', undefined],
    ['meds given at 1930 and 2000', undefined],
    ['ratio 3:1 heparin', undefined],
    ['urine 500-1000 cc', undefined],
    ['pt may 2 visit later', undefined],
    ['dec BS at bases', undefined],
    ['q4-6h prn', undefined],
    ['G2/P1 female', undefined],
    ['c/o 6/10 sternal pain', undefined],
    ['reports 4/10 back pain', undefined],
    ['weaned from 10/5 PSV', undefined],
    ['mode 500x12x40%x8/5.00=45%', undefined],
    ['MI 2 years ago', undefined],
  ])('leaves the clinical look-alike in %j alone', (text) => expectUntouched(dateDetector, text));

  it.each([
    ['no date: 12/5/3 is a triplet of lab values', '12/5/3'],
    ['spine T12/L1 level', '12'],
    ['HR 80/min then 13/45 ratio', '13/45'],
  ])('near miss %j', (text, word) => expectUntouched(dateDetector, text, word));
});
