/**
 * Places found by the words around them rather than by a lexicon of their own (type
 * `LOCATION`, source `rules/context-place`):
 * - regions smaller than a state: a compass word and a landform, capitalised or in capitals
 *   (`the Western Slope`, `NORTH SHORE`, `Upper Peninsula`, `South End`). Coasts are larger
 *   than a state and are kept (`East Coast`).
 * - a town and its place suffix (`Ashby Mill`, `Walnut Heights`): when the
 *   town is in the city lexicon, the suffix belongs to the name and is removed with it.
 * - employers: `works for X`, `employed by X`, `CEO of X`, `owner of X` (one to three words).
 * - residence: `lives in X`, `lives alone in X`, `resides in X`, `home in X` (one to three words).
 *
 * The words after an employer or residence cue stop at punctuation, at a function or clinical
 * word and at a generic word (`the city`, `a nursing home`, `senior housing`); in mixed-case
 * notes they must be capitalised. US states and countries are kept by the allow list.
 *
 * @module
 */
import { asScrubContext } from '../../../context.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { classifyWord, eachMatch, isCityName, isStopWord, mkSpan } from './_lib.js';

const SOURCE = 'rules/context-place';

const REGION =
  /\b(Eastern|Western|Northern|Southern|North|South|East|West|Upper|Lower|Central|EASTERN|WESTERN|NORTHERN|SOUTHERN|NORTH|SOUTH|EAST|WEST|UPPER|CENTRAL)\s{1,2}(Shore|Slope|Panhandle|Peninsula|Valley|Plains|Side|End|SHORE|SLOPE|PANHANDLE|PENINSULA|PLAINS)\b/g;

const PLACE_SUFFIX =
  /\b(?:Mills?|Heights|Springs|Falls|Hills|Village|Junction|Harbou?r|Shores|Crossing|Landing|MILLS?|HEIGHTS|SPRINGS|FALLS|HILLS|VILLAGE|JUNCTION|HARBOU?R|SHORES|CROSSING|LANDING)\b/g;
const TOWN_BEFORE = /([A-Za-z][A-Za-z'’]{2,30}(?:\s{1,2}[A-Za-z][A-Za-z'’]{2,30})?)\s{1,2}$/;

const EMPLOYER = /\b(?:works\s{1,2}(?:for|at)|working\s{1,2}(?:for|at)|worked\s{1,2}(?:for|at)|employed\s{1,2}(?:by|at)|employee\s{1,2}of|ceo\s{1,2}of|president\s{1,2}of|owner\s{1,2}of)\s{1,2}(?:the\s{1,2})?/gi;
const RESIDENCE = /\b(?:lives|living|resides|residing|home)\s{1,2}(?:alone\s{1,2}|by\s{1,2}(?:him|her)self\s{1,2}|with\s{1,2}(?:his|her)\s{1,2}[a-z]{3,12}\s{1,2})?in\s{1,2}/gi;
const WORD = /[A-Za-z][A-Za-z'’&-]{0,30}/y;

/** Words after an employer or residence cue that name a kind of place, not a particular one. */
const GENERIC =
  /^(?:city|town|state|county|government|federal|company|firm|business|family|himself|herself|themselves|school|college|university|hospital|church|home|house|apartment|apt|condo|condominium|senior|elderly|assisted|independent|living|housing|facility|nursing|group|shelter|building|area|community|country|countryside|suburbs?|neighborhood|neighbourhood|region|place|retirement|mobile|trailer|basement|room|unit|farm|military|army|navy|police|fire|department|post|office|store|restaurant|bank|factory|construction|plant|mill|airline|railroad|local|private|public|same|new|own|small|large|big|rural|downtown|nearby|years?|months?|weeks?|days?|now|currently|still|full|part|time|[a-z]{1,2})$/i;

/**
 * Pattern detector for places named by their context (type `LOCATION`).
 *
 * @example
 * ```ts
 * contextPlaceDetector.detect(createTextContext('on vacation on the Western Slope')); // span over "Western Slope"
 * ```
 */
export const contextPlaceDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['LOCATION'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    const upper = ctx.isMostlyUpperCase;
    const lower = ctx.isMostlyLowerCase;

    eachMatch(REGION, text, (m) => {
      const a = m[1]!;
      const b = m[2]!;
      const caps = a === a.toUpperCase();
      // capitals only in an upper-case note, and both words in the same case
      if (caps !== (b === b.toUpperCase()) || (caps && !upper)) return;
      if (/^(?:Side|End)$/.test(b) && /^(?:Upper|Lower)$/.test(a)) return; // "upper end" of a range
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });

    eachMatch(PLACE_SUFFIX, text, (m) => {
      const b = TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 66), m.index));
      if (!b) return;
      const town = b[1]!;
      const last = town.split(/\s+/).pop()!;
      const townStart = isCityName(town) ? m.index - b[0].length : isCityName(last) ? m.index - b[0].length + b[0].lastIndexOf(last) : -1;
      if (townStart < 0) return;
      const first = text[townStart]!;
      if (!ctx.isCaseless && !/[A-Z]/.test(first)) return;
      if ((m[0] === m[0].toUpperCase()) !== (text.slice(townStart, m.index).trim() === text.slice(townStart, m.index).trim().toUpperCase())) return;
      out.push(mkSpan(townStart, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });

    const takeWords = (pos: number, confidence: number): void => {
      let end = -1;
      let p = pos;
      for (let k = 0; k < 3; k++) {
        WORD.lastIndex = p;
        const w = WORD.exec(text);
        if (!w) break;
        const word = w[0].replace(/['’]s$/i, '');
        if (isStopWord(word) || GENERIC.test(word)) break;
        const cls = classifyWord(word);
        if (upper || lower) {
          // caseless note: any word that is not a function, clinical or generic word
          if (cls === 'stop') break;
        } else if (!/^[A-Z]/.test(word)) break;
        end = p + w[0].length;
        // next word: one or two spaces on the same line
        const gap = /^[ \t]{1,2}(?=[A-Za-z])/.exec(text.slice(end, end + 3));
        if (!gap) break;
        p = end + gap[0].length;
      }
      if (end > pos) out.push(mkSpan(pos, end, 'LOCATION', SOURCE, confidence));
    };
    eachMatch(EMPLOYER, text, (m) => takeWords(m.index + m[0].length, 0.6));
    eachMatch(RESIDENCE, text, (m) => takeWords(m.index + m[0].length, 0.6));
    return out;
  },
});
