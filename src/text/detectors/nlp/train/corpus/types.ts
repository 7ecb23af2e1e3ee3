/**
 * Public types of the synthetic training corpus (algorithm 2).
 *
 * @internal
 */

/** The kinds of note generated. `message` = short clinician queries, messages and snippets. */
export type NoteFamily = 'nursing' | 'discharge' | 'radiology' | 'message';

/** The PHI types the sequence labeller learns. */
export type TrainPhiType = 'NAME' | 'DATE' | 'AGE' | 'PHONE' | 'ID' | 'LOCATION' | 'HOSPITAL' | 'CONTACT';

/** Every {@link TrainPhiType}, in a stable order. */
export const TRAIN_PHI_TYPES: readonly TrainPhiType[] = Object.freeze(['NAME', 'DATE', 'AGE', 'PHONE', 'ID', 'LOCATION', 'HOSPITAL', 'CONTACT']);

/** Every {@link NoteFamily}, in a stable order. */
export const NOTE_FAMILIES: readonly NoteFamily[] = Object.freeze(['nursing', 'discharge', 'radiology', 'message']);

/** A labelled PHI region of a synthetic note: `text.slice(start, end)` is the value. */
export interface SyntheticSpan {
  readonly start: number;
  readonly end: number;
  readonly type: TrainPhiType;
}

/** A synthetic note, where its PHI is, and its family. */
export interface SyntheticNote {
  readonly text: string;
  readonly spans: readonly SyntheticSpan[];
  readonly family: NoteFamily;
}
