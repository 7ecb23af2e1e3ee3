import { describe, expect, it } from 'vitest';
import { shiftDatesInText } from '../../src/dates/index.js';
import { expectDeidError } from '../ids/_helpers.js';

describe('shiftDatesInText', () => {
  it.each([
    ['Seen 2012-03-04, again 3/6/2012.', 10, 'Seen 2012-03-14, again 3/16/2012.', 2],
    ['Admitted 2012-03-04 13:45, discharged 2012-03-09T10:00:00Z', 1, 'Admitted 2012-03-05 13:45, discharged 2012-03-10T10:00:00Z', 2],
    ['on 03/04/2012 and 3/04/2012', -4, 'on 02/29/2012 and 2/29/2012', 2],
    ['(2012-12-31)', 1, '(2013-01-01)', 1],
    ['2012-03-04', 0, '2012-03-04', 1],
  ])('shifts full dates in %j by %i', (text, days, want, n) => {
    expect(shiftDatesInText(text, days)).toEqual({ text: want, shifted: n, skipped: 0 });
  });

  it.each([
    'on 3/4 and 03/04/12', // partial or two-digit years: ambiguous
    'March 4, 2012',
    'code 12012-03-04', // part of a longer digit run
    'range 2012-03-04-05',
    'ratio 1/3/20125',
    'path a/3/4/2012',
    'id 2012-03-045',
    'version 1.2.2012',
  ])('leaves %j alone', (text) => {
    expect(shiftDatesInText(text, 10)).toEqual({ text, shifted: 0, skipped: 0 });
  });

  it('counts date-shaped tokens that name no date as skipped and leaves them', () => {
    expect(shiftDatesInText('bad 2012-02-30 and 13/45/2012, good 2012-02-28', 1)).toEqual({
      text: 'bad 2012-02-30 and 13/45/2012, good 2012-02-29',
      shifted: 1,
      skipped: 2,
    });
  });

  it('fails closed with DATE_INVALID when a shifted year would leave 0000–9999', () => {
    expectDeidError(() => shiftDatesInText('x 9999-12-31 y', 1), 'DATE_INVALID', ['9999-12-31']);
  });

  it.each([
    ['1 MB of digits', '1'.repeat(1_000_000)],
    ['1 MB of slashes and digits', '12/'.repeat(350_000)],
    ['1 MB of dashes and digits', '2012-'.repeat(200_000)],
    ['1 MB of near-miss dates', '2012-03-0x '.repeat(100_000)],
    ['1 MB line of real dates', '2012-03-04 '.repeat(100_000)],
  ])('handles %s in linear time (a catastrophic regex would exceed the 10 s test timeout)', (_label, text) => {
    const out = shiftDatesInText(text, 3);
    expect(out.text.length).toBe(text.length);
  }, 10_000);

  it('shifts every date on a long line', () => {
    expect(shiftDatesInText('2012-03-04 '.repeat(100_000), 3).shifted).toBe(100_000);
  });
});
