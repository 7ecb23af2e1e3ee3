import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateMention, shiftDateMention } from '../../../src/text/replace/_dateMention.js';

const shift = (text: string, days: number, ref?: number): string | undefined => {
  const m = parseDateMention(text);
  return m && shiftDateMention(m, days, ref);
};

describe('date mentions move in their own format', () => {
  it.each([
    ['2012-03-04', 10, '2012-03-14'],
    ['3/4/2012', 10, '3/14/2012'],
    ['03/04/2012', 30, '04/03/2012'],
    ['03-04-12', 1, '03-05-12'],
    ['31.1.2012', 1, '1.2.2012'], // day first when the first number cannot be a month
    ['March 4, 2012', 1, 'March 5, 2012'],
    ['Mar. 4th, 2012', -3, 'Mar. 1st, 2012'],
    ['4 March 2012', 28, '1 April 2012'],
    ['4-MAR-2012', 365, '4-MAR-2013'],
    ['the 22nd of March 2012', 1, 'the 23rd of March 2012'],
    ['Sept 30 2012', 1, 'Oct 1 2012'],
    ['Monday, March 5, 2012', 1, 'Tuesday, March 6, 2012'],
    ['March 2012', 31, 'April 2012'],
    ["Mar '12", 365, "Mar '13"],
    ['6/2004', 31, '7/2004'],
    ['4/97', 365, '4/98'],
    ['2012', 365, '2013'],
    ["'92", -366, "'91"],
  ])('%s moved by %i days is %s', (text, days, expected) => {
    expect(shift(text, days)).toBe(expected);
  });

  it('reads a month and day without a year in the reference year (29 February exists in 2012)', () => {
    expect(shift('2/28', 1, 2012)).toBe('2/29');
    expect(shift('2/28', 1, 2013)).toBe('3/1');
    expect(shift('March 4', 1)).toBe('March 5');
    expect(shift('4th Mar', 30)).toBe('3rd Apr');
  });

  it('reads a month and day without a reference year in a common year', () => {
    expect(shift('2/28', 1)).toBe('3/1');
    expect(shift('2/29', 1)).toBe('3/1');
  });

  it.each(['13/45/2012', '2/30/2012', 'March', 'yesterday', '3/4 at noon', '10:30', '123456789', 'Tuesday 3/4', ''])('does not read %j', (text) => {
    expect(parseDateMention(text)).toBeUndefined();
  });

  it('moving a full date forth and back gives it back, in forms whose padding is unambiguous (property)', () => {
    const forms = [
      (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      (y: number, m: number, d: number) => `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`,
      (y: number, m: number, d: number) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}, ${y}`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -40000, max: 40000 }), fc.integer({ min: 0, max: 2 }), (y, m, d, days, f) => {
        const text = forms[f]!(y, m, d);
        const moved = shift(text, days);
        expect(moved).toBeDefined();
        expect(shift(moved!, -days)).toBe(text);
      }),
    );
  });
});
