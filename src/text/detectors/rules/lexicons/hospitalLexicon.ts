/**
 * Hospitals and other facilities found with lexicons: the curated list of well-known US
 * hospitals and systems (`Mass General`, `BIDMC`), names before a facility word whose words
 * are in the name or place lexicons (`KOWALSKI NURSING HOME`, `Holy Family Manor`; the facility words are removed with the name),
 * and `St. <Name>'s` (`St. Elizabeth's`). Generic facilities (`the hospital`, `outside hospital`,
 * `community hospital`) are not reported.
 *
 * @module
 */
import { isKindOfCare } from '../../_careKinds.js';
import { asScrubContext } from '../../../context.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { analyse, lexiconData, type LexiconData, type LexToken, type CaseMode } from './_load.js';
import { joined, longestMatch } from './_trie.js';
import { ABBREVIATION_IN_NAME, SPECIALTY_WORD } from '../patterns/_lib.js';

const SOURCE = 'rules/hospital-lexicon';
const MAX_NAME_WORDS = 4;

/** Payers before a facility word name a benefit or a coverage, not a facility (`the Medicare hospice benefit`, `Medicaid nursing home`). */
const PAYER = /^(?:medicare|medicaid|medigap|tricare|masshealth|medi-cal|insurance)$/;

/** Greetings, message words and possessives before a department address it, they do not name it (`Hi Nephrology clinic team`, `FYI Cardiology Associates`, `Our clinic`). */
const GREETING = /^(?:hi|hello|hey|dear|thanks|thx|attn|fyi|re|cc|our|your|their|his|her|my)$/;

function eligible(t: LexToken, mode: CaseMode, d: LexiconData): 'generic' | 'distinct' | false {
  if (t.shape === 'other' || PAYER.test(t.lower) || GREETING.test(t.lower)) return false;
  // a specialty names a department, not a place ("Nephrology Clinic", "Cardiology Associates")
  if (SPECIALTY_WORD.test(t.lower)) return 'generic';
  if (d.facilityGeneric.has(t.lower)) return 'generic';
  if (d.facilityDistinctive.has(t.lower)) return mode === 'mixed' && t.shape === 'lower' ? false : 'distinct';
  if (t.isBlocked || t.lower.length < 2) return false;
  const named = t.isFirst || t.isSurname || t.isCity;
  if (mode === 'mixed') {
    if (t.shape === 'lower') return false;
    return !t.isCommon || named ? 'distinct' : false;
  }
  return !t.isCommon && (named || t.lower.length >= 4) ? 'distinct' : false;
}

/**
 * Lexicon detector for named facilities (type `HOSPITAL`, source `rules/hospital-lexicon`).
 *
 * @example
 * ```ts
 * hospitalLexiconDetector.detect(createTextContext('transferred from Kowalski Nursing Home')); // span over "Kowalski"
 * ```
 */
export const hospitalLexiconDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['HOSPITAL'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const { mode, tokens } = analyse(ctx);
    const d = lexiconData();
    const out: Span[] = [];
    let covered = -1; // last token index already reported
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // 1. curated names
      const known = longestMatch(text, tokens, i, d.hospitals);
      if (known >= i && i > covered) {
        out.push({ start: t.tok.start, end: tokens[known]!.tok.end, type: 'HOSPITAL', source: SOURCE, confidence: 0.9 });
        covered = known;
        i = known;
        continue;
      }
      // 2. <name words> <facility word>
      let head = longestMatch(text, tokens, i, d.facilityHeads, 4);
      // "Brief Hospital Course": a section, no place
      if (head >= i && tokens[head + 1]?.lower === 'course') head = -1;
      if (head >= i && i > 0) {
        let start = i;
        let distinct = false;
        for (let k = i - 1; k >= 0 && i - k <= MAX_NAME_WORDS && k > covered; k--) {
          const w = tokens[k]!;
          if (!joined(text, w.tok.end, tokens[k + 1]!.tok.start)) break;
          // a full stop ends a sentence ("Toprol XL. Hospital course") unless it closes an abbreviation ("St. Mary's")
          if (text.charCodeAt(w.tok.end) === 46 && !ABBREVIATION_IN_NAME.test(w.lower)) break;
          const e = eligible(w, mode, d);
          if (!e) break;
          if (e === 'distinct') distinct = true;
          start = k;
        }
        // trim generic words at the left edge ("the", "of")
        while (start < i && d.facilityGeneric.has(tokens[start]!.lower) && !distinct) start++;
        while (start < i && (tokens[start]!.lower === 'the' || tokens[start]!.lower === 'of' || tokens[start]!.lower === 'and')) start++;
        // a kind of care before the facility word names a department ("Bridge clinic", "Orthopaedic clinic")
        let kindOnly = start < i;
        for (let k = start; k < i && kindOnly; k++) kindOnly = isKindOfCare(tokens[k]!.lower);
        if (distinct && start < i && !kindOnly) {
          // the facility words belong to the name ("Kowalski Nursing Home" is removed whole)
          out.push({ start: tokens[start]!.tok.start, end: tokens[head]!.tok.end, type: 'HOSPITAL', source: SOURCE, confidence: 0.8 });
          covered = head;
        }
      }
      // 3. St. Mary's, Saint Vincent
      const n1 = tokens[i + 1];
      if ((t.lower === 'st' || t.lower === 'saint') && n1 && i + 1 > covered && joined(text, t.tok.end, n1.tok.start) && !(mode === 'mixed' && t.shape === 'lower')) {
        const nameOk = (((n1.isFirst || n1.isSurname) && !n1.isCommon) || d.facilityDistinctive.has(n1.lower)) && !n1.isBlocked && (mode !== 'mixed' || n1.shape !== 'lower');
        const possessive = /^['’]s\b/.test(text.slice(n1.tok.end, n1.tok.end + 3)) || /^s$/.test(tokens[i + 2]?.lower ?? '');
        if (nameOk && (possessive || mode !== 'mixed' || n1.shape === 'title')) {
          out.push({ start: t.tok.start, end: n1.tok.end, type: 'HOSPITAL', source: SOURCE, confidence: possessive ? 0.75 : 0.6 });
          covered = i + 1;
          i++;
        }
      }
    }
    return out;
  },
});
