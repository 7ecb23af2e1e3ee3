import { describe, expect, it } from 'vitest';
import { lexiconDetectors } from '../../../src/text/detectors/rules/lexicons/index.js';
import { createTextContext } from '../../../src/text/context.js';

// Inputs that break naive scanners. Each must finish (time is checked by the benchmark, not
// here) and return spans inside the text.
const inputs: [string, string][] = [
  ['a 1 MB line of words', 'Emily Kowalski lives in Worcester '.repeat(32_000)],
  ['a 1 MB run of digits', '9'.repeat(1_000_000)],
  ['1 MB of repeated punctuation', '.-/'.repeat(350_000)],
  ['1 MB of one letter', 'a'.repeat(1_000_000)],
  ['many facility words', 'Hospital '.repeat(100_000)],
  ['many saints', 'St. '.repeat(200_000)],
  ['alternating initials', 'A. '.repeat(300_000)],
];

describe('lexicon detectors on adversarial input', () => {
  it.each(inputs)('%s: no crash, spans in bounds', (_what, text) => {
    const ctx = createTextContext(text);
    for (const d of lexiconDetectors) {
      const spans = d.detect(ctx);
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThan(s.end);
      }
    }
  });
});
