/**
 * Weekdays beside a date. A weekday written next to a date (`Sunday 3/17`, `Wed 19-Jun-2024`,
 * `Thursday, May 16, 2024`, `3/9 (Sat)`) narrows the date it stands by (in lower case too, as clinicians type it: `fell sunday 3/2`): kept beside a removed or
 * shifted date it tells a reader which day of the week the real date fell on, which a shift by any
 * number of days but a multiple of seven changes. This step adds the weekday to what is removed
 * when a detected `DATE` span starts right after it (a space, a comma and a space) or when it
 * follows the date in brackets or after a comma (source `scrub/weekday-by-date`). A weekday alone
 * (`since Sunday`, `clinic on Tuesdays`) is left to the detectors. Pure: text and detected spans
 * in, new spans out.
 *
 * @module
 */
import { onlyNewSpans } from './spans.js';
import type { Span } from './types.js';

/** The source name of spans added for weekdays beside a date. */
export const WEEKDAY_BY_DATE_SOURCE = 'scrub/weekday-by-date';

/** A weekday, full or abbreviated (`Tue`, `Tues.`, `THURS`), or in Spanish or French (`el lunes 3 de marzo`, `lundi 3 mars`); the regexes ignore case, {@link isCapital} checks it. */
const WEEKDAY =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
/** A weekday right before `at` (the date's start): the word, maybe a stop, a comma, one or two spaces. */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}\\d])(${WEEKDAY})\\.?,?[ \\t]{1,2}$`, 'iu');
/** A weekday right after a date: in brackets (`3/9 (Sat)`) or after a comma (`12/27, Friday`). `m[1]` what comes before it, `m[2]` the weekday. */
const WEEKDAY_AFTER = new RegExp(`^([ \\t]{0,2}\\([ \\t]{0,2}|,[ \\t]{1,2})(${WEEKDAY})\\.?(?![\\p{L}\\d])`, 'iu');

/** A weekday is written with a capital (`Sun`, `SUN`); in lower case `sun` is a word. */
const isCapital = (w: string): boolean => w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;
/** Weekdays whose short form in lower case is also a word (`in the sun`, `O2 sat`, `they wed`). */
const WORD_WEEKDAY = /^(?:sun|sat|wed)$/;
/** Words before a weekday in lower case that make it a word (`in the sun 3/4 of the time`, `o2 sat 3/4`). */
const WORD_BEFORE = /(?:^|[^\p{L}\d])(?:the|a|an|in|o2|spo2|02|pulse|ox|and|to|they|we|were)[ \t]{1,2}$/iu;

/**
 * True when the weekday `w` written at `at` reads as one: with a capital (`Sun 3/17`), or in lower
 * case as clinicians type it (`fell sunday 3/2`, `clinic wed 3/12`, `fri 3/7`), unless a short form
 * that is also a word follows a word that makes it one (`in the sun 3/4`).
 */
function readsAsWeekday(text: string, at: number, w: string): boolean {
  if (isCapital(w)) return true;
  if (!WORD_WEEKDAY.test(w)) return true;
  return !WORD_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * Spans over the weekdays written beside detected dates.
 *
 * @param text - the note
 * @param detected - the spans found so far
 * @returns new `DATE` spans, none over text already covered
 * @example
 * ```ts
 * weekdayByDateSpans('RHC on Sunday 3/17.', [{ start: 14, end: 18, type: 'DATE', source: 'x', confidence: 1 }]);
 * // → one DATE span over "Sunday"
 * ```
 */
export function weekdayByDateSpans(text: string, detected: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const s of detected) {
    if (s.type !== 'DATE' || s.source === WEEKDAY_BY_DATE_SOURCE) continue;
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, s.start - 14), s.start));
    if (before !== null && readsAsWeekday(text, s.start - before[0].length, before[1]!)) {
      const start = s.start - before[0].length;
      found.push({ start, end: start + before[1]!.length, type: 'DATE', source: WEEKDAY_BY_DATE_SOURCE, confidence: 0.6 });
    }
    const after = WEEKDAY_AFTER.exec(text.slice(s.end, s.end + 16));
    if (after !== null && readsAsWeekday(text, s.end, after[2]!)) {
      const start = s.end + after[1]!.length;
      found.push({ start, end: start + after[2]!.length, type: 'DATE', source: WEEKDAY_BY_DATE_SOURCE, confidence: 0.6 });
    }
  }
  return onlyNewSpans(found, detected);
}
