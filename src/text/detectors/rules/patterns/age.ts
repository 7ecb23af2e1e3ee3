/**
 * Ages over 89: `92 yo`, `92 y/o`, `93-year-old`, `94 years old`, `age 94`, `aged 91`,
 * `in her 90s`, and a number opening a line or sentence before an age cue (`98 s/p hip fx`,
 * `93 F with CHF`, `91 female`). Percentages, doses and other numbers are left alone (`90%`, `90 mg`).
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { mkSpan } from './_lib.js';
import { cue, eachCuedMatch, eachMatchFrom, tokenStarts, prepareScans, type StartOk } from './_scan.js';

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

// Cues (see _scan.ts): each regex runs only around the tokens every match holds.
/** The numbers 90-149 as whole tokens (LEADING_AGE: the number is followed by a space). */
const AGE_NUMBER_CUE = cue(Array.from({ length: 60 }, (_, i) => String(90 + i)).join(' '));
/** True when `w` opens with a number 90-149 (then no further digit). */
function opensOver89(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 === 57) return isDigit(w.charCodeAt(1)) && !isDigit(w.charCodeAt(2));
  return c0 === 49 && w.charCodeAt(1) >= 48 && w.charCodeAt(1) <= 52 && isDigit(w.charCodeAt(2)) && !isDigit(w.charCodeAt(3));
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const AGE_WORD_CUE = cue('age aged ages');
const DECADE_CUE = cue('90 90s nineties 100 100s 110 110s 120 120s 130 130s 140 140s');
const atLetter: StartOk = (text, at) => {
  const c = text.charCodeAt(at) | 32;
  return c >= 97 && c <= 122;
};

prepareScans(CUE_THEN_NUMBER, DECADE, LEADING_AGE, NUMBER_THEN_UNIT);
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
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    // a number 90-149 opens a token ("92", "92yo", "92F")
    const numbers = tokenStarts(ctx, (t) => opensOver89(t.text));
    eachMatchFrom(ctx, NUMBER_THEN_UNIT, numbers, 0, (m) => {
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'AGE', SOURCE, 0.95));
    });
    eachCuedMatch(ctx, LEADING_AGE, AGE_NUMBER_CUE, 9, (m) => {
      const start = m.index + m[0].indexOf(m[1]!);
      // mid-text "... 92 s/p suctioning" may be a saturation: "s/p" counts only at a line start
      if (/^[.!?]/.test(m[0]) && m[0].endsWith('s/p')) return;
      out.push(mkSpan(start, start + m[1]!.length, 'AGE', SOURCE, 0.85));
    });
    eachCuedMatch(ctx, CUE_THEN_NUMBER, AGE_WORD_CUE, 9, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.9));
    }, atLetter);
    eachCuedMatch(ctx, DECADE, DECADE_CUE, 18, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.8));
    }, atLetter);
    return out;
  },
});
