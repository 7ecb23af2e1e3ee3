/**
 * Trains the token classifier of algorithm 2 on synthetic notes (see `generate.ts`) and writes
 * its weights. Only shipped data is used: the templates and the lexicons in `allowlists/`.
 *
 * ```sh
 * node --import tsx src/text/detectors/nlp/train/train.ts            # writes src/text/detectors/nlp/model.json
 * node --import tsx src/text/detectors/nlp/train/train.ts --notes 200 --epochs 2 --out /tmp/m.json
 * ```
 *
 * Options: `--notes N` (default 3000), `--epochs N` (default 8), `--seed S` (default
 * `ehr-deid-nlp-1`), `--hide P` (share of lexicon words whose membership is hidden, default
 * 0.15), `--prune W` (drop weights whose largest absolute value is at most W, default 0.05),
 * `--out FILE`.
 *
 * @internal
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import seedrandom from 'seedrandom';
import { analyseTokens, isCandidate, LABELS, tokenFeatures, type TokenInfo } from '../_features.js';
import { nlpLexicons, type NlpLexicons } from '../_resources.js';
import { loadPerceptron, trainPerceptron, type Perceptron, type PerceptronModel } from '../averagedPerceptron.js';
import { labelTokens } from '../tokenClassifier.js';
import { generateNotes, type SyntheticNote } from './generate.js';
import { createTextContext } from '../../../context.js';

/** Options of {@link trainTokenClassifier}. */
export interface TrainOptions {
  readonly notes?: number;
  readonly epochs?: number;
  readonly seed?: string;
  readonly hide?: number;
  readonly prune?: number;
  readonly lexicons?: NlpLexicons;
}

/** Token-level figures on held-out synthetic notes. */
export interface TrainEvaluation {
  readonly tokens: number;
  readonly goldPhiTokens: number;
  readonly recall: number;
  readonly precision: number;
}

/** What {@link trainTokenClassifier} returns. */
export interface TrainResult {
  readonly model: PerceptronModel;
  readonly evaluation: TrainEvaluation;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;

function tokenize(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function goldLabels(note: SyntheticNote, toks: readonly TokenInfo[]): Uint8Array {
  const y = new Uint8Array(toks.length);
  let s = 0;
  const spans = [...note.spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    const sp = spans[s];
    if (sp && sp.start < t.end && t.start < sp.end) y[i] = LABELS.indexOf(sp.label);
  }
  return y;
}

/** The same "mostly upper case" test the scrubber applies at run time, so training sees what scrubbing sees. */
function isUpperDoc(text: string): boolean {
  return createTextContext(text).isMostlyUpperCase;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * Evaluates a model on notes: token-level recall and precision of "is PHI" (any label but O).
 *
 * @internal
 */
export function evaluate(model: Perceptron, notes: readonly SyntheticNote[], lex: NlpLexicons): TrainEvaluation {
  let tokens = 0;
  let gold = 0;
  let caught = 0;
  let predicted = 0;
  let right = 0;
  for (const note of notes) {
    const toks = analyseTokens(note.text, tokenize(note.text), lex);
    const y = goldLabels(note, toks);
    const p = labelTokens(note.text, toks, model, isUpperDoc(note.text));
    for (let i = 0; i < toks.length; i++) {
      tokens++;
      if (y[i]) gold++;
      if (p[i]) predicted++;
      if (y[i] && p[i]) {
        caught++;
        right++;
      }
    }
  }
  return { tokens, goldPhiTokens: gold, recall: gold ? caught / gold : 1, precision: predicted ? right / predicted : 1 };
}

/**
 * Trains the token classifier.
 *
 * @param options - sizes, seed, regularisation
 * @returns the serialisable model and its figures on held-out synthetic notes
 * @example
 * ```ts
 * const { model, evaluation } = trainTokenClassifier({ notes: 200, epochs: 2 });
 * ```
 */
export function trainTokenClassifier(options: TrainOptions = {}): TrainResult {
  const count = options.notes ?? 3000;
  const epochs = options.epochs ?? 8;
  const seed = options.seed ?? 'ehr-deid-nlp-1';
  const hideShare = options.hide ?? 0.15;
  const lex = options.lexicons ?? nlpLexicons();
  const notes = generateNotes(count, seed, lex);
  const trainer = trainPerceptron(LABELS);
  const rng = seedrandom(seed + '/shuffle');
  const order = notes.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const salt = `${seed}/${epoch}/`;
    for (const k of order) {
      const note = notes[k]!;
      const upper = isUpperDoc(note.text);
      const toks = analyseTokens(note.text, tokenize(note.text), lex, (w) => hash(salt + w) < hideShare);
      const y = goldLabels(note, toks);
      let prev = 'O';
      for (let i = 0; i < toks.length; i++) {
        if (!isCandidate(toks, i, upper)) {
          prev = 'O';
          continue;
        }
        const fs = tokenFeatures(note.text, toks, i, prev, upper);
        const guess = trainer.predict(fs);
        trainer.update(fs, y[i]!, guess);
        prev = LABELS[guess]!;
      }
    }
  }
  const held = generateNotes(Math.max(50, Math.round(count / 5)), seed + '/held-out', lex);
  const draft = trainer.finish({ prune: options.prune ?? 0.05 });
  const evaluation = evaluate(loadPerceptron(draft), held, lex);
  const model: PerceptronModel = {
    ...draft,
    meta: { trainedBy: 'src/text/detectors/nlp/train/train.ts', seed, notes: count, epochs, hide: hideShare, heldOut: evaluation },
  };
  return { model, evaluation };
}

function parseArgs(argv: readonly string[]): TrainOptions & { out: string } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string): number | undefined => {
    const v = get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} expects a number`);
    return n;
  };
  const here = dirname(fileURLToPath(import.meta.url));
  return {
    out: resolve(get('--out') ?? join(here, '..', 'model.json')),
    ...(num('--notes') !== undefined ? { notes: num('--notes')! } : {}),
    ...(num('--epochs') !== undefined ? { epochs: num('--epochs')! } : {}),
    ...(num('--hide') !== undefined ? { hide: num('--hide')! } : {}),
    ...(num('--prune') !== undefined ? { prune: num('--prune')! } : {}),
    ...(get('--seed') !== undefined ? { seed: get('--seed')! } : {}),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const { model, evaluation } = trainTokenClassifier(args);
  writeFileSync(args.out, JSON.stringify(model) + '\n');
  process.stdout.write(
    `trained on ${args.notes ?? 3000} synthetic notes in ${((Date.now() - t0) / 1000).toFixed(1)} s: ` +
      `${Object.keys(model.weights).length} features; held-out token recall ${evaluation.recall.toFixed(3)}, ` +
      `precision ${evaluation.precision.toFixed(3)} → ${args.out}\n`,
  );
}
