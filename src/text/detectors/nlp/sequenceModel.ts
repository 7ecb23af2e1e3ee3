/**
 * The weights of the sequence labeller and how they are used: emission scores per token from
 * hashed features, first-order label transitions, and Viterbi decoding under BIO constraints
 * (`I-<type>` only after `B-<type>` or `I-<type>`). The weights ship as one compact binary file
 * (`model/weights.bin`), written by {@link encodeSequenceModel} and read by
 * {@link loadSequenceModel}.
 *
 * @module
 */
import { DeidError } from '../../../errors.js';
import { PackedTable } from './_featureTable.js';
import {
  digitFeatures,
  fieldFeatures,
  gapFeatures,
  labelFeatures,
  lineFeatures,
  MAX_POSITION_FEATURES,
  neighbourFeatures,
  newPositionFacts,
  NL,
  readPosition,
  SEQ_LABELS,
  SEQ_TYPES,
  sectionFeatures,
  shapeFeatures,
  type NoteView,
  type PositionFacts,
  type WordFeatures,
} from './_seqFeatures.js';

/** A loaded sequence-labeller model. */
export interface SequenceModel {
  /** Label names (`O`, `B-NAME`, …, `I-CONTACT`). */
  readonly labels: readonly string[];
  /** Number of features with weights. */
  readonly featureCount: number;
  /** Facts about how the model was trained (seed, sizes, held-out figures). */
  readonly meta: Readonly<Record<string, unknown>>;
  /**
   * Labels every token of a note (index into {@link SequenceModel.labels}) and, per token, the
   * margin of its label's emission score over the best emission of another kind (≥ 0).
   */
  decode(view: NoteView): { readonly labels: Uint8Array; readonly margins: Float32Array };
}

/** What {@link encodeSequenceModel} stores. */
export interface SequenceModelParts {
  /** Feature ids, one per row of `weights`. */
  readonly ids: Uint32Array;
  /** `ids.length × 17` weights, row-major. */
  readonly weights: Float32Array | Float64Array;
  /** `17 × 17` transition weights, `[previous × 17 + current]`. */
  readonly transitions: Float32Array | Float64Array;
  /** 17 start weights. */
  readonly start: Float32Array | Float64Array;
  /** Added to the `O` emission of every token (negative: more recall). */
  readonly oBias: number;
  /**
   * Spellings (`strHash` of the lower case) that are never PHI: frequent in training and never
   * inside a PHI span, and known to no name or place lexicon. Such a token is labelled O
   * without scoring it (it still serves as context for its neighbours).
   */
  readonly gate?: Uint32Array;
  readonly meta: Readonly<Record<string, unknown>>;
}

const MAGIC = 0x4c534445; // "EDSL"
const VERSION = 1;
const NEG = -1e30;

/** Allowed transitions: I-k only after B-k or I-k (and never first). */
function allowed(prev: number, cur: number): boolean {
  const K = SEQ_TYPES.length;
  if (cur <= K) return true;
  const k = cur - 1 - K;
  return prev === 1 + k || prev === cur;
}

function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/**
 * Serialises a model: sorted feature ids as varint deltas, per feature a 17-bit mask of its
 * non-zero labels and one 16-bit quantised weight per set bit; transitions and start weights
 * as float32; a trailing FNV-1a checksum.
 *
 * @param parts - the weights
 * @returns the bytes of `weights.bin`
 * @example
 * ```ts
 * writeFileSync('weights.bin', encodeSequenceModel(parts));
 * ```
 */
export function encodeSequenceModel(parts: SequenceModelParts): Uint8Array {
  const order = Array.from(parts.ids.keys()).sort((a, b) => parts.ids[a]! - parts.ids[b]!);
  let max = 0;
  for (const x of parts.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const body: number[] = [];
  let prev = 0;
  let kept = 0;
  const rowsOut: number[] = [];
  for (const r of order) {
    let mask = 0;
    const q: number[] = [];
    for (let l = 0; l < NL; l++) {
      const v = Math.round(parts.weights[r * NL + l]! / scale);
      if (v !== 0) {
        mask |= 1 << l;
        q.push(v);
      }
    }
    if (mask === 0) continue;
    const id = parts.ids[r]!;
    writeVarint(body, id - prev);
    prev = id;
    rowsOut.push(mask & 0xff, (mask >> 8) & 0xff, (mask >> 16) & 0xff);
    for (const v of q) rowsOut.push(v & 0xff, (v >> 8) & 0xff);
    kept++;
    // keep ids and rows interleaved in one stream
    body.push(...rowsOut);
    rowsOut.length = 0;
  }
  const gateBytes: number[] = [];
  const gate = Array.from(parts.gate ?? []).sort((a, b) => a - b);
  let g = 0;
  for (const h of gate) {
    if (h === g && gateBytes.length > 0) continue;
    writeVarint(gateBytes, h - g);
    g = h;
  }
  const gateCount = new Set(gate).size;
  const meta = new TextEncoder().encode(JSON.stringify(parts.meta));
  const headLen = 4 * 8;
  const floats = NL * NL + NL;
  const buf = new ArrayBuffer(headLen + meta.length + floats * 4 + body.length + gateBytes.length + 4);
  const dv = new DataView(buf);
  let o = 0;
  dv.setUint32(o, MAGIC, true); o += 4;
  dv.setUint32(o, VERSION, true); o += 4;
  dv.setUint32(o, NL, true); o += 4;
  dv.setUint32(o, kept, true); o += 4;
  dv.setFloat32(o, scale, true); o += 4;
  dv.setFloat32(o, parts.oBias, true); o += 4;
  dv.setUint32(o, meta.length, true); o += 4;
  dv.setUint32(o, gateCount, true); o += 4;
  new Uint8Array(buf, o, meta.length).set(meta); o += meta.length;
  for (let k = 0; k < NL * NL; k++, o += 4) dv.setFloat32(o, parts.transitions[k]!, true);
  for (let k = 0; k < NL; k++, o += 4) dv.setFloat32(o, parts.start[k]!, true);
  new Uint8Array(buf, o, body.length).set(body); o += body.length;
  new Uint8Array(buf, o, gateBytes.length).set(gateBytes); o += gateBytes.length;
  dv.setUint32(o, checksum(new Uint8Array(buf, 0, o)), true);
  return new Uint8Array(buf);
}

function checksum(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 16777619);
  return h >>> 0;
}

function corrupt(what: string): never {
  throw new DeidError('CONFIG_INVALID', `sequence labeller weights are malformed (${what})`);
}

/**
 * Loads weights written by {@link encodeSequenceModel} (or the layout the build compiles them
 * into, see `_compileSequenceModel`).
 *
 * @param bytes - the contents of `weights.bin`
 * @returns a model ready to decode
 * @throws DeidError `CONFIG_INVALID` when the bytes are not a valid model (bad magic, version,
 *   label count, length or checksum)
 * @example
 * ```ts
 * const model = loadSequenceModel(readFileSync('weights.bin'));
 * ```
 */
export function loadSequenceModel(bytes: Uint8Array): SequenceModel {
  return _loadSequenceModel(bytes, POOL_WORDS_MAX);
}

/**
 * {@link loadSequenceModel} with the number of spellings whose summed weights the model keeps
 * before it starts afresh (tests exercise the refill with a small pool).
 *
 * @param bytes - the contents of `weights.bin`
 * @param poolWords - spellings kept (a note with more still decodes: the pool grows for it)
 * @returns a model ready to decode
 * @throws DeidError `CONFIG_INVALID` when the bytes are not a valid model
 * @internal
 */
export function _loadSequenceModel(bytes: Uint8Array, poolWords: number): SequenceModel {
  const p = isCompiled(bytes) ? readCompiled(bytes) : _readWeightsFile(bytes);
  return createModel(new PackedTable(p.ids, p.rows, NL, p.scale), constrain(p.transitions, false), constrain(p.start, true), p.oBias, new Set(p.gate), p.meta, poolWords);
}

/** The contents of a weights file, its weights kept quantised. */
export interface WeightsFile {
  /** Feature id of each row. */
  readonly ids: Uint32Array;
  /** `ids.length × 17` weights as 16-bit integers, row-major: weight = `rows[k] * scale`. */
  readonly rows: Int16Array;
  /** What one quantised unit weighs (a float32 value). */
  readonly scale: number;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly oBias: number;
  readonly gate: Uint32Array;
  readonly meta: Record<string, unknown>;
}

/** The header both layouts share (bytes 4–31; the magic at 0 is checked by the caller). */
interface Head {
  readonly count: number;
  readonly scale: number;
  readonly oBias: number;
  readonly metaLen: number;
  readonly gateCount: number;
}

/** Reads the shared header: version, label count, feature count, scale, `oBias`, meta length, gate size. */
function readHead(dv: DataView, version: number): Head {
  if (dv.getUint32(4, true) !== version) corrupt('unknown version');
  if (dv.getUint32(8, true) !== NL) corrupt('label count');
  return { count: dv.getUint32(12, true), scale: dv.getFloat32(16, true), oBias: dv.getFloat32(20, true), metaLen: dv.getUint32(24, true), gateCount: dv.getUint32(28, true) };
}

/**
 * Decodes a weights file, checking it whole, in one pass; the weights stay 16-bit integers,
 * in dense rows.
 *
 * @param bytes - the contents of `weights.bin`
 * @returns the stored weights
 * @throws DeidError `CONFIG_INVALID` when the bytes are not a valid model
 * @internal
 */
export function _readWeightsFile(bytes: Uint8Array): WeightsFile {
  if (!(bytes instanceof Uint8Array) || bytes.length < 36) corrupt('too short');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) corrupt('not a weights file');
  const { count, scale, oBias, metaLen, gateCount } = readHead(dv, VERSION);
  let o = 32;
  if (o + metaLen + (NL * NL + NL) * 4 + 4 > bytes.length) corrupt('truncated');
  if (checksum(bytes.subarray(0, bytes.length - 4)) !== dv.getUint32(bytes.length - 4, true)) corrupt('checksum');
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + metaLen))) as Record<string, unknown>;
  } catch {
    corrupt('meta');
  }
  o += metaLen;
  const transitions = new Float32Array(NL * NL);
  for (let k = 0; k < NL * NL; k++, o += 4) transitions[k] = dv.getFloat32(o, true);
  const start = new Float32Array(NL);
  for (let k = 0; k < NL; k++, o += 4) start[k] = dv.getFloat32(o, true);
  const end = bytes.length - 4;
  // every row takes at least four bytes
  if (count > (end - o) >> 2) corrupt('truncated features');
  // an unsigned varint (7 bits a byte, lowest first) at `o`
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (o >= end) corrupt('truncated');
      const b = bytes[o++]!;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  const ids = new Uint32Array(count);
  const rows = new Int16Array(count * NL);
  let id = 0;
  for (let r = 0; r < count; r++) {
    // the id as a varint delta
    id += varint();
    ids[r] = id >>> 0;
    if (o + 3 > end) corrupt('truncated features');
    const mask = bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16);
    o += 3;
    if (mask === 0 || mask >>> NL !== 0) corrupt('label mask');
    // one 16-bit weight per set bit, lowest label first
    if (o + 2 * popcount(mask) > end) corrupt('truncated features');
    const row = r * NL;
    for (let m = mask; m !== 0; m &= m - 1) {
      rows[row + 31 - Math.clz32(m & -m)] = bytes[o]! | (bytes[o + 1]! << 8);
      o += 2;
    }
  }
  const gate = new Uint32Array(gateCount);
  let h = 0;
  for (let k = 0; k < gateCount; k++) gate[k] = (h += varint()) >>> 0;
  if (o !== end) corrupt('trailing bytes');
  return { ids, rows, scale, transitions, start, oBias, gate, meta };
}

/** `EDSC` read as a little-endian u32: the compiled layout ({@link _compileSequenceModel}). */
const COMPILED_MAGIC = 0x43534445;
const COMPILED_VERSION = 2;
/** Bytes before the sections of the compiled layout. */
const COMPILED_HEAD = 32;

function isCompiled(bytes: Uint8Array): boolean {
  return bytes instanceof Uint8Array && bytes.length >= 4 && (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) === COMPILED_MAGIC;
}

/**
 * Compiles a weights file (checked whole, checksum included) into the layout the package ships
 * (`dist/assets/nlp-weights.bin`), which loads as typed-array views over its bytes with no
 * parsing: a 32-byte header laid out as the weights file's (magic `EDSC`, version, label count,
 * feature count, scale, `oBias`, meta length, gate size), then transitions and start weights (float32), the gate (u32), the
 * feature ids (u32), the dense quantised rows (i16, `count × 17`) and the meta (UTF-8 JSON).
 * Written at build time from `model/weights.bin`; a source checkout reads that file itself.
 *
 * @param bytes - the contents of `weights.bin`
 * @returns the compiled bytes (little-endian)
 * @throws DeidError `CONFIG_INVALID` when the bytes are not a valid weights file
 * @internal
 */
export function _compileSequenceModel(bytes: Uint8Array): Uint8Array {
  const p = _readWeightsFile(bytes);
  const meta = new TextEncoder().encode(JSON.stringify(p.meta));
  const count = p.ids.length;
  const size = COMPILED_HEAD + 4 * (NL * NL + NL + p.gate.length + count) + 2 * count * NL + meta.length;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, COMPILED_MAGIC, true);
  dv.setUint32(4, COMPILED_VERSION, true);
  dv.setUint32(8, NL, true);
  dv.setUint32(12, count, true);
  dv.setFloat32(16, p.scale, true);
  dv.setFloat32(20, p.oBias, true);
  dv.setUint32(24, meta.length, true);
  dv.setUint32(28, p.gate.length, true);
  let o = COMPILED_HEAD;
  for (const x of p.transitions) dv.setFloat32((o += 4) - 4, x, true);
  for (const x of p.start) dv.setFloat32((o += 4) - 4, x, true);
  for (const x of p.gate) dv.setUint32((o += 4) - 4, x, true);
  for (const x of p.ids) dv.setUint32((o += 4) - 4, x, true);
  for (const x of p.rows) dv.setInt16((o += 2) - 2, x, true);
  out.set(meta, o);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Reads the compiled layout: views over its bytes (copied once when misaligned or on a big-endian machine). */
function readCompiled(bytes: Uint8Array): WeightsFile {
  if (bytes.length < COMPILED_HEAD) corrupt('too short');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, scale, oBias, metaLen, gateCount } = readHead(dv, COMPILED_VERSION);
  const rowsAt = COMPILED_HEAD + 4 * (NL * NL + NL + gateCount + count);
  if (rowsAt + 2 * count * NL + metaLen !== bytes.length) corrupt('length');
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.slice(rowsAt + 2 * count * NL))) as Record<string, unknown>;
  } catch {
    corrupt('meta');
  }
  if (!LITTLE_ENDIAN) {
    // a big-endian machine reads every number through the DataView
    let o = COMPILED_HEAD;
    const f32 = (n: number): Float32Array => Float32Array.from({ length: n }, () => dv.getFloat32((o += 4) - 4, true));
    const u32 = (n: number): Uint32Array => Uint32Array.from({ length: n }, () => dv.getUint32((o += 4) - 4, true));
    const transitions = f32(NL * NL);
    const start = f32(NL);
    const gate = u32(gateCount);
    const ids = u32(count);
    const rows = Int16Array.from({ length: count * NL }, () => dv.getInt16((o += 2) - 2, true));
    return { ids, rows, scale, transitions, start, oBias, gate, meta };
  }
  const b = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  let o = b.byteOffset + COMPILED_HEAD;
  const transitions = new Float32Array(b.buffer, o, NL * NL);
  const start = new Float32Array(b.buffer, (o += 4 * NL * NL), NL);
  const gate = new Uint32Array(b.buffer, (o += 4 * NL), gateCount);
  const ids = new Uint32Array(b.buffer, (o += 4 * gateCount), count);
  const rows = new Int16Array(b.buffer, o + 4 * count, count * NL);
  return { ids, rows, scale, transitions, start, oBias, gate, meta };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Decodes a weights file into its parts (to inspect it, or to re-encode it with another
 * `oBias` or gate without training again).
 *
 * @param bytes - the contents of `weights.bin`
 * @returns the stored weights
 * @throws DeidError `CONFIG_INVALID` when the bytes are not a valid model
 * @internal
 */
export function readSequenceModelParts(bytes: Uint8Array): SequenceModelParts & { readonly weights: Float32Array } {
  const p = isCompiled(bytes) ? readCompiled(bytes) : _readWeightsFile(bytes);
  const weights = new Float32Array(p.rows.length);
  for (let k = 0; k < weights.length; k++) weights[k] = p.rows[k]! * p.scale;
  return { ids: p.ids, weights, transitions: p.transitions, start: p.start, oBias: p.oBias, gate: p.gate, meta: p.meta };
}

/**
 * Summed quantised weights of one group of position features (see `PositionFacts`), cached by
 * the exact values the group depends on, packed into three int32 keys. Direct-mapped and fixed
 * in size: a clash recomputes. Integer sums are exact (see {@link decodeFused}).
 */
class GroupSums {
  private readonly keys: Int32Array;
  private readonly valid: Uint8Array;
  /** `NL` quantised sums per entry, then one entry of zeros (for a token the group does not apply to). */
  readonly sums: Int32Array;
  /** Offset of the zero entry. */
  readonly none: number;
  private readonly mask: number;
  private readonly ids = new Uint32Array(MAX_POSITION_FEATURES);

  constructor(
    private readonly table: PackedTable,
    bits: number,
    private readonly write: (f: PositionFacts, out: Uint32Array, k: number) => number,
  ) {
    const size = 1 << bits;
    this.keys = new Int32Array(3 * size);
    this.valid = new Uint8Array(size);
    this.sums = new Int32Array((size + 1) * NL);
    this.none = size * NL;
    this.mask = size - 1;
  }

  /** Offset in {@link GroupSums.sums} of the group's summed weights for the token `f` describes, keyed by `k1, k2, k3`. */
  at(k1: number, k2: number, k3: number, f: PositionFacts): number {
    let h = Math.imul(k1 ^ Math.imul(k2, 0x9e3779b1) ^ Math.imul(k3, 0x85ebca6b), 0xc2b2ae35);
    const s = (h ^ (h >>> 15)) & this.mask;
    const keys = this.keys;
    if (this.valid[s] === 1 && keys[3 * s] === k1 && keys[3 * s + 1] === k2 && keys[3 * s + 2] === k3) return s * NL;
    const base = s * NL;
    const sums = this.sums;
    sums.fill(0, base, base + NL);
    const k = this.write(f, this.ids, 0);
    for (let q = 0; q < k; q++) this.table.addInto(sums, base, this.ids[q]!);
    keys[3 * s] = k1;
    keys[3 * s + 1] = k2;
    keys[3 * s + 2] = k3;
    this.valid[s] = 1;
    return base;
  }
}

/** Back-pointers of the last decode (reused: decoding is synchronous). */
let backBuffer = new Uint8Array(1 << 16);

/** The group caches of one model. */
interface Groups {
  readonly gap: GroupSums;
  readonly shape: GroupSums;
  readonly line: GroupSums;
  readonly field: GroupSums;
  readonly section: GroupSums;
}

/** Cache tags of word vectors: one per model and per refill of its pool. */
let poolEpochs = 0;
/** Entries per word vector: 7 offsets × 17 labels, then the gate flag. */
const STRIDE = 7 * NL + 1;
/** Word vectors a model keeps (480 bytes each) before it starts its pool afresh. */
const POOL_WORDS_MAX = 1 << 15;

function createModel(
  table: PackedTable,
  transitions: Float64Array,
  start: Float64Array,
  oBias: number,
  gate: ReadonlySet<number>,
  meta: Record<string, unknown>,
  poolWords: number,
): SequenceModel {
  // Each spelling's quantised weights summed once per offset (-3…+3) from the token being
  // labelled, kept in one pool; `WordFeatures.vecAt` caches where, tagged with the pool's current epoch.
  let pool = new Int32Array(STRIDE * Math.min(4096, Math.max(1, poolWords)));
  let used = 0;
  let epoch = ++poolEpochs;
  const addRow = (at: number, id: number): void => table.addInto(pool, at, id);
  /** Pool offset of `w`'s vector, computed when absent; -1 when the pool is full and `grow` is false. */
  const vecAt = (w: WordFeatures, grow: boolean): number => {
    if (w.vecModel === epoch) return w.vecAt;
    if ((used + 1) * STRIDE > pool.length) {
      if (!grow && used >= poolWords) return -1;
      // grow fourfold, up to the pool's size (beyond it only for a note with more spellings)
      let length = pool.length * 4;
      if (used < poolWords && length > STRIDE * poolWords) length = STRIDE * poolWords;
      const bigger = new Int32Array(length);
      bigger.set(pool.subarray(0, used * STRIDE));
      pool = bigger;
    }
    const at = used++ * STRIDE;
    // the last slot says whether the spelling is gated (always O)
    pool[at + 7 * NL] = gate.has(w.lowerHash) ? 1 : 0;
    for (const id of w.own) addRow(at + 3 * NL, id);
    for (let o = 0; o < 7; o++) if (o !== 3) for (const id of w.near[o]!) addRow(at + o * NL, id);
    w.vecAt = at;
    w.vecModel = epoch;
    return at;
  };
  const feats = new Uint32Array(MAX_POSITION_FEATURES);
  const groups: Groups = {
    gap: new GroupSums(table, 13, gapFeatures),
    shape: new GroupSums(table, 13, shapeFeatures),
    line: new GroupSums(table, 13, lineFeatures),
    field: new GroupSums(table, 12, fieldFeatures),
    section: new GroupSums(table, 11, sectionFeatures),
  };
  let offsets = new Int32Array(1024);
  const decode = (view: NoteView): { labels: Uint8Array; margins: Float32Array } => {
    const n = view.n;
    if (offsets.length < n) offsets = new Int32Array(Math.max(n, offsets.length * 2));
    const at = offsets;
    const words = view.words;
    let full = false;
    for (let j = 0; j < n; j++) {
      const a = vecAt(words[j]!, false);
      if (a < 0) {
        full = true;
        break;
      }
      at[j] = a;
    }
    if (full) {
      // start the pool afresh; this note's words all fit (it grows if need be)
      used = 0;
      epoch = ++poolEpochs;
      if (pool.length > STRIDE * poolWords) pool = new Int32Array(STRIDE * Math.max(1, poolWords));
      else pool.fill(0);
      for (let j = 0; j < n; j++) at[j] = vecAt(words[j]!, true);
    }
    return decodeFused(view, at, pool, table, groups, feats, transitions, start, oBias, trace);
  };
  let trace: Float64Array | undefined;
  const model: SequenceModel = { labels: SEQ_LABELS, featureCount: table.size, meta, decode };
  traces.set(model, (view) => {
    trace = new Float64Array(view.n * NL);
    try {
      return { ...decode(view), emissions: trace };
    } finally {
      trace = undefined;
    }
  });
  return model;
}

const traces = new WeakMap<SequenceModel, (view: NoteView) => { labels: Uint8Array; margins: Float32Array; emissions: Float64Array }>();

/**
 * Decodes a note and also returns every token's emission scores (`n × 17`, zeros for a gated
 * token), so tests can check the scores bit for bit.
 *
 * @param model - a model from {@link loadSequenceModel}
 * @param view - the note
 * @returns labels, margins and emissions
 * @internal
 */
export function _decodeWithEmissions(model: SequenceModel, view: NoteView): { labels: Uint8Array; margins: Float32Array; emissions: Float64Array } {
  const f = traces.get(model);
  if (f === undefined) throw new TypeError('not a model from loadSequenceModel');
  return f(view);
}

/**
 * Emission scores and Viterbi decoding in one loop (inference). Gives exactly the labels and
 * margins of {@link viterbi} with each token's emissions the float64 sum of the weights of its
 * features (its own, its neighbours' at offsets -3…+3, its position features), then `oBias`.
 *
 * Every weight is `q * scale` with `q` a 16-bit integer (the file format) and `scale` a
 * float32, so `q * scale` is exact in float64 and a sum of a few hundred such products is
 * exact too (`|Σq|` stays far below 2^29, times a 24-bit `scale` mantissa: under 2^53). The float64 sum is
 * therefore `(Σq) * scale` whatever the order: emissions are summed as integers (word vectors,
 * cached group sums and rows alike) and scaled once, then `oBias` is added (the only rounding
 * before the Viterbi sums).
 */
function decodeFused(
  view: NoteView,
  at: Int32Array,
  pool: Int32Array,
  table: PackedTable,
  groups: Groups,
  feats: Uint32Array,
  transitions: Float64Array,
  start: Float64Array,
  oBias: number,
  trace: Float64Array | undefined,
): { labels: Uint8Array; margins: Float32Array } {
  const n = view.n;
  const L = NL;
  const slots = table.slots;
  const quantised = table.quantised;
  const scale = table.scale;
  const sum = new Int32Array(L);
  const mask = (slots.length >> 1) - 1;
  const filter = table.filter;
  const filterMask = table.filterMask;
  const found = new Int32Array(feats.length);
  const f = newPositionFacts();
  const { gap, shape, line, field, section } = groups;
  const gs = gap.sums;
  const ss = shape.sums;
  const ls = line.sums;
  const fs = field.sums;
  const cs = section.sums;
  const emitInto = (i: number, emit: Float64Array): boolean => {
    // a gated spelling: forced O
    if (pool[at[i]! + 7 * L] === 1) return false;
    // Position features: the groups that depend on few values come summed from their caches
    // (keys pack those values exactly: gap codes < 2^16, shapes < 2^11, flags < 2^16, line
    // position < 8); the conjunctions with neighbouring spellings, digit patterns and label
    // words are looked up one by one.
    readPosition(view, i, f);
    const og = gap.at((f.gpp << 16) | f.gp, (f.gn << 16) | f.gnn, 0, f);
    const os = shape.at((f.ps << 16) | f.gp, (f.ns << 16) | f.gn, f.sh, f);
    const ol = line.at(f.sh | (f.cp << 11) | (f.st << 14) | (f.lp << 17), (f.gn << 16) | f.fl, 0, f);
    const of = f.fld !== 0 ? field.at(f.fld | 0, f.fx | 0, (f.pos << 11) | f.sh, f) : field.none;
    const oc = f.sec !== 0 ? section.at(f.sec | 0, f.sh, 0, f) : section.none;
    let k = neighbourFeatures(f, feats, 0);
    k = digitFeatures(f, feats, k);
    k = labelFeatures(f, feats, k);
    // find every row first (independent look-ups the processor can overlap); most ids have no
    // row and miss in the table's bitset, without reading the slots
    let hits = 0;
    for (let q = 0; q < k; q++) {
      const id = feats[q]! | 0;
      const b = id & filterMask;
      if ((filter[b >>> 5]! & (1 << (b & 31))) === 0) continue;
      let h = id & mask;
      let key = slots[2 * h]!;
      while (key !== id && key !== 0) {
        h = (h + 1) & mask;
        key = slots[2 * h]!;
      }
      if (key !== 0) found[hits++] = slots[2 * h + 1]!;
    }
    // the word at i + o sits at offset o from the token being labelled: its vector for that
    // offset starts at at[i + o] + (o + 3) * L
    if (i >= 3 && i + 3 < n) {
      // a full window: every term summed per label in a register
      const b0 = at[i - 3]!;
      const b1 = at[i - 2]! + L;
      const b2 = at[i - 1]! + 2 * L;
      const b3 = at[i]! + 3 * L;
      const b4 = at[i + 1]! + 4 * L;
      const b5 = at[i + 2]! + 5 * L;
      const b6 = at[i + 3]! + 6 * L;
      for (let l = 0; l < L; l++) {
        let e = pool[b0 + l]! + pool[b1 + l]! + pool[b2 + l]! + pool[b3 + l]! + pool[b4 + l]! + pool[b5 + l]! + pool[b6 + l]!;
        e += gs[og + l]! + ss[os + l]! + ls[ol + l]! + fs[of + l]! + cs[oc + l]!;
        for (let q = 0; q < hits; q++) e += quantised[found[q]! + l]!;
        emit[l] = e * scale;
      }
    } else {
      const lo = i >= 3 ? -3 : -i;
      const hi = i + 3 < n ? 3 : n - 1 - i;
      for (let l = 0; l < L; l++) sum[l] = gs[og + l]! + ss[os + l]! + ls[ol + l]! + fs[of + l]! + cs[oc + l]!;
      for (let o = lo; o <= hi; o++) {
        const base = at[i + o]! + (o + 3) * L;
        for (let l = 0; l < L; l++) sum[l]! += pool[base + l]!;
      }
      for (let q = 0; q < hits; q++) {
        const r = found[q]!;
        for (let l = 0; l < L; l++) sum[l]! += quantised[r + l]!;
      }
      for (let l = 0; l < L; l++) emit[l] = sum[l]! * scale;
    }
    emit[0]! += oBias;
    if (trace !== undefined) trace.set(emit, i * L);
    return true;
  };
  return viterbi(n, emitInto, transitions, start);
}

/**
 * Viterbi decoding, one token at a time, so only back-pointers (17 bytes a token) are kept.
 *
 * @param n - number of tokens
 * @param emitInto - adds token `i`'s emission scores into `e` (zeroed before each call);
 *   returns false when the token is O whatever its scores (a gated spelling)
 * @param transitions - `17 × 17` weights, `-1e30` where forbidden
 * @param start - 17 start weights
 * @returns the best labels and, per token, |best non-O emission − O emission|
 * @internal
 */
export function viterbi(
  n: number,
  emitInto: (i: number, e: Float64Array) => boolean | void,
  transitions: Float64Array,
  start: Float64Array,
): { labels: Uint8Array; margins: Float32Array } {
  const labels = new Uint8Array(n);
  const margins = new Float32Array(n);
  if (n === 0) return { labels, margins };
  const K = SEQ_TYPES.length;
  // back-pointers: one shared buffer, grown as needed (decoding is synchronous)
  if (backBuffer.length < n * NL) backBuffer = new Uint8Array(Math.max(n * NL, 2 * backBuffer.length));
  const back = backBuffer;
  // bounds of the transitions into O and B-<type>: the largest, and the smallest from each label
  let tMax = NEG;
  const tMin = new Float64Array(NL).fill(-NEG);
  for (let p = 0; p < NL; p++) {
    for (let c = 0; c <= K; c++) {
      const t = transitions[p * NL + c]!;
      if (t > tMax) tMax = t;
      if (t < tMin[p]!) tMin[p] = t;
    }
  }
  const emit = new Float64Array(NL);
  let delta = new Float64Array(NL);
  let next = new Float64Array(NL);
  for (let i = 0; i < n; i++) {
    emit.fill(0);
    if (emitInto(i, emit) === false) {
      // forced O: only the O state survives this token
      margins[i] = 99;
      if (i === 0) {
        delta.fill(NEG);
        delta[0] = start[0]!;
        continue;
      }
      let best = delta[0]! + transitions[0]!;
      let arg = 0;
      for (let p = 1; p < NL; p++) {
        const s = delta[p]! + transitions[p * NL]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next.fill(NEG);
      next[0] = best;
      back[i * NL] = arg;
      const t = delta;
      delta = next;
      next = t;
      continue;
    }
    const e0 = emit[0]!;
    let bestPhi = NEG;
    for (let l = 1; l < NL; l++) if (emit[l]! > bestPhi) bestPhi = emit[l]!;
    margins[i] = bestPhi > e0 ? bestPhi - e0 : e0 - bestPhi;
    if (i === 0) {
      for (let c = 0; c < NL; c++) delta[c] = start[c]! + emit[c]!;
      continue;
    }
    const row = i * NL;
    // O and B-<type> may follow any label. When the best previous label leads the second by
    // more than any transition can make up (d2 + max T < dm + min T[pm][·], rounding being
    // monotonic), it is the strict best predecessor of every one of them: the full search
    // would find the same label and the same sums.
    let pm = 0;
    let dm = delta[0]!;
    let d2 = NEG;
    for (let p = 1; p < NL; p++) {
      const d = delta[p]!;
      if (d > dm) {
        d2 = dm;
        dm = d;
        pm = p;
      } else if (d > d2) d2 = d;
    }
    if (d2 + tMax < dm + tMin[pm]!) {
      for (let c = 0; c <= K; c++) {
        next[c] = dm + transitions[pm * NL + c]! + emit[c]!;
        back[row + c] = pm;
      }
    } else {
      for (let c = 0; c <= K; c++) {
        let best = delta[0]! + transitions[c]!;
        let arg = 0;
        for (let p = 1; p < NL; p++) {
          const s = delta[p]! + transitions[p * NL + c]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        next[c] = best + emit[c]!;
        back[row + c] = arg;
      }
    }
    // I-<type> only after B-<type> or I-<type>
    for (let k = 0; k < K; k++) {
      const c = 1 + K + k;
      const b = 1 + k;
      const sb = delta[b]! + transitions[b * NL + c]!;
      const si = delta[c]! + transitions[c * NL + c]!;
      if (sb >= si) {
        next[c] = sb + emit[c]!;
        back[row + c] = b;
      } else {
        next[c] = si + emit[c]!;
        back[row + c] = c;
      }
    }
    const t = delta;
    delta = next;
    next = t;
  }
  let arg = 0;
  for (let c = 1; c < NL; c++) if (delta[c]! > delta[arg]!) arg = c;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * NL + arg]!;
  }
  return { labels, margins };
}

/** Forbidden transitions as `-1e30`, allowed ones from `w` (training and loading share it). */
export function constrain(w: ArrayLike<number>, isStart: boolean): Float64Array {
  const out = new Float64Array(isStart ? NL : NL * NL);
  for (let k = 0; k < out.length; k++) out[k] = (isStart ? allowed(0, k) : allowed(Math.floor(k / NL), k % NL)) ? w[k]! : NEG;
  return out;
}

/**
 * Builds a model straight from weights held in memory (training, tests).
 *
 * @param parts - the weights
 * @returns a model ready to decode
 * @internal
 */
export function _modelFromParts(parts: SequenceModelParts): SequenceModel {
  return loadSequenceModel(encodeSequenceModel(parts));
}
