/**
 * Algorithm 2 (statistical): a sequence labeller (structured averaged perceptron with Viterbi
 * decoding over BIO tags of eight PHI types, weights in `model/weights.bin`) and misspelt names
 * by Jaro-Winkler similarity to the lexicons.
 *
 * @module
 */
import type { Detector } from '../../types.js';
import { fuzzyNameDetector } from './fuzzyName.js';
import { sequenceLabellerDetector } from './sequenceLabeller.js';

export { createSequenceLabellerDetector, sequenceLabellerDetector } from './sequenceLabeller.js';
export { loadSequenceModel, encodeSequenceModel, type SequenceModel, type SequenceModelParts } from './sequenceModel.js';
export { fuzzyNameDetector, FUZZY_NAME_THRESHOLD } from './fuzzyName.js';

/** Every detector of algorithm 2, in run order. */
export const nlpDetectors: readonly Detector[] = Object.freeze([sequenceLabellerDetector, fuzzyNameDetector]);
