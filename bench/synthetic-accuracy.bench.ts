/**
 * Scrubber accuracy on the repository's own synthetic annotated notes (issue 3), a check that
 * the rules generalise beyond the PhysioNet yardstick they were developed against.
 *
 * The notes come from the NLP trainer's generator (`src/text/detectors/nlp/train/generate.ts`)
 * with a seed the model was not trained on, so the token classifier has not seen them; the
 * rules never did. Figures are token-level (letter/digit runs), like the PhysioNet scorer:
 * recall = gold tokens covered by a removed span, precision = removed tokens that are gold.
 * The baseline row is algorithm 1 alone; `ratio` compares throughput. Precision here is a floor:
 * the generator's filler is random dictionary words, and many of those are also surnames in the
 * name lexicon, which the scrubber then removes.
 *
 * Environment: BENCH_SYNTH_NOTES (default 2000), BENCH_SYNTH_SEED (default 'heldout-accuracy-1').
 */
import { generateNotes, type SyntheticNote } from '../src/text/detectors/nlp/train/generate.js';
import { nlpLexicons } from '../src/text/detectors/nlp/_resources.js';
import { createScrubber, type ScrubberOptions } from '../src/text/index.js';
import { report, row, time, type BenchRow } from './_lib.js';

const COUNT = Number(process.env.BENCH_SYNTH_NOTES ?? 2000);
const SEED = process.env.BENCH_SYNTH_SEED ?? 'heldout-accuracy-1';
const notes = generateNotes(COUNT, SEED, nlpLexicons());
const mb = notes.reduce((a, n) => a + n.text.length, 0) / 1e6;

interface Score {
  recall: number;
  precision: number;
  byLabel: Record<string, number>;
}

function score(all: readonly SyntheticNote[], removed: readonly (readonly { start: number; end: number }[])[]): Score {
  let gold = 0;
  let hit = 0;
  let predicted = 0;
  let predictedGold = 0;
  const perLabel: Record<string, [number, number]> = {};
  all.forEach((n, i) => {
    const spans = removed[i] ?? [];
    const covered = (a: number, e: number): boolean => spans.some((s) => s.start <= a && s.end >= e);
    const inGold = (a: number, e: number): boolean => n.spans.some((g) => g.start <= a && g.end >= e);
    for (const m of n.text.matchAll(/[A-Za-z0-9]+/g)) {
      const a = m.index!;
      const e = a + m[0].length;
      const g = n.spans.find((s) => s.start <= a && s.end >= e);
      const c = covered(a, e);
      if (g) {
        gold++;
        const t = (perLabel[g.label] ??= [0, 0]);
        t[0]++;
        if (c) {
          hit++;
          t[1]++;
        }
      }
      if (c) {
        predicted++;
        if (inGold(a, e)) predictedGold++;
      }
    }
  });
  const byLabel: Record<string, number> = {};
  for (const [k, [a, b]] of Object.entries(perLabel)) byLabel[k] = b / a;
  return { recall: hit / gold, precision: predicted ? predictedGold / predicted : 1, byLabel };
}

const rows: BenchRow[] = [];
const meta: Record<string, unknown> = { notes: COUNT, seed: SEED, textMB: mb };
let base: BenchRow | undefined;
for (const [name, options] of [
  ['algorithm 1 (rules) alone', { algorithms: ['rules'] }],
  ['algorithm 2 (nlp) alone', { algorithms: ['nlp'] }],
  ['union rules+nlp (default)', {}],
] as const) {
  const s = createScrubber(options as ScrubberOptions);
  let removed: { start: number; end: number }[][] = [];
  const seconds = await time(() => {
    removed = notes.map((n) => s.scrub(n.text).spans.map((x) => ({ start: x.start, end: x.end })));
  });
  const sc = score(notes, removed);
  const r = row(name, seconds, mb, 'MB', base, { recall: sc.recall, precision: sc.precision, ...Object.fromEntries(Object.entries(sc.byLabel).map(([k, v]) => [`recall_${k}`, v])) });
  base ??= r;
  rows.push(r);
  meta[name] = sc;
}
report('synthetic-accuracy', rows, meta);
