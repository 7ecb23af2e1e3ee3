/**
 * The synthetic training corpus of algorithm 2: annotated ICU nursing notes, discharge
 * summaries, radiology reports and clinician messages written from this project's templates and
 * filler pools (lexicons, faker, invented facilities). Deterministic for `(count, seed)`: one
 * seeded PRNG is threaded through everything (faker is seeded from it); no clock, no
 * `Math.random`, no locale-dependent API.
 *
 * @internal
 */
import type { CaseMode, NegativeSpan } from './builder.js';
import { makeCtx } from './ctx.js';
import { dischargeNote } from './discharge.js';
import { buildPools } from './fillers.js';
import { messageNote } from './message.js';
import { nursingNote } from './nursing.js';
import { radiologyNote } from './radiology.js';
import { chance, int, makeRng, weighted, type Rng } from './rng.js';
import { NOTE_FAMILIES, type NoteFamily, type SyntheticNote } from './types.js';

export { NOTE_FAMILIES, TRAIN_PHI_TYPES, type NoteFamily, type SyntheticNote, type SyntheticSpan, type TrainPhiType } from './types.js';

/** Options of {@link generateTrainingNotes}. */
export interface GenerateOptions {
  /** Only these families (default: all four, in the shares 30/30/25/15). */
  readonly families?: readonly NoteFamily[];
}

/** A note with the look-alikes written into it (for tests). */
export interface AnnotatedNote extends SyntheticNote {
  readonly negatives: readonly NegativeSpan[];
}

const SHARES: Record<NoteFamily, number> = { nursing: 30, discharge: 30, radiology: 25, message: 15 };

const CASES: Record<NoteFamily, readonly (readonly [number, CaseMode])[]> = {
  nursing: [[40, 'mixed'], [50, 'upper'], [10, 'lower']],
  discharge: [[86, 'mixed'], [8, 'upper'], [6, 'lower']],
  radiology: [[72, 'mixed'], [23, 'upper'], [5, 'lower']],
  message: [[62, 'mixed'], [28, 'lower'], [10, 'upper']],
};

const WRITERS: Record<NoteFamily, (c: ReturnType<typeof makeCtx>) => void> = {
  nursing: nursingNote,
  discharge: dischargeNote,
  radiology: radiologyNote,
  message: messageNote,
};

/**
 * Re-wraps lines longer than `width` by turning spaces into newlines (length-preserving, so
 * spans stay put; a name may end up split across two lines).
 */
function wrap(text: string, width: number): string {
  const chars = text.split('');
  let col = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      col = 0;
      lastSpace = -1;
      continue;
    }
    if (ch === ' ') lastSpace = i;
    col++;
    if (col > width && lastSpace >= 0) {
      chars[lastSpace] = '\n';
      col = i - lastSpace;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

function oneNote(rng: Rng, pools: ReturnType<typeof buildPools>, family: NoteFamily): AnnotatedNote {
  const mode = weighted(rng, CASES[family]);
  const c = makeCtx(rng, pools, family, mode);
  WRITERS[family](c);
  let text = c.b.build();
  const end = text.trimEnd().length;
  text = text.slice(0, end) + (family === 'message' ? '' : '\n');
  if (family !== 'message' && chance(rng, family === 'nursing' ? 0.35 : 0.1)) text = wrap(text, int(rng, 60, 100));
  return { text, spans: c.b.spans, family, negatives: c.b.negatives.filter((n) => n.end <= end) };
}

/**
 * Generates annotated notes with their look-alike (negative) regions, for tests and inspection.
 *
 * @param count - how many notes
 * @param seed - the seed
 * @param options - which families
 * @returns the notes
 */
export function generateAnnotatedNotes(count: number, seed: string, options: GenerateOptions = {}): AnnotatedNote[] {
  const families = options.families && options.families.length > 0 ? options.families : NOTE_FAMILIES;
  const table = families.map((f) => [SHARES[f], f] as const);
  const rng = makeRng(`ehr-deid-train-corpus/${seed}`);
  const pools = buildPools(rng);
  const out: AnnotatedNote[] = [];
  for (let i = 0; i < count; i++) out.push(oneNote(rng, pools, weighted(rng, table)));
  return out;
}

/**
 * Generates the synthetic training notes of algorithm 2. Deterministic for `(count, seed)`:
 * the same notes byte for byte on every run and machine.
 *
 * @param count - how many notes
 * @param seed - the seed
 * @param options - which families (default all four, mixed 30/30/25/15)
 * @returns the notes with their PHI spans
 * @example
 * ```ts
 * const notes = generateTrainingNotes(20000, 'ehr-deid-nlp-2');
 * ```
 */
export function generateTrainingNotes(count: number, seed: string, options: GenerateOptions = {}): SyntheticNote[] {
  return generateAnnotatedNotes(count, seed, options).map(({ text, spans, family }) => ({ text, spans, family }));
}
