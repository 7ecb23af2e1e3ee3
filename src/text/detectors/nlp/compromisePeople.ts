/**
 * `nlp/compromise-person`: compromise's `people()` extractor, run on short windows of the note
 * around capitalised, non-dictionary words (see `_compromiseWindows.ts`). Mostly-upper-case
 * notes are skipped: there compromise guesses from capitalisation alone.
 *
 * @module
 */
import { asScrubContext } from '../../context.js';
import type { Detector } from '../../types.js';
import { compromiseFinds } from './_compromiseWindows.js';

/**
 * Finds people with compromise; spans are typed `NAME` and trimmed to name-like words.
 *
 * @example
 * ```ts
 * compromisePeopleDetector.detect(createTextContext('Discussed with Quentin Ashworth today.'));
 * ```
 */
export const compromisePeopleDetector: Detector = Object.freeze<Detector>({
  name: 'nlp/compromise-person',
  algorithm: 'nlp' as const,
  types: Object.freeze(['NAME'] as const),
  detect: (c) => compromiseFinds(asScrubContext(c)).person,
});
