/**
 * Features of the sequence labeller (algorithm 2), shared by inference and training so both see
 * exactly the same ids. Every feature is a 32-bit id: a template number mixed with integer
 * values (string values are hashed once per spelling), so no string is built per token.
 *
 * Two kinds of features:
 * - **word features** depend only on a spelling and where it sits relative to the token being
 *   labelled (itself, or a neighbour at -3…+3). They are computed once per spelling; at
 *   inference their weights are summed once per spelling and offset too (see `sequenceModel.ts`).
 * - **position features** depend on the token's surroundings: the punctuation and line breaks
 *   around it, conjunctions of neighbouring words, digit patterns across a window, the field
 *   label of its line (`Admission Date:`), the section heading above it, the note's case
 *   profile, and line or sentence starts.
 *
 * @internal
 */
import type { NlpLexicons } from './_resources.js';
import { createNearMissIndex, type NearMissIndex } from './_nearMiss.js';
import { createTruncationIndex, type TruncationIndex } from './_truncation.js';

/** The eight PHI types the labeller tags, in label order. */
export const SEQ_TYPES = ['NAME', 'DATE', 'AGE', 'PHONE', 'ID', 'LOCATION', 'HOSPITAL', 'CONTACT'] as const;
/** One of {@link SEQ_TYPES}. */
export type SeqType = (typeof SEQ_TYPES)[number];
/** Labels: `O`, then `B-<type>` for each type, then `I-<type>` for each type. */
export const SEQ_LABELS: readonly string[] = ['O', ...SEQ_TYPES.map((t) => 'B-' + t), ...SEQ_TYPES.map((t) => 'I-' + t)];
/** Number of labels (17). */
export const NL = SEQ_LABELS.length;
/** Index of `B-<type k>`. */
export const B = (k: number): number => 1 + k;
/** Index of `I-<type k>`. */
export const I = (k: number): number => 1 + SEQ_TYPES.length + k;
/** The type index of a label (-1 for O). */
export const typeOf = (label: number): number => (label === 0 ? -1 : (label - 1) % SEQ_TYPES.length);

// ---------------------------------------------------------------------------- hashing

/** FNV-1a of a string. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function step(h: number, v: number): number {
  h = Math.imul(h ^ (v | 0), 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The hash state after a template number, precomputed for the first 256 templates. */
const TEMPLATE_SEEDS = new Uint32Array(256);
for (let t = 0; t < 256; t++) TEMPLATE_SEEDS[t] = step(0x2545f491, t);
const seedOf = (t: number): number => (t < 256 ? TEMPLATE_SEEDS[t]! : step(0x2545f491, t));

// f1, f2 and f3 are `step` written out (they run about twenty times per token, and V8 does not
// always inline three levels of calls); `fN(t, …)` equals `step(…step(seedOf(t), a)…)`.

/** A feature id from a template and one value (never 0). */
export function f1(t: number, a: number): number {
  let h = Math.imul((t < 256 ? TEMPLATE_SEEDS[t]! : seedOf(t)) ^ (a | 0), 0x9e3779b1);
  h = (h ^ (h >>> 15)) >>> 0;
  return h === 0 ? 1 : h;
}
/** A feature id from a template and two values (never 0). */
export function f2(t: number, a: number, b: number): number {
  let h = Math.imul((t < 256 ? TEMPLATE_SEEDS[t]! : seedOf(t)) ^ (a | 0), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (b | 0), 0x9e3779b1);
  h = (h ^ (h >>> 15)) >>> 0;
  return h === 0 ? 1 : h;
}
/** A feature id from a template and three values (never 0). */
export function f3(t: number, a: number, b: number, c: number): number {
  let h = Math.imul((t < 256 ? TEMPLATE_SEEDS[t]! : seedOf(t)) ^ (a | 0), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (b | 0), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (c | 0), 0x9e3779b1);
  h = (h ^ (h >>> 15)) >>> 0;
  return h === 0 ? 1 : h;
}

// ---------------------------------------------------------------------------- word facts

/** Lexicon and word-class flags of a spelling. */
export const W = {
  FIRST: 1,
  LAST: 2,
  CITY: 4,
  PLACE: 8, // a token of a multi-word city or hospital name
  FACILITY: 16, // hospital, clinic, center…
  STREET_SUFFIX: 32,
  COMMON: 64, // an everyday English word
  CLIN: 128, // eponym, drug, clinical abbreviation or word
  NOT_PHI: 256, // country, state, nationality, language
  MONTH: 512,
  WEEKDAY: 1024,
  TITLE: 2048,
  RELATION: 4096,
  CUE: 8192, // from, at, to, in…
  STREET: 16384, // a street name of the street lexicon
  HOSPITAL: 32768, // a one-word hospital entry (abbreviations such as mgh)
  PARTICLE: 65536, // de, van, von, la, st…
  CREDENTIAL: 131072, // md, rn, np…
  ORDINAL: 262144, // 1st, 2nd, 23rd
  SEASON: 524288, // spring, christmas, thanksgiving…
  NEAR: 1048576, // in no lexicon, one typing slip from an everyday or clinical word (_nearMiss.ts)
  TRUNC: 2097152, // in no lexicon, the start of a longer everyday or clinical word: `SIGNIF`, `clinda` (_truncation.ts); read by the span checks and the fuzzy-name matcher, not a model feature
} as const;

/** Flags that say "this could be a name or a place". */
export const NAMEISH = W.FIRST | W.LAST | W.CITY | W.PLACE | W.STREET | W.HOSPITAL;
/** Flags of words whose spelling is informative as a neighbour. */
const CLOSED = W.COMMON | W.CLIN | W.TITLE | W.RELATION | W.CUE | W.MONTH | W.WEEKDAY | W.NOT_PHI | W.FACILITY | W.STREET_SUFFIX | W.CREDENTIAL | W.PARTICLE | W.SEASON;

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '));
const TITLES = new Set('dr drs doctor mr mrs ms miss mx prof professor sir madam nurse attending resident intern fellow pcp'.split(' '));
const RELATIONS = new Set(
  ('wife husband son daughter mother father mom dad brother sister friend niece nephew aunt uncle cousin grandson granddaughter ' +
    'grandmother grandfather grandma grandpa spouse partner fiance fiancee boyfriend girlfriend hcp proxy neighbor neighbour sil dil ' +
    'stepson stepdaughter stepmother stepfather guardian caregiver roommate sibling child children kids') .split(' '),
);
const CUES = new Set('from at to in into via near of'.split(' '));
const PARTICLES = new Set('de del della der den di da dos das du la le van von st ste saint mc mac bin ibn al el ter ten'.split(' '));
const CREDENTIALS = new Set('md do rn np pa pac lpn cna rrt phd pharmd dds dmd crnp fnp aprn msw lcsw pt ot slp mph facp facc bsn msn dnp'.split(' '));
const SEASONS = new Set('spring summer fall autumn winter christmas xmas thanksgiving easter hanukkah ramadan passover halloween'.split(' '));

/** The features of one spelling, computed once. */
export interface WordFeatures {
  /** Features of the token itself. */
  readonly own: Uint32Array;
  /** Features it contributes as the neighbour at offset -3…+3 (index `offset + 3`; index 3 unused). */
  readonly near: readonly Uint32Array[];
  /** Short shape code (see {@link shapeCode}). */
  readonly shape: number;
  /** How the word appears inside conjunction features: its spelling when informative, else its class. */
  readonly rep: number;
  /** {@link W} flags. */
  readonly flags: number;
  /** Digit-length code for digit patterns: 0 none, 1..6 length of an all-digit token (6 = 6+), 7 mixed. */
  readonly digits: number;
  /** `strHash` of the lower case. */
  readonly lowerHash: number;
  /** @internal inference cache: where a model's pool holds this spelling's per-offset emission sums (see `sequenceModel.ts`). */
  vecAt: number;
  /** @internal the pool epoch `vecAt` belongs to (0: none). */
  vecModel: number;
}

/**
 * Short shape: character classes (`X` upper, `x` lower, `d` digit, `o` other) with repeats
 * collapsed, at most four, as a small integer (e.g. `Smith` → Xx, `91F` → dX).
 */
export function shapeCode(s: string): number {
  let code = 0;
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
      code = code * 4 + k;
      count++;
    }
    last = k;
  }
  return code * 8 + count;
}

/** Long shape: classes per character (runs longer than 4 cut to 4), e.g. `Smith` → Xxxxx → Xxxxx. */
function longShape(s: string): string {
  let out = '';
  let run = 0;
  let last = '';
  for (let i = 0; i < s.length && out.length < 12; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 48 && c <= 57 ? 'd' : c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : s[i] !== s[i]!.toLowerCase() ? 'X' : s[i] !== s[i]!.toUpperCase() ? 'x' : 'o';
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 4) out += k;
  }
  return out;
}

/** Class of a number written with `len` digits and value `v`. */
function numberClass(len: number, v: number): number {
  if (len <= 2) return v === 0 ? 1 : v <= 12 ? 2 : v <= 31 ? 3 : v < 90 ? 4 : 5; // 5: 90-99, an age over 89
  if (len === 3) return v >= 100 && v <= 125 ? 6 : 7;
  if (len === 4) return v >= 1900 && v <= 2099 ? 8 : v >= 100 && v <= 1259 && v % 100 < 60 ? 9 : 10; // year, clock time, other
  if (len === 5) return 11;
  if (len === 6) return 12;
  if (len === 7) return 13;
  if (len === 8) {
    const y = Math.floor(v / 10000);
    const m = Math.floor(v / 100) % 100;
    const d = v % 100;
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? 14 : 15;
  }
  return len <= 10 ? 16 : 17;
}

const T = {
  LOW: 1, SHAPE: 2, SSH: 3, PRE: 4, SUF: 7, LEN: 12, FLAGS: 13, FLAG: 14, NUM: 15, ALNUM: 16, CASEF: 17, DMY: 18, NAMEF: 19,
  NEAR_LOW: 30, NEAR_SH: 31, NEAR_FL: 32, NEAR_NUM: 33,
  BIAS: 50, GP: 51, GN: 52, GPP: 53, GNN: 54, SGS: 55, SGS2: 56, PREP: 57, NREP: 58, BIG: 59, NBIG: 60, DPAT3: 61, DPAT5: 62,
  FIELD: 63, FIELDPOS: 64, FIELDSH: 65, INLABEL: 66, SEC: 67, SECSH: 68, CP: 69, CPF: 70, BOL: 71, SENT: 72, BOLF: 73,
  FIELDREP: 74, LINEPOS: 75, PREP2: 76,
} as const;

const CASE_TITLE = 1;
const CASE_UPPER = 2;
const CASE_LOWER = 3;
const CASE_MIXED = 4;

function caseClass(s: string): number {
  let up = 0;
  let low = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== ch.toLowerCase()) up++;
    else if (ch !== ch.toUpperCase()) low++;
  }
  if (up === 0 && low === 0) return 0;
  if (up === 0) return CASE_LOWER;
  if (low === 0) return CASE_UPPER;
  const first = s[0]!;
  return first !== first.toLowerCase() && up === 1 ? CASE_TITLE : CASE_MIXED;
}

const nearMiss = new WeakMap<NlpLexicons, NearMissIndex>();
/** The near-miss index of everyday and clinical words, built once per lexicon set. */
const truncations = new WeakMap<NlpLexicons, TruncationIndex>();
function truncationIndex(lex: NlpLexicons): TruncationIndex {
  let ix = truncations.get(lex);
  if (!ix) truncations.set(lex, (ix = createTruncationIndex([lex.commonWords, lex.clinical])));
  return ix;
}

function nearMissIndex(lex: NlpLexicons): NearMissIndex {
  let ix = nearMiss.get(lex);
  if (!ix) nearMiss.set(lex, (ix = createNearMissIndex([lex.commonWords, lex.clinical])));
  return ix;
}

/**
 * Lexicon flags of a lower-case spelling.
 *
 * @param lower - the word in lower case
 * @param lex - the lexicons
 * @param hideNames - training only: hide name and place lexicon membership
 */
export function wordFlags(lower: string, lex: NlpLexicons, hideNames = false): number {
  let f = 0;
  if (lex.commonWords.has(lower) || lex.english.has(lower)) f |= W.COMMON;
  if (lex.clinical.has(lower)) f |= W.CLIN;
  if (lex.notPhi.has(lower)) f |= W.NOT_PHI;
  if (MONTHS.has(lower)) f |= W.MONTH;
  if (WEEKDAYS.has(lower)) f |= W.WEEKDAY;
  if (TITLES.has(lower)) f |= W.TITLE;
  if (RELATIONS.has(lower)) f |= W.RELATION;
  if (CUES.has(lower)) f |= W.CUE;
  if (PARTICLES.has(lower)) f |= W.PARTICLE;
  if (CREDENTIALS.has(lower)) f |= W.CREDENTIAL;
  if (SEASONS.has(lower)) f |= W.SEASON;
  if (lex.facilityWords.has(lower)) f |= W.FACILITY;
  if (lex.streetSuffixes.has(lower)) f |= W.STREET_SUFFIX;
  if (/^\d+(?:st|nd|rd|th)$/.test(lower)) f |= W.ORDINAL;
  if (!hideNames) {
    if (lex.firstNames.has(lower)) f |= W.FIRST;
    if (lex.surnames.has(lower)) f |= W.LAST;
    if (lex.cities.has(lower)) f |= W.CITY;
    if (lex.placeTokens.has(lower)) f |= W.PLACE;
    if (lex.streets.has(lower)) f |= W.STREET;
    if (lex.hospitals.has(lower)) f |= W.HOSPITAL;
  }
  if ((f & (NAMEISH | CLOSED | W.ORDINAL)) === 0) {
    if (nearMissIndex(lex).isNearMiss(lower)) f |= W.NEAR;
    else if (truncationIndex(lex).isTruncation(lower)) f |= W.TRUNC;
  }
  return f;
}

const MONTH_GLUED = /^(\d{1,2})(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(\d{2}|\d{4})?$/;

/**
 * Computes the features of one spelling.
 *
 * @param text - the token as written
 * @param lower - its lower case
 * @param flags - its {@link wordFlags}
 * @returns the spelling's features
 */
export function wordFeatures(text: string, lower: string, flags: number): WordFeatures {
  const own: number[] = [];
  const sh = shapeCode(text);
  const len = text.length;
  let digitCount = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
  }
  const allDigits = digitCount === len;
  const lowHash = strHash(lower);
  // the model does not read W.TRUNC (the span checks and the misspelt-name matcher do)
  const mf = flags & ~W.TRUNC;
  own.push(f1(T.LOW, lowHash), f1(T.SHAPE, strHash(longShape(text))), f1(T.SSH, sh), f1(T.LEN, Math.min(len, 15)), f1(T.FLAGS, mf));
  for (let b = 1; b <= mf; b <<= 1) if (mf & b) own.push(f1(T.FLAG, b));
  const cc = caseClass(text);
  own.push(f2(T.CASEF, cc, flags & (NAMEISH | W.COMMON | W.CLIN | W.NEAR)));
  let num = 0;
  if (allDigits) {
    num = numberClass(len, len <= 9 ? Number(text) : 0);
    own.push(f1(T.NUM, num));
  } else if (digitCount > 0) {
    // digits glued to letters: 91F, 04MAR2012, 2nd, RAD2020
    const m = MONTH_GLUED.exec(lower);
    if (m) own.push(f2(T.DMY, m[3] === undefined ? 0 : m[3].length, Number(m[1]) <= 31 ? 1 : 0));
    const lead = /^\d+/.exec(lower)?.[0] ?? '';
    const rest = lower.slice(lead.length);
    own.push(f2(T.ALNUM, lead.length > 0 ? numberClass(lead.length, Number(lead.slice(0, 9))) : 0, rest.length <= 3 ? strHash(rest) : strHash(longShape(rest))));
  } else {
    for (let k = 1; k <= 3 && k < len; k++) own.push(f1(T.PRE + k - 1, strHash(lower.slice(0, k))));
    for (let k = 1; k <= 4 && k < len; k++) own.push(f1(T.SUF + k - 1, strHash(lower.slice(-k))));
    if (flags & NAMEISH) own.push(f2(T.NAMEF, flags & NAMEISH, flags & (W.COMMON | W.CLIN)));
  }
  // as a neighbour: spelling of informative words, shape, name/place flags, number class
  const closed = (flags & CLOSED) !== 0 && !allDigits;
  const nearBase: number[] = [f1(T.NEAR_SH, sh), f1(T.NEAR_FL, flags & (NAMEISH | CLOSED))];
  if (closed || len <= 2) nearBase.push(f1(T.NEAR_LOW, lowHash));
  if (allDigits) nearBase.push(f1(T.NEAR_NUM, num));
  const near: Uint32Array[] = [];
  for (let o = -3; o <= 3; o++) {
    if (o === 0) {
      near.push(new Uint32Array(0));
      continue;
    }
    const ids = new Uint32Array(Math.abs(o) === 1 ? nearBase.length : Math.min(nearBase.length, 3));
    for (let k = 0; k < ids.length; k++) ids[k] = f1(100 + o, nearBase[k]!);
    near.push(ids);
  }
  const rep = closed || len <= 2 ? lowHash : allDigits ? f1(90, num) : f2(91, sh, flags & NAMEISH);
  return { own: Uint32Array.from(own), near, shape: sh, rep, flags, digits: allDigits ? Math.min(len, 6) : digitCount > 0 ? 7 : 0, lowerHash: lowHash, vecAt: -1, vecModel: 0 };
}

// ---------------------------------------------------------------------------- note view

/** A token as the features need it. */
export interface SeqToken {
  readonly start: number;
  readonly end: number;
}

/** Per-note facts the position features read, one entry per token. */
export interface NoteView {
  readonly text: string;
  readonly n: number;
  readonly words: readonly WordFeatures[];
  /** Code of the text between token i and i+1 (the last: the text after it). */
  readonly gapAfter: Uint32Array;
  /** Field label hash of the token's line segment (0 when none). */
  readonly field: Uint32Array;
  /** Position of the token after its field label (0 first…3 later; 255 when none or inside the label). */
  readonly fieldPos: Uint8Array;
  /** 1 when the token is part of a field label. */
  readonly inLabel: Uint8Array;
  /** Hash of the section heading the token is under (0 when none). */
  readonly section: Uint32Array;
  /** Bit 1: first token of its line; bit 2: first of a sentence. */
  readonly starts: Uint8Array;
  /** Index of the token in its line (capped at 7). */
  readonly linePos: Uint8Array;
  /** 1 mostly upper case, 2 mixed, 3 mostly lower case. */
  readonly caseProfile: number;
}

const FAR = 0xffff;
const UPPER_SHAPE = shapeCode('AB');

/** Code of the text between two tokens: whitespace runs collapsed, punctuation kept, at most four symbols. */
function gapCode(text: string, from: number, to: number): number {
  if (to - from > 12) return FAR;
  let h = 7;
  let count = 0;
  let lastWs = 0; // 1 space, 2 newline
  for (let i = from; i < to && count < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      if (lastWs === 0) {
        h = h * 31 + 1;
        count++;
      }
      lastWs = lastWs || 1;
    } else if (c === 10) {
      if (lastWs !== 2) {
        h = h * 31 + 2;
        count++;
      }
      lastWs = 2;
    } else {
      lastWs = 0;
      h = h * 31 + c + 3;
      count++;
    }
    h |= 0;
  }
  return (h >>> 0) % 0xfff0;
}

function hasColonLabelEnd(text: string, from: number, to: number): boolean {
  // the gap after a label word: optional spaces or # or . then ':' (not a newline before it)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    if (c === 10) return false;
    if (!(c === 32 || c === 9 || c === 35 || c === 46 || c === 41 || c === 40)) return false;
  }
  return false;
}

function bigBreak(text: string, from: number, to: number): boolean {
  // a new segment of a line: two spaces or a tab, or ; |
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 59 || c === 124) return true;
    if (c === 32) {
      if (++spaces >= 2) return true;
    } else spaces = 0;
  }
  return false;
}

/**
 * Builds the per-note view.
 *
 * @param text - the (folded) note
 * @param tokens - its word tokens
 * @param words - the features of each token's spelling
 * @param caseProfile - 1 mostly upper, 2 mixed, 3 mostly lower case
 */
export function noteView(text: string, tokens: readonly SeqToken[], words: readonly WordFeatures[], caseProfile: number): NoteView {
  const n = tokens.length;
  const gapAfter = new Uint32Array(n);
  const field = new Uint32Array(n);
  const fieldPos = new Uint8Array(n).fill(255);
  const inLabel = new Uint8Array(n);
  const section = new Uint32Array(n);
  const starts = new Uint8Array(n);
  const linePos = new Uint8Array(n);
  for (let i = 0; i < n; i++) gapAfter[i] = gapCode(text, tokens[i]!.end, i + 1 < n ? tokens[i + 1]!.start : Math.min(text.length, tokens[i]!.end + 13));
  let sec = 0;
  let lineStart = 0;
  let segStart = 0;
  let curField = 0;
  let pos = 0;
  let lp = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prevEnd = i === 0 ? 0 : tokens[i - 1]!.end;
    let newLine = i === 0;
    let sentence = i === 0;
    for (let j = t.start - 1; j >= prevEnd; j--) {
      const c = text.charCodeAt(j);
      if (c === 10) {
        newLine = true;
        break;
      }
    }
    if (!newLine && i > 0) {
      // a sentence starts after . ! ? ; : (and spaces)
      let j = t.start - 1;
      while (j >= prevEnd && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 34 || text.charCodeAt(j) === 40)) j--;
      if (j >= prevEnd) {
        const c = text.charCodeAt(j);
        sentence = c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 45 || c === 42;
      }
    }
    if (newLine) {
      // an all-caps short line without a colon is a heading too (FINDINGS, IMPRESSION)
      lineStart = i;
      segStart = i;
      curField = 0;
      lp = 0;
      if (caseProfile !== 1) {
        let k = i;
        let upper = true;
        while (k < n && k - i < 5) {
          const w = words[k]!;
          if (w.digits !== 0 || w.shape !== UPPER_SHAPE) upper = false;
          const g = k + 1 < n ? text.slice(tokens[k]!.end, tokens[k + 1]!.start) : '\n';
          k++;
          if (g.includes('\n')) break;
        }
        if (upper && k - i <= 4 && k > i && (k >= n || text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n'))) {
          let h = 0x1234;
          for (let q = i; q < k; q++) h = step(h, strHash(text.slice(tokens[q]!.start, tokens[q]!.end).toLowerCase()));
          sec = h;
        }
      }
    } else if (bigBreak(text, prevEnd, t.start)) {
      segStart = i;
    }
    starts[i] = (newLine ? 1 : 0) | (sentence || newLine ? 2 : 0);
    linePos[i] = Math.min(lp++, 7);
    section[i] = sec;
    field[i] = curField;
    fieldPos[i] = curField === 0 ? 255 : Math.min(pos++, 3);
    // does a label end at this token? (words from the segment start up to here, then ':')
    const nextStart = i + 1 < n ? tokens[i + 1]!.start : text.length;
    if (i - segStart < 5 && hasColonLabelEnd(text, t.end, nextStart) && !(words[i]!.digits !== 0 && i + 1 < n && words[i + 1]!.digits !== 0 && nextStart - t.end === 1)) {
      let h = 0x4321;
      for (let q = segStart; q <= i; q++) {
        if (words[q]!.digits === 1 || words[q]!.digits === 2) continue; // "Line 2:" and "Problem 3:" share a label
        h = step(h, strHash(text.slice(tokens[q]!.start, tokens[q]!.end).toLowerCase()));
        inLabel[q] = 1;
        fieldPos[q] = 255;
        field[q] = 0;
      }
      curField = h;
      pos = 0;
      if (segStart === lineStart) sec = h;
      segStart = i + 1;
    }
  }
  return { text, n, words, gapAfter, field, fieldPos, inLabel, section, starts, linePos, caseProfile };
}

/** Most position features a token has. */
export const MAX_POSITION_FEATURES = 32;

/**
 * What the position features of one token read (filled by {@link readPosition}). The features
 * fall into groups by what they depend on, each written by its own function in the order of
 * {@link positionFeatures}; inference caches the summed weights of the groups that depend on
 * few values (gaps, shapes, the line, the field, the section).
 */
export interface PositionFacts {
  /** Gap codes: before the previous token, before this one, after it, after the next one. */
  gpp: number;
  gp: number;
  gn: number;
  gnn: number;
  /** Short shapes: this token, the previous and the next one (0 at the note's ends). */
  sh: number;
  ps: number;
  ns: number;
  /** Conjunction representatives of the two tokens before and after (1 and 2 at the ends). */
  rp2: number;
  rp1: number;
  rn1: number;
  rn2: number;
  /** Digit-length codes of this token and its neighbours (0 at the ends). */
  d: number;
  dp2: number;
  dp1: number;
  dn1: number;
  dn2: number;
  /** Field label hash (0 when none), the position after it, and the word it sees (`rep` of a number, else some flags). */
  fld: number;
  pos: number;
  fx: number;
  /** 1 when the token is part of a field label, and its own `rep`. */
  label: number;
  rep: number;
  /** Section heading hash (0 when none). */
  sec: number;
  /** Case profile, lexicon flags (name, place, common, clinical), line/sentence starts, position in the line. */
  cp: number;
  fl: number;
  st: number;
  lp: number;
}

/** @returns an empty {@link PositionFacts} to fill with {@link readPosition} */
export function newPositionFacts(): PositionFacts {
  return { gpp: 0, gp: 0, gn: 0, gnn: 0, sh: 0, ps: 0, ns: 0, rp2: 0, rp1: 0, rn1: 0, rn2: 0, d: 0, dp2: 0, dp1: 0, dn1: 0, dn2: 0, fld: 0, pos: 0, fx: 0, label: 0, rep: 0, sec: 0, cp: 0, fl: 0, st: 0, lp: 0 };
}

/**
 * Reads what the position features of token `i` depend on.
 *
 * @param v - the note view
 * @param i - token index
 * @param f - filled in place
 */
export function readPosition(v: NoteView, i: number, f: PositionFacts): void {
  const w = v.words;
  const n = v.n;
  const cur = w[i]!;
  const p1 = i > 0 ? w[i - 1]! : undefined;
  const p2 = i > 1 ? w[i - 2]! : undefined;
  const n1 = i + 1 < n ? w[i + 1]! : undefined;
  const n2 = i + 2 < n ? w[i + 2]! : undefined;
  f.gp = i > 0 ? v.gapAfter[i - 1]! : FAR - 1;
  f.gn = v.gapAfter[i]!;
  f.gpp = i > 1 ? v.gapAfter[i - 2]! : FAR - 1;
  f.gnn = i + 1 < n ? v.gapAfter[i + 1]! : FAR - 1;
  f.sh = cur.shape;
  f.ps = p1 ? p1.shape : 0;
  f.ns = n1 ? n1.shape : 0;
  f.rp1 = p1 ? p1.rep : 1;
  f.rp2 = p2 ? p2.rep : 1;
  f.rn1 = n1 ? n1.rep : 2;
  f.rn2 = n2 ? n2.rep : 2;
  f.d = cur.digits;
  f.dp1 = p1 ? p1.digits : 0;
  f.dp2 = p2 ? p2.digits : 0;
  f.dn1 = n1 ? n1.digits : 0;
  f.dn2 = n2 ? n2.digits : 0;
  f.fld = v.field[i]!;
  f.pos = v.fieldPos[i]!;
  f.fx = cur.digits !== 0 ? cur.rep : cur.flags & (NAMEISH | W.MONTH | W.TITLE);
  f.label = v.inLabel[i]!;
  f.rep = cur.rep;
  f.sec = v.section[i]!;
  f.cp = v.caseProfile;
  f.fl = cur.flags & (NAMEISH | W.COMMON | W.CLIN);
  f.st = v.starts[i]!;
  f.lp = v.linePos[i]!;
}

/** Bias and the gaps around the token (depend on `gpp, gp, gn, gnn`). */
export function gapFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  out[k++] = f1(T.BIAS, 0);
  out[k++] = f1(T.GP, f.gp);
  out[k++] = f1(T.GN, f.gn);
  out[k++] = f2(T.GPP, f.gpp, f.gp);
  out[k++] = f2(T.GNN, f.gn, f.gnn);
  return k;
}

/** Shapes across the gaps (depend on `ps, gp, sh, gn, ns`). */
export function shapeFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  out[k++] = f3(T.SGS, f.ps, f.gp, f.sh);
  out[k++] = f3(T.SGS2, f.sh, f.gn, f.ns);
  return k;
}

/** Conjunctions with the neighbouring words (depend on their spellings). */
export function neighbourFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  out[k++] = f3(T.PREP, f.rp1, f.gp, f.sh);
  out[k++] = f3(T.NREP, f.sh, f.gn, f.rn1);
  out[k++] = f3(T.BIG, f.rp2, f.rp1, f.sh);
  out[k++] = f3(T.NBIG, f.sh, f.rn1, f.rn2);
  out[k++] = f3(T.PREP2, f.rp2, f.gpp, f.rp1);
  return k;
}

/** Digit patterns across a window (none unless this token or a neighbour has digits). */
export function digitFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  if (f.d !== 0 || f.dp1 !== 0 || f.dn1 !== 0) {
    out[k++] = f3(T.DPAT3, f.dp1 * 8 + f.d * 64 + f.dn1, f.gp, f.gn);
    out[k++] = f3(T.DPAT5, (f.dp2 * 8 + f.dp1) * 8 + f.d, f.gpp * 65536 + f.gp, (f.gn * 65536 + f.gnn) ^ (f.dn1 * 8 + f.dn2));
  }
  return k;
}

/** The field label of the line segment (none when `fld` is 0; depend on `fld, pos, sh, fx`). */
export function fieldFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  if (f.fld !== 0) {
    out[k++] = f1(T.FIELD, f.fld);
    out[k++] = f2(T.FIELDPOS, f.fld, f.pos);
    out[k++] = f2(T.FIELDSH, f.fld, f.sh);
    out[k++] = f3(T.FIELDREP, f.fld, f.pos, f.fx);
  }
  return k;
}

/** A word of a field label. */
export function labelFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  if (f.label) out[k++] = f1(T.INLABEL, f.rep);
  return k;
}

/** The section heading above (none when `sec` is 0; depend on `sec, sh`). */
export function sectionFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  if (f.sec !== 0) {
    out[k++] = f1(T.SEC, f.sec);
    out[k++] = f2(T.SECSH, f.sec, f.sh);
  }
  return k;
}

/** The note's case profile and the token's place in its line (depend on `cp, sh, fl, st, gn, lp`). */
export function lineFeatures(f: PositionFacts, out: Uint32Array, k: number): number {
  out[k++] = f2(T.CP, f.cp, f.sh);
  out[k++] = f2(T.CPF, f.cp, f.fl);
  if (f.st & 1) out[k++] = f2(T.BOL, f.sh, f.gn);
  if (f.st & 2) out[k++] = f2(T.SENT, f.sh, f.cp);
  out[k++] = f3(T.BOLF, f.st, f.fl & (NAMEISH | W.COMMON), f.cp);
  out[k++] = f2(T.LINEPOS, f.lp, f.sh);
  return k;
}

const facts = newPositionFacts();

/**
 * Writes the position features of token `i` into `out` and returns how many there are.
 *
 * @param v - the note view
 * @param i - token index
 * @param out - at least {@link MAX_POSITION_FEATURES} long
 */
export function positionFeatures(v: NoteView, i: number, out: Uint32Array): number {
  readPosition(v, i, facts);
  let k = gapFeatures(facts, out, 0);
  k = shapeFeatures(facts, out, k);
  k = neighbourFeatures(facts, out, k);
  k = digitFeatures(facts, out, k);
  k = fieldFeatures(facts, out, k);
  k = labelFeatures(facts, out, k);
  k = sectionFeatures(facts, out, k);
  return lineFeatures(facts, out, k);
}
