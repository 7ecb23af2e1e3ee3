import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { _labelsToSpans, sequenceLabellerDetector } from '../../../src/text/detectors/nlp/sequenceLabeller.js';
import type { Span } from '../../../src/text/types.js';
import { createScrubber } from '../../../src/text/scrub.js';
import { B, I } from '../../../src/text/detectors/nlp/_seqFeatures.js';

/** The spans the shipped model finds, as [text, type]. */
function found(text: string): [string, string][] {
  return sequenceLabellerDetector.detect(createTextContext(text)).map((s) => [text.slice(s.start, s.end), s.type]);
}

/** Every letter and digit of `phi` inside some span of algorithm 2 alone. */
function covered(text: string, phi: string): boolean {
  const at = text.indexOf(phi);
  if (at < 0) throw new Error(`${phi} not in ${text}`);
  const spans = createScrubber({ algorithms: ['nlp'] }).scrub(text).spans;
  for (let i = at; i < at + phi.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}

// Invented examples in the layouts of discharge summaries, radiology reports, nursing notes and
// clinician queries: algorithm 2 alone, with no rule, must find each PHI value.
const positives: [string, string][] = [
  ['Admission Date:  04MAR2012              Discharge Date:   03/11/2012', '04MAR2012'],
  ['Admission Date:  04MAR2012              Discharge Date:   03/11/2012', '03/11/2012'],
  ['Attending: Zebulon Quxworthy, MD.', 'Zebulon Quxworthy'],
  ['INDICATION:  History: 91F with fall and hip pain.', '91F'],
  ['The findings were discussed with Dr. Okonkwo by Dr. Featherly on the telephone on 10.13.2016 at 3:15 PM.', 'Okonkwo'],
  ['The findings were discussed with Dr. Okonkwo by Dr. Featherly on the telephone on 10.13.2016 at 3:15 PM.', '10.13.2016'],
  ['She was transferred from Mercy Ridge Medical Center on 2/14 for further care.', 'Mercy Ridge'],
  ['Please call Dr. Brannigan at (617) 555-0199 with questions.', '(617) 555-0199'.slice(1)],
  ['MRN: 40961177   Unit No: 552871', '40961177'],
  ['Pt lives at 14 Thistlewood Lane, Quabbin Falls, with her daughter.', '14 Thistlewood Lane'],
  ['SPOKE WITH DAUGHTER ROSALIND ON PHONE, UPDATED ON PLAN.', 'ROSALIND'],
  ['can you check if mr hollister was seen by cards on 3/4?', 'hollister'],
  ['Email results to marisol.q@example.org please.', 'marisol.q@example.org'],
];

const negatives: string[] = [
  'BP 120/80, HR 92, 2/6 systolic murmur, strength 5/5 in all extremities.',
  'Foley catheter in place; Babinski sign negative; Glasgow Coma Scale 15.',
  'What is the apixaban dose for a 72 yo with CrCl 25 and a CHA2DS2-VASc of 4?',
  'Started on metoprolol 25 mg PO BID and furosemide 40 mg IV daily.',
];

describe('nlp/sequence-labeller (shipped model)', () => {
  it.each(positives)('finds the PHI in %j', (text, phi) => {
    expect(covered(text, phi)).toBe(true);
  });

  it.each(negatives)('leaves the clinical sentence %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports spans of its declared types with a confidence in [0.5, 0.99]', () => {
    const text = 'Seen by Dr. Quxworthy on 3/4/2012 at Ashgrove General Hospital.';
    const spans = sequenceLabellerDetector.detect(createTextContext(text));
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(sequenceLabellerDetector.types).toContain(s.type);
      expect(s.source).toBe('nlp/sequence-labeller');
      expect(s.confidence).toBeGreaterThanOrEqual(0.5);
      expect(s.confidence).toBeLessThanOrEqual(0.99);
    }
  });

  it('keeps a name wrapped onto the next line as one name', () => {
    const text = 'Patient Zebulon\nQuxworthy is a 58 year old man admitted with chest pain.';
    expect(covered(text, 'Zebulon')).toBe(true);
    expect(covered(text, 'Quxworthy')).toBe(true);
  });

  it('splits a span that runs over a sentence end and a line break, keeping a wrapped name whole', async () => {
    const { _splitAtSentenceBreaks } = await import('../../../src/text/detectors/nlp/sequenceLabeller.js');
    const text = 'Biopsy done at UCSF.\nMercy Hospital records requested.\nPatient Zebulon\nQuxworthy was seen.';
    const span = (a: string, b: string): Span => ({ start: text.indexOf(a), end: text.indexOf(b) + b.length, type: 'HOSPITAL', source: 'nlp/sequence-labeller', confidence: 0.9 });
    const parts = _splitAtSentenceBreaks(text, [span('UCSF', 'Mercy Hospital'), span('Zebulon', 'Quxworthy')]).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['UCSF', 'Mercy Hospital', 'Zebulon\nQuxworthy']);
    // through the scrubber the line break between the two places survives
    expect(createScrubber({ algorithms: ['nlp'] }).scrub(text).text.split('\n').slice(0, 2)).toEqual(['Biopsy done at ___.', '___ Hospital records requested.']);
  });

  // adversarial input (1 MB lines, digit runs...): test/text/nlp/nlpDetectors.test.ts, for every NLP detector
});

describe('_labelsToSpans', () => {
  const toks = [
    { start: 0, end: 3 },
    { start: 4, end: 9 },
    { start: 10, end: 12 },
    { start: 13, end: 15 },
  ];
  it('joins B and following I of one type, and starts a new span at the next B', () => {
    // B-NAME I-NAME B-NAME O
    const spans = _labelsToSpans(toks, Uint8Array.from([B(0), I(0), B(0), 0]), new Float32Array(4).fill(10), 'x');
    expect(spans.map((s) => [s.start, s.end, s.type])).toEqual([
      [0, 9, 'NAME'],
      [10, 12, 'NAME'],
    ]);
  });
});
