/**
 * Parsing of the fixed EHR date and datetime forms.
 */
import { DeidError } from '../errors.js';
import { _scan, _scanFormat, _scanToMs } from './_scan.js';

/** Fraction-of-second tokens: 1 to 9 digits. */
export type FractionFormat = 'S' | 'SS' | 'SSS' | 'SSSS' | 'SSSSS' | 'SSSSSS' | 'SSSSSSS' | 'SSSSSSSS' | 'SSSSSSSSS';
/** Time-of-day forms. */
export type TimeFormat = 'HH:mm' | 'HH:mm:ss' | `HH:mm:ss.${FractionFormat}`;
/** Zone suffixes (ISO forms only): none, `Z`, or a fixed offset such as `+02`, `+0200`, `-05:00`. */
export type ZoneFormat = '' | 'Z' | '±HH' | '±HHmm' | '±HH:mm';

/**
 * A date or datetime form the library recognises (and keeps when shifting):
 *
 * - `YYYY-MM-DD`, e.g. `2012-03-04`
 * - `YYYY-MM-DD HH:mm`, `YYYY-MM-DD HH:mm:ss`, `YYYY-MM-DD HH:mm:ss.SSS` (1–9 fraction digits),
 *   the same with `T` instead of the space, each optionally followed by `Z`, `±HH`, `±HHmm` or
 *   `±HH:mm` (e.g. `2012-03-04T13:45:00.123Z`, `2012-03-04 13:45:00+01:00`)
 * - `MM/DD/YYYY` (both parts two digits, e.g. `03/04/2012`) and `M/D/YYYY` (no zero padding,
 *   e.g. `3/4/2012`), optionally followed by ` HH:mm` or ` HH:mm:ss` (US forms take no zone).
 *   A value like `12/25/2012` is read as `MM/DD/YYYY`; mixed padding (`03/4/2012`) is rejected.
 */
export type DateFormat =
  | 'YYYY-MM-DD'
  | `YYYY-MM-DD${' ' | 'T'}${TimeFormat}${ZoneFormat}`
  | 'MM/DD/YYYY'
  | 'M/D/YYYY'
  | `${'MM/DD/YYYY' | 'M/D/YYYY'} ${'HH:mm' | 'HH:mm:ss'}`;

/** A parsed value: the instant (UTC) and the form it was written in. */
export interface ParsedDateTime {
  /** The instant. Values without a zone are read as UTC wall-clock time. Sub-millisecond digits are truncated. */
  readonly date: Date;
  /** The form it was written in. */
  readonly format: DateFormat;
}

/** The recognised forms, for error messages. */
export const EXPECTED_DATE_FORMS =
  'YYYY-MM-DD, YYYY-MM-DD HH:mm[:ss[.S…]] (space or T, optional Z or ±HH:mm), MM/DD/YYYY or M/D/YYYY [HH:mm[:ss]]';

/** @internal the DATE_INVALID error for an unparseable value (never includes it). */
export function _dateError(value: unknown, status: 'shape' | 'range'): DeidError {
  if (typeof value !== 'string') return new DeidError('DATE_INVALID', `expected a date string in one of the forms ${EXPECTED_DATE_FORMS}; got ${value === null ? 'null' : typeof value}`);
  if (status === 'range') {
    return new DeidError('DATE_INVALID', 'the value has a recognised date form but names a date or time that does not exist (month 1–12, day within the month, hour 0–23 or 24:00 for the end of the day, minute/second 0–59)');
  }
  return new DeidError('DATE_INVALID', `expected a date in one of the forms ${EXPECTED_DATE_FORMS}; got ${value.length} characters`);
}

/**
 * Parses a date or datetime in one of the {@link DateFormat} forms. Values without a zone are
 * read as UTC (no local time zone, no DST); values with `Z`/an offset give the exact instant.
 *
 * @param value - e.g. `2012-03-04 13:45:00`
 * @returns the instant and the form it was written in
 * @throws DeidError `DATE_INVALID` when the value is not one of the forms or names an
 *   impossible date (`2012-02-30`, `25:00`); the message names the forms, never the value
 * @example
 * ```ts
 * parseDateTime('03/04/2012') // { date: 2012-03-04T00:00:00.000Z, format: 'MM/DD/YYYY' }
 * ```
 */
export function parseDateTime(value: string): ParsedDateTime {
  const sc = typeof value === 'string' ? _scan(value) : 'shape';
  if (typeof sc === 'string') throw _dateError(value, sc);
  return { date: new Date(_scanToMs(sc)), format: _scanFormat(sc) as DateFormat };
}

/**
 * @internal a valid Date from a Date or a string in a recognised form.
 * @throws DeidError `DATE_INVALID`
 */
export function _toDate(value: Date | string, what = 'date'): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new DeidError('DATE_INVALID', `${what} is an invalid Date object`);
    return value;
  }
  if (typeof value !== 'string') throw new DeidError('DATE_INVALID', `${what} must be a Date or a date string, got ${value === null ? 'null' : typeof value}`);
  return parseDateTime(value).date;
}
