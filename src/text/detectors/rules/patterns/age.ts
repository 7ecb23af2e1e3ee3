/**
 * Ages over 89: `92 yo`, `92 y/o`, `93-year-old`, `94 years old`, `age 94`, `aged 91`,
 * `in her 90s`, and a number opening a line or sentence before an age cue (`98 s/p hip fx`,
 * `93 F with CHF`, `91 female`). Percentages, doses and other numbers are left alone (`90%`, `90 mg`).
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
// number opening a line or sentence, then an age cue: "98 s/p hip fx" (line start only), "93 M with CHF"
const LEADING_AGE = new RegExp(
  `(?:^|\\n[ \\t]{0,8}|[.!?][ \\t]{1,3})(${OVER_89})[ \\t]{1,2}(?:s\\/p|y\\/o|yo\\b|[MF](?=[ \\t]{1,2}(?:with|w\\/|s\\/p|admitted|who|presents?|presenting|transferred|hx|h\\/o|pmh)\\b)|(?:year|yr)s?[ -]{1,2}old|(?:male|female|man|woman|gentleman|lady)\\b)`,
  'g',
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
    eachMatch(LEADING_AGE, text, (m) => {
      const start = m.index + m[0].indexOf(m[1]!);
      // mid-text "... 92 s/p suctioning" may be a saturation: "s/p" counts only at a line start
      if (/^[.!?]/.test(m[0]) && m[0].endsWith('s/p')) return;
      out.push(mkSpan(start, start + m[1]!.length, 'AGE', SOURCE, 0.85));
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
