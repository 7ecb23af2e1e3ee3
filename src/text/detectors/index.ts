/**
 * Detector registry: algorithm 1 (rules: patterns and lexicons) and algorithm 2 (NLP), plus
 * {@link defineDetector} to build checked custom detectors.
 *
 * @module
 */
// defineDetector lives in ../spans.js (listed first) so detector files can import it without
// an import cycle through this registry.
export { defineDetector } from '../spans.js';
export { ruleDetectors, patternDetectors, lexiconDetectors } from './rules/index.js';
export { nlpDetectors } from './nlp/index.js';
