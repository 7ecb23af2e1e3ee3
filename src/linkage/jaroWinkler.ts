/**
 * Jaro-Winkler similarity of two names, after the linkage normalisation.
 *
 * @module
 */
import { jaroWinklerSimilarity } from '../_lib/jaroWinkler.js';
import { normalizeName } from './_normalize.js';

/**
 * Jaro-Winkler similarity (prefix scale 0.1, the prefix bonus at every score) of two names after
 * normalisation (upper case, diacritics and punctuation removed), in `[0, 1]`: 1 for identical
 * names, 0 when either is missing or empty.
 *
 * @param a - first name or surname
 * @param b - the name to compare with
 * @returns similarity in `[0, 1]` (higher is closer)
 * @example
 * ```ts
 * jaroWinkler('Martha', 'Marhta') // 0.961
 * jaroWinkler("O'Brien", 'OBRIEN') // 1
 * ```
 */
export function jaroWinkler(a: string | null | undefined, b: string | null | undefined): number {
  return jaroWinklerNormalized(normalizeName(a), normalizeName(b));
}

/** @internal JW on already-normalised names (null = missing → 0). */
export function jaroWinklerNormalized(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  if (a === b) return 1;
  return jaroWinklerSimilarity(a, b);
}
