/**
 * Identifying numbers: SSNs (`123-45-6789`), and numbers after an identifier cue (MRN,
 * medical record #, unit number, account, accession, licence, serial/device, policy, member,
 * DEA/NPI, reference numbers), plus long unlabeled digit runs (7+ digits) and letter-digit
 * codes that look like record numbers.
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { eachMatch, mkSpan } from './_lib.js';

const SOURCE = 'rules/id';

const SSN = /(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-]|\.\d)/g;
const CUE =
  '(?:mrn|mr#|mr\\s?no|med(?:ical)?\\s{1,2}rec(?:ord)?(?:\\s{1,2}(?:number|num|no|#))?|hospital\\s{1,2}(?:number|no|#)|unit\\s{1,2}(?:number|no|num|#)|account|acct|acc(?:ession)?|accession\\s{1,2}(?:number|no|#)|license|licence|lic|serial|s\\/n|sn|device\\s{1,2}(?:id|number|no|serial)|policy|member\\s{0,1}id|member|subscriber|patient\\s{0,1}id|pt\\s{0,1}id|id|dea|npi|upin|ssn|social\\s{1,2}security(?:\\s{1,2}(?:number|no|#))?|claim|case|ref|reference|record|chart|specimen|lot|certificate|cert|plate|vin|badge|employee\\s{0,1}id)';
const CUED = new RegExp(
  `\\b${CUE}\\.?\\s{0,2}(?:(?:number|num|no)\\.?\\s{0,2})?(?:is\\s{1,2})?[:#=]?\\s{0,2}#?\\s{0,2}([A-Z0-9][A-Z0-9-]{2,24})(?![\\w-])`,
  'gi',
);
const LONG_DIGITS = /(?<![\w.,\/-])\d{7,}(?![\w.,\/-]|\s{0,2}(?:ml|cc|mg|mcg|units?|u|iu|cells|copies|\/))/gi;
const CODE = /(?<![\w-])(?:[A-Z]{1,3}-?\d{6,12}|\d{2,4}-\d{5,10}(?:-\d{1,6})?)(?![\w-])/g;

/**
 * Pattern detector for identifying numbers (type `ID`, source `rules/id`).
 *
 * @example
 * ```ts
 * idDetector.detect(createTextContext('MRN: 00123456')); // one span over 00123456
 * ```
 */
export const idDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['ID'],
  detect: ({ text }) => {
    const out: Span[] = [];
    eachMatch(SSN, text, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.95)));
    eachMatch(CUED, text, (m) => {
      const value = m[1]!;
      const digits = value.replace(/\D/g, '').length;
      if (digits < 2) return;
      const cue = m[0].slice(0, m[0].length - value.length);
      // weak cues need an explicit separator or several digits: "case 2" and "id 40" are not ids
      if (/^(?:id|case|record|chart|ref|lot|member|sn|lic|acc|plate|cert)\b/i.test(cue) && !/[:#]/.test(cue) && digits < 5) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - value.length, end, 'ID', SOURCE, 0.9));
    });
    eachMatch(LONG_DIGITS, text, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.6)));
    eachMatch(CODE, text, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.6)));
    return out;
  },
});
