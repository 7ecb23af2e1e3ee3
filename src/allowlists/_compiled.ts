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
 * | 16… | `n` u32 lexicon masks (`LX_*` bits), `n` u32 allow masks, `n` u8 key lengths (UTF-16 units), then the keys' UTF-8 text, concatenated in sorted order |
 *
 * Per thread the reader decodes the key text once and builds an open-addressing hash index
 * over it (about 25 ms of CPU for the 270,000 keys; storing the index would add a megabyte of
 * incompressible data to the package). The bytes themselves are shared between threads (see
 * `src/_lib/assets.ts`).
 *
 * @internal
 */
import { DeidError } from '../errors.js';
import { assetBytes } from '../_lib/assets.js';
import { PHI_TYPES, type PhiType } from '../text/types.js';

/** `EHRL` read as a little-endian u32. */
export const COMPILED_MAGIC = 0x4c524845;
/** Bumped whenever the layout or the meaning of a bit changes. */
export const COMPILED_VERSION = 1;
/** Bytes before the first section. */
export const COMPILED_HEADER_BYTES = 16;

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

/** FNV-1a over UTF-16 code units of `s[start, end)`. */
export function fnv1a(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h;
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
  const lexStart = COMPILED_HEADER_BYTES;
  const allowStart = lexStart + 4 * n;
  const lenStart = allowStart + 4 * n;
  const textStart = lenStart + n;
  if (textStart + textBytes > b.byteLength) throw invalid();
  let lex: Uint32Array;
  let allow: Uint32Array;
  if (LITTLE_ENDIAN) {
    lex = new Uint32Array(b.buffer, b.byteOffset + lexStart, n);
    allow = new Uint32Array(b.buffer, b.byteOffset + allowStart, n);
  } else {
    const dv = new DataView(b.buffer, b.byteOffset);
    lex = new Uint32Array(n);
    allow = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      lex[i] = dv.getUint32(lexStart + 4 * i, true);
      allow[i] = dv.getUint32(allowStart + 4 * i, true);
    }
  }
  const lengths = b.subarray(lenStart, lenStart + n);
  // TextDecoder refuses views of shared memory: copy the text section (≈2 MB) once
  const textView = b.subarray(textStart, textStart + textBytes);
  const all = new TextDecoder().decode(textView.buffer instanceof ArrayBuffer ? textView : textView.slice());
  // open addressing, load factor ≤ 1/2; slots hold key index + 1 (0 = empty). One pass: the
  // key offsets and FNV-1a hashes are computed together, inline.
  let cap = 16;
  while (cap < 2 * n) cap *= 2;
  const mask = cap - 1;
  const slots = new Int32Array(cap);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const end = at + lengths[i]!;
    let h = 0x811c9dc5 | 0;
    for (let k = at; k < end; k++) h = Math.imul(h ^ all.charCodeAt(k), 16777619);
    let idx = h & mask;
    while (slots[idx] !== 0) idx = (idx + 1) & mask;
    slots[idx] = i + 1;
    offsets[i + 1] = at = end;
  }
  if (at !== all.length) throw invalid();
  const find = (key: string): number => {
    const len = key.length;
    for (let idx = fnv1a(key, 0, len) & mask; ; idx = (idx + 1) & mask) {
      const slot = slots[idx]!;
      if (slot === 0) return -1;
      const i = slot - 1;
      const off = offsets[i]!;
      if (offsets[i + 1]! - off !== len) continue;
      let k = 0;
      while (k < len && all.charCodeAt(off + k) === key.charCodeAt(k)) k++;
      if (k === len) return i;
    }
  };
  return {
    size: n,
    find,
    lexMask: (key) => {
      const i = find(key);
      return i < 0 ? 0 : lex[i]!;
    },
    allowMask: (key) => {
      const i = find(key);
      return i < 0 ? 0 : allow[i]!;
    },
    lexAt: (i) => lex[i]!,
    allowAt: (i) => allow[i]!,
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
