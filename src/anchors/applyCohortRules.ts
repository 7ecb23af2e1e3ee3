/**
 * Cohort rules: who may be released at all.
 */
import { DeidError, isDeidError } from '../errors.js';
import { ageInYears } from './ageInYears.js';

/** A patient as the cohort rules see it (true dates). */
export interface CohortPatient {
  /** The patient's source key (e.g. MRN). */
  readonly key: string;
  readonly birthDate: Date | string;
  /** The first visit. */
  readonly firstAdmit: Date | string;
}

/** Options for {@link applyCohortRules}. */
export interface CohortOptions {
  /** Minimum completed age at the first visit; default 18. */
  readonly minAge?: number;
  /** Source keys never to release (e.g. VIPs, patients who opted out). */
  readonly protectedKeys?: ReadonlySet<string> | readonly string[];
}

/** Why a patient is left out. `INVALID_DATES`: birth or first visit unparseable, or the visit precedes birth (fail closed). */
export type CohortExclusionReason = 'UNDER_MIN_AGE' | 'PROTECTED' | 'INVALID_DATES';

/** Result of {@link applyCohortRules}. */
export interface CohortResult {
  /** Keys of released patients, in input order. */
  included: string[];
  /** Keys left out, in input order, each with its reason (protected is checked first). */
  excluded: { key: string; reason: CohortExclusionReason }[];
}

/**
 * Applies the cohort rules: patients on the protected list are excluded, then patients younger
 * than `minAge` completed years at their first visit. Patients whose dates cannot be read are
 * excluded as `INVALID_DATES` rather than released.
 *
 * @param patients - every candidate patient
 * @param options - minimum age (18) and protected keys
 * @returns included keys and excluded keys with reasons
 * @throws DeidError `CONFIG_INVALID` for a bad `minAge`; `INPUT_INVALID` for an empty or non-string key
 * @example
 * ```ts
 * applyCohortRules([
 *   { key: 'A', birthDate: '1950-01-01', firstAdmit: '2012-03-04' },
 *   { key: 'B', birthDate: '2000-01-01', firstAdmit: '2012-03-04' },
 * ], { protectedKeys: ['C'] })
 * // { included: ['A'], excluded: [{ key: 'B', reason: 'UNDER_MIN_AGE' }] }
 * ```
 */
export function applyCohortRules(patients: Iterable<CohortPatient>, options: CohortOptions = {}): CohortResult {
  const minAge = options.minAge ?? 18;
  if (!Number.isInteger(minAge) || minAge < 0) throw new DeidError('CONFIG_INVALID', 'invalid cohort options', { issues: [{ path: 'minAge', message: 'expected a non-negative integer' }] });
  const pk = options.protectedKeys;
  const isProtected: (k: string) => boolean = pk === undefined ? () => false : Array.isArray(pk) ? ((s) => (k: string) => s.has(k))(new Set(pk)) : (k) => (pk as ReadonlySet<string>).has(k);
  const result: CohortResult = { included: [], excluded: [] };
  for (const p of patients) {
    if (typeof p?.key !== 'string' || p.key.length === 0) throw new DeidError('INPUT_INVALID', 'every cohort patient needs a non-empty string key');
    if (isProtected(p.key)) {
      result.excluded.push({ key: p.key, reason: 'PROTECTED' });
      continue;
    }
    let age: number;
    try {
      age = ageInYears(p.birthDate, p.firstAdmit);
    } catch (e) {
      if (!isDeidError(e)) throw e;
      result.excluded.push({ key: p.key, reason: 'INVALID_DATES' });
      continue;
    }
    if (age < minAge) result.excluded.push({ key: p.key, reason: 'UNDER_MIN_AGE' });
    else result.included.push(p.key);
  }
  return result;
}
