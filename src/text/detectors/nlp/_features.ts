/**
 * Token analysis and features of the token classifier. Shared by the detector (run time) and
 * the training script, so both see exactly the same features.
 *
 * @internal
 */
import type { Word } from '../../context.js';
import type { NlpLexicons } from './_resources.js';

/** Bit flags of a token. */
export const F = {
  ALPHA: 1,
  CAP: 2, // Title case: first letter upper, at least one lower
  UPPER: 4, // all letters upper, length >= 2
  DIGIT: 8,
  COMMON: 16,
  CLIN: 32,
  FIRST: 64,
  LAST: 128,
  CITY: 256,
  PLACE: 512, // a token of a multi-word city or hospital name
  FACILITY: 1024, // hospital, clinic, center, …
  STREET_SUFFIX: 2048,
  TITLE: 4096, // dr, mr, mrs, …
  RELATION: 8192, // wife, son, …
  BOL: 16384, // first token of its line
  SENT: 32768, // first token of a sentence or clause (after . : ; ! ? or at a line start)
  NOT_PHI: 65536, // a country, state, nationality, language, month or weekday
  PLACE_CUE: 131072, // from, at, to, in: words that often come before a place
} as const;

/** Labels the classifier predicts; index 0 is "not PHI". */
export const LABELS = ['O', 'NAME', 'LOCATION', 'HOSPITAL'] as const;
/** One label. */
export type Label = (typeof LABELS)[number];

const PLACE_CUES = new Set(['from', 'at', 'to', 'in', 'into', 'via']);
const TITLES = new Set(['dr', 'drs', 'mr', 'mrs', 'ms', 'miss', 'md', 'rn', 'np', 'pa', 'lpn', 'prof', 'attending', 'resident', 'intern', 'fellow']);
const RELATIONS = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'brother', 'sister', 'friend', 'niece', 'nephew',
  'aunt', 'uncle', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'spouse', 'partner', 'fiance',
  'fiancee', 'boyfriend', 'girlfriend', 'hcp', 'proxy', 'neighbor', 'sil', 'dil', 'stepson', 'stepdaughter', 'guardian',
]);

/** A token with the facts the features need. */
export interface TokenInfo {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly shape: string;
  readonly flags: number;
}

/** Character classes of a shape: digit, upper, lower, other. */
const SHAPE_CHARS = ['d', 'X', 'x', 'o'] as const;
/**
 * Interned shape strings by code: a shape is up to 4 classes (2 bits each) with no two equal
 * neighbours; the code is `(classes << 3) | count` read left to right.
 */
const SHAPES: string[] = [];

function shapeString(code: number): string {
  let str = SHAPES[code];
  if (str === undefined) {
    const count = code & 7;
    const bits = code >> 3;
    str = '';
    for (let k = count - 1; k >= 0; k--) str += SHAPE_CHARS[(bits >> (2 * k)) & 3]!;
    SHAPES[code] = str;
  }
  return str;
}

/**
 * Code of the token's shape (see {@link shapeString}): its character classes (`X` upper, `x`
 * lower, `d` digit, `o` other) with repeats collapsed, first four kept (`Smith` → `Xx`, `A1c`
 * → `Xdx`, `42` → `d`). A number, so no string is built per token.
 */
function shapeCodeOf(s: string): number {
  let bits = 0;
  let count = 0;
  let last = -1;
  for (let i = 0; i < s.length && count < 4; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if (c >= 48 && c <= 57) k = 0;
    else if (c >= 65 && c <= 90) k = 1;
    else if (c >= 97 && c <= 122) k = 2;
    else {
      const ch = s[i]!;
      k = ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 3;
    }
    if (k !== last) {
      bits = (bits << 2) | k;
      count++;
    }
    last = k;
  }
  return (bits << 3) | count;
}

/** Flags of a word take the low bits of {@link Word.nlp}, its shape code the bits above. */
const WORD_FLAG_BITS = 18;
const WORD_FLAG_MASK = (1 << WORD_FLAG_BITS) - 1;

/**
 * The lexicons whose per-word flags may be cached on interned words: the first set ever
 * analysed (the shipped one; tests and training that pass their own use a map instead).
 */
let slotOwner: NlpLexicons | undefined;
function slotLexicons(lex: NlpLexicons): NlpLexicons {
  return (slotOwner ??= lex);
}

/**
 * Analyses tokens once per note.
 *
 * @param text - the note
 * @param tokens - word tokens (runs of letters and digits) with offsets, and their lower case
 *   when already known (the scrub context's tokens carry it)
 * @param lex - the lexicons
 * @param hide - training only: words for which lexicon membership is hidden (teaches the model
 *   names it has never seen)
 * @returns one {@link TokenInfo} per token
 */
export function analyseTokens(
  text: string,
  tokens: readonly { readonly text: string; readonly start: number; readonly end: number; readonly lower?: string; readonly word?: Word }[],
  lex: NlpLexicons,
  hide?: (lower: string) => boolean,
): TokenInfo[] {
  const out = new Array<TokenInfo>(tokens.length);
  const cache = hide ? new Map<string, number>() : cacheFor(lex);
  // spelling-only facts are cached on the interned word, for the shipped lexicons only
  const useSlots = !hide && lex === slotLexicons(lex);
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = useSlots ? t.word : undefined;
    let packed = word === undefined ? -1 : word.nlp;
    if (packed < 0) {
      const code = shapeCodeOf(t.text);
      const shape = shapeString(code);
      const lower = t.lower ?? (shape === 'x' || shape === 'd' ? t.text : t.text.toLowerCase());
      let flags = 0;
      if (shape.includes('d')) flags |= F.DIGIT;
      if (shape !== 'd') flags |= F.ALPHA;
      if (shape === 'Xx') flags |= F.CAP;
      else if (shape === 'X' && t.text.length >= 2) flags |= F.UPPER;
      if (!(flags & F.DIGIT)) {
        let lf = cache.get(lower);
        if (lf === undefined) {
          lf = lexiconFlags(lower, lex, hide);
          if (cache.size > 200_000) cache.clear();
          cache.set(lower, lf);
        }
        flags |= lf;
      }
      packed = (code << WORD_FLAG_BITS) | flags;
      if (word !== undefined) word.nlp = packed;
    }
    const shape = shapeString(packed >>> WORD_FLAG_BITS);
    const lower = t.lower ?? (shape === 'x' || shape === 'd' ? t.text : t.text.toLowerCase());
    let flags = packed & WORD_FLAG_MASK;
    // line and sentence starts: look only at the gap since the previous token (linear overall)
    let j = t.start - 1;
    let bol = i === 0;
    while (!bol && j >= prevEnd) {
      const c = text.charCodeAt(j);
      if (c === 10) bol = true;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 40 && c !== 34) break;
      j--;
    }
    if (bol) flags |= F.BOL | F.SENT;
    else if (j >= prevEnd) {
      const c = text[j];
      if (c === '.' || c === ':' || c === ';' || c === '!' || c === '?' || c === '-' || c === '*') flags |= F.SENT;
    }
    out[i] = { text: t.text, start: t.start, end: t.end, lower, shape, flags };
    prevEnd = t.end;
  }
  return out;
}

const caches = new WeakMap<NlpLexicons, Map<string, number>>();
function cacheFor(lex: NlpLexicons): Map<string, number> {
  let c = caches.get(lex);
  if (!c) caches.set(lex, (c = new Map()));
  return c;
}

function lexiconFlags(lower: string, lex: NlpLexicons, hide?: (lower: string) => boolean): number {
  let flags = 0;
  if (lex.commonWords.has(lower) || lex.english.has(lower)) flags |= F.COMMON;
  if (lex.clinical.has(lower)) flags |= F.CLIN;
  if (lex.notPhi.has(lower)) flags |= F.NOT_PHI;
  if (TITLES.has(lower)) flags |= F.TITLE;
  if (RELATIONS.has(lower)) flags |= F.RELATION;
  if (PLACE_CUES.has(lower)) flags |= F.PLACE_CUE;
  if (lex.facilityWords.has(lower)) flags |= F.FACILITY;
  if (lex.streetSuffixes.has(lower)) flags |= F.STREET_SUFFIX;
  if (!(hide && hide(lower))) {
    if (lex.firstNames.has(lower)) flags |= F.FIRST;
    if (lex.surnames.has(lower)) flags |= F.LAST;
    if (lex.cities.has(lower)) flags |= F.CITY;
    if (lex.placeTokens.has(lower)) flags |= F.PLACE;
  }
  return flags;
}

const NAMEISH = F.FIRST | F.LAST | F.CITY | F.PLACE;

/**
 * Whether the classifier looks at a token at all; the rest are "not PHI" without scoring.
 * Everyday words and clinical terms are skipped unless a lexicon or (in mixed-case notes)
 * capitalisation makes them plausible names.
 *
 * @param toks - analysed tokens
 * @param i - index
 * @param upperDoc - the note is mostly upper case
 * @returns true when the token is scored
 */
export function isCandidate(toks: readonly TokenInfo[], i: number, upperDoc: boolean): boolean {
  const t = toks[i]!;
  const f = t.flags;
  if (!(f & F.ALPHA) || f & F.DIGIT || t.text.length < 2 || f & (F.TITLE | F.RELATION)) return false;
  const prev = toks[i - 1];
  const cue = prev !== undefined && (prev.flags & (F.TITLE | F.RELATION)) !== 0;
  if (f & (F.NOT_PHI | F.FACILITY) || (f & F.CLIN && !cue)) return false;
  // after from/at/to/in: a hospital-like abbreviation (…H, …MC) or a lexicon place or name
  if (prev !== undefined && prev.flags & F.PLACE_CUE && !(f & F.COMMON)) {
    if (t.text.length <= 5 && !(f & F.CAP) && /(?:h|mc)$/.test(t.lower)) return true;
    if (f & NAMEISH) return true;
  }
  if (upperDoc) return cue || (!(f & F.COMMON) && (f & NAMEISH) !== 0 && t.text.length > 3);
  if (f & F.CAP) return !(f & F.COMMON) || cue;
  if (f & F.UPPER) return (f & NAMEISH) !== 0 || cue;
  return cue;
}

function gap(text: string, from: number, to: number): string {
  if (to - from > 12) return 'far';
  let g = '';
  for (let i = from; i < to && g.length < 3; i++) {
    const c = text[i]!;
    const k = c === '\n' ? 'N' : c === ' ' || c === '\t' || c === '\r' ? '_' : c;
    if (g[g.length - 1] !== k) g += k;
  }
  return g;
}

function wordRep(t: TokenInfo | undefined): string {
  if (!t) return '<s>';
  const f = t.flags;
  if (f & (F.COMMON | F.CLIN | F.TITLE | F.RELATION | F.FACILITY | F.STREET_SUFFIX) && !(f & F.DIGIT)) return t.lower;
  return '~' + t.shape + (f & F.FIRST ? 'f' : '') + (f & F.LAST ? 'l' : '') + (f & (F.CITY | F.PLACE) ? 'c' : '');
}

/**
 * Features of token `i` (strings; the model maps each to per-label weights).
 *
 * @param text - the note
 * @param toks - analysed tokens
 * @param i - index of the token
 * @param prevLabel - label predicted for the previous token
 * @param upperDoc - the note is mostly upper case
 * @returns feature strings
 */
export function tokenFeatures(text: string, toks: readonly TokenInfo[], i: number, prevLabel: string, upperDoc: boolean): string[] {
  const t = toks[i]!;
  const f = t.flags;
  const d = upperDoc ? 'U' : 'M';
  const p = toks[i - 1];
  const p2 = toks[i - 2];
  const n = toks[i + 1];
  const n2 = toks[i + 2];
  const w = wordRep(t);
  const g = p ? gap(text, p.end, t.start) : '<s>';
  const ga = n ? gap(text, t.end, n.start) : '</s>';
  const lex = (f & F.FIRST ? 'f' : '') + (f & F.LAST ? 'l' : '') + (f & F.CITY ? 'c' : '') + (f & F.PLACE ? 'p' : '') + (f & F.COMMON ? 'w' : '');
  const out = [
    'b',
    'd=' + d,
    's=' + d + t.shape,
    'len=' + Math.min(t.text.length, 9),
    'w=' + w,
    'x3=' + t.lower.slice(-3),
    'x2=' + t.lower.slice(-2),
    'lex=' + lex,
    'lexs=' + lex + d + t.shape,
    'g=' + g,
    'ga=' + ga,
    'pw=' + wordRep(p),
    'pw2=' + wordRep(p2),
    'nw=' + wordRep(n),
    'nw2=' + wordRep(n2),
    'pwg=' + wordRep(p) + g,
    'nwg=' + ga + wordRep(n),
    'pnw=' + wordRep(p) + '|' + wordRep(n),
    'y1=' + prevLabel,
    'y1s=' + prevLabel + d + t.shape,
    'y1l=' + prevLabel + lex,
  ];
  if (f & F.BOL) out.push('bol', 'bolg=' + ga);
  if (f & F.SENT) out.push('sent', 'sents=' + d + t.shape);
  if (f & F.FACILITY) out.push('fac');
  if (f & F.CLIN) out.push('clin');
  if (n && n.flags & F.FACILITY) out.push('nfac');
  if (n && n.flags & F.STREET_SUFFIX) out.push('nsuf');
  if (p && p.flags & F.TITLE) out.push('ptitle', 'ptitleg=' + g);
  if (p && p.flags & F.RELATION) out.push('prel');
  if (p2 && p2.flags & F.RELATION) out.push('p2rel');
  if (p2 && p2.flags & F.TITLE) out.push('p2title');
  if (p && p.flags & F.DIGIT) out.push('pdig');
  if (p && p.flags & F.PLACE_CUE) out.push('pplace', 'pplaces=' + d + t.shape + Math.min(t.text.length, 5));
  if (n && n.flags & F.DIGIT) out.push('ndig');
  return out;
}
