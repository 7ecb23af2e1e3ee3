/**
 * Id namespaces: a name and an inclusive integer range of ids.
 */

/** A kind of identifier (`subject_id`, `hadm_id`, …) and the inclusive range its ids come from. */
export interface IdNamespace {
  /** Column-style name, e.g. `subject_id`. */
  readonly name: string;
  /** Smallest id (inclusive). */
  readonly min: number;
  /** Largest id (inclusive). */
  readonly max: number;
}

/**
 * MIMIC-IV's id ranges: `subject_id` 10000000–19999999, `hadm_id` 20000000–29999999,
 * `stay_id` 30000000–39999999 (ten million ids each, eight digits, ranges disjoint so an id
 * tells which kind it is).
 *
 * @example
 * ```ts
 * const table = createIdTable({ key, namespaces: MIMIC_ID_NAMESPACES })
 * ```
 */
export const MIMIC_ID_NAMESPACES: readonly IdNamespace[] = Object.freeze([
  Object.freeze({ name: 'subject_id', min: 10_000_000, max: 19_999_999 }),
  Object.freeze({ name: 'hadm_id', min: 20_000_000, max: 29_999_999 }),
  Object.freeze({ name: 'stay_id', min: 30_000_000, max: 39_999_999 }),
]);
