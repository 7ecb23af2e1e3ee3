/**
 * Cities and towns found with the US place-name lexicon, and street names without a house
 * number (`Main Street`, `on Elm St`).
 *
 * A multi-word city (`Grand Rapids`, `Fort Worth`) counts when it is capitalised (mixed-case notes)
 * or when one of its words is not an everyday word. A one-word city counts only with a place
 * cue before it (`lives in`, `from`, `to`, `near`) or a state after it (`Framingham, MA`), and
 * only when it is not an everyday word, a drug, an eponym or a US state or country (those are
 * not PHI).
 *
 * @module
 */
import { asScrubContext } from '../../../context.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { analyse, lexiconData, type LexToken } from './_load.js';
import { joined, longestMatch } from './_trie.js';

const SOURCE = 'rules/location-lexicon';

/** Words right before a place name. */
const PLACE_PREV: ReadonlySet<string> = new Set(
  'in from to near at of lives live living lived resides reside residing moved moving visiting outside nearby toward towards around'.split(' '),
);
/** The subset of {@link PLACE_PREV} that is specific enough when case says nothing (ALL CAPS notes). */
const PLACE_PREV_STRONG: ReadonlySet<string> = new Set('from near lives live living lived resides reside residing moved moving visiting nearby'.split(' '));
/** Verbs that make a following `in`/`to`/`at` a place cue in any case (`LIVES IN`, `MOVED TO`). */
const PLACE_VERBS: ReadonlySet<string> = new Set(
  'lives live living lived resides reside residing home moved moving returned returning flew flying drove driving vacation vacationing visiting stays staying nearby'.split(' '),
);
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'to', 'at', 'near']);
/** State names and postal codes that may follow a city (`Framingham, MA`, `Duluth Minnesota`). */
const STATE_NEXT: ReadonlySet<string> = new Set(
  ('al ak az ar ca co ct de dc fl ga hi ia id il ks ky la ma md mi mn mo ms mt nc nd ne nh nj nm nv ny oh ok or pa ri sc sd tn tx ut va vt wa wi wv wy ' +
    'mass conn penn calif fla alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana ' +
    'iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma ' +
    'oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming area county').split(' '),
);
/** Street suffixes written out in full, used without a house number (`Main Street`). */
const STREET_WORDS: ReadonlySet<string> = new Set('street avenue road boulevard lane drive terrace parkway highway turnpike'.split(' '));

function capitalised(t: LexToken): boolean {
  return t.shape === 'title' || t.shape === 'upper';
}

/**
 * Lexicon detector for cities, towns and street names (type `LOCATION`, source
 * `rules/location-lexicon`).
 *
 * @example
 * ```ts
 * locationLexiconDetector.detect(createTextContext('Her son lives in Worcester.')); // span over "Worcester"
 * ```
 */
export const locationLexiconDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['LOCATION'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const { mode, tokens } = analyse(ctx);
    const d = lexiconData();
    const out: Span[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.shape === 'other') continue;
      const prev = tokens[i - 1];
      const cues = mode === 'mixed' && t.shape !== 'lower' ? PLACE_PREV : PLACE_PREV_STRONG;
      const prev2 = tokens[i - 2];
      const hasPrevCue =
        prev !== undefined &&
        t.tok.start - prev.tok.end <= 3 &&
        (cues.has(prev.lower) || (PLACE_PREPS.has(prev.lower) && prev2 !== undefined && PLACE_VERBS.has(prev2.lower) && prev.tok.start - prev2.tok.end <= 3));
      const end = longestMatch(text, tokens, i, d.cities);
      if (end >= i) {
        const words = tokens.slice(i, end + 1);
        const next = tokens[end + 1];
        const last = words[words.length - 1]!;
        const gap = next === undefined ? '' : text.slice(last.tok.end, next.tok.start);
        // "Framingham, MA", "Duluth Minnesota"; a two-letter code must be upper case after a comma
        const stateNext =
          next !== undefined &&
          STATE_NEXT.has(next.lower) &&
          gap.length <= 3 &&
          !gap.includes('\n') &&
          (next.lower.length > 2 || (next.shape === 'upper' && gap.includes(',')));
        let ok = false;
        if (words.length > 1) {
          const caseOk = mode !== 'mixed' || words.every((w) => capitalised(w) || w.lower.length <= 3);
          const distinct = words.some((w) => !w.isCommon && !w.isPlaceBlocked);
          ok = caseOk && (distinct || hasPrevCue || stateNext) && !words.every((w) => w.isPlaceBlocked);
        } else if (!t.isPlaceBlocked && !t.isBlocked && !t.isCommon && t.lower.length >= 3) {
          const caseOk = mode !== 'mixed' || capitalised(t);
          ok = caseOk && (hasPrevCue || stateNext);
        }
        if (ok) {
          out.push({ start: t.tok.start, end: words[words.length - 1]!.tok.end, type: 'LOCATION', source: SOURCE, confidence: words.length > 1 ? 0.8 : 0.7 });
          i = end;
          continue;
        }
      }
      // "Elm Street", "on Main St": a street-name or name token before a full street word
      const n1 = tokens[i + 1];
      if (n1 && STREET_WORDS.has(n1.lower) && joined(text, t.tok.end, n1.tok.start) && !t.isPlaceBlocked) {
        const known = d.streets.has(t.lower) || ((t.isSurname || t.isFirst) && !t.isCommon);
        if (known && (mode !== 'mixed' || (capitalised(t) && capitalised(n1)))) {
          out.push({ start: t.tok.start, end: n1.tok.end, type: 'LOCATION', source: SOURCE, confidence: 0.75 });
          i++;
        }
      }
    }
    return out;
  },
});
