/**
 * Parser of the allow-list / lexicon text format (see allowlists/README.md).
 *
 * @internal
 */
import { DeidError } from '../errors.js';
import { PHI_TYPES, type PhiType } from '../text/types.js';
import { normaliseEntry } from './_normalise.js';

/** When an allow-list entry applies. */
export type AllowContext = 'any' | 'eponym' | 'word';

/** One parsed allow-list entry. */
export interface ParsedEntry {
  readonly key: string;
  /** Types the entry applies to; undefined = every type. */
  readonly types: ReadonlySet<PhiType> | undefined;
  readonly context: AllowContext;
}

const CONTEXTS: readonly AllowContext[] = ['any', 'eponym', 'word'];

/**
 * Parses allow-list lines. `# types: A B` and `# context: any|eponym|word` directives apply to
 * the entries that follow them; other `#` lines are comments.
 *
 * @param lines - the file's lines
 * @param file - logical file name for error locations (never a value)
 * @returns the entries, in file order
 * @throws DeidError `ALLOWLIST_INVALID` on an unknown type or context in a directive
 */
export function parseAllowlistLines(lines: readonly string[], file: string | undefined): ParsedEntry[] {
  const out: ParsedEntry[] = [];
  let types: ReadonlySet<PhiType> | undefined;
  let context: AllowContext = 'any';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (typeof raw !== 'string') {
      throw new DeidError('ALLOWLIST_INVALID', 'allow list entries must be strings', { location: { ...(file ? { file } : {}), line: i + 1 } });
    }
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const m = /^#\s*(types|context)\s*:\s*(.*)$/i.exec(line);
      if (!m) continue;
      const value = m[2]!.trim();
      if (m[1]!.toLowerCase() === 'types') {
        const names = value.split(/[\s,]+/).filter(Boolean);
        if (names.length === 0 || names.some((n) => n === '*' || n.toLowerCase() === 'all')) {
          types = undefined;
          continue;
        }
        const bad = names.filter((n) => !PHI_TYPES.includes(n.toUpperCase() as PhiType));
        if (bad.length > 0) {
          throw new DeidError('ALLOWLIST_INVALID', `unknown PHI type in a "# types:" directive (${bad.length} unknown name${bad.length > 1 ? 's' : ''})`, {
            location: { ...(file ? { file } : {}), line: i + 1 },
          });
        }
        types = new Set(names.map((n) => n.toUpperCase() as PhiType));
      } else {
        const c = value.toLowerCase() as AllowContext;
        if (!CONTEXTS.includes(c)) {
          throw new DeidError('ALLOWLIST_INVALID', 'unknown value in a "# context:" directive (expected any, eponym or word)', {
            location: { ...(file ? { file } : {}), line: i + 1 },
          });
        }
        context = c;
      }
      continue;
    }
    const key = normaliseEntry(line);
    if (key !== '') out.push({ key, types, context });
  }
  return out;
}

/**
 * Entries of a lexicon file: every non-empty line that is not a `#` comment, normalised.
 *
 * @param content - file content
 * @returns the set of entries
 */
export function parseLexicon(content: string): Set<string> {
  const out = new Set<string>();
  let start = 0;
  while (start <= content.length) {
    let nl = content.indexOf('\n', start);
    if (nl === -1) nl = content.length;
    const line = content.slice(start, nl);
    start = nl + 1;
    if (line === '' || line.charCodeAt(0) === 35 /* # */) continue;
    const key = normaliseEntry(line);
    if (key !== '') out.add(key);
  }
  return out;
}
