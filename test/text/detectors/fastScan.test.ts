import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { patternDetectors } from '../../../src/text/detectors/rules/patterns/index.js';
import { _setFastScan } from '../../../src/text/detectors/rules/patterns/_scan.js';
import { generateTrainingNotes } from '../../../src/text/detectors/nlp/train/generate.js';
import type { Span } from '../../../src/text/types.js';

// The pattern detectors try their regexes only where a cue word, separator or line start allows
// (_scan.ts); a full scan of every regex must give exactly the same spans, in the same order.
const devset = readFileSync(fileURLToPath(new URL('../../devset/devset.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const invented = [
  'Name:  Quintrell, Odessa          Unit No:   4471023\nAdmission Date:  10.13.2016\nAttending: Dr. A.\nSS# 031-55-0192',
  'Son Will visited. d/w JS re plan.\nJS/mk\nHistory: 91F with fall; mother lived to 101, turned 95, widow (91).',
  'Wł. Łukasz Quenby (MRN 4471) spoke with éwife Ann; Zsófia Szabó is a 91 y/o woman. wife\u00e9 Mary; x_wife Ann',
  'pt Aytaç now 33F. Sóngül\u2019s son called. CXR (3/4): clear. Seen 2012.03.04, 04MAR2012, after Thanksgiving.',
  'LIVES AT 714 ELM ST, QUINCY MA 02169. PAGER #4471. TO DOVER HOSPITAL 2. BIPAP 10/5/12. GCS 3/15.',
  'Transferred from Ashgrove Medical Center; Fallsburg Nursing and Rehabilitation Center; St. Mary\u2019s.',
  'Referred to the Lake Countywide program; from Charm, OH (Holmes Co.); Quillby Parishioners Fund.',
];
const texts = [...generateTrainingNotes(250, 'fast-scan-equivalence').map((n) => n.text), ...devset, ...invented];

const key = (spans: readonly Span[]): string[] => spans.map((s) => `${s.start}-${s.end}-${s.type}-${s.confidence}`);

describe('fast scanning of the pattern detectors', () => {
  afterAll(() => _setFastScan(true));

  it.each(patternDetectors.map((d) => [d.name, d] as const))('%s finds exactly what a full scan finds', (_name, d) => {
    const differ: string[] = [];
    for (const t of texts) {
      _setFastScan(true);
      const fast = key(d.detect(createTextContext(t)));
      _setFastScan(false);
      const full = key(d.detect(createTextContext(t)));
      if (fast.join() !== full.join()) differ.push(`${JSON.stringify(t.slice(0, 60))}: fast ${fast.join(' ')} | full ${full.join(' ')}`);
    }
    _setFastScan(true);
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
