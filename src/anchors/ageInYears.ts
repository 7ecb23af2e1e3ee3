/**
 * Completed years of age.
 */
import { DeidError } from '../errors.js';
import { _toDate } from '../dates/parseDateTime.js';

/**
 * Age in completed years at a date, from the UTC calendar dates of both (time of day ignored).
 * A 29 February birthday is reached on 1 March in common years.
 *
 * @param birth - date of birth
 * @param at - the date to measure at (not before `birth`)
 * @returns completed years (0 on the day of birth)
 * @throws DeidError `DATE_INVALID` for unparseable dates; `INPUT_INVALID` when `at` is before `birth`
 * @example
 * ```ts
 * ageInYears('2000-03-05', '2018-03-04') // 17
 * ageInYears('2000-03-05', '2018-03-05') // 18
 * ```
 */
export function ageInYears(birth: Date | string, at: Date | string): number {
  const b = _toDate(birth, 'birth date');
  const a = _toDate(at, 'date');
  const by = b.getUTCFullYear();
  const bm = b.getUTCMonth();
  const bd = b.getUTCDate();
  const ay = a.getUTCFullYear();
  const am = a.getUTCMonth();
  const ad = a.getUTCDate();
  let age = ay - by;
  if (am < bm || (am === bm && ad < bd)) age--;
  if (age < 0) throw new DeidError('INPUT_INVALID', 'the date is before the date of birth');
  return age;
}
