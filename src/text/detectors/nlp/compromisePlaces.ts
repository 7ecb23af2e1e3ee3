/**
 * `nlp/compromise-place`: compromise's `places()` extractor, run on short windows of the note
 * around capitalised, non-dictionary words (see `_compromiseWindows.ts`). Mostly-upper-case
 * notes are skipped: there compromise guesses from capitalisation alone.
 *
 * @module
 */
import { asScrubContext } from '../../context.js';
import type { Detector } from '../../types.js';
import { compromiseFinds } from './_compromiseWindows.js';

/**
 * Finds places with compromise; spans are typed `LOCATION` and trimmed to name-like words.
 *
 * @example
 * ```ts
 * compromisePlacesDetector.detect(createTextContext('Discussed with Quentin Ashworth today.'));
 * ```
 */
export const compromisePlacesDetector: Detector = Object.freeze<Detector>({
  name: 'nlp/compromise-place',
  algorithm: 'nlp' as const,
  types: Object.freeze(['LOCATION'] as const),
  detect: (c) => compromiseFinds(asScrubContext(c)).place,
});
