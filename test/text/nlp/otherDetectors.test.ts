import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { _compromiseFinds, _windows } from '../../../src/text/detectors/nlp/_compromiseWindows.js';
import { _analysed } from '../../../src/text/detectors/nlp/tokenClassifier.js';
import { compromiseOrganizationsDetector } from '../../../src/text/detectors/nlp/compromiseOrganizations.js';
import { compromisePeopleDetector } from '../../../src/text/detectors/nlp/compromisePeople.js';
import { compromisePlacesDetector } from '../../../src/text/detectors/nlp/compromisePlaces.js';
import { _bestNameSimilarity, FUZZY_NAME_THRESHOLD, fuzzyNameDetector } from '../../../src/text/detectors/nlp/fuzzyName.js';
import { nlpDetectors } from '../../../src/text/detectors/nlp/index.js';

function found(text: string, spans: readonly { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('nlp/fuzzy-name', () => {
  it.each([
    ['Spoke with Elizabteh about the plan.', 'Elizabteh'],
    ['Message left for Chirstopher re: meds.', 'Chirstopher'],
    ['Dr. Rodriguex aware.', 'Rodriguex'],
  ])('finds the misspelt name in %j', (text, name) => {
    expect(found(text, fuzzyNameDetector.detect(createTextContext(text)))).toEqual([name]);
  });

  it.each([
    ['a drug close to a name', 'Started Heparin drip, then Lasix.'],
    ['a misspelt name in an upper-case note without a cue', 'SPOKE WITH CHIRSTOPHER.'],
    ['a lower-case word mid-sentence', 'pt elizabteh today'],
    ['a sentence-initial unknown word', 'Elizabteh is not a cue here.'],
  ])('ignores %s', (_, text) => {
    expect(fuzzyNameDetector.detect(createTextContext(text))).toEqual([]);
  });

  it.each([
    ['elizabteh', true],
    ['rodriguex', true],
    ['furosemide', false],
    ['tylenol', false],
  ])('similarity of %s to the name lexicons passes the threshold: %s', (word, close) => {
    expect(_bestNameSimilarity(word) >= FUZZY_NAME_THRESHOLD).toBe(close);
  });
});

describe('nlp/compromise-*', () => {
  it('finds people and places with compromise alone, trimmed to name-like words', () => {
    const text = 'Met with Mr. Quentin Ashworth of Springfield yesterday.';
    const ctx = createTextContext(text);
    const f = _compromiseFinds(ctx, new Uint8Array(ctx.tokens.length));
    expect(found(text, f.person)).toEqual(['Quentin Ashworth']);
    expect(f.person.every((s) => s.source === 'nlp/compromise-person' && s.type === 'NAME')).toBe(true);
  });

  it('parses a window only around a capitalised lexicon word (a name or place it may know)', () => {
    const known = createTextContext('Met with Mr. Quentin Ashworth yesterday.');
    expect(_windows(known, _analysed(known), new Uint8Array(known.tokens.length))).toHaveLength(1);
    // capitalised words no lexicon knows (drug brands, clinical jargon) are left to the other detectors
    const unknown = createTextContext('Started Zyqvorex and Brixtalan today.');
    expect(_windows(unknown, _analysed(unknown), new Uint8Array(unknown.tokens.length))).toEqual([]);
  });

  it('skips seeds a detector that ran earlier in the scrub already covers', () => {
    const text = 'Met with Mr. Quentin Ashworth yesterday.';
    const start = text.indexOf('Quentin');
    const end = text.indexOf(' yesterday');
    const ctx = createTextContext(text, [{ start, end, type: 'NAME', source: 'rules/titled-name', confidence: 0.9 }]);
    expect(_windows(ctx, _analysed(ctx), new Uint8Array(ctx.tokens.length))).toEqual([]);
    const partly = createTextContext(text, [{ start, end: start + 'Quentin'.length, type: 'NAME', source: 'rules/titled-name', confidence: 0.9 }]);
    expect(_windows(partly, _analysed(partly), new Uint8Array(partly.tokens.length))).toHaveLength(1);
  });

  it('skips mostly upper-case notes, where capitalisation says nothing', () => {
    const text = 'MET WITH MR. QUENTIN ASHWORTH OF SPRINGFIELD YESTERDAY.';
    const ctx = createTextContext(text);
    const f = _compromiseFinds(ctx, new Uint8Array(ctx.tokens.length));
    expect([...f.person, ...f.place, ...f.organization]).toEqual([]);
  });

  it.each([
    ['Foley draining clear yellow urine. Lasix 40 mg IV given.'],
    ['Glasgow coma scale 15. Babinski sign negative.'],
    ['Pt speaks Spanish only; family from California.'],
  ])('finds nothing in the clinical sentence %j', (text) => {
    const ctx = createTextContext(text);
    for (const d of [compromisePeopleDetector, compromisePlacesDetector, compromiseOrganizationsDetector]) expect(d.detect(ctx)).toEqual([]);
  });
});

describe('nlpDetectors', () => {
  it('lists every NLP detector once, all of algorithm nlp', () => {
    expect(nlpDetectors.map((d) => d.name)).toEqual([
      'nlp/token-classifier',
      'nlp/compromise-person',
      'nlp/compromise-place',
      'nlp/compromise-organization',
      'nlp/fuzzy-name',
    ]);
    expect(nlpDetectors.every((d) => d.algorithm === 'nlp')).toBe(true);
  });

  it.each([
    ['a 1 MB line of words', 'Ashworth '.repeat(116_000)],
    ['a long digit run', '1'.repeat(1_000_000)],
    ['repeated punctuation', '.-/'.repeat(333_000)],
    ['alternating capitals', 'Aa Bb '.repeat(170_000)],
  ])('survives adversarial input: %s', (_, text) => {
    const ctx = createTextContext(text);
    for (const d of nlpDetectors) {
      const spans = d.detect(ctx);
      for (const s of spans) expect(s.end).toBeLessThanOrEqual(text.length);
    }
  });
});
