/**
 * Shared, lazily built data of the lexicon detectors: the lexicon sets, a block list of
 * everyday and clinical words, phrase sets for multi-word entries, and a per-note token
 * analysis memoised on the {@link ScrubContext} so the three detectors tokenise once.
 *
 * @internal
 */
import { readFileSync } from 'node:fs';
import { loadLexicon, _loadLexiconRoles } from '../../../../allowlists/loadLexicon.js';
import { parseAllowlistLines } from '../../../../allowlists/_parse.js';
import { BUILTIN_ALLOWLIST_FILES } from '../../../../allowlists/allowlist.js';
import { packagePath } from '../../../../_lib/packageRoot.js';
import { DeidError } from '../../../../errors.js';
import type { ScrubContext, Token, Word } from '../../../context.js';

/**
 * A set of multi-word phrases searchable token by token: `full` holds every phrase, `prefix`
 * every proper prefix (`grand`, for `grand rapids`). Two flat string sets instead of a trie of maps,
 * so the garbage collector has little to walk.
 */
export interface PhraseSet {
  readonly full: ReadonlySet<string>;
  readonly prefix: ReadonlySet<string>;
  /**
   * Bits of {@link LexiconData.flags} (and so of {@link LexToken.bits}) marking the words of
   * `full` and `prefix`, when the set is one of the built-in ones: the first word of a match is
   * then tested with the token's flags instead of two set look-ups.
   */
  readonly fullBit?: number;
  readonly prefixBit?: number;
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
  readonly flags: ReadonlyMap<string, number>;
}

/** Bits of {@link LexiconData.flags}. */
export const F_FIRST = 1;
export const F_SURNAME = 2;
export const F_COMMON = 4;
export const F_BLOCKED = 8;
export const F_PLACE_BLOCKED = 16;
export const F_CITY = 32;
export const F_SOFT = 64;
const F_CITY_FULL = 128;
const F_CITY_PREFIX = 256;
const F_HOSPITAL_FULL = 512;
const F_HOSPITAL_PREFIX = 1024;
const F_HEAD_FULL = 2048;
const F_HEAD_PREFIX = 4096;

/** Marks the single-word entries and first words of a phrase set in `flags`. */
function withBits(set: PhraseSet, flags: Map<string, number>, fullBit: number, prefixBit: number): PhraseSet {
  for (const w of set.full) if (!w.includes(' ')) flags.set(w, (flags.get(w) ?? 0) | fullBit);
  for (const w of set.prefix) if (!w.includes(' ')) flags.set(w, (flags.get(w) ?? 0) | prefixBit);
  return { ...set, fullBit, prefixBit };
}

let data: LexiconData | undefined;

function allowlistTokens(): { hardName: Set<string>; hardPlace: Set<string>; soft: Set<string> } {
  const hardName = new Set<string>();
  const hardPlace = new Set<string>();
  const soft = new Set<string>();
  for (const f of BUILTIN_ALLOWLIST_FILES) {
    let content: string;
    try {
      content = readFileSync(packagePath('allowlists', f), 'utf8');
    } catch (e) {
      throw new DeidError('ALLOWLIST_INVALID', 'built-in allow list file is missing or unreadable', { location: { file: `allowlists/${f}` }, cause: e });
    }
    for (const e of parseAllowlistLines(content.split(/\r?\n/), `allowlists/${f}`)) {
      if (e.key.includes(' ')) continue;
      if (e.context !== 'any') soft.add(e.key);
      else {
        if (!e.types || e.types.has('NAME')) hardName.add(e.key);
        if (!e.types || e.types.has('LOCATION') || e.types.has('HOSPITAL')) hardPlace.add(e.key);
      }
    }
  }
  for (const w of `${CALENDAR_WORDS} ${FUNCTION_WORDS}`.split(' ')) {
    hardName.add(w);
    hardPlace.add(w);
  }
  return { hardName, hardPlace, soft };
}

/** Months and weekdays: names like April or June are left to the date detector. */
const CALENDAR_WORDS =
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';

/** Function words and charting words that are never part of a name (kept short and general). */
const FUNCTION_WORDS =
  'a an and the of to in on at by for from with without into onto per via as or nor but if so than then that this these those is was were are be been am has had have do did does not no yes he she his her him they them their we our you your i me my it its who whom whose which what when where why how all any some each every both either neither other another same such own very too also just only again still even ever never now here there ok';

/**
 * Loads (once) every lexicon and derived structure.
 *
 * @returns the shared {@link LexiconData}
 * @throws DeidError `ALLOWLIST_INVALID` when a shipped file is missing
 */
export function lexiconData(): LexiconData {
  if (data) return data;
  const cityEntries = loadLexicon('cities');
  const facility = _loadLexiconRoles('facility-words');
  const common = new Set(loadLexicon('common-words'));
  for (const w of FUNCTION_WORDS.split(' ')) common.add(w);
  const allow = allowlistTokens();
  const firstNames = loadLexicon('first-names');
  // US states and countries are not PHI: not names either; when also a first name (Georgia,
  // Florida) they count as context-dependent words
  for (const w of allow.hardPlace) {
    if (allow.hardName.has(w)) continue;
    if (firstNames.has(w)) allow.soft.add(w);
    else allow.hardName.add(w);
  }
  // context-dependent allow-list words (May, Bill, Murphy) count as everyday words: a name
  // only with strong context
  for (const w of allow.soft) common.add(w);
  const flags = new Map<string, number>();
  const mark = (set: Iterable<string>, bit: number): void => {
    for (const w of set) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  const surnames = loadLexicon('surnames');
  const citySingles = new Set([...cityEntries].filter((c) => !c.includes(' ')));
  mark(firstNames, F_FIRST);
  mark(surnames, F_SURNAME);
  mark(common, F_COMMON);
  mark(allow.hardName, F_BLOCKED);
  mark(allow.hardPlace, F_PLACE_BLOCKED);
  mark(citySingles, F_CITY);
  mark(allow.soft, F_SOFT);
  data = {
    flags,
    firstNames,
    surnames,
    cities: withBits(buildPhraseSet(cityEntries), flags, F_CITY_FULL, F_CITY_PREFIX),
    citySingles,
    streets: loadLexicon('streets'),
    streetSuffixes: loadLexicon('street-suffixes'),
    hospitals: withBits(buildPhraseSet(loadLexicon('hospitals')), flags, F_HOSPITAL_FULL, F_HOSPITAL_PREFIX),
    facilityHeads: withBits(buildPhraseSet(facility.get('head') ?? []), flags, F_HEAD_FULL, F_HEAD_PREFIX),
    facilityGeneric: facility.get('generic') ?? new Set(),
    facilityDistinctive: facility.get('distinctive') ?? new Set(),
    common,
    blockedName: allow.hardName,
    blockedPlace: allow.hardPlace,
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
  /** Every lexicon bit of the word (see {@link LexiconData.flags}). */
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
    const flags = d.flags;
    for (let i = 0; i < src.length; i++) {
      const tok = src[i]!;
      // shape and flags depend on the spelling only: cached on the interned word
      const word = tok.word as Word | undefined;
      let packed = word === undefined ? -1 : word.lex;
      if (packed < 0) {
        const shape = shapeOf(tok.text);
        // a token starting lower case is looked up as written (`mcDonald` stays as is)
        const key = shape === 'lower' ? tok.text : tok.lower;
        packed = (SHAPE_CODE[shape] << SHAPE_BITS) | (shape === 'other' ? 0 : flags.get(key) ?? 0);
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
