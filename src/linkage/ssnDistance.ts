/**
 * Levenshtein distance between two social security numbers.
 *
 * @module
 */
import levenshtein from 'fast-levenshtein';
import { normalizeSsn } from './_normalize.js';

/**
 * Levenshtein edit distance (fast-levenshtein) between two SSNs, on their digits only
 * (`231-45-6789` equals `231456789`). Returns `null` when either is missing or a placeholder:
 * not 7 to 9 digits, every digit the same, or `123456789`.
 *
 * @param a - an SSN, any punctuation
 * @param b - the SSN to compare with
 * @returns number of single-digit insertions, deletions or substitutions, or `null`
 * @example
 * ```ts
 * ssnDistance('231-45-6780', '231456789') // 1
 * ssnDistance('000-00-0000', '231456789') // null (placeholder)
 * ```
 */
export function ssnDistance(a: string | number | null | undefined, b: string | number | null | undefined): number | null {
  return ssnDistanceNormalized(normalizeSsn(a), normalizeSsn(b));
}

/** @internal Distance on already-normalised SSNs. */
export function ssnDistanceNormalized(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  if (a === b) return 0;
  return levenshtein.get(a, b);
}
