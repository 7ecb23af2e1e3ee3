/**
 * `nlp/compromise-organization`: compromise's `organizations()` extractor, run on short windows of the note
 * around capitalised, non-dictionary words (see `_compromiseWindows.ts`). Mostly-upper-case
 * notes are skipped: there compromise guesses from capitalisation alone.
 *
 * @module
 */
import { asScrubContext } from '../../context.js';
import type { Detector } from '../../types.js';
import { compromiseFinds } from './_compromiseWindows.js';

/**
 * Finds organizations with compromise; spans are typed `HOSPITAL` and trimmed to name-like words.
 *
 * @example
 * ```ts
 * compromiseOrganizationsDetector.detect(createTextContext('Discussed with Quentin Ashworth today.'));
 * ```
 */
export const compromiseOrganizationsDetector: Detector = Object.freeze<Detector>({
  name: 'nlp/compromise-organization',
  algorithm: 'nlp' as const,
  types: Object.freeze(['HOSPITAL'] as const),
  detect: (c) => compromiseFinds(asScrubContext(c)).organization,
});
