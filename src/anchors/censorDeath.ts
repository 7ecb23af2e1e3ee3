/**
 * Censoring of dates of death (`dod`).
 */
import { DeidError } from '../errors.js';
import { MS_PER_DAY } from '../dates/_civil.js';
import { _toDate } from '../dates/parseDateTime.js';

/**
 * Censors a date of death the MIMIC-IV way: kept when it is at most `afterDays` days after the
 * last hospital discharge (calendar days, UTC), otherwise null, so a null `dod` means "alive at
 * least until then".
 *
 * @param dod - true date of death, or null/undefined when unknown
 * @param lastDischarge - the patient's last discharge
 * @param afterDays - days after the last discharge still released; default 365
 * @returns the date of death as a Date, or null when censored or unknown
 * @throws DeidError `DATE_INVALID` for unparseable dates; `INPUT_INVALID` for a bad `afterDays`
 * @example
 * ```ts
 * censorDeath('2013-06-10', '2012-03-04 12:00:00') // null (463 days later, more than 365)
 * censorDeath('2012-05-01', '2012-03-04 12:00:00') // 2012-05-01T00:00:00.000Z
 * ```
 */
export function censorDeath(dod: Date | string | null | undefined, lastDischarge: Date | string, afterDays = 365): Date | null {
  if (!Number.isInteger(afterDays) || afterDays < 0) throw new DeidError('INPUT_INVALID', 'afterDays must be a non-negative integer');
  if (dod === null || dod === undefined) return null;
  const death = _toDate(dod, 'date of death');
  const last = _toDate(lastDischarge, 'last discharge');
  const gap = Math.floor(death.getTime() / MS_PER_DAY) - Math.floor(last.getTime() / MS_PER_DAY);
  return gap > afterDays ? null : death;
}
