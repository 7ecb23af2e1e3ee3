/**
 * Tag replacement: each region becomes its type in brackets, so readers know what kind of PHI
 * was there (`[NAME]`, `[DATE]`, `[PHONE]`, …).
 *
 * @module
 */
import type { PhiType } from '../types.js';

/**
 * The tag written for a region of type `type`.
 *
 * @param region - the region (its `type` is used)
 * @returns `[TYPE]`
 * @example
 * ```ts
 * tagReplacement({ type: 'NAME' }); // '[NAME]'
 * ```
 */
export function tagReplacement(region: { readonly type: PhiType }): string {
  return `[${region.type}]`;
}
