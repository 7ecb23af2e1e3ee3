import type { Allowlist } from './allowlist.js';

/** What {@link filterColumn} returns. */
export interface FilterColumnResult {
  /** The column with every value not on the list replaced; `null` stays `null`. */
  readonly values: (string | null)[];
  /** How many values were replaced. */
  readonly replaced: number;
}

/**
 * Filters a structured column through an allow list: a value whose whole text is on the list
 * is kept as it is, any other value becomes `replacement`. Empty and whitespace-only strings
 * and `null` are kept (there is nothing to leak). Use it for free-text-ish columns with a
 * closed vocabulary (units, wards, order names) where anything unexpected may be PHI.
 *
 * @param values - the column's values, in row order
 * @param list - the allowed values (see {@link loadAllowlist})
 * @param replacement - what replaces a value not on the list (default `'___'`)
 * @returns the filtered values and the number replaced
 * @example
 * ```ts
 * const units = loadAllowlist(['MICU', 'SICU', 'CCU']);
 * filterColumn(['MICU', 'Smith ward', null], units);
 * // { values: ['MICU', '___', null], replaced: 1 }
 * ```
 */
export function filterColumn(values: Iterable<string | null>, list: Allowlist, replacement = '___'): FilterColumnResult {
  const out: (string | null)[] = [];
  let replaced = 0;
  for (const v of values) {
    if (v === null || v === undefined) {
      out.push(null);
    } else if (typeof v !== 'string') {
      // fail closed on a non-string value: never pass it through
      out.push(replacement);
      replaced++;
    } else if (v.trim() === '' || list.has(v)) {
      out.push(v);
    } else {
      out.push(replacement);
      replaced++;
    }
  }
  return { values: out, replaced };
}
