import { beforeAll, describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { createTokenClassifierDetector, tokenClassifierDetector } from '../../../src/text/detectors/nlp/tokenClassifier.js';
import { trainTokenClassifier } from '../../../src/text/detectors/nlp/train/train.js';
import type { Detector } from '../../../src/text/types.js';

function found(d: Detector, text: string): string[] {
  return d.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end));
}

// The shipped model (trained by src/text/detectors/nlp/train/train.ts on synthetic notes).
describe('nlp/token-classifier (shipped model)', () => {
  it.each([
    ['a relative named after a relation word', 'Wife Maryellen in to visit, updated on plan of care.', 'Maryellen'],
    ['a surname with no title', 'Discussed with Ashworth, will repeat labs.', 'Ashworth'],
    ['a first and last name', 'Discussed with Quentin Ashworth today.', 'Quentin Ashworth'],
    ['a hospital before "Hospital"', 'Pt transferred from Quabbin Hospital for further management.', 'Quabbin'],
    ['a town after "lives in"', 'Pt lives in Framingham with her daughter.', 'Framingham'],
    ['a name in an upper-case note', "PT'S WIFE DOROTHY CALLED FOR UPDATE.", 'DOROTHY'],
    ['a hospital abbreviation after "from"', 'TRANSFERRED FROM MWH WITH HYPOTENSION.', 'MWH'],
  ])('finds %s', (_, text, expected) => {
    expect(found(tokenClassifierDetector, text)).toContain(expected);
  });

  it.each([
    ['eponyms and drugs', 'Foley draining clear yellow urine. Lasix 40 mg IV given.'],
    ['scores and signs', 'Glasgow coma scale 15. Babinski sign negative.'],
    ['section headers', 'Neuro: A&O x3, MAE. Plan: continue to monitor.'],
    ['languages and states (not PHI)', 'Pt speaks Spanish only; family from California.'],
    ['an upper-case clinical note', 'NEURO: ALERT AND ORIENTED, FOLLOWS COMMANDS. CV: HR 80S NSR.'],
    ['services and weekdays', 'Seen by Cardiology, recs appreciated. Will recheck on Monday.'],
  ])('finds nothing in %s', (_, text) => {
    expect(found(tokenClassifierDetector, text)).toEqual([]);
  });

  it.each([
    ['a capitalised everyday word at a sentence start', 'Will follow up. Rose slowly to 38.'],
    ['a title with no name after it', 'Dr. in to see pt; no new orders.'],
    ['a relation word followed by a verb', 'Daughter called, questions answered.'],
  ])('near miss: ignores %s', (_, text) => {
    expect(found(tokenClassifierDetector, text)).toEqual([]);
  });

  it('reports offsets into the original text with its source and a type', () => {
    const text = 'Case discussed with Ashworth.';
    const [s] = tokenClassifierDetector.detect(createTextContext(text));
    expect(s).toMatchObject({ start: 20, end: 28, type: 'NAME', source: 'nlp/token-classifier' });
  });
});

describe('nlp/token-classifier with a small fixed model trained in the test', () => {
  let small: Detector;
  beforeAll(() => {
    const { model, evaluation } = trainTokenClassifier({ notes: 120, epochs: 2, seed: 'test-fixed' });
    // the synthetic notes now span four families with lower-case names, initials and
    // usernames that this classifier's capitalised-candidate filter skips (0.49 here); the
    // rewritten algorithm 2 trains on all of them
    expect(evaluation.recall).toBeGreaterThan(0.4);
    small = createTokenClassifierDetector(model);
  });

  it('finds a cue-led name', () => {
    expect(found(small, 'Wife Maryellen called for update.')).toContain('Maryellen');
  });

  it('finds nothing in a purely clinical sentence', () => {
    expect(found(small, 'Foley draining clear yellow urine.')).toEqual([]);
  });
});
