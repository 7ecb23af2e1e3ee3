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
    ['CrCl ~28, wt 58kg, age 93. does he meet dose reduction?', '93'],
    ['98 YEAR OLD FEMALE', '98'],
    ['woman in her 90s', '90s'],
    ['see flowsheet\n91 s/p fall with hip fx', '91'],
    ['Note. 96 F with CHF and AF', '96'],
    ['Summary:\n102 male from home', '102'],
    ['seen today, a pleasant 95 female, comfortable', '95'],
    ['On review, 92 man with CHF', '92'],
  ])('finds the age in %j', (text, phi) => expectCovered(ageDetector, text, phi));

  it.each([
    ['sat 90% on RA'],
    ['metoprolol 90 mg'],
    ['58 yo male'],
    ['89 yo female'],
    ['HR 92, BP 130/70'],
    ['age 45'],
    ['wt 95 kg'],
    ['T 99 F with chills'],
    ['Sats fell. 92 s/p suctioning'],
    ['\n99 F'],
    ['\n95 young adults'],
    ['HR 95 male nurse at bedside'],
    ['sats 96 female pt comfortable'],
    ['of 100 female patients studied'],
  ])('leaves %j alone', (text) => expectUntouched(ageDetector, text));

  it.each([['92 yo', 'yo'], ['age 94', 'age']])('reports only the number in %j', (text, word) => expectUntouched(ageDetector, text, word));
});

describe('rules/age: a number set off by commas or brackets right after a person', () => {
  it.each([
    ['question re: pt ana lucia fernandez, 96, dementia, at the home', '96'],
    ['Mrs. Quell, 94, lives alone.', '94'],
    ['pt fernandez (96) fell at home', '96'],
    ['Mr. Jamer (99) refuses the Foley.', '99'],
    ['History: F, 95, fall', '95'],
    ['INDICATION: M, 93, cough', '93'],
  ])('finds the age in %j', (text, phi) => expectCovered(ageDetector, text, phi));

  it.each([
    ['HR 96, RR 18, BP 120/80'],
    ['sats 92, 94, 96, on 2L'],
    ['glucose 96, K 4.1, Cr 1.2'],
    ['pt bed (96) in the hall'],
    ['Vit D, 95, ok'],
    ['grade 2F, 95, stable'],
  ])('leaves %j alone', (text) => expectUntouched(ageDetector, text));
});

describe('rules/age: a number after the patient, or after "be"', () => {
  it.each([
    ['pt 91, no flatus', '91'],
    ['pt 93 with fall', '93'],
    ["she'll be 90 next month", '90'],
  ])('finds the age in %j', (text, phi) => expectCovered(ageDetector, text, phi));

  it.each([['pt 95 on RA'], ['pt 98% on 2L'], ['PT 96, INR 8.1'], ['pt 92 mg given']])('leaves %j alone', (text) => expectUntouched(ageDetector, text));
});


describe('rules/age: a number alone in a table column headed Age', () => {
  it.each([
    ['# | Patient | Age | Dx\n1 | Cole, Ada | 67 | CHF\n2 | Marsh, Ivo | 93 | UTI', '93'],
    ['Bed | Name | Age/Sex | Issue\n4 | Tran, Bao | 91F | fall', '91F'],
    ['#  Pt                Age   Issue\n1  Cole, Ada         67    CHF\n2  marsh, ivo        96    delirium', '96'],
    ['Rm\tPatient\tAGE\tDx\n12\tHolt, Ru\t104 M\tpneumonia', '104'],
  ])('finds the age in %j', (text, phi) => expectCovered(ageDetector, text, phi));

  it.each([
    // a lab table: no Age column over the number
    ['Test | Result | Ref\nHR | 92 | 60-100\nAge | 45 |\nGlucose | 95 | 70-99'],
    // the Age column holds 67; the 93 is under Weight
    ['# | Patient | Age | Weight\n1 | Cole, Ada | 67 | 93'],
    // a blank line ends the table
    ['Name  Age  Bed\nCole  67   4\n\nGlucose  95  fasting'],
    ['#  Pt                Age   Sat\n1  Cole, Ada         67    92'],
  ])('leaves %j alone', (text) => expectUntouched(ageDetector, text));
});

describe('rules/age: she\'s or he is, the number, then the sentence ends', () => {
  it.each([
    ["and now she's 92. Is that in the family?", '92'],
    ['He is 96; lives alone.', '96'],
  ])('finds the age in %j', (text, phi) => expectCovered(ageDetector, text, phi));
  it.each([['pt 95. sats ok'], ["he's 90% sure"]])('leaves %j alone', (text) => expectUntouched(ageDetector, text));
});

describe('rules/age: an age with its Y after Age/Sex', () => {
  it('finds 97Y', () => expectCovered(ageDetector, 'Age/Sex: 97Y/F    Exam date: Aug 12', '97Y'));
  it('leaves an age under 90 alone', () => expectUntouched(ageDetector, 'Age/Sex: 45Y/F'));
});

describe('rules/age: a spelled age after `was`', () => {
  it('finds it', () => expectCovered(ageDetector, 'She sang alto until she was ninety-six.', 'ninety-six'));
  it.each([['BP was ninety over sixty.', 'ninety'], ['Sat was ninety percent.', 'ninety']])('leaves %j alone', (text, word) => expectUntouched(ageDetector, text, word));
});
