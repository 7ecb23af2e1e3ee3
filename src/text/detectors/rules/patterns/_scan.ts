/**
 * Fast scanning for the pattern detectors. Most of their regexes start with a cue word (`wife`,
 * `Dr`, `lives in`) or hold one at a bounded distance from where a match starts; scanning the
 * whole note with each of them costs one pass per regex. Instead, one pass over the note's shared
 * tokens finds where every registered cue word occurs, and each regex is then tried (sticky)
 * only at the positions its cues allow. The output is exactly that of a full scan:
 *
 * - a {@link Cue} lists the lower-case tokens that can start a match, or that every match holds
 *   within `back` characters of its start;
 * - cues are looked up in scan units, maximal runs of ASCII letters and digits (a regex `\b`
 *   counts only those as word characters; a token such as `Łukasz` is split into its ASCII runs),
 *   so a match starts where the regex would start it;
 * - {@link _setFastScan}`(false)` turns every shortcut off, so a test can compare both paths.
 *
 * @internal
 */
import type { ScrubContext } from '../../../context.js';
import { eachMatch } from './_lib.js';

/** A registered set of cue words (see {@link cue}). */
export interface Cue {
  /** Index of the cue in the registry. */
  readonly id: number;
  /** The lower-case tokens that trigger it. */
  readonly words: ReadonlySet<string>;
}

const cues: Cue[] = [];
/** Lower-case token → bit mask of the cues it triggers (bit `id & 31` of word `id >> 5`); rebuilt when a cue is registered. */
let index: Map<string, Uint32Array> | undefined;
/** `maybe[(c & 127) * 32 + min(len, 31)]` is 1 when some cue word starts with `c` and has that length: most tokens skip the map. */
let maybe: Uint8Array | undefined;
let fast = true;

/**
 * Registers a set of cue words (whitespace-separated, compared with the tokens' lower case).
 * Call once per regex at module load.
 */
export function cue(words: string): Cue {
  const c: Cue = { id: cues.length, words: new Set(words.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase())) };
  cues.push(c);
  index = undefined;
  return c;
}

function buildIndex(): Map<string, Uint32Array> {
  const width = (cues.length + 31) >> 5;
  const m = new Map<string, Uint32Array>();
  maybe = new Uint8Array(128 * 32);
  for (const c of cues) {
    for (const w of c.words) {
      let mask = m.get(w);
      if (mask === undefined) m.set(w, (mask = new Uint32Array(width)));
      mask[c.id >> 5]! |= 1 << (c.id & 31);
      maybe[(w.charCodeAt(0) & 127) * 32 + Math.min(w.length, 31)] = 1;
    }
  }
  return m;
}

/**
 * A scan unit: a maximal run of ASCII letters and digits, where a regex word (`\\b` … `\\b`) can
 * start. In a note whose tokens are all ASCII the units are its tokens; a token holding other
 * letters (`Łukasz`) is split into its ASCII runs, so a cue word glued to such a letter is still
 * found where the regex would find it.
 */
export interface Unit {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** The cue words of one note: its scan units and, per cue id, the indices of the units that trigger it (text order). */
interface CueHits {
  readonly units: readonly Unit[];
  readonly byCue: (number[] | undefined)[];
}

const NON_ASCII = /[^\x00-\x7f]/;
const EMPTY: readonly number[] = Object.freeze([]);
/** The last note's hits: detectors run one note at a time, so one entry saves the memo look-up. */
let lastCtx: ScrubContext | undefined;
let lastHits: CueHits | undefined;

function hits(ctx: ScrubContext): CueHits {
  if (ctx === lastCtx) return lastHits!;
  const h = ctx.memo('rules/patterns:cues', computeHits);
  lastCtx = ctx;
  lastHits = h;
  return h;
}

/** ASCII letter or digit. */
function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function unitsOf(c: ScrubContext): readonly Unit[] {
  if (!NON_ASCII.test(c.text)) return c.tokens;
  const out: Unit[] = [];
  const text = c.text;
  for (const t of c.tokens) {
    if (!NON_ASCII.test(t.text)) {
      out.push(t);
      continue;
    }
    for (let i = t.start; i < t.end; ) {
      if (!isAsciiWord(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const s0 = i;
      while (i < t.end && isAsciiWord(text.charCodeAt(i))) i++;
      const u = text.slice(s0, i);
      out.push({ text: u, lower: u.toLowerCase(), start: s0, end: i });
    }
  }
  return out;
}

function computeHits(c: ScrubContext): CueHits {
  const idx = (index ??= buildIndex());
  const may = maybe!;
  // one list per cue, filled in one pass (each cue look-up then costs nothing, however many cues)
  const byCue: (number[] | undefined)[] = [];
  const units = unitsOf(c);
  for (let i = 0; i < units.length; i++) {
    const w = units[i]!.lower;
    if (may[(w.charCodeAt(0) & 127) * 32 + (w.length < 31 ? w.length : 31)] === 0) continue;
    const mask = idx.get(w);
    if (mask === undefined) continue;
    for (let word = 0; word < mask.length; word++) {
      for (let m = mask[word]!; m !== 0; m &= m - 1) {
        const id = (word << 5) | (31 - Math.clz32(m & -m));
        (byCue[id] ??= []).push(i);
      }
    }
  }
  return { units, byCue };
}

/**
 * The note's scan units (see {@link Unit}): what cue and unit indices refer to. Callers
 * checking the neighbours of a cue read them here, not in `ctx.tokens`.
 */
export function scanUnits(ctx: ScrubContext): readonly Unit[] {
  return hits(ctx).units;
}

/** True when the note can be scanned from cues: fast scanning is on. */
export function canUseCues(_ctx: ScrubContext): boolean {
  return fast;
}

/**
 * Indices (into {@link scanUnits}) of the units of cue `c`, in text order, or undefined when
 * fast scanning is off (scan in full).
 */
export function cueTokens(ctx: ScrubContext, c: Cue): readonly number[] | undefined {
  if (!fast) return undefined;
  return hits(ctx).byCue[c.id] ?? EMPTY;
}

/**
 * Start offsets of the tokens of cue `c` that `keep` accepts (by token index), in text order, or
 * undefined when the note must be scanned in full.
 */
export function cueStarts(ctx: ScrubContext, c: Cue, keep?: (i: number) => boolean): readonly number[] | undefined {
  const idx = cueTokens(ctx, c);
  if (idx === undefined) return undefined;
  const ts = hits(ctx).units;
  const out: number[] = [];
  for (const i of idx) if (keep === undefined || keep(i)) out.push(ts[i]!.start);
  return out;
}

/**
 * Start offsets of the scan units that `keep` accepts, in text order, or undefined when fast
 * scanning is off. One pass over the units: for cues that a word list cannot name (numbers of a
 * given length, initials).
 */
export function tokenStarts(ctx: ScrubContext, keep: (t: Unit, i: number) => boolean): readonly number[] | undefined {
  if (!fast) return undefined;
  const ts = hits(ctx).units;
  const out: number[] = [];
  for (let i = 0; i < ts.length; i++) if (keep(ts[i]!, i)) out.push(ts[i]!.start);
  return out;
}

const stickyCache = new WeakMap<RegExp, RegExp>();

function twin(re: RegExp): RegExp {
  const y = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  stickyCache.set(re, y);
  return y;
}

/**
 * Builds, at module load, the sticky twins of global regexes that the scanners below will try at
 * chosen offsets (so every RegExp is built where the regex guard checks it).
 */
export function prepareScans(...res: readonly RegExp[]): void {
  for (const re of res) if (!stickyCache.has(re)) twin(re);
}

/** The sticky twin of a global regex (same source and flags, `y` instead of `g`). */
export function stickyOf(re: RegExp): RegExp {
  return stickyCache.get(re) ?? twin(re);
}

/** Which offsets a match may start at (e.g. only line breaks): a cheap filter before the regex runs. */
export type StartOk = (text: string, at: number) => boolean;

/**
 * Calls `onMatch` for the matches of global regex `re` that a full scan of `text` would find,
 * trying only the offsets in `[p - back, p]` for each `p` of `positions` (ascending) that
 * `startOk` accepts. Exact when every match of `re` starts at such an offset.
 */
export function eachMatchNear(
  re: RegExp,
  text: string,
  positions: readonly number[],
  back: number,
  onMatch: (m: RegExpExecArray) => void,
  startOk?: StartOk,
): void {
  const y = stickyOf(re);
  let next = 0;
  for (const p of positions) {
    for (let at = Math.max(next, p - back); at <= p; ) {
      if (startOk !== undefined && !startOk(text, at)) {
        at++;
        continue;
      }
      y.lastIndex = at;
      const m = y.exec(text);
      if (m === null) {
        at++;
        continue;
      }
      onMatch(m);
      at = m[0].length === 0 ? at + 1 : at + m[0].length;
      next = at;
    }
    if (next <= p) next = p + 1;
  }
}

/**
 * Calls `onMatch` for every match of global regex `re` in the note, as {@link eachMatch} does,
 * when every match starts within `back` characters before a token of cue `c` (`back` 0: at
 * the token). Falls back to a full scan where that cannot be relied on.
 */
export function eachCuedMatch(
  ctx: ScrubContext,
  re: RegExp,
  c: Cue,
  back: number,
  onMatch: (m: RegExpExecArray) => void,
  startOk?: StartOk,
  keep?: (i: number) => boolean,
): void {
  eachMatchFrom(ctx, re, cueStarts(ctx, c, keep), back, onMatch, startOk);
}

/**
 * Calls `onMatch` for every match of global regex `re` in the note: a full scan when
 * `positions` is undefined, else only at offsets `[p - back, p]` around them (see
 * {@link eachMatchNear}).
 */
export function eachMatchFrom(
  ctx: ScrubContext,
  re: RegExp,
  positions: readonly number[] | undefined,
  back: number,
  onMatch: (m: RegExpExecArray) => void,
  startOk?: StartOk,
): void {
  if (positions === undefined) eachMatch(re, ctx.text, onMatch);
  else if (positions.length > 0) eachMatchNear(re, ctx.text, positions, back, onMatch, startOk);
}

/** A {@link StartOk} for regexes starting with `(?:^|\n)`: the start of the text or a line break. */
export const atLineStart: StartOk = (text, at) => at === 0 || text.charCodeAt(at) === 10;

/** A {@link StartOk} for regexes starting with a digit (a date, a clock time). */
export const atDigit: StartOk = (text, at) => {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
};

/**
 * Calls `onMatch` for every match of a line-anchored global regex `re` (starting with
 * `(?:^|\n)`, matching within one line) on the lines that `keep` accepts; exact when no match
 * can hold a line that `keep` refuses. Each kept line is tried at its preceding line break (or
 * at 0 for the first line).
 */
export function eachLineMatch(ctx: ScrubContext, re: RegExp, keep: (line: string) => boolean, onMatch: (m: RegExpExecArray) => void): void {
  if (!fast) {
    eachMatch(re, ctx.text, onMatch);
    return;
  }
  const positions: number[] = [];
  for (const l of ctx.lines) if (keep(l.text)) positions.push(l.start === 0 ? 0 : l.start - 1);
  if (positions.length > 0) eachMatchNear(re, ctx.text, positions, 0, onMatch);
}

/**
 * Offsets where a character of `chars` occurs in the note, ascending, or undefined when fast
 * scanning is off (a native `indexOf` loop per character: far cheaper than a regex scan when
 * they are rare). Exact on any text.
 */
export function charStarts(ctx: ScrubContext, chars: string): readonly number[] | undefined {
  if (!fast) return undefined;
  const text = ctx.text;
  const out: number[] = [];
  for (const ch of chars) for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) out.push(i);
  if (chars.length > 1) out.sort((a, b) => a - b);
  return out;
}

/** True when fast scanning is on (the default). */
/** @internal the registered cues (diagnostics) */
export function _cues(): readonly Cue[] {
  return cues;
}

/** True when fast scanning is on (the default). */
export function fastScan(): boolean {
  return fast;
}

/**
 * Turns fast scanning on or off for the whole process (tests compare both paths).
 *
 * @internal
 */
export function _setFastScan(on: boolean): void {
  fast = on;
}
