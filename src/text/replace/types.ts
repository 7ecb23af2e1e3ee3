/**
 * Types of the replacement step: what is written in place of each removed region.
 *
 * @module
 */
import type { KnownIdentifier } from '../detectors/known/knownIdentifiers.js';

/**
 * What replaces each removed region:
 * - a string: that text for every region (default `'___'`, as in MIMIC-IV);
 * - `{ mode: 'tag' }`: the region's type in brackets, `[NAME]`, `[DATE]`, …;
 * - `{ mode: 'surrogate', key }`: a realistic fake value of the same shape, derived from the
 *   value with a keyed HMAC (so it cannot be reversed without the key) and consistent per
 *   patient (see {@link NoteScope.patient}); it never reproduces the original value.
 */
export type Replacement = string | { readonly mode: 'tag' } | { readonly mode: 'surrogate'; readonly key: string | Uint8Array };

/**
 * What happens to DATE regions: `'remove'` (default) replaces them like any other region;
 * `'shift'` writes each date mention moved by the note's {@link NoteScope.shiftDays}, in its
 * own format, so note timelines line up with shifted tables (mentions that cannot be read as a
 * date are replaced as usual).
 */
export type DateMode = 'remove' | 'shift';

/**
 * Per-note data passed to `Scrubber.scrub(text, note)`: whose note it is, its date offset and
 * its patient's own identifiers. Plain data, so it can travel to worker threads.
 */
export interface NoteScope {
  /**
   * The patient (any stable string, e.g. the source MRN): surrogates are consistent within one
   * patient's notes. Notes without one share one scope.
   */
  readonly patient?: string;
  /** Whole days to move dates by when dates are shifted (required then). */
  readonly shiftDays?: number;
  /** This note's date mode, overriding the scrubber's `dates` option (e.g. one column shifted, another not). */
  readonly dates?: DateMode;
  /** The patient's own identifiers, searched in this note before the detectors (see `knownIdentifiersDetector`). */
  readonly known?: readonly KnownIdentifier[];
}
