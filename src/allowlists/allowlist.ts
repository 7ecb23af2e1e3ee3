import { readFileSync } from 'node:fs';
import { DeidError } from '../errors.js';
import { packagePath } from '../_lib/packageRoot.js';
import type { PhiType } from '../text/types.js';
import { normaliseEntry } from './_normalise.js';
import { parseAllowlistLines, type AllowContext, type ParsedEntry } from './_parse.js';
import { afterTitle, followedByEponymCue, inNameContext } from './_spanContext.js';

/**
 * A set of terms that are not PHI (medical eponyms, drugs, clinical abbreviations, or the
 * permitted values of a structured column). Matching is on the **whole** text, ignoring case,
 * punctuation and spacing (`"Parkinson's"` matches the entry `parkinson s`), and a trailing
 * possessive (`"Foley's"` matches `foley`).
 */
export interface Allowlist {
  /**
   * True when the whole of `text` is an unconditional entry that applies to `type` (every type
   * when omitted). Context-dependent entries (`# context: eponym|word`) never match here: use
   * {@link Allowlist.hasSpan} for those.
   */
  has(text: string, type?: PhiType): boolean;
  /**
   * True when the span `[start, end)` of `note` may be kept: its whole text is an entry for
   * `type`, it does not follow a personal title (`Dr. Foley` is a name), and a
   * context-dependent entry's condition holds (an eponym is followed by a cue
   * such as `sign` or `disease`; a word such as `May` or `Bill` is not used as a name, e.g. not
   * after `daughter` or `Dr`).
   */
  hasSpan(note: string, start: number, end: number, type?: PhiType): boolean;
  /** Number of distinct entries. */
  readonly size: number;
}

interface Rule {
  readonly types: ReadonlySet<PhiType> | undefined;
  readonly context: AllowContext;
}

function keysOf(text: string): string[] {
  const key = normaliseEntry(text);
  if (key === '') return [];
  // a trailing possessive: "parkinson s" -> also try "parkinson"
  return key.endsWith(' s') ? [key, key.slice(0, -2)] : [key];
}

function build(entries: readonly ParsedEntry[]): Allowlist {
  const rules = new Map<string, Rule[]>();
  for (const e of entries) {
    let list = rules.get(e.key);
    if (!list) rules.set(e.key, (list = []));
    list.push({ types: e.types, context: e.context });
  }
  const applies = (r: Rule, type: PhiType | undefined): boolean => type === undefined || r.types === undefined || r.types.has(type);
  const has = (text: string, type?: PhiType): boolean => {
    if (typeof text !== 'string') return false;
    for (const k of keysOf(text)) {
      const list = rules.get(k);
      if (list?.some((r) => r.context === 'any' && applies(r, type))) return true;
    }
    return false;
  };
  const hasSpan = (note: string, start: number, end: number, type?: PhiType): boolean => {
    if (typeof note !== 'string' || !(start >= 0 && end <= note.length && start < end)) return false;
    // a title decides: "Dr. Foley" is a person even though "Foley" is allow-listed
    if ((type === undefined || type === 'NAME') && afterTitle(note, start)) return false;
    for (const k of keysOf(note.slice(start, end))) {
      const list = rules.get(k);
      if (!list) continue;
      for (const r of list) {
        if (!applies(r, type)) continue;
        if (r.context === 'any') return true;
        if (r.context === 'eponym' && followedByEponymCue(note, end)) return true;
        if (r.context === 'word' && !inNameContext(note, start, end)) return true;
      }
    }
    return false;
  };
  return Object.freeze({ has, hasSpan, size: rules.size });
}

/**
 * Loads an allow list from a file (one entry per line; `#` lines are comments; `# types: NAME
 * LOCATION` and `# context: any|eponym|word` directives apply to the entries below them) or
 * from an array of lines in the same format.
 *
 * @param pathOrLines - path of a UTF-8 text file, or the lines themselves
 * @returns an {@link Allowlist}
 * @throws DeidError `ALLOWLIST_INVALID` when the file is missing or unreadable, a line is not a
 *   string, or a directive names an unknown type or context
 * @example
 * ```ts
 * const units = loadAllowlist(['# types: LOCATION', 'Cardiac Surgery Recovery Unit']);
 * units.has('cardiac  surgery recovery unit', 'LOCATION'); // true
 * units.has('Cardiac Surgery Recovery Unit', 'NAME');      // false
 * ```
 */
export function loadAllowlist(pathOrLines: string | readonly string[]): Allowlist {
  if (typeof pathOrLines === 'string') {
    let content: string;
    try {
      content = readFileSync(pathOrLines, 'utf8');
    } catch (e) {
      throw new DeidError('ALLOWLIST_INVALID', 'allow list file is missing or unreadable', { location: { file: pathOrLines }, cause: e });
    }
    return build(parseAllowlistLines(content.split(/\r?\n/), pathOrLines));
  }
  if (!Array.isArray(pathOrLines)) {
    throw new DeidError('ALLOWLIST_INVALID', 'expected a file path or an array of lines');
  }
  return build(parseAllowlistLines(pathOrLines, undefined));
}

/** The allow-list files shipped in `allowlists/` that make up {@link builtinAllowlist}. */
export const BUILTIN_ALLOWLIST_FILES: readonly string[] = Object.freeze(['eponyms.txt', 'drugs.txt', 'abbreviations.txt', 'clinical-words.txt', 'clinical-terms.txt', 'devices.txt', 'places-not-phi.txt', 'common-not-names.txt']);

let builtin: Allowlist | undefined;

/**
 * The built-in allow list (files listed in {@link BUILTIN_ALLOWLIST_FILES}): medical eponyms,
 * drug names, clinical abbreviations, device names, clinical words that collide with names, clinical terms,
 * US states / countries / nationalities (not PHI), and everyday English words that are in no
 * name or place lexicon. Loaded once and cached.
 *
 * Eponyms that are also common surnames (`Murphy`, `Allen`) and words that are also first
 * names (`May`, `Bill`, `Grant`) are context-dependent: {@link Allowlist.has} does not accept
 * them (so a bare `Murphy` span is kept as PHI), {@link Allowlist.hasSpan} accepts them when the
 * context shows the clinical use.
 *
 * @returns the cached built-in {@link Allowlist}
 * @throws DeidError `ALLOWLIST_INVALID` when a shipped file is missing (a broken install)
 * @example
 * ```ts
 * const allow = builtinAllowlist();
 * allow.has('Glasgow', 'LOCATION');                           // true
 * allow.hasSpan("Murphy's sign negative", 0, 6, 'NAME');      // true
 * allow.hasSpan('seen by Dr. Murphy', 12, 18, 'NAME');        // false
 * ```
 */
export function builtinAllowlist(): Allowlist {
  if (builtin) return builtin;
  const entries: ParsedEntry[] = [];
  for (const f of BUILTIN_ALLOWLIST_FILES) {
    const path = packagePath('allowlists', f);
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (e) {
      throw new DeidError('ALLOWLIST_INVALID', 'built-in allow list file is missing or unreadable', { location: { file: `allowlists/${f}` }, cause: e });
    }
    entries.push(...parseAllowlistLines(content.split(/\r?\n/), `allowlists/${f}`));
  }
  return (builtin = build(entries));
}

/**
 * Combines allow lists: a text is allowed when any of them allows it.
 *
 * @param lists - allow lists (e.g. the built-in one and a site-specific file)
 * @returns an {@link Allowlist} whose `size` is the sum of the parts' sizes
 * @example
 * ```ts
 * const allow = combineAllowlists(builtinAllowlist(), loadAllowlist('site-allow.txt'));
 * ```
 */
export function combineAllowlists(...lists: readonly Allowlist[]): Allowlist {
  const parts = [...lists];
  return Object.freeze({
    has: (text: string, type?: PhiType) => parts.some((l) => l.has(text, type)),
    hasSpan: (note: string, start: number, end: number, type?: PhiType) => parts.some((l) => l.hasSpan(note, start, end, type)),
    size: parts.reduce((n, l) => n + l.size, 0),
  });
}
