/**
 * The per-note context every detector reads. Built once per note by the scrubber; each view
 * (tokens, lines, case statistics) is computed lazily on first use and then shared by every
 * detector, like Presidio's `NlpArtifacts`. Detectors must treat it as read-only.
 *
 * @module
 */
import type { Span, TextContext } from './types.js';

/** A word token: a maximal run of letters and digits, with its offsets in the original text. */
export interface Token {
  /** The token text, exactly as in the note. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit. */
  readonly start: number;
  /** Offset just past the last code unit (half-open). */
  readonly end: number;
  /** `text.toLowerCase()`, computed once per spelling and shared by every detector. */
  readonly lower: string;
  /**
   * The process-wide record of this spelling, shared by every token and note that contains
   * it, where detectors cache per-word facts (see {@link Word}).
   */
  readonly word: Word;
}

/**
 * One spelling of a word, interned per process: each distinct token text gets one record, so
 * facts that depend only on the spelling (its lower case, lexicon flags, shape) are computed
 * once per process instead of once per occurrence. The numeric slots start at -1 and belong to
 * the built-in detectors (`@internal`); custom detectors should use {@link ScrubContext.memo}.
 */
export interface Word {
  readonly text: string;
  readonly lower: string;
  /** @internal lexicon detectors: packed shape and flags, -1 until computed */
  lex: number;
  /** @internal token classifier: packed shape code and lexicon flags, -1 until computed */
  nlp: number;
}

/**
 * Interned spellings: an open-addressing hash table looked up straight from the note's
 * characters, so a spelling seen before costs no string allocation. A slot is four `Int32Array`
 * entries (hash, length, offset of its characters in one shared `Uint16Array`, word number + 1;
 * 0 means empty), so a look-up reads the slot and the characters, both packed, and touches the
 * {@link Word} only once it matched. Emptied when it holds {@link WORDS_MAX} spellings or
 * {@link CHARS_MAX} characters, so memory stays bounded on any input.
 */
const WORDS_MAX = 200_000;
/** Characters the interned spellings may hold in all before the table is emptied (8 MB). */
const CHARS_MAX = 1 << 22;
let slots = new Int32Array(4 << 12);
let words: Word[] = [];
let chars = new Uint16Array(1 << 16);
let charsUsed = 0;

function place(hash: number, len: number, at: number, number: number): void {
  const mask = (slots.length >> 2) - 1;
  let idx = hash & mask;
  while (slots[4 * idx + 3] !== 0) idx = (idx + 1) & mask;
  slots[4 * idx] = hash;
  slots[4 * idx + 1] = len;
  slots[4 * idx + 2] = at;
  slots[4 * idx + 3] = number + 1;
}

/** The interned {@link Word} for `text.slice(start, end)`. */
function wordOf(text: string, start: number, end: number, plain: boolean): Word {
  let hash = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 16777619);
  const len = end - start;
  const mask = (slots.length >> 2) - 1;
  for (let idx = hash & mask; ; idx = (idx + 1) & mask) {
    const n = slots[4 * idx + 3]!;
    if (n === 0) break;
    if (slots[4 * idx] !== hash || slots[4 * idx + 1] !== len) continue;
    const at = slots[4 * idx + 2]!;
    let k = 0;
    while (k < len && chars[at + k] === text.charCodeAt(start + k)) k++;
    if (k === len) return words[n - 1]!;
  }
  if (words.length >= WORDS_MAX || charsUsed + len > CHARS_MAX) {
    slots = new Int32Array(4 << 12);
    words = [];
    charsUsed = 0;
    if (chars.length > CHARS_MAX) chars = new Uint16Array(1 << 16);
  } else if (2 * (words.length + 1) > slots.length >> 2) {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 4) if (old[k + 3] !== 0) place(old[k]!, old[k + 1]!, old[k + 2]!, old[k + 3]! - 1);
  }
  if (charsUsed + len > chars.length) {
    const bigger = new Uint16Array(Math.max(chars.length * 2, charsUsed + len));
    bigger.set(chars.subarray(0, charsUsed));
    chars = bigger;
  }
  for (let k = 0; k < len; k++) chars[charsUsed + k] = text.charCodeAt(start + k);
  const t = text.slice(start, end);
  const w: Word = { text: t, lower: plain ? t : t.toLowerCase(), lex: -1, nlp: -1 };
  place(hash, len, charsUsed, words.length);
  charsUsed += len;
  words.push(w);
  return w;
}

/** A line of the note (without its line break), with its offsets. */
export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The context the built-in scrubber passes to detectors: the text plus lazily computed,
 * shared views. Custom views (for example an NLP parse) can be shared through {@link ScrubContext.memo}.
 */
export interface ScrubContext extends TextContext {
  /** Word tokens (runs of letters, marks and digits), in text order. Computed once. */
  readonly tokens: readonly Token[];
  /** Lines split on `\n` (a trailing `\r` is excluded). Computed once. */
  readonly lines: readonly Line[];
  /**
   * True when most letters of the note are upper case (nursing notes are often ALL CAPS), so
   * capitalisation cannot be used as a cue for names.
   */
  readonly isMostlyUpperCase: boolean;
  /** True when almost no letter is upper case (all-lower-case notes). */
  readonly isMostlyLowerCase: boolean;
  /**
   * True when capitalisation carries no signal in this note (mostly upper or mostly lower
   * case), so context rules must rely on word lists instead of capital letters.
   */
  readonly isCaseless: boolean;
  /**
   * Index into {@link ScrubContext.tokens} of the first token that ends after `offset`
   * (binary search); `tokens.length` when none.
   */
  tokenIndexAt(offset: number): number;
  /**
   * Computes a view once per note and caches it under `key`, so several detectors can share an
   * expensive result (e.g. an NLP document).
   */
  memo<T>(key: string, compute: (ctx: ScrubContext) => T): T;
  /**
   * Spans the scrubber has already accepted from the detectors that ran before the current one
   * (after the type filter and the allow list), in detection order. Empty outside a scrub and
   * for the first detector. Lets a costly detector skip text another one already removes.
   */
  readonly found: readonly Span[];
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** 1 for ASCII letters and digits, 2 for ASCII upper case, 0 otherwise. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 2;

/** Length (1 or 2 code units) of the word character at `i`, or 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]! === 0 ? 0 : 1;
  const cp = text.codePointAt(i)!;
  const n = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + n)) ? n : 0;
}

/**
 * Word tokens: maximal runs of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`), scanned by
 * character code (a regex with Unicode classes costs several times more on clinical text).
 */
/** ASCII upper- and lower-case letters counted by the last {@link computeTokens} (every ASCII letter is inside a token). */
let tokenUpper = 0;
let tokenLower = 0;

function computeTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let upper = 0;
  let lower = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && ASCII_CLASS[c]! === 0) {
      i++;
      continue;
    }
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let plain = true; // only lower-case ASCII letters and digits: already lower case
    do {
      const d = text.charCodeAt(i);
      if (d >= 128) plain = false;
      else if (ASCII_CLASS[d] === 2) {
        plain = false;
        upper++;
      } else if (d >= 97) lower++;
      i += w;
      if (i >= n) break;
      const e = text.charCodeAt(i);
      w = e < 128 ? (ASCII_CLASS[e]! === 0 ? 0 : 1) : wordCharAt(text, i);
    } while (w !== 0);
    const word = wordOf(text, start, i, plain);
    out.push({ text: word.text, start, end: i, lower: word.lower, word });
  }
  tokenUpper = upper;
  tokenLower = lower;
  return out;
}

function computeLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    out.push({ text: text.slice(start, end), start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

function countCase(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return { upper, lower };
}

/**
 * Builds the shared, lazily computed context for one note.
 *
 * @param text - the original note text
 * @param found - the scrubber's list of spans accepted so far (it keeps appending to it);
 *   see {@link ScrubContext.found}
 * @returns a {@link ScrubContext}; views are computed on first access and cached
 * @throws TypeError when `text` is not a string (a programming error)
 * @example
 * ```ts
 * const ctx = createTextContext('Seen by Dr. Smith on 3/4.');
 * ctx.tokens.map((t) => t.text); // ['Seen', 'by', 'Dr', 'Smith', 'on', '3', '4']
 * ```
 */
export function createTextContext(text: string, found: readonly Span[] = []): ScrubContext {
  if (typeof text !== 'string') throw new TypeError('createTextContext expects a string');
  return new TextContextImpl(text, found);
}

/**
 * The built-in {@link ScrubContext}: a class, so its getters live on one shared prototype
 * (an object literal with getters would build fresh closures for every note, which V8 runs far
 * slower and which cost more to create).
 */
class TextContextImpl implements ScrubContext {
  private tokenList: Token[] | undefined;
  private lineList: Line[] | undefined;
  private upper = -1;
  private lower = 0;
  private memos: Map<string, unknown> | undefined;

  constructor(
    readonly text: string,
    readonly found: readonly Span[],
  ) {}

  get tokens(): readonly Token[] {
    if (this.tokenList === undefined) {
      this.tokenList = computeTokens(this.text);
      // the tokenizer saw every ASCII letter: the case counts come free
      this.upper = tokenUpper;
      this.lower = tokenLower;
    }
    return this.tokenList;
  }

  get lines(): readonly Line[] {
    return (this.lineList ??= computeLines(this.text));
  }

  private countCase(): void {
    if (this.upper >= 0) return;
    const c = countCase(this.text);
    this.upper = c.upper;
    this.lower = c.lower;
  }

  get isMostlyUpperCase(): boolean {
    this.countCase();
    return this.upper + this.lower > 0 && this.upper > 2 * this.lower;
  }

  get isMostlyLowerCase(): boolean {
    this.countCase();
    return this.lower > 0 && this.upper * 40 < this.lower;
  }

  get isCaseless(): boolean {
    return this.isMostlyUpperCase || this.isMostlyLowerCase;
  }

  tokenIndexAt(offset: number): number {
    const ts = this.tokens;
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ts[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  memo<T>(key: string, compute: (c: ScrubContext) => T): T {
    const memos = (this.memos ??= new Map<string, unknown>());
    if (memos.has(key)) return memos.get(key) as T;
    const value = compute(this);
    memos.set(key, value);
    return value;
  }
}

/**
 * Returns `ctx` as a {@link ScrubContext}, building one when a detector is called with a bare
 * {@link TextContext} (e.g. from a custom pipeline).
 *
 * @param ctx - any text context
 * @returns a ScrubContext over the same text
 */
export function asScrubContext(ctx: TextContext): ScrubContext {
  const c = ctx as Partial<ScrubContext>;
  return typeof c.memo === 'function' && typeof c.tokenIndexAt === 'function' ? (ctx as ScrubContext) : createTextContext(ctx.text);
}
