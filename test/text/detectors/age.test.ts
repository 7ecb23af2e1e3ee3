import { describe, it } from 'vitest';
import { ageDetector } from '../../../src/text/detectors/rules/patterns/age.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/age', () => {
  it.each([
    ['92 yo female with CHF', '92'],
    ['92 y/o M', '92'],
    ['a 93-year-old man', '93'],
    ['94 years old', '94'],
    ['age 94, lives alone', '94'],
    ['Age: 101', '101'],
    ['aged 91 at admission', '91'],
    ['98 YEAR OLD FEMALE', '98'],
    ['woman in her 90s', '90s'],
  ])('finds the age in %j', (text, phi) => expectCovered(ageDetector, text, phi));

  it.each([
    ['sat 90% on RA'],
    ['metoprolol 90 mg'],
    ['58 yo male'],
    ['89 yo female'],
    ['HR 92, BP 130/70'],
    ['age 45'],
    ['wt 95 kg'],
  ])('leaves %j alone', (text) => expectUntouched(ageDetector, text));

  it.each([['92 yo', 'yo'], ['age 94', 'age']])('reports only the number in %j', (text, word) => expectUntouched(ageDetector, text, word));
});
