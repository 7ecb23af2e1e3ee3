/**
 * A date-specific edit distance for linking dates of birth.
 *
 * @module
 */
import { requireDate } from './_normalize.js';

/** Largest value {@link dateEditDistance} returns (every one of the 8 digits differs). */
export const MAX_DATE_EDIT_DISTANCE = 8;

/**
 * Edit distance between two calendar dates, counting the errors people make when typing a date
 * of birth. Each of these costs **1**:
 *
 * - one digit substituted (`1985-03-14` vs `1985-03-15`);
 * - two adjacent digits transposed (`1985-03-14` vs `1958-03-14`);
 * - day and month swapped (`1985-03-04` vs `1985-04-03`);
 * - year off by one with the same month and day (`1999-12-31` vs `2000-12-31`).
 *
 * The distance is the fewest such edits turning one date into the other, computed as the
 * smallest of: the digit distance (substitutions and adjacent transpositions over the eight
 * digits `YYYYMMDD`), and 1 + the digit distance after a day/month swap or a ±1 year change
 * applied to either date. Scale: 0 identical, 1 one typo, 2 two typos, … capped at
 * {@link MAX_DATE_EDIT_DISTANCE}. It is symmetric.
 *
 * @param a - a date: `YYYY-MM-DD` (a time part is ignored), `YYYY/MM/DD`, `YYYYMMDD` or a `Date`
 * @param b - the date to compare with, same forms
 * @returns an integer from 0 to 8
 * @throws DeidError `DATE_INVALID` when a date cannot be parsed or is impossible;
 *   `INPUT_INVALID` when one is missing
 * @example
 * ```ts
 * dateEditDistance('1985-03-04', '1985-04-03') // 1 (day/month swap)
 * dateEditDistance('1985-03-04', '1986-03-04') // 1 (year off by one)
 * dateEditDistance('1985-03-04', '1985-03-05') // 1 (one digit)
 * dateEditDistance('1985-03-04', '1991-07-04') // 3
 * ```
 */
export function dateEditDistance(a: string | Date, b: string | Date): number {
  return dateEditDistanceNormalized(requireDate(a, 'first date'), requireDate(b, 'second date'));
}

/** @internal Digit distance: substitutions and adjacent transpositions on equal-length strings. */
function digitDistance(a: string, b: string): number {
  let cost = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A transposition fixes both positions at once; greedy is optimal because the alternative
    // (substituting i) leaves i+1 mismatched too.
    if (i + 1 < n && x === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === y) {
      cost++;
      i++;
      continue;
    }
    cost++;
  }
  return cost;
}

function shiftYear(ymd: string, delta: number): string | null {
  const y = Number(ymd.slice(0, 4)) + delta;
  if (y < 0 || y > 9999) return null;
  return String(y).padStart(4, '0') + ymd.slice(4);
}

/** @internal Distance between two normalised `YYYYMMDD` strings. */
export function dateEditDistanceNormalized(a: string, b: string): number {
  if (a === b) return 0;
  const direct = Math.min(digitDistance(a, b), digitDistance(b, a));
  if (direct <= 1) return direct;
  return Math.min(direct, viaOneEdit(a, b), viaOneEdit(b, a), MAX_DATE_EDIT_DISTANCE);
}

/** 1 + digit distance after one whole-date edit (day/month swap, year ±1) applied to `a`. */
function viaOneEdit(a: string, b: string): number {
  let best = Infinity;
  const swapped = a.slice(0, 4) + a.slice(6, 8) + a.slice(4, 6);
  if (swapped !== a) best = Math.min(best, 1 + digitDistance(swapped, b));
  for (const delta of [-1, 1]) {
    const s = shiftYear(a, delta);
    if (s !== null) best = Math.min(best, 1 + digitDistance(s, b));
  }
  return best;
}
