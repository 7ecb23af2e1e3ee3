/**
 * Synthetic annotated clinical notes for training algorithm 2. The generator lives in
 * `corpus/` (nursing notes, discharge summaries, radiology reports, clinician messages; eight
 * PHI types); this module is the trainer's entry to it.
 *
 * @internal
 */
export { generateTrainingNotes, generateAnnotatedNotes, NOTE_FAMILIES, TRAIN_PHI_TYPES, type GenerateOptions, type NoteFamily, type TrainPhiType } from './corpus/index.js';
