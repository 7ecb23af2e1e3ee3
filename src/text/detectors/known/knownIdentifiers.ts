/**
 * Known identifiers: a note is searched for its own patient's identifiers (and for staff names
 * in every note) before the detectors run, the way the PhysioNet deid tool used per-patient name
 * lists. The detector is built per note from plain data, so the same scrubber serves every
 * patient.
 *
 * How each kind is found (all case-insensitive, on whole words):
 * - `name`, `city`, `street`, `text`: the value's words in a row (separated by spaces or light
 *   punctuation); possessives (`Smith's`) match; street types and directions match their
 *   abbreviations (`Lane`/`Ln`, `North`/`N`); words of five letters or more also match a small
 *   misspelling (one letter added, dropped, changed or two swapped; same first letter) unless
 *   the note's word is an everyday word. A value that is an everyday word (`Hope`, `Young`,
 *   `Main`) or of one or two letters matches only capitalised in notes with normal case.
 *   For `name`, initials of the patient's other name words next to a match are taken too
 *   (`M. Bellweather`, `Bellweather, M`).
 * - `id`, `phone`, `zip`: the value's letters and digits with any separators between the
 *   note's words (`781.555.5663`, `(781) 555 5663`, `MRN 7369-02519`); ids also without leading
 *   zeros, phones also without the country code and as the seven-digit local number.
 * - `date`: a date of birth in every written form: `3/9/1989`, `03-09-89`, `9/3/1989`,
 *   `1989-03-09`, `March 9, 1989`, `9th of Mar 1989`, `03091989`, `19890309`.
 *
 * Spans have source `known/<column>`.
 *
 * @module
 */
import { DeidError, type DeidIssue } from '../../../errors.js';
import { asScrubContext, type Token } from '../../context.js';
import { defineDetector } from '../../spans.js';
import type { Detector, PhiType, Span } from '../../types.js';
import { classifyWord } from '../rules/patterns/_lib.js';
import { parseDateTime } from '../../../dates/parseDateTime.js';
import { foldText } from '../../fold.js';

/** What an identifier is, which decides how it is searched for and the type of its spans. */
export type KnownKind = 'name' | 'id' | 'phone' | 'date' | 'street' | 'city' | 'zip' | 'text';

/** Every {@link KnownKind}. */
export const KNOWN_KINDS: readonly KnownKind[] = ['name', 'id', 'phone', 'date', 'street', 'city', 'zip', 'text'];

/** One identifier of a patient (or a staff member): where it came from, its kind, its value. */
export interface KnownIdentifier {
  /** The source column (spans get source `known/<column>`). */
  readonly column: string;
  readonly kind: KnownKind;
  readonly value: string;
}

/** Options of {@link knownIdentifiersDetector}. */
export interface KnownIdentifiersOptions {
  /** Also match small misspellings of words of five letters or more. Default `true`. */
  readonly fuzzy?: boolean;
}

/** The source prefix of spans from known identifiers. */
export const KNOWN_SOURCE_PREFIX = 'known/';

const TYPE_OF: Readonly<Record<KnownKind, PhiType>> = { name: 'NAME', id: 'ID', phone: 'PHONE', date: 'DATE', street: 'LOCATION', city: 'LOCATION', zip: 'LOCATION', text: 'OTHER' };

const ABBREVIATIONS: readonly (readonly string[])[] = [
  ['street', 'st', 'str'], ['avenue', 'ave', 'av'], ['road', 'rd'], ['lane', 'ln'], ['drive', 'dr'], ['court', 'ct'],
  ['boulevard', 'blvd'], ['place', 'pl'], ['terrace', 'ter', 'terr'], ['circle', 'cir'], ['highway', 'hwy'],
  ['parkway', 'pkwy'], ['square', 'sq'], ['trail', 'trl'], ['north', 'n'], ['south', 's'], ['east', 'e'], ['west', 'w'],
  ['apartment', 'apt'], ['suite', 'ste'], ['saint', 'st'], ['mount', 'mt'], ['fort', 'ft'],
];
const ALTERNATIVES: ReadonlyMap<string, readonly string[]> = new Map(ABBREVIATIONS.flatMap((g) => g.map((w) => [w, g] as const)));

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_OF: ReadonlyMap<string, number> = new Map([...MONTHS.map((m, i) => [m, i + 1] as const), ...MONTHS.map((m, i) => [m.slice(0, 3), i + 1] as const), ['sept', 9]]);

interface WordEntry {
  readonly source: string;
  readonly type: PhiType;
  readonly isName: boolean;
  /** Alternatives for each word position, lower case. */
  readonly words: readonly (readonly string[])[];
  /** Matches only capitalised in notes with normal case. */
  readonly guard: boolean;
}

interface DigitEntry {
  readonly source: string;
  readonly type: PhiType;
  readonly variants: readonly string[];
}

interface DateEntry {
  readonly source: string;
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const WORDS = /[^\p{L}\p{M}\p{N}]+/u;
const wordsOf = (value: string): string[] => value.toLowerCase().split(WORDS).filter((w) => w !== '');
const alnumOf = (value: string): string => wordsOf(value).join('');

/** True when `a` and `b` differ by at most one edit (insert, delete, substitute, swap of neighbours). */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The text between two tokens is light punctuation and spaces on one line, at most `max` characters. */
function joinedBy(text: string, a: Token, b: Token, max: number, allowed: string): boolean {
  if (b.start - a.end > max) return false;
  for (let k = a.end; k < b.start; k++) if (!allowed.includes(text[k] as string)) return false;
  return true;
}

const WORD_GAP = " \t.,-'’";
const DIGIT_GAP = ' \t-./()+#:';
const DATE_GAP = ' \t-./,';

function checkIds(ids: unknown, path: string): DeidIssue[] {
  const issues: DeidIssue[] = [];
  if (!Array.isArray(ids)) return [{ path, message: 'expected an array of { column, kind, value }' }];
  ids.forEach((id: unknown, i) => {
    const o = id as Partial<KnownIdentifier> | null;
    if (typeof o !== 'object' || o === null) issues.push({ path: `${path}[${i}]`, message: 'expected { column, kind, value }' });
    else {
      if (typeof o.column !== 'string' || o.column === '') issues.push({ path: `${path}[${i}].column`, message: 'expected a column name' });
      if (!KNOWN_KINDS.includes(o.kind as KnownKind)) issues.push({ path: `${path}[${i}].kind`, message: `expected one of ${KNOWN_KINDS.join(', ')}` });
      if (typeof o.value !== 'string') issues.push({ path: `${path}[${i}].value`, message: 'expected a string' });
    }
  });
  return issues;
}

/**
 * Checks a list of known identifiers (shape only; never quotes a value).
 *
 * @param ids - the list to check
 * @param path - where it sits in the options, for the issues
 * @returns the problems found (empty when valid)
 * @example
 * ```ts
 * knownIdentifierIssues([{ column: 'mrn', kind: 'id', value: '123456' }], 'known'); // []
 * ```
 */
export function knownIdentifierIssues(ids: unknown, path: string): DeidIssue[] {
  return checkIds(ids, path);
}

interface Compiled {
  readonly words: WordEntry[];
  readonly byWord: Map<string, WordEntry[]>;
  /** Deletion neighbourhoods of first words of five letters or more, for misspellings. */
  readonly byDeletion: Map<string, Set<string>>;
  readonly digits: DigitEntry[];
  readonly dates: DateEntry[];
  readonly initials: Set<string>;
  fuzzy: boolean;
}

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

const guarded = (w: string): boolean => {
  if (w.length <= 2) return true;
  const c = classifyWord(w);
  return c === 'stop' || c === 'common' || c === 'common-name' || c === 'common-surname';
};

function compile(ids: readonly KnownIdentifier[]): Compiled {
  const c: Compiled = { words: [], byWord: new Map(), byDeletion: new Map(), digits: [], dates: [], initials: new Set(), fuzzy: true };
  const seen = new Set<string>();
  for (const id of ids) {
    // folded like the note view detectors read (accents, look-alike characters), so Quiñones finds Quinones
    const value = foldText(id.value).text.trim();
    if (value === '') continue;
    const dedupe = `${id.column}\u0000${id.kind}\u0000${value.toLowerCase()}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const source = `${KNOWN_SOURCE_PREFIX}${id.column}`;
    const type = TYPE_OF[id.kind];
    if (id.kind === 'id' || id.kind === 'phone' || id.kind === 'zip') {
      const norm = alnumOf(value);
      if (norm.length < 4 || !/\d/.test(norm)) {
        if (norm.length >= 2) addWords(c, { source, type, isName: false, words: [[norm]], guard: true });
        continue;
      }
      const variants = new Set([norm]);
      if (id.kind === 'id') {
        const stripped = norm.replace(/^0+/, '');
        if (stripped.length >= 4) variants.add(stripped);
      } else if (id.kind === 'phone') {
        const digits = norm.replace(/\D/g, '');
        const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
        variants.add(national);
        if (national.length === 10) variants.add(national.slice(3));
      } else if (norm.length > 5 && /^\d{9}$/.test(norm)) variants.add(norm.slice(0, 5));
      c.digits.push({ source, type, variants: [...variants] });
      continue;
    }
    if (id.kind === 'date') {
      try {
        const dt = parseDateTime(value).date;
        c.dates.push({ source, y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
        continue;
      } catch {
        // not a date form we read: matched as written
      }
    }
    const words = wordsOf(value);
    if (words.length === 0) continue;
    const alts = words.map((w) => (id.kind === 'street' ? (ALTERNATIVES.get(w) ?? [w]) : [w]));
    addWords(c, { source, type, isName: id.kind === 'name', words: alts, guard: words.length === 1 && guarded(words[0] as string) });
    if (id.kind === 'name') for (const w of words) c.initials.add(w[0] as string);
  }
  return c;
}

function addWords(c: Compiled, e: WordEntry): void {
  c.words.push(e);
  for (const w of e.words[0] as readonly string[]) {
    const list = c.byWord.get(w) ?? [];
    list.push(e);
    c.byWord.set(w, list);
    if (w.length >= 5 && !e.guard) {
      for (const d of deletions(w)) {
        const set = c.byDeletion.get(d) ?? new Set<string>();
        set.add(w);
        c.byDeletion.set(d, set);
      }
    }
  }
}

function capitalised(t: Token): boolean {
  const ch = t.text[0] as string;
  return ch !== ch.toLowerCase();
}

/** May token `t` be a misspelling of `w`? (same first letter, not an everyday word) */
function misspelt(t: Token, w: string, caseless: boolean): boolean {
  if (t.lower.length < 4 || w.length < 5 || t.lower[0] !== w[0] || !near(t.lower, w)) return false;
  if (!caseless && !capitalised(t)) return false;
  return !guarded(t.lower);
}

function wordMatches(t: Token, alts: readonly string[], e: WordEntry, caseless: boolean, fuzzy: boolean): 'exact' | 'fuzzy' | undefined {
  if (alts.includes(t.lower)) return !e.guard || caseless || capitalised(t) ? 'exact' : undefined;
  if (e.guard || !fuzzy) return undefined;
  for (const w of alts) if (misspelt(t, w, caseless)) return 'fuzzy';
  return undefined;
}

function findWords(c: Compiled, text: string, tokens: readonly Token[], caseless: boolean, out: Span[]): void {
  if (c.words.length === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let candidates = c.byWord.get(t.lower);
    if (c.byDeletion.size > 0 && t.lower.length >= 4) {
      for (const d of deletions(t.lower)) {
        const ws = c.byDeletion.get(d);
        if (!ws) continue;
        for (const w of ws) if (w !== t.lower) candidates = [...(candidates ?? []), ...(c.byWord.get(w) ?? [])];
      }
    }
    if (!candidates) continue;
    for (const e of new Set(candidates)) {
      let j = i;
      let fuzzy = false;
      let ok = true;
      for (let k = 0; k < e.words.length; k++, j++) {
        const tk = tokens[j];
        if (!tk || (k > 0 && !joinedBy(text, tokens[j - 1] as Token, tk, 3, WORD_GAP))) {
          ok = false;
          break;
        }
        const m = wordMatches(tk, e.words[k] as readonly string[], e, caseless, c.fuzzy);
        if (m === undefined) {
          ok = false;
          break;
        }
        if (m === 'fuzzy') fuzzy = true;
      }
      if (!ok) continue;
      let first = i;
      let last = j - 1;
      if (e.isName) {
        // initials of the patient's name words beside the match: "M. Bellweather", "Bellweather, M"
        while (first > 0) {
          const p = tokens[first - 1] as Token;
          if (p.text.length !== 1 || !c.initials.has(p.lower) || !joinedBy(text, p, tokens[first] as Token, 3, ' \t.')) break;
          first--;
        }
        const n = tokens[last + 1];
        if (n && n.text.length === 1 && c.initials.has(n.lower) && joinedBy(text, tokens[last] as Token, n, 3, ' \t,')) last++;
      }
      out.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, type: e.type, source: e.source, confidence: fuzzy ? 0.8 : 0.99 });
    }
  }
}

function findDigits(c: Compiled, text: string, tokens: readonly Token[], out: Span[]): void {
  if (c.digits.length === 0) return;
  let i = 0;
  while (i < tokens.length) {
    // a group: neighbouring tokens with digits (or short ones: "MRN", "AB") joined by separators
    const inGroup = (t: Token): boolean => t.text.length <= 3 || /\d/.test(t.text);
    if (!inGroup(tokens[i] as Token)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && inGroup(tokens[j] as Token) && joinedBy(text, tokens[j - 1] as Token, tokens[j] as Token, 3, DIGIT_GAP)) j++;
    let joined = '';
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    for (let k = i; k < j; k++) {
      const t = tokens[k] as Token;
      starts.set(joined.length, k);
      joined += t.lower;
      ends.set(joined.length, k);
    }
    for (const e of c.digits) {
      for (const v of e.variants) {
        for (let at = joined.indexOf(v); at !== -1; at = joined.indexOf(v, at + 1)) {
          const a = starts.get(at);
          const b = ends.get(at + v.length);
          if (a === undefined || b === undefined) continue;
          out.push({ start: (tokens[a] as Token).start, end: (tokens[b] as Token).end, type: e.type, source: e.source, confidence: 0.99 });
        }
      }
    }
    i = j;
  }
}

const isDigits = (s: string): boolean => s.length > 0 && /^\d+$/.test(s);
/** A day number, possibly with an ordinal suffix ("9", "09", "9th"). */
function dayOf(t: Token): number {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.lower);
  return m ? Number(m[1]) : -1;
}
const yearIs = (t: Token, y: number): boolean => (t.text.length === 4 && Number(t.text) === y) || (t.text.length === 2 && Number(t.text) === y % 100);
const numIs = (t: Token, v: number): boolean => t.text.length <= 2 && isDigits(t.text) && Number(t.text) === v;

function findDates(c: Compiled, text: string, tokens: readonly Token[], out: Span[]): void {
  if (c.dates.length === 0) return;
  const at = (i: number, gapFrom: number): Token | undefined => {
    const t = tokens[i];
    return t && joinedBy(text, tokens[gapFrom] as Token, t, 3, DATE_GAP) ? t : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    for (const e of c.dates) {
      let end = -1;
      const p2 = String(e.m).padStart(2, '0') + String(e.d).padStart(2, '0');
      if (isDigits(t.text) && (t.text === p2 + e.y || t.text === `${e.y}${p2}` || t.text === p2 + String(e.y % 100).padStart(2, '0'))) end = i;
      const b = at(i + 1, i);
      const c3 = b ? at(i + 2, i + 1) : undefined;
      if (end < 0 && b && c3) {
        if ((numIs(t, e.m) && numIs(b, e.d) && yearIs(c3, e.y)) || (numIs(t, e.d) && numIs(b, e.m) && yearIs(c3, e.y)) || (t.text.length === 4 && yearIs(t, e.y) && numIs(b, e.m) && numIs(c3, e.d))) end = i + 2;
        else if (MONTH_OF.get(t.lower) === e.m && dayOf(b) === e.d && yearIs(c3, e.y)) end = i + 2;
        else if (dayOf(t) === e.d && MONTH_OF.get(b.lower) === e.m && yearIs(c3, e.y)) end = i + 2;
        else if (dayOf(t) === e.d && b.lower === 'of') {
          const m = c3;
          const y = at(i + 3, i + 2);
          if (MONTH_OF.get(m.lower) === e.m && y && yearIs(y, e.y)) end = i + 3;
        }
      }
      if (end >= 0) out.push({ start: t.start, end: (tokens[end] as Token).end, type: 'DATE', source: e.source, confidence: 0.99 });
    }
  }
}

/**
 * Builds a detector for known identifiers (a patient's own, or staff names for every note).
 * Build one per note from that patient's data, or once for identifiers searched everywhere; the
 * scrubber does this for you from `ScrubberOptions.known` and `NoteScope.known`.
 *
 * @param ids - the identifiers
 * @param options - {@link KnownIdentifiersOptions}
 * @returns a detector named `known/identifiers` whose spans have source `known/<column>`
 * @throws DeidError `CONFIG_INVALID` (with `issues`) when `ids` is malformed
 * @example
 * ```ts
 * const d = knownIdentifiersDetector([{ column: 'last_name', kind: 'name', value: 'Bellweather' }]);
 * createScrubber({ detectors: [d] }).scrub("Mr. Bellweather's son").text; // "Mr. ___'s son"
 * ```
 */
export function knownIdentifiersDetector(ids: readonly KnownIdentifier[], options: KnownIdentifiersOptions = {}): Detector {
  const issues = checkIds(ids, 'ids');
  if (issues.length) throw new DeidError('CONFIG_INVALID', `invalid known identifiers (${issues.length} issue${issues.length > 1 ? 's' : ''})`, { issues });
  const c = compile(ids);
  if (options.fuzzy === false) {
    c.byDeletion.clear();
    c.fuzzy = false;
  }
  return defineDetector({
    name: 'known/identifiers',
    algorithm: 'rules',
    types: ['NAME', 'ID', 'PHONE', 'DATE', 'LOCATION', 'OTHER'],
    detect(ctx) {
      const sc = asScrubContext(ctx);
      const out: Span[] = [];
      findWords(c, ctx.text, sc.tokens, sc.isCaseless, out);
      findDigits(c, ctx.text, sc.tokens, out);
      findDates(c, ctx.text, sc.tokens, out);
      return out;
    },
  });
}
