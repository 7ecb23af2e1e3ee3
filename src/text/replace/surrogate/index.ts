/**
 * Consistent surrogates: realistic fake values of the same shape, keyed and consistent per
 * patient. Names keep case, initials and order; phones and ids keep their digit pattern;
 * places and facilities become fake ones; ages over 89 become `90+`; dates move by a keyed
 * per-patient offset of one to ten years in their own format. A surrogate never reproduces its
 * original (when no same-shaped fake differs, the region becomes its `[TYPE]` tag).
 *
 * @module
 */
import type { PhiType } from '../../types.js';
import { createKeyed, u32 } from './_keyed.js';
import { nameSurrogate } from './names.js';
import { placeSurrogate } from './places.js';
import { ageSurrogate, contactSurrogate, idSurrogate } from './other.js';

/** Makes surrogates under one key. */
export interface Surrogates {
  /**
   * The surrogate of one region's text.
   *
   * @param text - the original text of the region
   * @param type - the region's type
   * @param scope - the patient scope (`''` when none)
   */
  surrogate(text: string, type: PhiType, scope: string): string;
  /** The keyed date offset of a patient scope: ±366 to ±3682 days, never within 12 days of a whole number of years. */
  dateOffset(scope: string): number;
}

/**
 * Prepares surrogates under `key` (HMAC-SHA256 of a subkey of it: the same key, patient and
 * value always give the same surrogate; without the key nothing can be learnt from one).
 *
 * @param key - the release key (≥ 16 bytes)
 * @returns the surrogate maker
 * @throws DeidError `KEY_MISSING` / `KEY_INVALID`
 * @example
 * ```ts
 * const s = createSurrogates(process.env.EHR_DEID_KEY!);
 * s.surrogate('Bellweather, Mortimer', 'NAME', 'mrn-1'); // e.g. 'Hartman, Gregory'
 * ```
 */
export function createSurrogates(key: string | Uint8Array): Surrogates {
  const keyed = createKeyed(key);
  function raw(text: string, type: PhiType, scope: string): string {
    switch (type) {
      case 'NAME':
        return nameSurrogate(keyed, scope, text);
      case 'LOCATION':
      case 'HOSPITAL':
        return placeSurrogate(keyed, scope, text);
      case 'AGE':
        return ageSurrogate(text);
      case 'CONTACT':
        return contactSurrogate(keyed, scope, text);
      default:
        // PHONE, ID, OTHER, and dates that are not read as a date
        return idSurrogate(keyed, scope, type, text);
    }
  }
  return {
    surrogate(text, type, scope) {
      const s = raw(text, type, scope);
      return s.toLowerCase() === text.toLowerCase() ? `[${type}]` : s;
    },
    dateOffset(scope) {
      return Number(keyed.cached(scope, 'date-offset', '', () => String(offsetOf(keyed.bytes(scope, 'date-offset', '')))));
    },
  };
}

/** A keyed date offset from hash bytes: ±366 to ±3682 days, never within 12 days of a whole number of years. */
function offsetOf(b: Buffer): number {
  let days = 366 + (u32(b) % 3287);
  // never a whole number of years (± the leap days between), which would keep a month and day
  const r = days % 365;
  if (r < 12 || r > 353) days += 30;
  return (b[4] as number) & 1 ? days : -days;
}
