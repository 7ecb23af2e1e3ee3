/**
 * Algorithm 2 (statistical / NLP): a trained token classifier (averaged perceptron, weights in
 * `model.json`), compromise's people/places/organisations on selected windows, and misspelt
 * names by Jaro-Winkler similarity to the lexicons.
 *
 * @module
 */
import type { Detector } from '../../types.js';
import { compromiseOrganizationsDetector } from './compromiseOrganizations.js';
import { compromisePeopleDetector } from './compromisePeople.js';
import { compromisePlacesDetector } from './compromisePlaces.js';
import { fuzzyNameDetector } from './fuzzyName.js';
import { tokenClassifierDetector } from './tokenClassifier.js';

export { createTokenClassifierDetector, tokenClassifierDetector } from './tokenClassifier.js';
export { compromisePeopleDetector } from './compromisePeople.js';
export { compromisePlacesDetector } from './compromisePlaces.js';
export { compromiseOrganizationsDetector } from './compromiseOrganizations.js';
export { fuzzyNameDetector, FUZZY_NAME_THRESHOLD } from './fuzzyName.js';
export { loadPerceptron, trainPerceptron, type PerceptronModel, type Perceptron, type PerceptronTrainer } from './averagedPerceptron.js';

/** Every detector of algorithm 2, in run order. */
export const nlpDetectors: readonly Detector[] = Object.freeze([
  tokenClassifierDetector,
  compromisePeopleDetector,
  compromisePlacesDetector,
  compromiseOrganizationsDetector,
  fuzzyNameDetector,
]);
