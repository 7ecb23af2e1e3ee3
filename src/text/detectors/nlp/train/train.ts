/**
 * `npm run train`: trains algorithm 2's sequence labeller on synthetic notes and the
 * hand-written annotated texts of `test/handwritten/`, and writes its weights to
 * `src/text/detectors/nlp/model/weights.bin`. Only the repository's own data is used (the
 * generator's templates, the lexicons in `allowlists/`, the hand-written sets); it never reads the
 * PhysioNet corpus or any real note. The same arguments give the same bytes.
 *
 * ```sh
 * npm run train                                   # the shipped model
 * npm run train -- --notes 2000 --epochs 2 --out /tmp/w.bin
 * ```
 *
 * Options: `--notes N` (default 24000), `--epochs N` (default 5), `--seed S` (default
 * `ehr-deid-seq-1`), `--hide P` (share of words whose name/place lexicon membership is hidden
 * per note and epoch, default 0.2), `--augment P` (share of non-PHI words swapped for other
 * words per note and epoch, default 0.2), `--misspell P` (share of those swapped words that are
 * misspelt, default 0.1), `--prune W` (drop features whose weights all stay
 * below W, default 2), `--obias B` (added to the O score at run time: higher trades recall for
 * precision, default 6), `--held N` (held-out notes for the printed figures, default 1000),
 * `--handwritten DIR` (the hand-written sets, default `test/handwritten`; `none` for synthetic
 * notes only), `--repeat N` (uses of each hand-written text per pass, default 6), `--out FILE`.
 * The defaults reproduce the shipped weights.
 *
 * @internal
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodeSequenceModel, loadSequenceModel } from '../sequenceModel.js';
import { generateTrainingNotes } from './generate.js';
import { interleaveHandwritten, readHandwrittenNotes } from './handwritten.js';
import { evaluateSequenceModel, trainSequenceLabeller } from './trainSequence.js';

interface Args {
  notes: number;
  epochs: number;
  seed: string;
  hide: number;
  augment: number;
  misspell: number;
  prune: number;
  oBias: number;
  held: number;
  handwritten: string | undefined;
  repeat: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number, allowNegative = false): number => {
    const v = get(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || (!allowNegative && n < 0)) throw new Error(`${name} expects a number`);
    return n;
  };
  const here = dirname(fileURLToPath(import.meta.url));
  return {
    notes: num('--notes', 24000),
    epochs: num('--epochs', 5),
    seed: get('--seed') ?? 'ehr-deid-seq-1',
    hide: num('--hide', 0.2),
    augment: num('--augment', 0.2),
    misspell: num('--misspell', 0.1),
    prune: num('--prune', 2),
    oBias: num('--obias', 6, true),
    held: num('--held', 1000),
    handwritten: get('--handwritten') === 'none' ? undefined : resolve(get('--handwritten') ?? join(here, '..', '..', '..', '..', '..', 'test', 'handwritten')),
    repeat: num('--repeat', 6),
    out: resolve(get('--out') ?? join(here, '..', 'model', 'weights.bin')),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const a = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const synthetic = generateTrainingNotes(a.notes, a.seed);
  const chars = synthetic.reduce((s, n) => s + n.text.length, 0);
  process.stdout.write(`generated ${synthetic.length} notes (${(chars / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const handwritten = a.handwritten === undefined ? [] : readHandwrittenNotes(a.handwritten);
  process.stdout.write(`hand-written texts: ${handwritten.length}, each used ${a.repeat} times per pass\n`);
  const notes = interleaveHandwritten(synthetic, handwritten, a.repeat);
  const parts = trainSequenceLabeller(notes, {
    epochs: a.epochs,
    seed: a.seed,
    hide: a.hide,
    augment: a.augment,
    misspell: a.misspell,
    prune: a.prune,
    oBias: a.oBias,
    onEpoch: (e, err) => process.stdout.write(`epoch ${e}: ${(err * 100).toFixed(2)}% tokens wrong (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`),
  });
  const held = generateTrainingNotes(a.held, a.seed + '/held-out');
  const evaluation = evaluateSequenceModel(loadSequenceModel(encodeSequenceModel(parts)), held);
  const bytes = encodeSequenceModel({ ...parts, meta: { ...parts.meta, heldOut: evaluation } });
  writeFileSync(a.out, bytes);
  process.stdout.write(
    `${parts.ids.length} features, ${(bytes.length / 1e6).toFixed(2)} MB → ${a.out}\n` +
      `held-out synthetic notes: token recall ${(evaluation.recall * 100).toFixed(2)}%, precision ${(evaluation.precision * 100).toFixed(2)}%\n` +
      Object.entries(evaluation.byType)
        .map(([t, r]) => `  ${t.padEnd(9)} ${(r * 100).toFixed(2)}%`)
        .join('\n') +
      '\n',
  );
}
