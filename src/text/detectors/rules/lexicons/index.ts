/**
 * Lexicon detectors of algorithm 1: names, places and facilities found with the word lists
 * of `allowlists/lexicons/` (sources and licences in `allowlists/README.md`).
 *
 * @module
 */
import type { Detector } from '../../../types.js';
import { hospitalLexiconDetector } from './hospitalLexicon.js';
import { locationLexiconDetector } from './locationLexicon.js';
import { nameLexiconDetector } from './nameLexicon.js';

export { nameLexiconDetector } from './nameLexicon.js';
export { locationLexiconDetector } from './locationLexicon.js';
export { hospitalLexiconDetector } from './hospitalLexicon.js';

/** Every lexicon detector, keyed by its file name (used by the registration test). */
export const lexiconDetectorsByFile: Readonly<Record<string, Detector>> = Object.freeze({
  nameLexicon: nameLexiconDetector,
  locationLexicon: locationLexiconDetector,
  hospitalLexicon: hospitalLexiconDetector,
});

/** The lexicon detectors of algorithm 1. */
export const lexiconDetectors: readonly Detector[] = Object.freeze(Object.values(lexiconDetectorsByFile));
