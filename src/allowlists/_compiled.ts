/**
 * The compiled lexicons: every shipped lexicon and built-in allow-list entry in one binary
 * asset (`dist/assets/lexicons.bin`, written at build time by `_compile.ts`), read without
 * parsing any text: one look-up table keyed by entry, with a bit mask of the lexicons and
 * derived sets each entry belongs to and a mask of its built-in allow-list rules.
 *
 * Layout (little-endian):
 *
 * | bytes | content |
 * |---|---|
 * | 0–3 | magic `EHRL` |
 * | 4–7 | format version (u32) |
 * | 8–11 | number of keys `n` (u32) |
 * | 12–15 | byte length of the UTF-8 key text (u32) |
 * | 16–19 | number of distinct mask pairs `p` (u32) |
 * | 20… | the palette: `p` u32 lexicon masks (`LX_*` bits), then `p` u32 allow masks; `n` u16 palette indexes, one per key; `n` u8 key lengths (UTF-16 units); the keys' UTF-8 text, concatenated in sorted order |
 *
 * (185,000 keys share fewer than 400 distinct mask pairs, hence the palette.)
 *
 * Per thread the reader decodes the key text once and sums the key lengths into offsets; a
 * look-up is a binary search inside the range of keys sharing the first two characters (a
 * 16,512-cell directory built in the same pass). No hash index is built or shipped: loading costs
 * a few milliseconds, a look-up about 0.1 µs, and the scrubber makes some 35,000 look-ups per MB
 * of notes (the per-spelling caches of the detectors answer the rest). The bytes themselves are
 * shared between threads (see `src/_lib/assets.ts`).
 *
 * @internal
 */
import { DeidError } from '../errors.js';
import { assetBytes, decodeAssetText } from '../_lib/assets.js';
import { PHI_TYPES, type PhiType } from '../text/types.js';

/** `EHRL` read as a little-endian u32. */
export const COMPILED_MAGIC = 0x4c524845;
/** Bumped whenever the layout or the meaning of a bit changes. */
export const COMPILED_VERSION = 1;
/** Bytes before the first section. */
export const COMPILED_HEADER_BYTES = 20;

// ---- lexicon mask bits -------------------------------------------------------------------
// Bits 0–12 are exactly the flags the lexicon detectors read (`F_*` in
// src/text/detectors/rules/lexicons/_load.ts), so a look-up's mask is used as is.
/** first-names lexicon. */
export const LX_FIRST = 1 << 0;
/** surnames lexicon. */
export const LX_SURNAME = 1 << 1;
/** Everyday words for the lexicon detectors: common-words, function words, context-dependent allow-list words. */
export const LX_COMMON = 1 << 2;
/** Never part of a name (built-in allow-list entries for NAME, months, function words, states). */
export const LX_BLOCKED = 1 << 3;
/** Never part of a place name. */
export const LX_PLACE_BLOCKED = 1 << 4;
/** A one-word city. */
export const LX_CITY_SINGLE = 1 << 5;
/** A context-dependent allow-list word (`May`, `Bill`). */
export const LX_SOFT = 1 << 6;
/** cities lexicon (every entry, one word or several). */
export const LX_CITY = 1 << 7;
/** A proper prefix (whole words) of a multi-word city. */
export const LX_CITY_PREFIX = 1 << 8;
/** hospitals lexicon. */
export const LX_HOSPITAL = 1 << 9;
/** A proper prefix of a multi-word hospital. */
export const LX_HOSPITAL_PREFIX = 1 << 10;
/** facility-words, role `head` (`hospital`, `nursing home`). */
export const LX_FACILITY_HEAD = 1 << 11;
/** A proper prefix of a multi-word facility head. */
export const LX_FACILITY_HEAD_PREFIX = 1 << 12;
/** streets lexicon. */
export const LX_STREET = 1 << 13;
/** street-suffixes lexicon. */
export const LX_STREET_SUFFIX = 1 << 14;
/** common-words lexicon, as shipped. */
export const LX_COMMON_WORDS = 1 << 15;
/** facility-words, role `generic`. */
export const LX_FACILITY_GENERIC = 1 << 16;
/** facility-words, role `distinctive`. */
export const LX_FACILITY_DISTINCTIVE = 1 << 17;
/** facility-words lexicon (every role). */
export const LX_FACILITY_WORDS = 1 << 18;
/** NLP: one-word entries of the clinical allow lists (eponyms, drugs, abbreviations, clinical words and terms). */
export const LX_NLP_CLINICAL = 1 << 19;
/** NLP: proper nouns that are not PHI (countries, regions, demonyms, months, weekdays, languages, state codes). */
export const LX_NLP_NOT_PHI = 1 << 20;
/** NLP: distinctive words of multi-word city and hospital entries. */
export const LX_NLP_PLACE_TOKEN = 1 << 21;
/** NLP: single words of facility-words entries other than a few function words. */
export const LX_NLP_FACILITY_WORD = 1 << 22;

// ---- allow mask bits ---------------------------------------------------------------------
/** Bits per allow context block: one per PHI type, then one for "every type". */
export const ALLOW_BLOCK_BITS = 10;
/** The "every type" bit of a block. */
export const ALLOW_ALL_TYPES = 1 << 9;
/** Allow contexts, in block order. */
export const ALLOW_CONTEXTS = ['any', 'eponym', 'word'] as const;
/** Mask of one block. */
export const ALLOW_BLOCK_MASK = (1 << ALLOW_BLOCK_BITS) - 1;

if (PHI_TYPES.length > 9) throw new Error('ehr-deid: the allow mask holds at most 9 PHI types');

/** Index of a PHI type in its allow block, -1 for an unknown type. */
export function allowTypeBit(type: PhiType): number {
  const i = PHI_TYPES.indexOf(type);
  return i < 0 ? 0 : 1 << i;
}

/**
 * True when an allow mask has a rule of context block `ctx` for `type` (any type when
 * `type` is undefined).
 */
export function allowApplies(mask: number, ctx: number, type: PhiType | undefined): boolean {
  const block = (mask >>> (ctx * ALLOW_BLOCK_BITS)) & ALLOW_BLOCK_MASK;
  if (block === 0) return false;
  return type === undefined || (block & (ALLOW_ALL_TYPES | allowTypeBit(type))) !== 0;
}

/** A decoded compiled-lexicon table. */
export interface CompiledLexicons {
  /** Number of keys. */
  readonly size: number;
  /** Index of `key`, or -1. */
  find(key: string): number;
  /** Lexicon mask of `key` (0 when absent). */
  lexMask(key: string): number;
  /** Allow mask of `key` (0 when absent). */
  allowMask(key: string): number;
  /** Lexicon mask of key `i`. */
  lexAt(i: number): number;
  /** Allow mask of key `i`. */
  allowAt(i: number): number;
  /** The text of key `i`. */
  keyAt(i: number): string;
}

/** Directory cells: one per pair of ASCII first characters (or one character and the end), then one for the rest. */
const DIR_CELLS = 128 * 129;

/** Directory cell of the key `s[at, at + len)`. */
function cellOf(s: string, at: number, len: number): number {
  if (len === 0) return 0;
  const c0 = s.charCodeAt(at);
  if (c0 >= 128) return DIR_CELLS;
  if (len === 1) return c0 * 129;
  const c1 = s.charCodeAt(at + 1);
  return c1 >= 128 ? c0 * 129 + 128 : c0 * 129 + c1 + 1;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function invalid(): DeidError {
  return new DeidError('ALLOWLIST_INVALID', 'the compiled lexicons (dist/assets/lexicons.bin) are corrupt or from another version: rebuild (npm run build)');
}

/**
 * Decodes compiled lexicons.
 *
 * @param bytes - the asset's bytes (any alignment; shared memory welcome, never written)
 * @returns the table
 * @throws DeidError `ALLOWLIST_INVALID` when the bytes are not a compiled-lexicon asset of this version
 */
export function decodeCompiledLexicons(bytes: Uint8Array): CompiledLexicons {
  if (bytes.byteLength < COMPILED_HEADER_BYTES) throw invalid();
  let b = bytes;
  if (b.byteOffset % 4 !== 0) b = b.slice();
  const head = new DataView(b.buffer, b.byteOffset, COMPILED_HEADER_BYTES);
  if (head.getUint32(0, true) !== COMPILED_MAGIC || head.getUint32(4, true) !== COMPILED_VERSION) throw invalid();
  const n = head.getUint32(8, true);
  const textBytes = head.getUint32(12, true);
  const p = head.getUint32(16, true);
  const paletteStart = COMPILED_HEADER_BYTES;
  const indexStart = paletteStart + 8 * p;
  const lenStart = indexStart + 2 * n;
  const textStart = lenStart + n;
  if (p > 65536 || textStart + textBytes > b.byteLength) throw invalid();
  const dv = new DataView(b.buffer, b.byteOffset);
  const paletteLex = new Uint32Array(p);
  const paletteAllow = new Uint32Array(p);
  for (let k = 0; k < p; k++) {
    paletteLex[k] = dv.getUint32(paletteStart + 4 * k, true);
    paletteAllow[k] = dv.getUint32(paletteStart + 4 * (p + k), true);
  }
  let index: Uint16Array;
  if (LITTLE_ENDIAN) index = new Uint16Array(b.buffer, b.byteOffset + indexStart, n);
  else {
    index = new Uint16Array(n);
    for (let i = 0; i < n; i++) index[i] = dv.getUint16(indexStart + 2 * i, true);
  }
  for (let i = 0; i < n; i++) if (index[i]! >= p) throw invalid();
  const lengths = b.subarray(lenStart, lenStart + n);
  const all = decodeAssetText(b.subarray(textStart, textStart + textBytes));
  // key offsets, and the first key of each directory cell (keys are sorted by code unit, so the
  // cell of a key, from its first two characters, never decreases)
  const offsets = new Uint32Array(n + 1);
  const dir = new Uint32Array(DIR_CELLS + 1);
  let cell = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const d = cellOf(all, at, lengths[i]!);
    while (cell <= d) dir[cell++] = i;
    offsets[i + 1] = at += lengths[i]!;
  }
  while (cell <= DIR_CELLS) dir[cell++] = n;
  if (at !== all.length) throw invalid();
  const find = (key: string): number => {
    const len = key.length;
    const d = cellOf(key, 0, len);
    let lo = dir[d]!;
    let hi = d === DIR_CELLS ? n : dir[d + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const off = offsets[mid]!;
      const klen = offsets[mid + 1]! - off;
      const m = klen < len ? klen : len;
      let k = 0;
      while (k < m && all.charCodeAt(off + k) === key.charCodeAt(k)) k++;
      const diff = k < m ? all.charCodeAt(off + k) - key.charCodeAt(k) : klen - len;
      if (diff === 0) return mid;
      if (diff < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };
  return {
    size: n,
    find,
    lexMask: (key) => {
      const i = find(key);
      return i < 0 ? 0 : paletteLex[index[i]!]!;
    },
    allowMask: (key) => {
      const i = find(key);
      return i < 0 ? 0 : paletteAllow[index[i]!]!;
    },
    lexAt: (i) => paletteLex[index[i]!]!,
    allowAt: (i) => paletteAllow[index[i]!]!,
    keyAt: (i) => all.slice(offsets[i]!, offsets[i + 1]!),
  };
}

/**
 * A read-only set view of the keys carrying lexicon bit `bit`: `has` is one table look-up,
 * iteration walks the table once. Behaves as a `ReadonlySet<string>`.
 */
export class LexiconView implements ReadonlySet<string> {
  private count = -1;
  constructor(
    private readonly table: CompiledLexicons,
    private readonly bit: number,
  ) {}
  has(value: string): boolean {
    return typeof value === 'string' && (this.table.lexMask(value) & this.bit) !== 0;
  }
  get size(): number {
    if (this.count < 0) {
      let c = 0;
      for (let i = 0; i < this.table.size; i++) if ((this.table.lexAt(i) & this.bit) !== 0) c++;
      this.count = c;
    }
    return this.count;
  }
  *values(): SetIterator<string> {
    for (let i = 0; i < this.table.size; i++) if ((this.table.lexAt(i) & this.bit) !== 0) yield this.table.keyAt(i);
  }
  keys(): SetIterator<string> {
    return this.values();
  }
  *entries(): SetIterator<[string, string]> {
    for (const v of this.values()) yield [v, v];
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const v of this.values()) fn.call(thisArg, v, v, this);
  }
}

let shipped: CompiledLexicons | undefined;

/**
 * The shipped compiled lexicons, decoded once per thread.
 *
 * @returns the table
 * @throws DeidError `IO_FAILED` when the asset is missing, `ALLOWLIST_INVALID` when it is corrupt
 */
export function compiledLexicons(): CompiledLexicons {
  return (shipped ??= decodeCompiledLexicons(assetBytes('lexicons')));
}
