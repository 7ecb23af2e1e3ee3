/**
 * Edge words that identify no one: after the union, a removed region gives back the words at
 * its edges that carry no identity, so `transferred from Calvert Hospital` reads
 * `transferred from ___ Hospital` and `son Rob called` reads `son ___ called`.
 *
 * Detectors (and name expansion and propagation) often take a name with the word that announced
 * it: a title or relation word before a name, a facility head after a place name, the `'s` of a
 * person's possessive; or grow a name into the first half of a contraction (`I DON'T`). Those
 * words say what kind of thing was removed (a rehab or a hospital, a son or a doctor), which
 * researchers need, and the word lists below hold only generic words, so giving them back
 * reveals nothing the `___` hid. Surrogate replacement keeps the same words
 * (`replace/surrogate/_vocabulary.ts`), and the PhysioNet yardstick's gold mostly marks
 * `Calvert` alone in `Calvert Hospital`.
 *
 * Only whole words at the edges are given back, only words on these lists, and only from
 * regions of the matching type; a region that would be left empty was only generic words and
 * is dropped, except a lone short title (`DR`, `MS`), which is more likely initials that spell
 * it. A word is read on the original text, so a head word broken by a zero-width character is
 * not recognised and stays removed (the safe direction).
 *
 * @module
 */
import type { MergedSpan } from './spans.js';
import { endsBeforeContraction } from './detectors/_contraction.js';
import { createNearMissIndex } from './detectors/nlp/_nearMiss.js';

/** Words before a name that identify no one: titles, relation words, greetings and `patient`. */
export const NAME_LEADING_WORDS: ReadonlySet<string> = new Set(
  (
    'dr drs doctor mr mrs ms miss mx prof professor rev reverend rabbi father pastor chaplain sister brother nurse ' +
    'wife husband son sons daughter daughters dtr mother father mom dad brother sister friend niece nephew aunt uncle cousin ' +
    'grandson granddaughter grandmother grandfather grandma grandpa spouse partner fiance fiancee boyfriend girlfriend ' +
    'neighbor neighbour stepson stepdaughter guardian caregiver roommate sibling patient ' +
    'señora senora señor senor sra srta mme mlle madame monsieur fr hi hey hello dear'
  ).split(' '),
);

const TITLES: ReadonlySet<string> = new Set('dr drs mr mrs ms mx fr'.split(' '));

/**
 * Generic heads of facility names that identify no place on their own (`Hospital`, `Medical
 * Center`, `Rehab`, `Nursing Home`). Given back only at the end of a HOSPITAL or LOCATION region,
 * so the distinctive part (`Calvert`, `Memorial`, `General`) is still removed.
 */
export const FACILITY_HEAD_WORDS: ReadonlySet<string> = new Set(
  (
    'hospital hospitals hosp medical med center centre ctr cntr clinic clinics rehab rehabilitation campus ' +
    'nursing home house health healthcare care hospice infirmary facility assisted living'
  ).split(' '),
);

/**
 * Departments and services written in lower case after a capitalised facility name (`Milford
 * Regional urgent care`, `Lahey epilepsy center`, `Cooley Dickinson transfer center`): the case
 * change ends the name, and the word names no place. Given back only at the end of a HOSPITAL
 * region that starts with a capital.
 */
const DEPARTMENT_TAIL: ReadonlySet<string> = new Set(
  'ed er ew icu ccu urgent emergency transfer epilepsy cardiology oncology radiology dialysis infusion lab labs pharmacy imaging cancer heart vascular stroke trauma burn sleep wound pain'.split(' '),
);

/** A person's role that ends a phrase read as a place: a `Health Care Proxy` is someone, not somewhere. */
const ROLE_TAIL: ReadonlySet<string> = new Set(['proxy', 'hcp']);

/**
 * Heads long enough that a typing slip (`HOSPIATAL`, `hospitol`, `Cennter`) is still read as the
 * head: the labeller's near-miss index (`_nearMiss.ts`) over these words.
 */
const slipHeads = createNearMissIndex([new Set(['hospital', 'medical', 'center', 'clinic', 'rehabilitation', 'infirmary', 'hospice'])]);

/**
 * Whether a lower-case word is a generic facility head ({@link FACILITY_HEAD_WORDS}) or one typing
 * slip from a long one (`hospiatal`, `cennter`, `hosptial`; the first letter kept).
 *
 * @param lower - the word in lower case
 * @returns true for a facility head
 */
export function isFacilityHead(lower: string): boolean {
  return FACILITY_HEAD_WORDS.has(lower) || (lower.length >= 6 && slipHeads.isNearMiss(lower));
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHE = /['’]/;

/**
 * Gives back the edge words of removed regions that identify no one (see the module doc):
 * the first half of a contraction ending any region (`DON` of `DON'T`, with a pronoun `I` before
 * it), titles and relation words at the start of a NAME region, facility heads at the end of a
 * HOSPITAL or LOCATION region (a region that is only facility words and a role, `Health Care
 * Proxy`, is dropped), and a possessive `'s` at the end of a NAME region (a place keeps
 * it: `St. Mary's`). A region left
 * with no word is dropped. Pure; the input is not modified.
 *
 * @param text - the original note the regions index
 * @param regions - merged regions (see {@link mergeSpans}), sorted and disjoint
 * @returns the trimmed regions, still sorted and disjoint
 * @example
 * ```ts
 * trimEdgeWords('from Calvert Hospital', [{ start: 5, end: 21, type: 'HOSPITAL', sources: ['x'], confidence: 1 }]);
 * // [{ start: 5, end: 12, type: 'HOSPITAL', sources: ['x'], confidence: 1 }]  ("Calvert")
 * ```
 */
export function trimEdgeWords(text: string, regions: readonly MergedSpan[]): MergedSpan[] {
  const out: MergedSpan[] = [];
  for (const r of regions) {
    const body = text.slice(r.start, r.end);
    const words: { start: number; end: number; lower: string }[] = [];
    for (const m of body.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
    if (words.length === 0) {
      out.push(r);
      continue;
    }
    let first = 0;
    let last = words.length - 1;
    let end = -1;
    // a person's possessive 's: the region ends "<word>'s" (a place keeps it: `St. Mary's`)
    const w = words[last]!;
    if (r.type === 'NAME' && last > 0 && w.lower === 's' && w.end === body.length && w.start >= 1 && APOSTROPHE.test(body[w.start - 1]!) && words[last - 1]!.end === w.start - 1) {
      end = w.start - 1;
      last--;
    }
    // the first half of a contraction (`DON'T`, `won't`), and the pronoun `I` before it
    if (last === words.length - 1 && endsBeforeContraction(text, r.start + words[last]!.end)) {
      last--;
      end = -1;
      if (last >= 0 && body.slice(words[last]!.start, words[last]!.end) === 'I') last--;
    }
    if (r.type === 'HOSPITAL' || r.type === 'LOCATION') {
      // `Health Care Proxy`: a role after facility words names no place at all
      if (last >= first && ROLE_TAIL.has(words[last]!.lower) && words.slice(first, last).every((w) => isFacilityHead(w.lower))) continue;
      const capitalised = r.type === 'HOSPITAL' && /^\p{Lu}/u.test(body);
      while (last >= first && (isFacilityHead(words[last]!.lower) || (capitalised && last > first && DEPARTMENT_TAIL.has(body.slice(words[last]!.start, words[last]!.end))))) {
        last--;
        end = -1;
      }
    }
    if (r.type === 'NAME') {
      while (first <= last && NAME_LEADING_WORDS.has(words[first]!.lower)) first++;
      // a lone short title is more likely initials that spell it (`Night float DR`, `d/w MS`)
      // (not a title with its full stop before a name: "chaplain Fr. Tadeusz", "Dr. Ruiz")
      if (first > last && first === words.length && words.length === 1 && words[0]!.lower.length <= 3 && TITLES.has(words[0]!.lower) && !/^\.[ \t]{1,2}\p{Lu}/u.test(text.slice(r.end, r.end + 4))) first = 0;
    }
    if (last < first) continue; // only generic words: nothing identifying was here
    const start = first === 0 ? r.start : r.start + words[first]!.start;
    const stop = end >= 0 ? r.start + end : last === words.length - 1 ? r.end : r.start + words[last]!.end;
    out.push(start === r.start && stop === r.end ? r : { ...r, start, end: stop });
  }
  return out;
}
