/**
 * Per-patient date offsets derived from the secret key.
 */
import { createHmac } from 'node:crypto';
import { DeidError, type DeidIssue } from '../errors.js';
import { deriveSubkey } from '../_lib/key.js';
import { daysFromCivil, MS_PER_DAY } from './_civil.js';
import { _toDate } from './parseDateTime.js';

/** Options for {@link deriveOffsetDays}. */
export interface OffsetOptions {
  /**
   * Years the shifted dates should fall in; default `{ startYear: 2100, endYear: 2200 }` like
   * MIMIC. The shifted reference date lands in `[startYear, endYear − 20]` (or in `startYear`
   * when the window is shorter), leaving 20 years of room for the patient's later dates.
   */
  readonly window?: { readonly startYear: number; readonly endYear: number };
  /** Keep the day of the week: the offset is a multiple of 7 days. */
  readonly preserveWeekday?: boolean;
  /**
   * Keep the season: the offset is a multiple of 1461 days (four Gregorian years, one leap day),
   * so a shifted date keeps its day of the year, give or take a day for each skipped century
   * leap day (e.g. 2100). With `preserveWeekday` too, the offset is a multiple of
   * 10227 = 7 × 1461 days (28 years). Both options reduce the number of possible offsets (the
   * default window then offers about 20 and 3 respectively), and the shifted month and day
   * reveal the true ones: use them only when the analysis needs it.
   */
  readonly preserveSeason?: boolean;
}

/** A deriver bound to one key and options: `(patientKey, referenceDate) → offset days`. */
export type OffsetDeriver = (patientKey: string, referenceDate: Date | string) => number;

/**
 * Prepares a deriver for many patients (computes the subkey once). Same results as
 * {@link deriveOffsetDays}.
 *
 * @param key - the secret key
 * @param options - window and preservation options
 * @returns the deriver
 * @throws DeidError `KEY_MISSING` / `KEY_INVALID`; `CONFIG_INVALID` for a bad window or one too
 *   narrow for the requested step
 * @example
 * ```ts
 * const offsetOf = createOffsetDeriver(key, { preserveWeekday: true })
 * const days = offsetOf('MRN-000123', '2012-03-04 13:45:00')
 * ```
 */
export function createOffsetDeriver(key: string | Uint8Array, options: OffsetOptions = {}): OffsetDeriver {
  const subkey = deriveSubkey(key, 'dates:offset');
  const startYear = options.window?.startYear ?? 2100;
  const endYear = options.window?.endYear ?? 2200;
  const issues: DeidIssue[] = [];
  if (!Number.isInteger(startYear) || startYear < 1 || startYear > 9999) issues.push({ path: 'window.startYear', message: 'expected an integer year in 1–9999' });
  if (!Number.isInteger(endYear) || endYear < 1 || endYear > 9999) issues.push({ path: 'window.endYear', message: 'expected an integer year in 1–9999' });
  else if (endYear < startYear) issues.push({ path: 'window.endYear', message: 'must not be before startYear' });
  const step = (options.preserveWeekday ? 7 : 1) * (options.preserveSeason ? 1461 : 1);
  const lastRefYear = endYear - 20 >= startYear ? endYear - 20 : startYear;
  const lo = daysFromCivil(startYear, 1, 1);
  const hi = daysFromCivil(lastRefYear, 12, 31);
  if (!issues.length && hi - lo + 1 < step) {
    issues.push({ path: 'window', message: `the window leaves ${hi - lo + 1} days for the reference date, fewer than the ${step}-day step the preservation options need` });
  }
  if (issues.length) throw new DeidError('CONFIG_INVALID', 'invalid date offset options', { issues });
  return (patientKey, referenceDate) => {
    if (typeof patientKey !== 'string' || patientKey.length === 0) throw new DeidError('INPUT_INVALID', 'expected a non-empty string patient key');
    const ref = Math.floor(_toDate(referenceDate, 'reference date').getTime() / MS_PER_DAY);
    const kMin = Math.ceil((lo - ref) / step);
    const kMax = Math.floor((hi - ref) / step);
    const choices = kMax - kMin + 1; // ≥ 1 because the window spans at least `step` days
    const h = createHmac('sha256', subkey).update(patientKey, 'utf8').digest();
    const r = h.readUIntBE(0, 6); // 48 bits: bias of the modulo is negligible
    return (kMin + (r % choices)) * step;
  };
}

/**
 * Derives a patient's date offset in whole days: deterministic from (key, patient key,
 * reference date). Adding it to the reference date (e.g. the first admission) lands in the
 * target window, uniformly over the allowed days; the patient's other dates move by the same
 * offset, so all intervals are kept. Store the offset (or keep the reference date fixed) for
 * incremental releases: a different reference date gives a different offset.
 *
 * @param key - the secret key
 * @param patientKey - the patient's source key (e.g. MRN)
 * @param referenceDate - the date to land in the window (UTC calendar day is used)
 * @param options - window and preservation options
 * @returns the offset in days (a multiple of 7 with `preserveWeekday`, of 1461 with `preserveSeason`)
 * @throws DeidError `KEY_MISSING` / `KEY_INVALID`; `DATE_INVALID` for a bad reference date;
 *   `CONFIG_INVALID` for bad options; `INPUT_INVALID` for an empty patient key
 * @example
 * ```ts
 * const days = deriveOffsetDays(key, 'MRN-000123', '2012-03-04')
 * shiftDateTime('2012-03-04 13:45:00', days) // e.g. '2157-09-18 13:45:00'
 * ```
 */
export function deriveOffsetDays(key: string | Uint8Array, patientKey: string, referenceDate: Date | string, options?: OffsetOptions): number {
  return createOffsetDeriver(key, options)(patientKey, referenceDate);
}
