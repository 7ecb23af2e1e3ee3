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
import { MAX_POSITION_FEATURES, NL, positionFeatures, SEQ_LABELS, SEQ_TYPES, type NoteView, type WordFeatures } from './_seqFeatures.js';

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
 * Loads weights written by {@link encodeSequenceModel}.
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
  const f = parseWeightsFile(bytes);
  const table = PackedTable.fromSparse(f.ids, f.masks, f.values);
  return createModel(table, constrain(f.transitions, false), constrain(f.start, true), f.oBias, new Set(f.gate), f.meta);
}

/** A weights file parsed into its sparse rows (one pass, no dense matrix). */
interface ParsedWeights {
  readonly ids: Uint32Array;
  readonly masks: Int32Array;
  readonly values: Float64Array;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly oBias: number;
  readonly gate: Uint32Array;
  readonly meta: Record<string, unknown>;
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
  const f = parseWeightsFile(bytes);
  const weights = new Float32Array(f.ids.length * NL);
  let v = 0;
  for (let r = 0; r < f.ids.length; r++) {
    for (let l = 0, m = f.masks[r]!; m !== 0; l++, m >>>= 1) if (m & 1) weights[r * NL + l] = f.values[v++]!;
  }
  return { ids: f.ids, weights, transitions: f.transitions, start: f.start, oBias: f.oBias, gate: f.gate, meta: f.meta };
}

function parseWeightsFile(bytes: Uint8Array): ParsedWeights {
  if (!(bytes instanceof Uint8Array) || bytes.length < 36) corrupt('too short');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) corrupt('not a weights file');
  if (dv.getUint32(4, true) !== VERSION) corrupt('unknown version');
  if (dv.getUint32(8, true) !== NL) corrupt('label count');
  const count = dv.getUint32(12, true);
  const scale = dv.getFloat32(16, true);
  const oBias = dv.getFloat32(20, true);
  const metaLen = dv.getUint32(24, true);
  const gateCount = dv.getUint32(28, true);
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
  const masks = new Int32Array(count);
  // every non-zero weight takes two bytes, so the stream bounds their number
  const values = new Float64Array(Math.max(0, (end - o) >> 1));
  let nv = 0;
  let id = 0;
  for (let r = 0; r < count; r++) {
    id += varint();
    ids[r] = id >>> 0;
    if (o + 3 > end) corrupt('truncated features');
    const mask = bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16);
    o += 3;
    if (mask === 0 || mask >>> NL !== 0) corrupt('label mask');
    masks[r] = mask;
    for (let m = mask; m !== 0; m &= m - 1) {
      if (o + 2 > end) corrupt('truncated features');
      values[nv++] = (((bytes[o]! | (bytes[o + 1]! << 8)) << 16) >> 16) * scale;
      o += 2;
    }
  }
  const gate = new Uint32Array(gateCount);
  let h = 0;
  for (let k = 0; k < gateCount; k++) gate[k] = (h += varint()) >>> 0;
  if (o !== end) corrupt('trailing bytes');
  return { ids, masks, values: values.subarray(0, nv), transitions, start, oBias, gate, meta };
}

let modelCounter = 0;

function createModel(
  table: PackedTable,
  transitions: Float64Array,
  start: Float64Array,
  oBias: number,
  gate: ReadonlySet<number>,
  meta: Record<string, unknown>,
): SequenceModel {
  const me = ++modelCounter;
  const addRow = (e: Float64Array, at: number, id: number): void => table.addInto(e, at, id);
  const wordVec = (w: WordFeatures): Float64Array => {
    if (w.vecModel === me && w.vec !== undefined) return w.vec;
    const vec = new Float64Array(7 * NL + 1);
    // the last slot says whether the spelling is gated (always O)
    vec[7 * NL] = gate.has(w.lowerHash) ? 1 : 0;
    for (const id of w.own) addRow(vec, 3 * NL, id);
    for (let o = 0; o < 7; o++) if (o !== 3) for (const id of w.near[o]!) addRow(vec, o * NL, id);
    w.vec = vec;
    w.vecModel = me;
    return vec;
  };
  const feats = new Uint32Array(MAX_POSITION_FEATURES);
  const decode = (view: NoteView): { labels: Uint8Array; margins: Float32Array } => {
    const n = view.n;
    // each spelling's per-offset sums, looked up once per token
    const vecs = new Array<Float64Array>(n);
    for (let j = 0; j < n; j++) vecs[j] = wordVec(view.words[j]!);
    const emitInto = (i: number, emit: Float64Array): boolean => {
      if (vecs[i]![7 * NL] === 1) return false;
      const lo = i >= 3 ? -3 : -i;
      const hi = i + 3 < n ? 3 : n - 1 - i;
      for (let o = lo; o <= hi; o++) {
        // the word at i + o sits at offset o from the token being labelled
        const vec = vecs[i + o]!;
        const base = (o + 3) * NL;
        for (let l = 0; l < NL; l++) emit[l]! += vec[base + l]!;
      }
      const k = positionFeatures(view, i, feats);
      for (let q = 0; q < k; q++) table.addInto(emit, 0, feats[q]!);
      emit[0]! += oBias;
      return true;
    };
    return viterbi(n, emitInto, transitions, start);
  };
  return { labels: SEQ_LABELS, featureCount: table.size, meta, decode };
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
  const back = new Uint8Array(n * NL);
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
    // O and B-<type> may follow any label
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
