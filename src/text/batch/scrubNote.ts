/**
 * Scrubs one note and turns any failure into a typed, text-free error value (fail closed).
 *
 * @module
 */
import { isDeidError } from '../../errors.js';
import type { ScrubResult, Scrubber } from '../scrub.js';

/** A note to scrub: an id you choose and its text. */
export interface NoteInput {
  readonly id: string;
  readonly text: string;
}

/** Why a note could not be scrubbed. `message` describes the failure, never the note's text. */
export interface NoteError {
  /** A {@link DeidErrorCode}: `DETECTOR_FAILED`, `SPAN_INVALID`, `INPUT_INVALID`, `WORKER_FAILED`, … */
  readonly code: string;
  readonly message: string;
}

/** The outcome for one note: its scrub result, or an error and no text at all. */
export type ScrubOutcome =
  | { readonly id: string; readonly ok: true; readonly result: ScrubResult }
  | { readonly id: string; readonly ok: false; readonly error: NoteError };

/**
 * Converts anything thrown while scrubbing into a {@link NoteError}. A {@link DeidError} keeps
 * its code and message (which by convention never hold input values); anything else becomes
 * `DETECTOR_FAILED` with only the error's class name, since a foreign message might quote text.
 *
 * @param err - what was thrown
 * @returns a code and a text-free message
 * @internal
 */
export function toNoteError(err: unknown): NoteError {
  if (isDeidError(err)) return { code: err.code, message: err.message };
  const name = err instanceof Error ? err.name : typeof err;
  return { code: 'DETECTOR_FAILED', message: `DETECTOR_FAILED: scrubbing failed with an unexpected ${name}` };
}

/**
 * Scrubs one note with a ready scrubber, never throwing: a failure gives `ok: false` and no text.
 *
 * @param scrubber - from `createScrubber`
 * @param note - `{ id, text }`; a non-string `text` gives `INPUT_INVALID`
 * @returns the outcome for this note
 * @example
 * ```ts
 * const out = scrubNote(createScrubber(), { id: 'n1', text: 'Seen by Dr. Smith.' });
 * if (out.ok) console.log(out.result.text); else quarantine(out.id, out.error.code);
 * ```
 */
export function scrubNote(scrubber: Scrubber, note: { readonly id: string; readonly text: unknown }): ScrubOutcome {
  if (typeof note.text !== 'string') {
    return { id: note.id, ok: false, error: { code: 'INPUT_INVALID', message: `INPUT_INVALID: note text must be a string, got ${note.text === null ? 'null' : typeof note.text}` } };
  }
  try {
    return { id: note.id, ok: true, result: scrubber.scrub(note.text) };
  } catch (err) {
    return { id: note.id, ok: false, error: toNoteError(err) };
  }
}
