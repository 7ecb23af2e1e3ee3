// The labeller's fast decode (packed integer table, pooled word vectors, cached group sums,
// emissions and Viterbi in one loop) against a plain reference written the way the decoder was
// first written: each weight added in float64 one by one (word vectors per offset, then the
// position features), and a plain Viterbi search. Emissions, labels and margins must be
// bit-identical, with the shipped weights on the dev set, synthetic notes and invented text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assetBytes } from '../../../src/_lib/assets.js';
import { createTextContext } from '../../../src/text/context.js';
import { f1, f2, f3, strHash, NL, positionFeatures, MAX_POSITION_FEATURES, type NoteView } from '../../../src/text/detectors/nlp/_seqFeatures.js';
import { _sequenceView, _shippedSequenceModel } from '../../../src/text/detectors/nlp/sequenceLabeller.js';
import { _compileSequenceModel, _decodeWithEmissions, _loadSequenceModel, _readWeightsFile, constrain, loadSequenceModel, type SequenceModel, type WeightsFile } from '../../../src/text/detectors/nlp/sequenceModel.js';
import { generateTrainingNotes } from '../../../src/text/detectors/nlp/train/corpus/index.js';

const devset = readFileSync(new URL('../../devset/devset.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);

const awkward: string[] = [
  '',
  'a',
  'Dr. Quimby',
  'SEEN BY DR. QUIMBY ON 3/4/2012 AT MERCY HOSPITAL, CALL 617-555-1212.',
  'can you check if mr hollister was seen by cards on 3/4?',
  'Name:  Zuleika Bellweather   Unit No:  146-8457-2\n\nAdmission Date:  04MAR2012',
  '\uff11\uff12/\uff13\uff14/2012 Jo\u200bhn \u0410nna M\u00fcller Jos\u00e9 \u00d1u\u00f1ez',
  'x'.repeat(5000),
  '1/'.repeat(3000),
  'Dr. ' + 'Smith '.repeat(2000),
  'FINDINGS\nIMPRESSION:\n' + 'Wife Mary called 617-555-1212 re: BP 120/80 on 3/4/2012; '.repeat(200),
];

/** The decoder as it was first written (the specification of the fast one). */
let reference: { w: WeightsFile; rowOf: Map<number, number>; gate: Set<number> } | undefined;

function referenceDecode(bytes: Uint8Array, view: NoteView): { labels: Uint8Array; margins: Float32Array; emissions: Float64Array } {
  if (reference === undefined) {
    const w = _readWeightsFile(bytes);
    const rowOf = new Map<number, number>();
    w.ids.forEach((id, r) => rowOf.set(id, r));
    reference = { w, rowOf, gate: new Set(w.gate) };
  }
  const { w: p, rowOf, gate } = reference;
  // each non-zero weight is its 16-bit integer times the scale, added one by one in float64
  const addRow = (e: Float64Array, at: number, id: number): void => {
    const r = rowOf.get(id);
    if (r === undefined) return;
    for (let l = 0; l < NL; l++) {
      const q = p.rows[r * NL + l]!;
      if (q !== 0) e[at + l]! += q * p.scale;
    }
  };
  const vecs = view.words.map((w) => {
    const vec = new Float64Array(7 * NL);
    for (const id of w.own) addRow(vec, 3 * NL, id);
    for (let o = 0; o < 7; o++) if (o !== 3) for (const id of w.near[o]!) addRow(vec, o * NL, id);
    return vec;
  });
  const feats = new Uint32Array(MAX_POSITION_FEATURES);
  const n = view.n;
  const emissions = new Float64Array(n * NL);
  const decoded = plainViterbi(
    n,
    (i, e) => {
      if (gate.has(view.words[i]!.lowerHash)) return false;
      for (let o = Math.max(-3, -i); o <= Math.min(3, n - 1 - i); o++) for (let l = 0; l < NL; l++) e[l]! += vecs[i + o]![(o + 3) * NL + l]!;
      const k = positionFeatures(view, i, feats);
      for (let q = 0; q < k; q++) addRow(e, 0, feats[q]!);
      e[0]! += p.oBias;
      emissions.set(e, i * NL);
      return true;
    },
    constrain(p.transitions, false),
    constrain(p.start, true),
  );
  return { ...decoded, emissions };
}

/**
 * Plain Viterbi (the original search, no shortcut, fresh arrays), for the reference decoder:
 * `emitInto` returns false for a token forced to O.
 */
function plainViterbi(n: number, emitInto: (i: number, e: Float64Array) => boolean, trans: Float64Array, start: Float64Array): { labels: Uint8Array; margins: Float32Array } {
  const K = (NL - 1) / 2;
  const labels = new Uint8Array(n);
  const margins = new Float32Array(n);
  if (n === 0) return { labels, margins };
  const back = new Uint8Array(n * NL);
  let delta = new Float64Array(NL);
  let next = new Float64Array(NL);
  const e = new Float64Array(NL);
  for (let i = 0; i < n; i++) {
    e.fill(0);
    const scored = emitInto(i, e);
    if (!scored) margins[i] = 99;
    else {
      let bestPhi = -1e30;
      for (let l = 1; l < NL; l++) if (e[l]! > bestPhi) bestPhi = e[l]!;
      margins[i] = bestPhi > e[0]! ? bestPhi - e[0]! : e[0]! - bestPhi;
    }
    for (let c = 0; c < NL; c++) {
      if (!scored && c > 0) {
        next[c] = -1e30;
        continue;
      }
      if (i === 0) {
        next[c] = !scored ? start[0]! : start[c]! + e[c]!;
        continue;
      }
      // O and B-<type> after anything; I-<type> after its B or I (transitions hold -1e30 elsewhere)
      const from = c <= K ? [...Array(NL).keys()] : [c - K, c];
      let best = -Infinity;
      let arg = 0;
      for (const q of from) {
        const v = delta[q]! + trans[q * NL + c]!;
        if (v > best) {
          best = v;
          arg = q;
        }
      }
      next[c] = scored ? best + e[c]! : best;
      back[i * NL + c] = arg;
    }
    [delta, next] = [next, delta];
  }
  let arg = 0;
  for (let c = 1; c < NL; c++) if (delta[c]! > delta[arg]!) arg = c;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * NL + arg]!;
  }
  return { labels, margins };
}

const bytesOf = (a: Uint8Array | Float32Array | Float64Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function expectSameDecode(texts: readonly string[], model: SequenceModel): void {
  const bytes = assetBytes('nlp-weights');
  let tokens = 0;
  for (const text of texts) {
    const view = _sequenceView(createTextContext(text));
    const got = _decodeWithEmissions(model, view);
    const want = referenceDecode(bytes, view);
    tokens += view.n;
    // emissions bit for bit (margins are float32 and would hide a last-bit difference)
    expect(bytesOf(got.emissions).equals(bytesOf(want.emissions))).toBe(true);
    expect(bytesOf(got.labels).equals(bytesOf(want.labels))).toBe(true);
    expect(bytesOf(got.margins).equals(bytesOf(want.margins))).toBe(true);
  }
  expect(tokens).toBeGreaterThan(0);
}

describe('sequence labeller decoding (shipped weights)', () => {
  it('gives bit-identical labels and margins to the reference decoder on dev-set notes', () => {
    const model = _shippedSequenceModel();
    expectSameDecode(devset.filter((_, i) => i % 4 === 0), model);
  });

  it('gives bit-identical labels and margins on synthetic notes and invented awkward text', () => {
    const model = _shippedSequenceModel();
    const notes = generateTrainingNotes(60, 'decode-equivalence').map((n) => n.text);
    expectSameDecode([...notes, ...awkward, ...awkward.map((t) => t.toUpperCase())], model);
  });

  it('decodes identically from the compiled layout the package ships', () => {
    const compiled = _compileSequenceModel(assetBytes('nlp-weights'));
    const model = loadSequenceModel(compiled);
    expect(model.featureCount).toBe(_shippedSequenceModel().featureCount);
    expect(model.meta).toEqual(_shippedSequenceModel().meta);
    expectSameDecode(devset.filter((_, i) => i % 16 === 0), model);
    // misaligned bytes (a view at an odd offset) load too
    const shifted = new Uint8Array(compiled.length + 1);
    shifted.set(compiled, 1);
    expectSameDecode(devset.slice(0, 3), loadSequenceModel(shifted.subarray(1)));
  });

  it.each([
    ['a truncated compiled model', (b: Uint8Array) => b.subarray(0, b.length - 1)],
    ['a compiled model of another version', (b: Uint8Array) => Uint8Array.from(b, (x, i) => (i === 4 ? 99 : x))],
    ['a compiled model with its header cut', (b: Uint8Array) => b.subarray(0, 20)],
  ])('refuses %s with CONFIG_INVALID', (_name, damage) => {
    const bytes = damage(_compileSequenceModel(assetBytes('nlp-weights')));
    expect(() => loadSequenceModel(bytes)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it('stays identical when its pool of word vectors fills and starts afresh', () => {
    const small = _loadSequenceModel(assetBytes('nlp-weights'), 8);
    expectSameDecode([...devset.slice(0, 12), ...awkward.slice(0, 6)], small);
  });
});

describe('feature hashing', () => {
  // f1/f2/f3 are the composition of this step, written out for speed: the shipped weights
  // are keyed by these ids, so they must never change.
  const step = (h: number, v: number): number => {
    const x = Math.imul(h ^ (v | 0), 0x9e3779b1);
    return (x ^ (x >>> 15)) >>> 0;
  };
  const seed = (t: number): number => step(0x2545f491, t);
  const nz = (h: number): number => (h === 0 ? 1 : h);
  const u32 = fc.integer({ min: 0, max: 0xffffffff });

  it('property: f1, f2 and f3 equal the step-by-step hash for any template and values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), u32, u32, u32, (t, a, b, c) => {
        expect(f1(t, a)).toBe(nz(step(seed(t), a)));
        expect(f2(t, a, b)).toBe(nz(step(step(seed(t), a), b)));
        expect(f3(t, a, b, c)).toBe(nz(step(step(step(seed(t), a), b), c)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the ids the shipped weights were trained with', () => {
    expect([f1(1, 0), f2(17, 3, 64), f3(55, 9, 1234, 17), f1(300, 0xffffffff), strHash('smith')]).toEqual([1776177697, 2828333829, 2061545906, 2760423521, 1475481488]);
  });
});
