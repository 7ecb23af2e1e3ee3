/**
 * Synthetic annotated clinical notes for training algorithm 2. The generator lives in
 * `corpus/` (nursing notes, discharge summaries, radiology reports, clinician messages; eight
 * PHI types); this module re-exports it and keeps the older `generateNotes` shape (NAME,
 * LOCATION and HOSPITAL spans with a `label`) for the current training script.
 *
 * @internal
 */
import type { NlpLexicons } from '../_resources.js';
import { generateTrainingNotes } from './corpus/index.js';

export { generateTrainingNotes, generateAnnotatedNotes, NOTE_FAMILIES, TRAIN_PHI_TYPES, type GenerateOptions, type NoteFamily, type TrainPhiType } from './corpus/index.js';

/**
 * A labelled region of a synthetic note in the older shape (NAME, LOCATION, HOSPITAL only).
 * The new shape is `SyntheticSpan` of `./corpus/index.js`.
 */
export interface SyntheticSpan {
  readonly start: number;
  readonly end: number;
  readonly label: 'NAME' | 'LOCATION' | 'HOSPITAL';
}

/** A synthetic note in the older shape (the new shape is `SyntheticNote` of `./corpus/index.js`). */
export interface SyntheticNote {
  readonly text: string;
  readonly spans: readonly SyntheticSpan[];
}

/**
 * The training notes in the older shape: spans of NAME, LOCATION and HOSPITAL only.
 *
 * @param count - how many notes
 * @param seed - the seed
 * @param _lex - unused (kept for the older call)
 * @returns the notes
 */
export function generateNotes(count: number, seed: string, _lex?: NlpLexicons): SyntheticNote[] {
  return generateTrainingNotes(count, seed).map((n) => ({
    text: n.text,
    spans: n.spans.flatMap((s) => (s.type === 'NAME' || s.type === 'LOCATION' || s.type === 'HOSPITAL' ? [{ start: s.start, end: s.end, label: s.type }] : [])),
  }));
}
