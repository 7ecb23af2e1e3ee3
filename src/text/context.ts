/**
 * The per-note context every detector reads. Built once per note by the scrubber; each view
 * (tokens, lines, case statistics) is computed lazily on first use and then shared by every
 * detector, like Presidio's `NlpArtifacts`. Detectors must treat it as read-only.
 *
 * @module
 */
import type { TextContext } from './types.js';

/** A word token: a maximal run of letters and digits, with its offsets in the original text. */
export interface Token {
  /** The token text, exactly as in the note. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit. */
  readonly start: number;
  /** Offset just past the last code unit (half-open). */
  readonly end: number;
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
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;

function computeTokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
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
 * @returns a {@link ScrubContext}; views are computed on first access and cached
 * @throws TypeError when `text` is not a string (a programming error)
 * @example
 * ```ts
 * const ctx = createTextContext('Seen by Dr. Smith on 3/4.');
 * ctx.tokens.map((t) => t.text); // ['Seen', 'by', 'Dr', 'Smith', 'on', '3', '4']
 * ```
 */
export function createTextContext(text: string): ScrubContext {
  if (typeof text !== 'string') throw new TypeError('createTextContext expects a string');
  let tokens: Token[] | undefined;
  let lines: Line[] | undefined;
  let cases: { upper: number; lower: number } | undefined;
  const memos = new Map<string, unknown>();
  const ctx: ScrubContext = {
    text,
    get tokens() {
      return (tokens ??= computeTokens(text));
    },
    get lines() {
      return (lines ??= computeLines(text));
    },
    get isMostlyUpperCase() {
      const c = (cases ??= countCase(text));
      return c.upper + c.lower > 0 && c.upper > 2 * c.lower;
    },
    get isMostlyLowerCase() {
      const c = (cases ??= countCase(text));
      return c.lower > 0 && c.upper * 40 < c.lower;
    },
    get isCaseless() {
      return ctx.isMostlyUpperCase || ctx.isMostlyLowerCase;
    },
    tokenIndexAt(offset: number): number {
      const ts = ctx.tokens;
      let lo = 0;
      let hi = ts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ts[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    memo<T>(key: string, compute: (c: ScrubContext) => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute(ctx);
      memos.set(key, value);
      return value;
    },
  };
  return ctx;
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
