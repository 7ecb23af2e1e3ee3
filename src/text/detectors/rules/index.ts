/**
 * Algorithm 1 (rules): pattern detectors (regex + context) followed by lexicon detectors.
 *
 * @module
 */
import type { Detector } from '../../types.js';
import { lexiconDetectors } from './lexicons/index.js';
import { patternDetectors } from './patterns/index.js';

export { patternDetectors } from './patterns/index.js';
export { lexiconDetectors } from './lexicons/index.js';

/** Every detector of algorithm 1: the pattern detectors, then the lexicon detectors. */
export const ruleDetectors: readonly Detector[] = Object.freeze([...patternDetectors, ...lexiconDetectors]);
