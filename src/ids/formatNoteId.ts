/**
 * MIMIC-IV note ids.
 */
import { DeidError } from '../errors.js';

/** The note kinds of MIMIC-IV-Note: discharge summaries and radiology reports. */
export type NoteKind = 'DS' | 'RR';

/**
 * Formats a note id the MIMIC-IV-Note way: `<subject_id>-<DS|RR>-<seq>`, e.g. `10000032-DS-21`.
 *
 * @param subjectId - the released subject_id (a positive safe integer)
 * @param kind - `DS` (discharge summary) or `RR` (radiology report)
 * @param seq - the note's sequence number for that patient and kind (a positive integer)
 * @returns the note id
 * @throws DeidError `INPUT_INVALID` when an argument has the wrong shape
 * @example
 * ```ts
 * formatNoteId(10000032, 'DS', 21) // '10000032-DS-21'
 * ```
 */
export function formatNoteId(subjectId: number, kind: NoteKind, seq: number): string {
  if (!Number.isSafeInteger(subjectId) || subjectId <= 0) throw new DeidError('INPUT_INVALID', 'subject id must be a positive safe integer');
  if (kind !== 'DS' && kind !== 'RR') throw new DeidError('INPUT_INVALID', "note kind must be 'DS' or 'RR'");
  if (!Number.isSafeInteger(seq) || seq <= 0) throw new DeidError('INPUT_INVALID', 'note sequence number must be a positive safe integer');
  return `${subjectId}-${kind}-${seq}`;
}

/**
 * Splits a MIMIC-IV note id into its parts.
 *
 * @param noteId - e.g. `10000032-RR-7`
 * @returns subject id, kind and sequence number
 * @throws DeidError `INPUT_INVALID` when it is not of the form `<digits>-<DS|RR>-<digits>`
 * @example
 * ```ts
 * parseNoteId('10000032-RR-7') // { subjectId: 10000032, kind: 'RR', seq: 7 }
 * ```
 */
export function parseNoteId(noteId: string): { readonly subjectId: number; readonly kind: NoteKind; readonly seq: number } {
  const m = typeof noteId === 'string' ? /^([1-9]\d{0,14})-(DS|RR)-([1-9]\d{0,14})$/.exec(noteId) : null;
  if (!m) throw new DeidError('INPUT_INVALID', 'expected a note id of the form <subject_id>-<DS|RR>-<seq>');
  return { subjectId: Number(m[1]), kind: m[2] as NoteKind, seq: Number(m[3]) };
}
