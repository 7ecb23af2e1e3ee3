import { describe, expect, it } from 'vitest';
import { isMonthOrWeekday, isWeekdayName } from '../../../src/text/detectors/_calendarWords.js';

describe('calendar words', () => {
  it('reads months and weekdays, full or abbreviated, in any case, with a full stop after an abbreviation', () => {
    for (const w of ['Monday', 'MAR', 'Sept.', 'thurs', 'December', 'may', 'Tues', 'SUN']) expect(isMonthOrWeekday(w), w).toBe(true);
  });
  it('reads no other word, nor a month or weekday inside one', () => {
    for (const w of ['Main', 'Marsh', 'Mayo', 'Sunday school', 'AJCC', 'Junior', 'Sat.urday', '']) expect(isMonthOrWeekday(w), w).toBe(false);
  });
  it('tells a weekday written in full from an abbreviation', () => {
    expect(isWeekdayName('SATURDAY')).toBe(true);
    expect(isWeekdayName('Sat')).toBe(false);
    expect(isWeekdayName('March')).toBe(false);
  });
});
