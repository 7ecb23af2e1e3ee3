import { describe, it } from 'vitest';
import { phoneDetector } from '../../../src/text/detectors/rules/patterns/phone.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/phone', () => {
  it.each([
    ['call (617) 555-1212 for results', '(617) 555-1212'],
    ['wife at 617-555-1212 tonight', '617-555-1212'],
    ['home 617.555.1212', '617.555.1212'],
    ['cell +1 617 555 1212', '617 555 1212'],
    ['reached at 555-1212 today', '555-1212'],
    ['pager #1234 for questions', '1234'],
    ['beeper 5-1234', '5-1234'],
    ['office x 617-555-1212 ext. 4456', '4456'],
    ['ext. 1234', '1234'],
    ['fax: 617-555-0000', '617-555-0000'],
    ['son 508/227/3391 verified', '508/227/3391'],
    ['niece---413 867-2290 & son', '413 867-2290'],
  ])('finds the number in %j', (text, phi) => expectCovered(phoneDetector, text, phi));

  it.each([
    ['SVR 850-1250 on levo'],
    ['TV 500-1000 cc'],
    ['urine 120-1500 cc'],
    ['page 2 of 3'],
    ['#18 IV in left arm'],
    ['WBC 12.3, plt 345'],
    ['given at 1930 hours'],
    ['1234 ml out overnight'],
  ])('leaves %j alone', (text) => expectUntouched(phoneDetector, text));

  it.each([
    ['paged #1930 ml', '1930'],
    ['no 2000 cc', '2000'],
  ])('near miss %j', (text, word) => expectUntouched(phoneDetector, text, word));
});
