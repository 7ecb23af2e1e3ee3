/**
 * Fixed replacement: one string for every region (`___` in MIMIC-IV).
 *
 * @module
 */

/** The default replacement, as in MIMIC-IV. */
export const DEFAULT_REPLACEMENT = '___';

/**
 * A replacer writing the same text for every region.
 *
 * @param text - the replacement
 * @returns a function of the region giving `text`
 * @example
 * ```ts
 * fixedReplacement('___')({ type: 'NAME' }); // '___'
 * ```
 */
export function fixedReplacement(text: string): (region: { readonly type: string }) => string {
  return () => text;
}
