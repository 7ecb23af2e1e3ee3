import { readFileSync } from 'node:fs';
import { DeidError } from '../errors.js';
import { packagePath } from '../_lib/packageRoot.js';
import { parseLexicon } from './_parse.js';

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

const cache = new Map<string, ReadonlySet<string>>();
const NAME_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Loads a lexicon shipped in `allowlists/lexicons/<name>.txt` as a set of normalised entries
 * (lower case; every run of non-letters/digits is one space, so `"St. Louis"` is `"st louis"`).
 * Loaded once per process and cached.
 *
 * @param name - a {@link LexiconName} (or another file name in that folder, without `.txt`)
 * @returns a read-only set of entries
 * @throws DeidError `ALLOWLIST_INVALID` when the name is malformed or the file is missing or unreadable
 * @example
 * ```ts
 * const first = loadLexicon('first-names');
 * first.has('emily'); // true
 * ```
 */
export function loadLexicon(name: LexiconName | (string & {})): ReadonlySet<string> {
  const hit = cache.get(name);
  if (hit) return hit;
  if (typeof name !== 'string' || !NAME_RE.test(name)) {
    throw new DeidError('ALLOWLIST_INVALID', 'lexicon name must be lower-case letters, digits and hyphens');
  }
  let content: string;
  try {
    content = readFileSync(packagePath('allowlists', 'lexicons', `${name}.txt`), 'utf8');
  } catch (e) {
    throw new DeidError('ALLOWLIST_INVALID', 'lexicon file is missing or unreadable', { location: { file: `allowlists/lexicons/${name}.txt` }, cause: e });
  }
  const set: ReadonlySet<string> = parseLexicon(content);
  cache.set(name, set);
  return set;
}

/**
 * Reads the `# role: X` sections of a lexicon file (e.g. `facility-words`) as separate sets.
 *
 * @param name - lexicon file name without `.txt`
 * @returns a map from role name to its entries
 * @throws DeidError `ALLOWLIST_INVALID` when the file is missing or unreadable
 * @internal
 */
export function _loadLexiconRoles(name: string): ReadonlyMap<string, ReadonlySet<string>> {
  if (!NAME_RE.test(name)) throw new DeidError('ALLOWLIST_INVALID', 'lexicon name must be lower-case letters, digits and hyphens');
  let content: string;
  try {
    content = readFileSync(packagePath('allowlists', 'lexicons', `${name}.txt`), 'utf8');
  } catch (e) {
    throw new DeidError('ALLOWLIST_INVALID', 'lexicon file is missing or unreadable', { location: { file: `allowlists/lexicons/${name}.txt` }, cause: e });
  }
  const roles = new Map<string, string[]>();
  let role = '';
  for (const line of content.split('\n')) {
    const m = /^#\s*role\s*:\s*([a-z-]+)/.exec(line);
    if (m) {
      role = m[1]!;
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') continue;
    let list = roles.get(role);
    if (!list) roles.set(role, (list = []));
    list.push(line);
  }
  const out = new Map<string, ReadonlySet<string>>();
  for (const [k, v] of roles) out.set(k, parseLexicon(v.join('\n')));
  return out;
}
