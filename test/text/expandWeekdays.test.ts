import { describe, expect, it } from 'vitest';
import { WEEKDAY_BY_DATE_SOURCE, weekdayByDateSpans } from '../../src/text/expandWeekdays.js';
import { createScrubber } from '../../src/text/scrub.js';
import type { PhiType, Span } from '../../src/text/types.js';

/** A span of `type` over the first occurrence of `words` in `text`. */
function at(text: string, words: string, type: PhiType = 'DATE'): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: ${words} not in text`);
  return { start, end: start + words.length, type, source: 'test', confidence: 1 };
}

function weekdays(text: string, date: string, type: PhiType = 'DATE'): string[] {
  return weekdayByDateSpans(text, [at(text, date, type)]).map((s) => text.slice(s.start, s.end));
}

describe('weekdayByDateSpans', () => {
  it.each([
    ['RHC on Sunday 3/17 confirming', '3/17', 'Sunday'],
    ['When: TUESDAY APRIL 2, 2024 at 10:30 AM', 'APRIL 2, 2024', 'TUESDAY'],
    ['Sent: Thursday, May 16, 2024 2:14 PM', 'May 16, 2024', 'Thursday'],
    ['intake Wed 19-Jun-2024 1 PM', '19-Jun-2024', 'Wed'],
    ['meeting Tues. 3/11 @ 1400', '3/11', 'Tues'],
    ['Team C   11/23/24 (Sat)   day', '11/23/24', 'Sat'],
    ['back on 12/27, Friday.', '12/27', 'Friday'],
    // in lower case, as clinicians type it
    ['she also fell sunday 3/2 but no injury', '3/2', 'sunday'],
    ['f/u in clinic wed 3/12 or tonight', '3/12', 'wed'],
    ['next INR check fri 3/7. thx', '3/7', 'fri'],
    // in Spanish or French
    ['confused since el lunes 3 de marzo, no esta comiendo', '3 de marzo', 'lunes'],
    ['vu le lundi 3 mars 2024 en clinique', '3 mars 2024', 'lundi'],
  ])('adds the weekday in %j', (text, date, day) => {
    expect(weekdays(text, date)).toEqual([day]);
  });

  it.each([
    ['In the sun 3/4 of the time', '3/4', 'DATE'], // a word in lower case
    ['o2 sat 3/4 of the night on RA', '3/4', 'DATE'], // a word in lower case
    ['Sundays 3/17 clinic', '3/17', 'DATE'], // a plural is no day's name
    ['Dr. Monday 3/17', 'Monday', 'NAME'], // only beside a date
    ['since Sunday, poor intake; seen 3/17', '3/17', 'DATE'], // not beside it
  ] as const)('adds nothing in %j', (text, date, type) => {
    expect(weekdays(text, date, type)).toEqual([]);
  });

  it('names its source and never covers a detected span twice', () => {
    const text = 'Seen Sunday 3/17.';
    expect(weekdayByDateSpans(text, [at(text, '3/17'), at(text, 'Sunday')])).toEqual([]);
    expect(weekdayByDateSpans(text, [at(text, '3/17')])[0]?.source).toBe(WEEKDAY_BY_DATE_SOURCE);
  });

  it('stays linear on a long run of dates', () => {
    const unit = 'Mon 3/17, ';
    const text = unit.repeat(20_000);
    const spans: Span[] = [];
    for (let i = 0; i < 20_000; i++) spans.push({ start: i * unit.length + 4, end: i * unit.length + 8, type: 'DATE', source: 'test', confidence: 1 });
    expect(weekdayByDateSpans(text, spans)).toHaveLength(20_000);
  });

  it('is part of the scrubber: the weekday goes with its date, also when dates are shifted', () => {
    // (the rules alone: the labeller may take the weekday into the date's span, one gap instead of two)
    expect(createScrubber({ algorithms: ['rules'] }).scrub('Family meeting Fri 3/8 with son.').text).toBe('Family meeting ___ ___ with son.');
    expect(createScrubber().scrub('Family meeting Fri 3/8 with son.').text).not.toMatch(/Fri|3\/8/);
    // shifted: the real weekday never stays; removed beside the shifted date, or shifted with it when the
    // labeller takes both as one date (3/27/2020 was a Friday)
    const shifted = createScrubber({ dates: 'shift' }).scrub('RHC on Sunday 3/17/2020.', { shiftDays: 10 }).text;
    expect(shifted).not.toMatch(/Sunday/);
    expect(['RHC on ___ 3/27/2020.', 'RHC on Friday 3/27/2020.']).toContain(shifted);
  });
});
