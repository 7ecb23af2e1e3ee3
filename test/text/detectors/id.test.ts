import { describe, it } from 'vitest';
import { idDetector } from '../../../src/text/detectors/rules/patterns/id.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/id', () => {
  it.each([
    ['SSN 123-45-6789 on file', '123-45-6789'],
    ['MRN: 00123456', '00123456'],
    ['Medical record # 4455667', '4455667'],
    ['unit no. 778899', '778899'],
    ['account number 99-887766', '99-887766'],
    ['accession # S12-34567', 'S12-34567'],
    ['license: D1234567', 'D1234567'],
    ['pacemaker serial number PJN123456', 'PJN123456'],
    ['policy no 55443322', '55443322'],
    ['ref # 7741', '7741'],
    ['record 12345678 reviewed', '12345678'],
    ['tag MA 812 TQL, car towed', 'MA 812 TQL'],
    ['plate # NY 4KX R902', 'NY 4KX R902'],
    ['REGISTRATION: CA 7ABC 123', 'CA 7ABC 123'],
  ])('finds the id in %j', (text, phi) => expectCovered(idDetector, text, phi));

  it.each([
    ['ID consult following'],
    ['ID: afebrile, wbc 12'],
    ['case 2 of 3'],
    ['heparin 1000 units/hr'],
    ['plt 150000'],
    ['000-12-3456 is not a valid SSN'],
    ['BP 120/80'],
    ['skin tag IN 2 spots'],
    ['SKIN TAG IN 2 SPOTS ON NECK'],
    ['TAG PA 12 CM LESION'],
  ])('leaves %j alone', (text) => expectUntouched(idDetector, text));

  it.each([['MRN: 00123456', 'MRN']])('keeps the cue in %j', (text, word) => expectUntouched(idDetector, text, word));
});

describe('rules/id: seven digits or more in groups of three after an unknown label', () => {
  it('finds a spaced health number', () => expectCovered(idDetector, 'Sex: M\nPHIN: 108 442 917    MHSC: 1', '108 442 917'));
  it.each([['LABS: 140 104 220 4.1'], ['CHEM: 140 104 220 4.1'], ['BP: 120 110 100 95']])('leaves readings in %j alone', (text) => expectUntouched(idDetector, text));
});

describe('rules/id: reference numbers whose first groups are capitals', () => {
  it.each([
    ['Reference (prior denial): PA-WV-24-0098812', 'PA-WV-24-0098812'],
    ['CPS intake NE-DHHS-23-554071.', 'NE-DHHS-23-554071'],
  ])('finds the whole number in %j', (text, phi) => expectCovered(idDetector, text, phi));
  it.each([['coded ICD-10-CM today'], ['HER-2 negative, SARS-CoV-2 PCR negative']])('leaves %j alone', (text) => expectUntouched(idDetector, text));
});

describe('rules/id: a record number in a table column headed MRN', () => {
  it('finds the number whatever its shape', () =>
    expectCovered(idDetector, '| Rm | Patient | MRN | Dx |\n|----|----|----|----|\n| 802 | Frost, Ada | NFG-118-40-227 | CHF |', 'NFG-118-40-227'));
  it('leaves a lab table alone', () => expectUntouched(idDetector, 'Test | Result | Ref\nWBC | 12.4 | 4-11\nPLT | 2450 | 150-400'));
});

describe('rules/id: numbers in spaced groups, more labels, hardware addresses and last four digits', () => {
  it.each([
    ['Alien # 204 556 781.', '204 556 781'],
    ['Medicare 1EG4 TE5 MK72 on file', '1EG4 TE5 MK72'],
    ['VA claim # C-28 123 456', 'C-28 123 456'],
    ['docket 24-CR-00871', '24-CR-00871'],
    ['ticket 4471-8812', '4471-8812'],
    ['reservation K7X99Q', 'K7X99Q'],
    ['Authorization 7712-0091-X', '7712-0091-X'],
    ['I-94 8812044713A', '8812044713A'],
    ['MAC 00:1B:44:11:3A:B7', '00:1B:44:11:3A:B7'],
    ['device 00-1B-44-11-3A-B7 paired', '00-1B-44-11-3A-B7'],
    ['EBT card ending in 4471', '4471'],
    ['acct ending 8812.', '8812'],
    ['SSN ends in 4471', '4471'],
    ['SSN ***-**-4471 on file', '***-**-4471'],
    ['SS# XXX-XX-4471', 'XXX-XX-4471'],
  ])('finds %j', (text, phi) => expectCovered(idDetector, text, phi));
  it.each([
    ['MRN 4471 100 mg given', '100'],
    ['auth pending x2 days', 'auth'],
    ['confirmation 3 days ago', '3'],
    ['heparin 1000000U in bag', '1000000U'],
    ['taper ending in 2025 per protocol', '2025'],
    ['clock 12:30:45 on monitor', '12:30:45'],
    ['the trend ends in 2025', '2025'],
  ])('leaves %j alone', (text, word) => expectUntouched(idDetector, text, word));
});

describe('rules/id: a plan\'s group number and capitals before a labelled number', () => {
  it.each([
    ['Member ID: CHP88210045-01     Group: NC-7730', 'NC-7730'],
    ['Member ID MA-88104427   Grp CCM-0041', 'CCM-0041'],
    ['Group: 00731-SEA', '00731-SEA'],
    ['Order #: ORD 88120457    DOS: 1/9/25', 'ORD 88120457'],
    ['Hospital no. CN 4471902', 'CN 4471902'],
    ['serial SN 41077-B318. Implant card given.', 'SN 41077-B318'],
    ['Original accession: HPI 88213-L', 'HPI 88213-L'],
  ])('finds the id in %j', (text, phi) => expectCovered(idDetector, text, phi));

  it.each([['age group: 65-74 years'], ['GBS group B positive'], ['WHO group 1 PAH'], ['support group 2x/week'], ['Group: 12 patients'], ['order BMP in AM and 2 units']])(
    'leaves %j alone',
    (text) => expectUntouched(idDetector, text),
  );
});

describe('rules/id: a number after # in brackets, a job or CIN number, a device, a rider\'s id', () => {
  it.each([
    ['interpreter Abel Quinones (#INT-2207) used', 'INT-2207'],
    ['counseled by interpreter (Samir, #4120).', '4120'],
    ['Sonographer: DRS (#4471). Pt NPO', '4471'],
    ['D: 02/14/2025  T: 02/14/2025  kfl  job 5531-0987', '5531-0987'],
    ["mom's CIN 95551234F. Dad cell", '95551234F'],
    ['Device: PGR-0447   Assigned: A. Rahimi', 'PGR-0447'],
    ['transport (SEPTA CCT, rider ID CCT 5580412).', 'CCT 5580412'],
  ])('finds the id in %j', (text, phi) => expectCovered(idDetector, text, phi));

  it.each([['CIN 2-3 on biopsy; CIN 3 excised'], ['lost his job 2 years ago'], ['dispense tablets (#30) and (#1)'], ['device: no change']])('leaves %j alone', (text) =>
    expectUntouched(idDetector, text),
  );
});

describe('rules/id: a claim with one letter, a plate in two groups, the last four digits under their label', () => {
  it.each([
    ['Veteran: Okonkwo, Emeka P.   Claim #: C 27 551 940   Exam date: 02/06/2025', 'C 27 551 940'],
    ['following in private vehicle, plate 4YT 882, cell 555 0133.', '4YT 882'],
    ['Veteran: Raul Moss   Last 4: 8812   DOB: 1/19/1971', '8812'],
  ])('finds %j', (text, phi) => expectCovered(idDetector, text, phi));
  it.each([
    ['skin tag 2 CM removed', '2 CM'],
    ['the last 4 days 1200 mL out', '1200'],
    ['Last 4 hours: 2000 mL out', '2000'],
  ])('leaves %j alone', (text, word) => expectUntouched(idDetector, text, word));
});
