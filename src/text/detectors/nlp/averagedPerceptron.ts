/**
 * A multi-class averaged perceptron over string features (Collins 2002): small, fast to train
 * and to apply, and its weights are plain JSON.
 *
 * @module
 */
import { DeidError } from '../../../errors.js';

/** Serialised weights: `weights[feature][k]` is the weight of label `labels[k]`. */
export interface PerceptronModel {
  readonly version: 1;
  readonly labels: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** Free-form facts about how the model was trained (seed, sizes, accuracy). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** A loaded model ready to score. */
export interface Perceptron {
  readonly labels: readonly string[];
  /** Index of the best label for these features (ties: lowest index). */
  predict(features: readonly string[]): number;
  /** Per-label scores for these features. */
  scores(features: readonly string[]): Float64Array;
}

/**
 * Loads serialised weights.
 *
 * @param model - parsed `model.json`
 * @returns a scorer
 * @throws DeidError `CONFIG_INVALID` when the model is malformed
 * @example
 * ```ts
 * const p = loadPerceptron({ version: 1, labels: ['O', 'NAME'], weights: { 'w=smith': [0, 1] } });
 * p.labels[p.predict(['w=smith'])]; // 'NAME'
 * ```
 */
export function loadPerceptron(model: PerceptronModel): Perceptron {
  const ok =
    typeof model === 'object' && model !== null && model.version === 1 && Array.isArray(model.labels) && model.labels.length >= 2 &&
    typeof model.weights === 'object' && model.weights !== null;
  if (!ok) throw new DeidError('CONFIG_INVALID', 'token classifier model is malformed (expected version 1 with labels and weights)');
  const L = model.labels.length;
  const table = new Map<string, Float64Array>();
  for (const [f, w] of Object.entries(model.weights)) {
    if (!Array.isArray(w) || w.length !== L || w.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
      throw new DeidError('CONFIG_INVALID', `token classifier model has a malformed weight vector (expected ${L} numbers)`);
    }
    table.set(f, Float64Array.from(w));
  }
  const scores = (features: readonly string[]): Float64Array => {
    const s = new Float64Array(L);
    for (const f of features) {
      const w = table.get(f);
      if (w) for (let k = 0; k < L; k++) s[k]! += w[k]!;
    }
    return s;
  };
  return {
    labels: [...model.labels],
    scores,
    predict(features) {
      const s = scores(features);
      let best = 0;
      for (let k = 1; k < L; k++) if (s[k]! > s[best]!) best = k;
      return best;
    },
  };
}

/** A perceptron being trained. */
export interface PerceptronTrainer {
  /** Predicts with the current (not averaged) weights. */
  predict(features: readonly string[]): number;
  /** One online update: if `predicted !== gold`, move weights towards gold. */
  update(features: readonly string[], gold: number, predicted: number): void;
  /** Averages the weights over all updates and returns the serialisable model. */
  finish(options?: { prune?: number; meta?: Record<string, unknown> }): PerceptronModel;
}

/**
 * Starts training a perceptron.
 *
 * @param labels - label names; index 0 should be the "nothing" label
 * @returns a trainer
 * @example
 * ```ts
 * const t = trainPerceptron(['O', 'NAME']);
 * for (let epoch = 0; epoch < 5; epoch++) for (const [fs, y] of data) t.update(fs, y, t.predict(fs));
 * const model = t.finish({ prune: 0.01 });
 * ```
 */
export function trainPerceptron(labels: readonly string[]): PerceptronTrainer {
  const L = labels.length;
  const w = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let clock = 0;
  const vec = (m: Map<string, Float64Array>, f: string): Float64Array => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(L)));
    return v;
  };
  const bump = (f: string, k: number, delta: number): void => {
    const wv = vec(w, f);
    const tv = vec(totals, f);
    const sv = vec(stamps, f);
    tv[k]! += (clock - sv[k]!) * wv[k]!;
    sv[k] = clock;
    wv[k]! += delta;
  };
  return {
    predict(features) {
      const s = new Float64Array(L);
      for (const f of features) {
        const v = w.get(f);
        if (v) for (let k = 0; k < L; k++) s[k]! += v[k]!;
      }
      let best = 0;
      for (let k = 1; k < L; k++) if (s[k]! > s[best]!) best = k;
      return best;
    },
    update(features, gold, predicted) {
      clock++;
      if (gold === predicted) return;
      for (const f of features) {
        bump(f, gold, 1);
        bump(f, predicted, -1);
      }
    },
    finish(options = {}) {
      const prune = options.prune ?? 0;
      const weights: Record<string, number[]> = {};
      const keys = [...w.keys()].sort();
      for (const f of keys) {
        const wv = w.get(f)!;
        const tv = totals.get(f)!;
        const sv = stamps.get(f)!;
        const avg: number[] = [];
        let max = 0;
        for (let k = 0; k < L; k++) {
          const total = tv[k]! + (clock - sv[k]!) * wv[k]!;
          const a = clock > 0 ? total / clock : 0;
          avg.push(Math.round(a * 1000) / 1000);
          max = Math.max(max, Math.abs(a));
        }
        if (max > prune) weights[f] = avg;
      }
      return { version: 1, labels: [...labels], weights, ...(options.meta ? { meta: options.meta } : {}) };
    },
  };
}
