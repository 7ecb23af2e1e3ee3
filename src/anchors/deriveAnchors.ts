/**
 * MIMIC-IV anchors: anchor_year, anchor_age, anchor_year_group and a censored, shifted dod.
 */
import { DeidError, type DeidIssue } from '../errors.js';
import { _toDate } from '../dates/parseDateTime.js';
import { formatDateTime } from '../dates/formatDateTime.js';
import { shiftDate, _checkOffset } from '../dates/shiftDateTime.js';
import { anchorYearGroup, _yearGroupParams, type YearGroupOptions } from './anchorYearGroup.js';
import { censorDeath } from './censorDeath.js';

/** Options for {@link deriveAnchors}. */
export interface AnchorOptions {
  /** Which admission anchors the patient: the first (default, like MIMIC) or the last. */
  readonly reference?: 'first' | 'last';
  /** Largest age released as is; older patients get `agedOverValue`. Default 89 (HIPAA). */
  readonly maxAge?: number;
  /** The age released for patients older than `maxAge`. Default 91 (MIMIC-IV). */
  readonly agedOverValue?: number;
  /** Bins for `anchor_year_group`; default `{ start: 2008, width: 3 }`. */
  readonly yearGroup?: YearGroupOptions;
  /** A death more than this many days after the last discharge is censored to null. Default 365. */
  readonly censorDeathAfterDays?: number;
}

/** One hospital admission (true dates). */
export interface AdmissionTimes {
  readonly admittime: Date | string;
  readonly dischtime: Date | string;
}

/** What {@link deriveAnchors} needs about a patient (true, unshifted dates). */
export interface PatientTimeline {
  readonly birthDate: Date | string;
  /** At least one admission. */
  readonly admissions: readonly AdmissionTimes[];
  /** True date of death, or null/undefined when not known. */
  readonly dod?: Date | string | null;
}

/** The released anchor columns of the `patients` table. */
export interface Anchors {
  /** Shifted year of the reference admission, e.g. 2153. */
  readonly anchor_year: number;
  /** Age in `anchor_year` (shifted year of reference admission − shifted year of birth); > maxAge → agedOverValue. */
  readonly anchor_age: number;
  /** True-year bin of the reference admission, e.g. `2011 - 2013`. */
  readonly anchor_year_group: string;
  /** Shifted date of death `YYYY-MM-DD`, or null when censored or unknown. */
  readonly dod: string | null;
}

/** @internal validated options */
export function _anchorParams(options: AnchorOptions): { reference: 'first' | 'last'; maxAge: number; agedOverValue: number; after: number } {
  const issues: DeidIssue[] = [];
  const reference = options.reference ?? 'first';
  const maxAge = options.maxAge ?? 89;
  const agedOverValue = options.agedOverValue ?? 91;
  const after = options.censorDeathAfterDays ?? 365;
  if (reference !== 'first' && reference !== 'last') issues.push({ path: 'reference', message: "expected 'first' or 'last'" });
  if (!Number.isInteger(maxAge) || maxAge < 0) issues.push({ path: 'maxAge', message: 'expected a non-negative integer' });
  if (!Number.isInteger(agedOverValue) || agedOverValue <= maxAge) issues.push({ path: 'agedOverValue', message: 'expected an integer greater than maxAge' });
  if (!Number.isInteger(after) || after < 0) issues.push({ path: 'censorDeathAfterDays', message: 'expected a non-negative integer' });
  if (issues.length) throw new DeidError('CONFIG_INVALID', 'invalid anchor options', { issues });
  _yearGroupParams(options.yearGroup);
  return { reference, maxAge, agedOverValue, after };
}

/**
 * Derives a patient's anchors, MIMIC-IV style, from true dates and the patient's date offset.
 *
 * - `anchor_year`: the shifted year of the reference admission (first by default).
 * - `anchor_age`: the age *in* that year, by year difference in shifted time:
 *   `anchor_year − year(birth + offset)`. So for every admission,
 *   `year(admit + offset) − year(birth + offset) = anchor_age + year(admit + offset) − anchor_year`
 *   exactly (before capping), which is how MIMIC users compute ages. In shifted time this
 *   year-difference age is the completed age, or one more before the birthday in that year.
 *   Against the completed age at the true dates it is 0 or 1 more, except within a few days of a
 *   birthday when the true and shifted spans hold different numbers of leap days: then it can
 *   be 1 less or 2 more (the tests search these edges). Above `maxAge` (89) it is released as
 *   `agedOverValue` (91).
 * - `anchor_year_group`: the true year of the reference admission, binned (`2008 - 2010`, …).
 * - `dod`: shifted `YYYY-MM-DD`, or null when unknown or more than `censorDeathAfterDays`
 *   (365) days after the last discharge.
 *
 * @param timeline - birth date, admissions (at least one) and date of death (true dates)
 * @param offsetDays - the patient's date offset (e.g. from `deriveOffsetDays`)
 * @param options - reference admission, age cap, year bins, death censoring
 * @returns the four anchor columns
 * @throws DeidError `DATE_INVALID` for an unparseable date; `INPUT_INVALID` for no admissions,
 *   a reference admission before birth, or a non-integer offset; `CONFIG_INVALID` for bad options
 * @example
 * ```ts
 * deriveAnchors({ birthDate: '1960-06-01', admissions: [{ admittime: '2012-03-04 13:45:00', dischtime: '2012-03-09 10:00:00' }] }, 50000)
 * // { anchor_year: 2149, anchor_age: 52, anchor_year_group: '2011 - 2013', dod: null }
 * ```
 */
export function deriveAnchors(timeline: PatientTimeline, offsetDays: number, options: AnchorOptions = {}): Anchors {
  _checkOffset(offsetDays);
  const p = _anchorParams(options);
  if (typeof timeline !== 'object' || timeline === null) throw new DeidError('INPUT_INVALID', 'expected a patient timeline object');
  const birth = _toDate(timeline.birthDate, 'birth date');
  const admissions = timeline.admissions;
  if (!Array.isArray(admissions) || admissions.length === 0) throw new DeidError('INPUT_INVALID', 'a patient needs at least one admission to derive anchors');
  let ref: Date | undefined;
  let lastDischarge: Date | undefined;
  for (const a of admissions) {
    const admit = _toDate(a.admittime, 'admission time');
    const disch = _toDate(a.dischtime, 'discharge time');
    if (!ref || (p.reference === 'first' ? admit < ref : admit > ref)) ref = admit;
    if (!lastDischarge || disch > lastDischarge) lastDischarge = disch;
  }
  const r = ref as Date;
  const anchorYear = shiftDate(r, offsetDays).getUTCFullYear();
  const age = anchorYear - shiftDate(birth, offsetDays).getUTCFullYear();
  if (age < 0 || r < birth) throw new DeidError('INPUT_INVALID', 'the reference admission is before the date of birth');
  const death = censorDeath(timeline.dod, lastDischarge as Date, p.after);
  return {
    anchor_year: anchorYear,
    anchor_age: age > p.maxAge ? p.agedOverValue : age,
    anchor_year_group: anchorYearGroup(r.getUTCFullYear(), options.yearGroup),
    dod: death ? formatDateTime(shiftDate(death, offsetDays), 'YYYY-MM-DD') : null,
  };
}
