/**
 * The text parts of the release config: the patients' identifier columns searched in their own
 * notes, a staff table searched in every note, the replacement of removed text, dates shifted
 * in notes, and the review sample kept for `ehr-deid review`.
 *
 * ```jsonc
 * {
 *   "patients": { "...": "...", "identifiers": { "first_name": "name", "last_name": "name", "mrn": "id", "home_phone": "phone", "street_address": "street", "city": "city", "zip": "zip", "birth_date": "date" } },
 *   "staff": { "file": "staff.csv", "columns": { "first_name": "name", "last_name": "name" } },
 *   "text": { "replacement": "surrogate" },      // "___" (default), "tag" or "[TYPE]", "surrogate", or any text
 *   "review": { "sample": 200 },                 // notes kept per table for ehr-deid review; false: none
 *   "tables": { "notes": { "columns": { "note_text": { "rule": "scrub", "dates": "shift" } } } }
 * }
 * ```
 *
 * @internal
 */
import { KNOWN_KINDS, type KnownKind } from '../text/detectors/known/knownIdentifiers.js';

/** Identifier columns and their kinds (`name`, `id`, `phone`, `date`, `street`, `city`, `zip`, `text`). */
export type IdentifierColumns = Readonly<Record<string, KnownKind>>;

/** A staff table: a file (relative to the input folder) and its name columns, searched in every note. */
export interface StaffConfig {
  readonly file: string;
  readonly columns: IdentifierColumns;
}

/** How removed text is replaced in the release: `___`, `[TYPE]` tags, keyed surrogates, or fixed text. */
export interface TextConfig {
  /** `"___"` (default), `"tag"` (or `"[TYPE]"`), `"surrogate"` (keyed by the release key), or any other text. */
  readonly replacement?: string;
}

/** The review sample: notes kept per note table (default 200) in the secrets folder; `false` keeps none. */
export type ReviewConfig = { readonly sample: number } | false;

type Add = (path: string, message: string) => void;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates an identifier-columns object.
 *
 * @param v - the raw value
 * @param path - its JSON path
 * @param columns - the columns it may name (undefined: any)
 * @param add - issue sink
 * @returns the columns, or undefined when absent or invalid
 */
export function identifierColumns(v: unknown, path: string, columns: readonly string[] | undefined, add: Add): IdentifierColumns | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v) || Object.keys(v).length === 0) {
    add(path, 'expected an object of column: kind');
    return undefined;
  }
  const out: Record<string, KnownKind> = {};
  for (const [c, k] of Object.entries(v)) {
    if (columns && !columns.includes(c)) add(`${path}.${c}`, 'not a column of that table');
    if (!KNOWN_KINDS.includes(k as KnownKind)) add(`${path}.${c}`, `expected one of ${KNOWN_KINDS.join(', ')}`);
    else out[c] = k as KnownKind;
  }
  return out;
}

/**
 * Validates `staff`, `text` and `review`.
 *
 * @param raw - the whole raw config
 * @param add - issue sink
 * @returns the validated parts (absent ones omitted)
 */
export function textConfig(raw: Record<string, unknown>, add: Add): { staff?: StaffConfig; text?: TextConfig; review?: ReviewConfig } {
  const out: { staff?: StaffConfig; text?: TextConfig; review?: ReviewConfig } = {};
  if (raw.staff !== undefined) {
    const s = raw.staff;
    if (!isObj(s)) add('$.staff', 'expected {"file","columns"}');
    else {
      for (const k of Object.keys(s)) if (k !== 'file' && k !== 'columns') add(`$.staff.${k}`, 'unknown property');
      if (typeof s.file !== 'string' || s.file === '') add('$.staff.file', 'expected a file (a non-empty string)');
      const columns = identifierColumns(s.columns, '$.staff.columns', undefined, add);
      if (columns === undefined && s.columns === undefined) add('$.staff.columns', 'expected an object of column: kind');
      if (typeof s.file === 'string' && columns) out.staff = { file: s.file, columns };
    }
  }
  if (raw.text !== undefined) {
    const t = raw.text;
    if (!isObj(t)) add('$.text', 'expected {"replacement"}');
    else {
      for (const k of Object.keys(t)) if (k !== 'replacement') add(`$.text.${k}`, 'unknown property');
      if (t.replacement !== undefined && typeof t.replacement !== 'string') add('$.text.replacement', 'expected "___", "tag", "surrogate" or other text');
      out.text = typeof t.replacement === 'string' ? { replacement: t.replacement } : {};
    }
  }
  if (raw.review !== undefined) {
    const r = raw.review;
    if (r === false) out.review = false;
    else if (!isObj(r) || !Number.isInteger(r.sample) || (r.sample as number) < 0 || (r.sample as number) > 100_000) add('$.review', 'expected {"sample": N} (0 to 100000) or false');
    else out.review = { sample: r.sample as number };
  }
  return out;
}
