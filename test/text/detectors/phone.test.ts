import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
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
    ['Bleep me on 1186. Cheers', '1186'],
    ['office x 617-555-1212 ext. 4456', '4456'],
    ['ext. 1234', '1234'],
    ['fax: 617-555-0000', '617-555-0000'],
    ['son 508/227/3391 verified', '508/227/3391'],
    ['niece---413 867-2290 & son', '413 867-2290'],
    ['daughter called.(508 362 71290) will visit', '508 362 71290'],
    ['cell 413 867 22901 after 5', '413 867 22901'],
    ['son (617 555 0123) aware', '617 555 0123'],
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
    ['I/O 350 450 12500 today'],
    ['totals (120 130 14000)'],
    ['breath sounds clear at bases, TV improved to 900-1000'],
    ['RESP: CPAP, TV 250-1000 awaiting ABG'],
  ])('leaves %j alone', (text) => expectUntouched(phoneDetector, text));

  it.each([
    ['paged #1930 ml', '1930'],
    ['no 2000 cc', '2000'],
    ['vols 508 362 71290 noted', '71290'],
  ])('near miss %j', (text, word) => expectUntouched(phoneDetector, text, word));
});

describe('rules/phone: a bracket belongs to the number only with its pair', () => {
  it.each([
    ['Daughter Yolanda (cell 617-555-0143) is her HCP.', '617-555-0143'],
    ['call (617 555 0143 anytime', '617 555 0143'],
  ])('takes the number without the unpaired bracket in %j', (text, phone) => {
    const spans = phoneDetector.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end));
    expect(spans).toContain(phone);
    expect(spans.some((s) => s.includes('(') !== s.includes(')'))).toBe(false);
  });

  it('keeps both brackets of a bracketed number', () => {
    const text = 'son (617-555-0143) is HCP';
    expect(phoneDetector.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end))).toContain('(617-555-0143)');
  });
});

describe('rules/phone: a campus extension with its exchange digit', () => {
  it('finds x6-4471 and leaves counts alone', () => {
    expectCovered(phoneDetector, 'pls eval for MICU. call x6-4471\n', 'x6-4471');
    expectUntouched(phoneDetector, 'walks x2-3 daily, voids x3-4 overnight');
  });
});

describe('rules/phone: an extension after a comma', () => {
  it('takes the extension with the number', () => expectCovered(phoneDetector, 'Call (307) 555-0124, ext 4 if BG over 300', 'ext 4'));
  it('leaves a menu option alone', () => {
    const text = 'call 1-800-555-0119, option 3.';
    expect(phoneDetector.detect(createTextContext(text)).every((s) => s.end <= text.indexOf('option'))).toBe(true);
  });
});

describe('rules/phone: a campus extension in a pager log', () => {
  it.each([
    ['21:12  To 4-7719 (heme fellow) from MICU RN', '4-7719'],
    ['paged 6-1302 twice, no answer', '6-1302'],
  ])('finds the extension in %j', (text, phi) => expectCovered(phoneDetector, text, phi));
  it.each([['platelets from 5-6000 ok'], ['increased from 2-3000 mg']])('leaves %j alone', (text) => expectUntouched(phoneDetector, text));
});

describe('rules/phone: a pager number after a word of paging, with whom or at between', () => {
  it.each([
    ['Kowalski, Art MD (hospitalist), pager p3318', 'p3318'],
    ['yes, page Liv at 62290', '62290'],
    ['page me 2284 when on table', '2284'],
    ['Dr. Tran paged at 4417 and called back', '4417'],
  ])('finds the number in %j', (text, phi) => expectCovered(phoneDetector, text, phi));

  it.each([['paged at 0300 for hypotension'], ['paged MD at 2215 re BP'], ['see page 1234 of the manual'], ['paged x2 no answer']])('leaves %j alone', (text) =>
    expectUntouched(phoneDetector, text),
  );
});

describe('rules/phone: a local number written with a space', () => {
  it.each([
    ['my number is 555 0157 thx', '555 0157'],
    ['Cell 555 0188 after 5.', '555 0188'],
  ])('finds %j', (text, phi) => expectCovered(phoneDetector, text, phi));
  it.each([['BP 120 8000 ok'], ['Given 250 1000 and 500'], ['call 555 0157 2211 for the code']])('leaves %j alone', (text) => expectUntouched(phoneDetector, text, text.match(/\d{3} \d{4}/)![0]));
});

describe('rules/phone: a short extension after a word of calling', () => {
  it.each([
    ['please contact my nurse, RN, at ext. 114.', '114'],
    ['Delphine Arceneaux, RN, CCM  ext. 6-2290', '6-2290'],
  ])('finds %j', (text, phi) => expectCovered(phoneDetector, text, phi));
  it.each([['knee ext 90 deg, flex 110', '90'], ['AROM R wrist: flexion 45, extension 50, radial deviation 15', '50'], ['leg ext 15 reps', '15']])('leaves %j alone', (text, word) =>
    expectUntouched(phoneDetector, text, word));
});
