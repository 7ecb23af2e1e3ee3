/**
 * Shared data of the lexicon detectors: the lexicon sets, a block list of everyday and clinical
 * words and phrase sets for multi-word entries, all views of the compiled lexicon table
 * (`src/allowlists/_compiled.ts`, built at build time), and a per-note token analysis
 * memoised on the {@link ScrubContext} so the three detectors tokenise once.
 *
 * @internal
 */
import {
  compiledLexicons,
  LexiconView,
  LX_BLOCKED,
  LX_CITY,
  LX_CITY_PREFIX,
  LX_CITY_SINGLE,
  LX_COMMON,
  LX_FACILITY_DISTINCTIVE,
  LX_FACILITY_GENERIC,
  LX_FACILITY_HEAD,
  LX_FACILITY_HEAD_PREFIX,
  LX_FIRST,
  LX_HOSPITAL,
  LX_HOSPITAL_PREFIX,
  LX_PLACE_BLOCKED,
  LX_SOFT,
  LX_STREET,
  LX_STREET_SUFFIX,
  LX_SURNAME,
  type CompiledLexicons,
} from '../../../../allowlists/_compiled.js';
import type { ScrubContext, Token, Word } from '../../../context.js';

/**
 * A set of multi-word phrases searchable token by token: `full` holds every phrase, `prefix`
 * every proper prefix (`grand`, for `grand rapids`).
 */
export interface PhraseSet {
  readonly full: ReadonlySet<string>;
  readonly prefix: ReadonlySet<string>;
  /**
   * Bits of {@link LexiconData.flagsOf} (and so of {@link LexToken.bits}) marking the entries
   * of `full` and `prefix`, when the set is one of the built-in ones: one look-up of
   * {@link PhraseSet.maskOf} (or the token's flags, for the first word) answers both questions.
   */
  readonly fullBit?: number;
  readonly prefixBit?: number;
  /** The compiled mask of a key (see `fullBit`), when the set is a built-in one. */
  readonly maskOf?: (key: string) => number;
}

/** Builds a {@link PhraseSet} from normalised entries (tokens separated by one space). */
export function buildPhraseSet(entries: Iterable<string>): PhraseSet {
  const full = new Set<string>();
  const prefix = new Set<string>();
  for (const e of entries) {
    full.add(e);
    let at = e.indexOf(' ');
    while (at !== -1) {
      prefix.add(e.slice(0, at));
      at = e.indexOf(' ', at + 1);
    }
  }
  return { full, prefix };
}

/** Everything the lexicon detectors read, built once per process. */
export interface LexiconData {
  readonly firstNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  readonly cities: PhraseSet;
  readonly citySingles: ReadonlySet<string>;
  readonly streets: ReadonlySet<string>;
  readonly streetSuffixes: ReadonlySet<string>;
  readonly hospitals: PhraseSet;
  readonly facilityHeads: PhraseSet;
  /** Generic words inside facility names (`general`, `community`, `of`): not names by themselves. */
  readonly facilityGeneric: ReadonlySet<string>;
  /** Distinctive words of facility names (`sacred`, `heart`, `samaritan`, `saint`). */
  readonly facilityDistinctive: ReadonlySet<string>;
  /** Everyday English words: a name token that is one of these needs strong context. */
  readonly common: ReadonlySet<string>;
  /**
   * Single-token unconditional entries of the built-in allow lists that apply to NAME
   * (eponyms, drugs, abbreviations, devices), months, weekdays and function words: never part
   * of a name found by a lexicon detector.
   */
  readonly blockedName: ReadonlySet<string>;
  /** The same for LOCATION/HOSPITAL (also US states and countries). */
  readonly blockedPlace: ReadonlySet<string>;
  /** Every single-token look-up above as one bit mask per word (see the `F_` constants). */
  flagsOf(word: string): number;
}

/** Bits of {@link LexiconData.flagsOf} (the low bits of the compiled lexicon mask). */
export const F_FIRST = LX_FIRST;
export const F_SURNAME = LX_SURNAME;
export const F_COMMON = LX_COMMON;
export const F_BLOCKED = LX_BLOCKED;
export const F_PLACE_BLOCKED = LX_PLACE_BLOCKED;
export const F_CITY = LX_CITY_SINGLE;
export const F_SOFT = LX_SOFT;
/** Every bit the detectors read (they fit below the shape bits of {@link Word.lex}). */
const F_ALL = (1 << 13) - 1;

let data: LexiconData | undefined;

function phrases(table: CompiledLexicons, fullBit: number, prefixBit: number): PhraseSet {
  return { full: new LexiconView(table, fullBit), prefix: new LexiconView(table, prefixBit), fullBit, prefixBit, maskOf: table.lexMask };
}

/**
 * The lexicon data (views of the compiled table, decoded once).
 *
 * @returns the shared {@link LexiconData}
 * @throws DeidError `IO_FAILED` when the compiled lexicons are missing
 */
export function lexiconData(): LexiconData {
  if (data) return data;
  const table = compiledLexicons();
  const view = (bit: number): ReadonlySet<string> => new LexiconView(table, bit);
  data = {
    firstNames: view(LX_FIRST),
    surnames: view(LX_SURNAME),
    cities: phrases(table, LX_CITY, LX_CITY_PREFIX),
    citySingles: view(LX_CITY_SINGLE),
    streets: view(LX_STREET),
    streetSuffixes: view(LX_STREET_SUFFIX),
    hospitals: phrases(table, LX_HOSPITAL, LX_HOSPITAL_PREFIX),
    facilityHeads: phrases(table, LX_FACILITY_HEAD, LX_FACILITY_HEAD_PREFIX),
    facilityGeneric: view(LX_FACILITY_GENERIC),
    facilityDistinctive: view(LX_FACILITY_DISTINCTIVE),
    common: view(LX_COMMON),
    blockedName: view(LX_BLOCKED),
    blockedPlace: view(LX_PLACE_BLOCKED),
    flagsOf: (word) => table.lexMask(word) & F_ALL,
  };
  return data;
}

const SHAPES: readonly Shape[] = ['title', 'upper', 'lower', 'other'];
const SHAPE_CODE: Readonly<Record<Shape, number>> = { title: 0, upper: 1, lower: 2, other: 3 };
/** The flags take the low bits of {@link Word.lex}, the shape code the two above them. */
const SHAPE_BITS = 24;
const FLAG_MASK = (1 << SHAPE_BITS) - 1;

/** How capitalisation can be read in a note. */
export type CaseMode = 'mixed' | 'upper' | 'lower';

/** Letter shape of a token. */
export type Shape = 'title' | 'upper' | 'lower' | 'other';

/**
 * A token with its lexicon look-ups. One small object per token (the flags are packed in one
 * number) keeps the per-note garbage low.
 */
export class LexToken {
  constructor(
    readonly tok: Token,
    readonly lower: string,
    readonly shape: Shape,
    private readonly f: number,
  ) {}
  /** Every lexicon bit of the word (see {@link LexiconData.flagsOf}). */
  get bits(): number {
    return this.f;
  }
  get isFirst(): boolean {
    return (this.f & F_FIRST) !== 0;
  }
  get isSurname(): boolean {
    return (this.f & F_SURNAME) !== 0;
  }
  get isCommon(): boolean {
    return (this.f & F_COMMON) !== 0;
  }
  /** Never part of a name (allow-listed for NAME, function word, month). */
  get isBlocked(): boolean {
    return (this.f & F_BLOCKED) !== 0;
  }
  /** Never part of a place name. */
  get isPlaceBlocked(): boolean {
    return (this.f & F_PLACE_BLOCKED) !== 0;
  }
  /** A one-word city or town. */
  get isCity(): boolean {
    return (this.f & F_CITY) !== 0;
  }
  /** A context-dependent allow-list word (`May`, `Bill`, `Murphy`): a name only with a cue. */
  get isSoft(): boolean {
    return (this.f & F_SOFT) !== 0;
  }
}

/** The per-note analysis shared by the lexicon detectors. */
export interface LexAnalysis {
  readonly mode: CaseMode;
  readonly tokens: readonly LexToken[];
}

function shapeOf(s: string): Shape {
  const c = s.charCodeAt(0);
  const firstUpper = c >= 65 && c <= 90;
  const firstLower = c >= 97 && c <= 122;
  if (!firstUpper && !firstLower) return c > 127 ? (s === s.toLowerCase() ? 'lower' : 'title') : 'other';
  if (firstLower) return 'lower';
  if (s.length === 1) return 'upper';
  let upper = 0;
  let lower = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d >= 65 && d <= 90) upper++;
    else if (d >= 97 && d <= 122) lower++;
  }
  if (lower === 0 && upper > 0) return 'upper';
  // an abbreviation's plural (LENIs, ABGs, PVCs): no word of a lexicon
  if (lower === 1 && upper === s.length - 2 && s.charCodeAt(s.length - 1) === 115) return 'other';
  return 'title';
}

/**
 * Tokens of the note with lexicon flags, and how capitalisation can be read (`upper`: mostly
 * ALL CAPS; `lower`: almost no capitalised words; `mixed`: ordinary). Memoised on the context.
 *
 * @param ctx - the scrub context
 * @returns the analysis
 */
export function analyse(ctx: ScrubContext): LexAnalysis {
  return ctx.memo('rules/lexicons:analysis', (c) => {
    const d = lexiconData();
    let titled = 0;
    let alpha = 0;
    const src = c.tokens;
    const tokens: LexToken[] = new Array<LexToken>(src.length);
    const flagsOf = d.flagsOf;
    for (let i = 0; i < src.length; i++) {
      const tok = src[i]!;
      // shape and flags depend on the spelling only: cached on the interned word
      const word = tok.word as Word | undefined;
      let packed = word === undefined ? -1 : word.lex;
      if (packed < 0) {
        const shape = shapeOf(tok.text);
        // a token starting lower case is looked up as written (`mcDonald` stays as is)
        const key = shape === 'lower' ? tok.text : tok.lower;
        packed = (SHAPE_CODE[shape] << SHAPE_BITS) | (shape === 'other' ? 0 : flagsOf(key));
        if (word !== undefined) word.lex = packed;
      }
      const shape = SHAPES[packed >> SHAPE_BITS]!;
      if (shape === 'other') {
        tokens[i] = new LexToken(tok, tok.text, shape, 0);
        continue;
      }
      alpha++;
      if (shape !== 'lower') titled++;
      tokens[i] = new LexToken(tok, shape === 'lower' ? tok.text : tok.lower, shape, packed & FLAG_MASK);
    }
    const mode: CaseMode = c.isMostlyUpperCase ? 'upper' : alpha > 0 && titled / alpha < 0.02 ? 'lower' : 'mixed';
    return { mode, tokens };
  });
}

/** True when only spaces/tabs (at most `max` chars) separate `a` and `b` in `text`. */
export function spaced(text: string, a: Token, b: Token, max = 3): boolean {
  const gap = b.start - a.end;
  if (gap < 1 || gap > max) return false;
  for (let i = a.end; i < b.start; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 9) return false;
  }
  return true;
}
