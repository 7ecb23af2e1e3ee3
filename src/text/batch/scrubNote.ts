/**
 * Scrubs one note and turns any failure into a typed, text-free error value (fail closed).
 *
 * @module
 */
import { isDeidError } from '../../errors.js';
import type { ScrubResult, Scrubber } from '../scrub.js';
import type { NoteScope } from '../replace/types.js';

/**
 * A note to scrub: an id you choose and its text, plus optional per-note data (see
 * {@link NoteScope}): the patient (surrogate consistency), the date offset (`dates: 'shift'`)
 * and the patient's own identifiers. All plain data, so notes travel to worker threads as is.
 */
export interface NoteInput extends NoteScope {
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
export function scrubNote(scrubber: Scrubber, note: { readonly id: string; readonly text: unknown } & NoteScope): ScrubOutcome {
  if (typeof note.text !== 'string') {
    return { id: note.id, ok: false, error: { code: 'INPUT_INVALID', message: `INPUT_INVALID: note text must be a string, got ${note.text === null ? 'null' : typeof note.text}` } };
  }
  try {
    const scope: NoteScope | undefined =
      note.patient !== undefined || note.shiftDays !== undefined || note.known !== undefined || note.dates !== undefined
        ? {
            ...(note.patient !== undefined ? { patient: note.patient } : {}),
            ...(note.shiftDays !== undefined ? { shiftDays: note.shiftDays } : {}),
            ...(note.known !== undefined ? { known: note.known } : {}),
            ...(note.dates !== undefined ? { dates: note.dates } : {}),
          }
        : undefined;
    return { id: note.id, ok: true, result: scrubber.scrub(note.text, scope) };
  } catch (err) {
    return { id: note.id, ok: false, error: toNoteError(err) };
  }
}
