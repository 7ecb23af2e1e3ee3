/**
 * Types of the review sample: notes kept by a release run (in its secrets folder) for human
 * review of the scrubber, as MIMIC-IV's de-identification was validated.
 *
 * @module
 */
import type { RemovedSpan } from '../text/scrub.js';

/** One removed region of a review note: original and released offsets, type, detectors (as the scrubber reports it). */
export type ReviewSpan = RemovedSpan;

/** A note kept for review. Holds PHI (its original text): it lives in the secrets folder only. */
export interface ReviewNote {
  /** The source table (config name). */
  readonly table: string;
  /** The scrubbed column. */
  readonly column: string;
  /** Row number in the source file (1-based). */
  readonly row: number;
  /** The released note id, when the table has one. */
  readonly noteId: string | null;
  /** The text the scrubber read (after any removed sections). */
  readonly text: string;
  /** The released text. */
  readonly released: string;
  readonly spans: readonly ReviewSpan[];
  /** Sampling priority in [0, 1): a keyed hash of the note's place, lower = kept first. */
  readonly priority: number;
}

/** The first line of a review pool file. */
export interface ReviewPoolHeader {
  readonly kind: 'ehr-deid-review-pool';
  readonly version: 1;
  /** `startedAt` of the run's report.json: ties the pool to its release. */
  readonly startedAt: string;
}
