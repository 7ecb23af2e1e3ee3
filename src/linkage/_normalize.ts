/**
 * Normalisation of linkage identifiers, shared by blocking and comparison.
 *
 * - Names: Unicode NFKD, combining marks removed (diacritics), upper case, every character that
 *   is not a letter or digit removed (spaces, hyphens, apostrophes, dots): `"O'Brien-Núñez"` →
 *   `"OBRIENNUNEZ"`. Empty after normalisation → missing.
 * - SSN: digits only. Fewer than 7 digits, more than 9, or a known placeholder (every digit the
 *   same, `123456789`) → missing, so placeholder SSNs never form a giant block.
 * - Dates of birth: `YYYY-MM-DD` (a time part after `T` or a space is ignored), `YYYY/MM/DD`,
 *   `YYYYMMDD` or a valid `Date` (UTC parts) → `YYYYMMDD`. Anything else → invalid.
 *
 * @internal
 */
import { DeidError } from '../errors.js';

const MARKS = /\p{M}/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

/** Normalised name, or `null` when missing. */
export function normalizeName(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const out = value.normalize('NFKD').replace(MARKS, '').toUpperCase().replace(NOT_ALNUM, '');
  return out.length === 0 ? null : out;
}

const NON_DIGIT = /\D/g;

/** Normalised SSN (7 to 9 digits), or `null` when missing or a placeholder. */
export function normalizeSsn(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) value = String(value).padStart(9, '0');
  if (typeof value !== 'string' || value.length === 0) return null;
  if (value.length > 64) return null;
  const digits = value.replace(NON_DIGIT, '');
  if (digits.length < 7 || digits.length > 9) return null;
  if (digits === (digits[0] ?? '').repeat(digits.length) || digits === '123456789') return null; // all one digit, or a placeholder
  return digits;
}

const ISO_DATE = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:[T ].{0,40})?$/;

function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Normalised date as `YYYYMMDD`; `null` when missing (`null`, `undefined`, empty string);
 * `undefined` when present but not a valid date.
 */
export function normalizeDate(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const y = value.getUTCFullYear();
    if (y < 0 || y > 9999) return undefined;
    return `${String(y).padStart(4, '0')}${String(value.getUTCMonth() + 1).padStart(2, '0')}${String(value.getUTCDate()).padStart(2, '0')}`;
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return undefined;
  return `${m[1]}${m[2]}${m[3]}`;
}

/**
 * Like {@link normalizeDate} but throws `DATE_INVALID` for a present, invalid date and
 * `INPUT_INVALID` for a missing one.
 */
export function requireDate(value: unknown, what: string): string {
  const n = normalizeDate(value);
  if (n === undefined) throw new DeidError('DATE_INVALID', `${what}: expected YYYY-MM-DD, YYYYMMDD or a valid Date`);
  if (n === null) throw new DeidError('INPUT_INVALID', `${what}: date is missing`);
  return n;
}
