/**
 * Shifting dates and datetimes by whole days, keeping their form.
 */
import { DeidError } from '../errors.js';
import { civilFromDays, daysFromCivil, MS_PER_DAY } from './_civil.js';
import { _scan } from './_scan.js';
import { _dateError } from './parseDateTime.js';
import { _renderDate } from './formatDateTime.js';

/** Largest accepted offset: ±3,650,000 days (about 10,000 years). */
const MAX_OFFSET = 3_650_000;

/** @internal checks an offset */
export function _checkOffset(offsetDays: number): void {
  if (!Number.isSafeInteger(offsetDays) || Math.abs(offsetDays) > MAX_OFFSET) {
    throw new DeidError('INPUT_INVALID', 'the offset must be a whole number of days (an integer within ±3,650,000)');
  }
}

/**
 * Shifts a date or datetime string by whole days and writes it back in the same form: the same
 * separator, time of day, fraction digits and zone suffix; only the calendar date changes.
 * Because every value of a patient moves by the same number of days, every interval between
 * them is unchanged to the millisecond (fixed-offset and UTC values alike: there is no DST).
 *
 * @param value - a value in one of the {@link DateFormat} forms
 * @param offsetDays - whole days to add (negative moves back)
 * @returns the shifted value, same form
 * @throws DeidError `DATE_INVALID` when the value is not in a recognised form, is impossible, or
 *   would leave years 0000–9999 (message names the forms, never the value); `INPUT_INVALID` for
 *   a non-integer offset
 * @example
 * ```ts
 * shiftDateTime('2012-03-04 13:45:00', 100) // '2012-06-12 13:45:00'
 * shiftDateTime('3/4/2012', -4)             // '2/29/2012'
 * ```
 */
export function shiftDateTime(value: string, offsetDays: number): string {
  _checkOffset(offsetDays);
  const sc = typeof value === 'string' ? _scan(value) : 'shape';
  if (typeof sc === 'string') throw _dateError(value, sc);
  const [y, m, d] = civilFromDays(daysFromCivil(sc.y, sc.m, sc.d) + offsetDays);
  const date = _renderDate(sc.style, y, m, d);
  if (date === undefined) throw new DeidError('DATE_INVALID', 'the shifted date falls outside years 0000–9999');
  return sc.dateEnd === value.length ? date : date + value.slice(sc.dateEnd);
}

/**
 * Returns a new Date moved by whole days (UTC arithmetic: exactly `offsetDays × 86,400,000` ms).
 * The input is never mutated.
 *
 * @param value - a valid Date
 * @param offsetDays - whole days to add
 * @returns a new Date
 * @throws DeidError `DATE_INVALID` for an invalid Date; `INPUT_INVALID` for a non-integer offset
 * @example
 * ```ts
 * shiftDate(new Date('2012-03-04T10:00:00Z'), 1).toISOString() // '2012-03-05T10:00:00.000Z'
 * ```
 */
export function shiftDate(value: Date, offsetDays: number): Date {
  _checkOffset(offsetDays);
  const t = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new DeidError('DATE_INVALID', 'expected a valid Date object');
  const out = new Date(t + offsetDays * MS_PER_DAY);
  if (Number.isNaN(out.getTime())) throw new DeidError('DATE_INVALID', 'the shifted date is outside the range of Date');
  return out;
}
