import { DeidError } from '../errors.js';
import {
  compiledLexicons,
  LexiconView,
  LX_CITY,
  LX_COMMON_WORDS,
  LX_FACILITY_WORDS,
  LX_FIRST,
  LX_HOSPITAL,
  LX_STREET,
  LX_STREET_SUFFIX,
  LX_SURNAME,
} from './_compiled.js';

/** Names of the lexicons shipped in `allowlists/lexicons/`. */
export type LexiconName =
  | 'first-names'
  | 'surnames'
  | 'cities'
  | 'streets'
  | 'street-suffixes'
  | 'hospitals'
  | 'facility-words'
  | 'common-words';

/** Every lexicon shipped in `allowlists/lexicons/`, in a stable order. */
export const LEXICON_NAMES: readonly LexiconName[] = Object.freeze([
  'first-names',
  'surnames',
  'cities',
  'streets',
  'street-suffixes',
  'hospitals',
  'facility-words',
  'common-words',
]);

/** The bit of each lexicon in the compiled table. */
const BITS: Readonly<Record<LexiconName, number>> = {
  'first-names': LX_FIRST,
  surnames: LX_SURNAME,
  cities: LX_CITY,
  streets: LX_STREET,
  'street-suffixes': LX_STREET_SUFFIX,
  hospitals: LX_HOSPITAL,
  'facility-words': LX_FACILITY_WORDS,
  'common-words': LX_COMMON_WORDS,
};

const cache = new Map<string, ReadonlySet<string>>();
const NAME_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * A lexicon shipped with ehr-deid (sources in `allowlists/lexicons/<name>.txt`) as a read-only
 * set of normalised entries (lower case; every run of non-letters/digits is one space, so
 * `"St. Louis"` is `"st louis"`). The lexicons are compiled at build time into one binary
 * table, loaded once per process: `has` is a table look-up, iteration walks the table.
 *
 * @param name - a {@link LexiconName}
 * @returns a read-only set of entries (the same object on every call)
 * @throws DeidError `ALLOWLIST_INVALID` when the name is not a shipped lexicon; `IO_FAILED` when
 *   the compiled lexicons are missing (a broken install)
 * @example
 * ```ts
 * const first = loadLexicon('first-names');
 * first.has('emily'); // true
 * ```
 */
export function loadLexicon(name: LexiconName | (string & {})): ReadonlySet<string> {
  const hit = cache.get(name);
  if (hit) return hit;
  if (typeof name !== 'string' || !NAME_RE.test(name) || !Object.hasOwn(BITS, name)) {
    throw new DeidError('ALLOWLIST_INVALID', `unknown lexicon name (expected one of ${LEXICON_NAMES.join(', ')})`);
  }
  const set = new LexiconView(compiledLexicons(), BITS[name as LexiconName]);
  cache.set(name, set);
  return set;
}
