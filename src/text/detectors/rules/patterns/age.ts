/**
 * Ages over 89: `92 yo`, `92 y/o`, `93-year-old`, `94 years old`, `age 94`, `aged 91`,
 * `in her 90s`. Percentages, doses and other numbers are left alone (`90%`, `90 mg`).
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { eachMatch, mkSpan } from './_lib.js';

const SOURCE = 'rules/age';
const OVER_89 = '(?:9\\d|1[0-4]\\d)';

// number followed by an age unit
const NUMBER_THEN_UNIT = new RegExp(
  `(?<![\\w.,/-])(${OVER_89})(?:\\s{0,2}-\\s{0,2}|\\s{1,2})?(?:y\\/o|y\\.\\s?o\\.?|yo|yrs?\\.?(?:\\s{0,2}-?\\s{0,2}old)?|years?(?:\\s{0,2}-?\\s{0,2}old)?|yr\\.?\\s{0,2}-?\\s{0,2}old|y(?=\\s{0,2}(?:m|f|male|female|man|woman|w|gentleman|lady)\\b))(?![a-z])`,
  'gi',
);
// cue followed by the number
const CUE_THEN_NUMBER = new RegExp(
  `\\b(?:age|aged|ages|age\\s{1,2}of|at\\s{1,2}the\\s{1,2}age\\s{1,2}of)\\s{0,2}[:=]?\\s{0,2}(${OVER_89})(?![\\w.%]|\\s{0,2}(?:%|mg|kg|lbs?)\\b)`,
  'gi',
);
// decades: "in his 90s", "in her nineties"
const DECADE = /\b(?:in\s{1,2}(?:his|her|their)\s{1,2}(?:early\s{1,2}|mid\s{1,2}|late\s{1,2}|mid-)?)(90'?s|1[0-4]0'?s|nineties)\b/gi;

/**
 * Pattern detector for ages over 89 (type `AGE`, source `rules/age`). Only the number is
 * reported; the unit ("yo") is kept.
 *
 * @example
 * ```ts
 * ageDetector.detect(createTextContext('92 yo F, sat 90%')); // one span over 92
 * ```
 */
export const ageDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['AGE'],
  detect: ({ text }) => {
    const out: Span[] = [];
    eachMatch(NUMBER_THEN_UNIT, text, (m) => {
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'AGE', SOURCE, 0.95));
    });
    eachMatch(CUE_THEN_NUMBER, text, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.9));
    });
    eachMatch(DECADE, text, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.8));
    });
    return out;
  },
});
