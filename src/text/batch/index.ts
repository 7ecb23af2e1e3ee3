/**
 * Batch scrubbing: many notes, all cores, order preserved, fail closed per note.
 *
 * @module
 */
export { scrubMany, scrubInThread, type ScrubManyOptions } from './scrubMany.js';
export { scrubNote, type NoteInput, type NoteError, type ScrubOutcome } from './scrubNote.js';
