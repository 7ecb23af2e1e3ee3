/**
 * Month and weekday words, full and abbreviated, shared by the detectors that must tell a time
 * from a name or a place (`pharmacy on Monday`, `(MAR 8th)`). One list, so a new spelling is added
 * once.
 *
 * @internal
 */

/** Months, full and abbreviated (`sept` included), lower case. */
const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** Weekdays, full and abbreviated, lower case. */
const WEEKDAYS: ReadonlySet<string> = new Set('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '));
/** Weekdays written in full, lower case. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/**
 * True when `word` (any case, a full stop after an abbreviation allowed) is a month or a weekday,
 * full or abbreviated: `Monday`, `MAR`, `Sept.`, `thurs`.
 *
 * @param word - one word
 * @returns whether it names a month or a weekday
 */
export function isMonthOrWeekday(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.has(w) || WEEKDAYS.has(w);
}

/**
 * True when `word` (any case) is a weekday written in full: `Monday`, `SATURDAY`.
 *
 * @param word - one word
 * @returns whether it is a weekday's full name
 */
export function isWeekdayName(word: string): boolean {
  return WEEKDAY_NAMES.has(word.toLowerCase());
}

/**
 * True when `word` (any case) is a weekday written in full, alone or in the plural of a weekly
 * schedule: `Monday`, `Thursdays`, `SATURDAYS`.
 *
 * @param word - one word
 * @returns whether it is a weekday's full name or its plural
 */
export function isWeekdayOrPlural(word: string): boolean {
  const w = word.toLowerCase();
  return WEEKDAY_NAMES.has(w) || (w.endsWith('s') && WEEKDAY_NAMES.has(w.slice(0, -1)));
}
