import { describe, it } from 'vitest';
import { locationLexiconDetector } from '../../../src/text/detectors/rules/lexicons/index.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

const d = locationLexiconDetector;

describe('rules/location-lexicon', () => {
  it.each([
    ['Her niece flew back to Grand Rapids.', 'Grand Rapids'],
    ['Son lives in Worcester and will visit.', 'Worcester'],
    ['Nephew is driving over from Sacramento.', 'Sacramento'],
    ['Family drove in from Framingham, MA overnight.', 'Framingham'],
    ['SON LIVES IN WORCESTER.', 'WORCESTER'],
    ['HUSBAND DRIVING FROM SACRAMENTO TONIGHT.', 'SACRAMENTO'],
    ['pt and wife reside in framingham.', 'framingham'],
    ['Lives alone on Maple Street.', 'Maple Street'],
  ])('finds the place in %j', (text, phi) => {
    expectCovered(d, text, phi);
  });

  it.each([
    // states and countries are not PHI
    ['Family from Florida, originally from Ireland.', 'Florida'],
    ['Moved here from Texas last year.', 'Texas'],
    // eponyms and clinical words that are also towns
    ['Glasgow Coma Scale 14.', 'Glasgow'],
    ['Urine amber and cloudy.', 'amber'],
    ['URINE AMBER, SENT FOR UA.', 'AMBER'],
    ['Needs central access for pressors.', 'central'],
    ['Free fluid in the pouch of Douglas.', 'Douglas'],
    // a one-word town without a place cue
    ['Worcester', 'Worcester'],
    // lower-case word in a mixed-case note even after a cue
    ['Started from baseline in the morning.', 'baseline'],
    // a two-letter word that is also a state code
    ['decreased sensation in left hand or foot.', 'left hand'],
    // a street word after an everyday word
    ['Crossed the road with assistance.', 'road'],
  ])('does not flag %j at %j', (text, word) => {
    expectUntouched(d, text, word);
  });
});
