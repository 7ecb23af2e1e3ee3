/**
 * Towns closing a place's name. Addresses and facilities are often written with their town
 * after a comma (`Jefferson Elementary, Kenosha`, `Northern Light EMMC Pulmonary, Bangor`,
 * `1820 Snake Mountain Rd, Addison.`), and a detector that found the facility or the street
 * leaves the town behind when nothing else marks it. This step adds a town the place lexicon
 * holds right after a detected facility, street or organisation, a comma and a space, when the
 * town closes the phrase (a line's end, punctuation, a number, or two spaces) (source
 * `scrub/town-after-place`). Pure: text and detected spans in, new spans out.
 *
 * @module
 */
import { loadLexicon } from '../allowlists/index.js';
import { onlyNewSpans } from './spans.js';
import type { PhiType, Span } from './types.js';

/** The source name of spans added for towns after a place. */
export const TOWN_AFTER_PLACE_SOURCE = 'scrub/town-after-place';
/** The source name of spans added for a facility's or an organisation's name before `of` and its town. */
export const NAME_BEFORE_TOWN_SOURCE = 'scrub/name-before-town';

const PLACE_TYPES: ReadonlySet<PhiType> = new Set(['HOSPITAL', 'LOCATION', 'OTHER']);
/**
 * After a place: up to two more capitalised words of its name (`Clinic`, `Pulmonary`, given back
 * as generic words), a comma and one space or two, then one to three capitalised words, then the
 * end of the phrase (a line's end, `:;,.|()`, a dash, two spaces or a number).
 */
const TOWN_AFTER = /^(?:[ \t]\p{Lu}[\p{Ll}'’-]{1,20}){0,2},[ \t]{1,2}(\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \t]\p{Lu}[\p{Ll}'’-]{1,20}){0,2})(?=[ \t]*(?:\r?\n|$)|[:;,.|()–—-]|[ \t]{2}|[ \t]\d)/u;

/** After a facility or an organisation: `of` and one or two capitalised words closing the phrase (`of Tolland`, `of Eureka Mills`). */
const TOWN_AFTER_OF = /^[ \t]of[ \t](\p{Lu}[\p{Ll}'’-]{2,20}(?:[ \t]\p{Lu}[\p{Ll}'’-]{2,20})?)(?=[ \t]*(?:\r?\n|$)|[:;,.|()–—-]|[ \t]{2}|[ \t](?:\d|dated|on|in|at|for|and|with|is|was|has|\()|[ \t]\p{Ll})/u;

/**
 * Spans over the towns the place lexicon holds that close a detected place's name after a comma,
 * and the towns after `of` that close a facility's or an organisation's name.
 *
 * @param text - the note
 * @param detected - the spans found so far
 * @param caseless - whether the note's case says nothing (ALL CAPS or all lower case): then no town is added
 * @param isAllowed - the allow list's verdict on `[start, end)` as a place (a state or a country after a town: `Garden City, Kansas`), or undefined for none
 * @returns new `LOCATION` spans, none over text already covered
 * @example
 * ```ts
 * townAfterPlaceSpans('Jefferson Elementary, Kenosha  262-555-0147', [{ start: 0, end: 20, type: 'OTHER', source: 'x', confidence: 1 }], false);
 * // → one LOCATION span over "Kenosha"
 * ```
 */
export function townAfterPlaceSpans(text: string, detected: readonly Span[], caseless: boolean, isAllowed?: (start: number, end: number) => boolean): Span[] {
  if (caseless) return [];
  const cities = loadLexicon('cities');
  const common = loadLexicon('common-words');
  const found: Span[] = [];
  for (const s of detected) {
    if (!PLACE_TYPES.has(s.type) || s.source === TOWN_AFTER_PLACE_SOURCE) continue;
    let m = TOWN_AFTER.exec(text.slice(s.end, s.end + 80));
    if (m === null || !cities.has(m[1]!.toLowerCase())) {
      // a facility's or an organisation's town after `of` (`Mercy Medical Center of Tolland`,
      // `First Lutheran Church of Liberty`): a town the lexicon holds, or a word no everyday-word list holds
      m = s.type === 'LOCATION' ? null : TOWN_AFTER_OF.exec(text.slice(s.end, s.end + 60));
      if (m === null || (!cities.has(m[1]!.toLowerCase()) && m[1]!.split(/[ \t]/).some((w) => common.has(w.toLowerCase())))) continue;
    }
    const start = s.end + m[0].length - m[1]!.length;
    if (isAllowed?.(start, start + m[1]!.length)) continue;
    found.push({ start, end: start + m[1]!.length, type: 'LOCATION', source: TOWN_AFTER_PLACE_SOURCE, confidence: 0.65 });
  }
  // each town once, none over covered text
  return onlyNewSpans(found, detected);
}

/**
 * Before `of`: one to four capitalised words of a name (`Good Samaritan`, `Women's Imaging`, `Steadfast
 * Occupational Health`), after a line's start or a word or mark that opens a name. `m[1]` the words.
 */
const NAME_BEFORE_OF =
  /(?:^|[\n(:;,"“]|[ \t](?:from|at|to|by|with|via|of|and|or|in)|^[ \t]*[-*•])[ \t]{0,3}((?:\p{Lu}[\p{Ll}'’&-]{1,20}[ \t]){0,3}\p{Lu}[\p{Ll}'’-]{1,20})[ \t]of[ \t]$/u;
/**
 * Words of a kind of care or service, naming no one facility (`Home Health of Round Top`, `Hospice of
 * Orrin County`): a name made of them alone says nothing once its town is removed.
 */
const GENERIC_SERVICE_WORD =
  /^(?:Home|Health|Healthcare|Care|Visiting|Nurses?|Nursing|Hospice|Services?|Medical|Clinic|Clinics|Imaging|Radiology|Pharmacy|Dialysis|Rehab|Rehabilitation|Urgent|Primary|Family|Medicine|Physical|Therapy|Behavioral|Mental|Public|Community|Senior|Adult|Day|Center|Centre|Hospital|Hospitals|Infirmary|Emergency|Ambulance|EMS|Fire|Rescue|Police|Department|Dept)$/;
/** Words that open no facility's name: titles of office, ranks and kinds of people, parts of a text (`Mayor of`, `History of`, `Chief of`). */
const NOT_A_NAME_WORD = /^(?:The|A|An|Mayor|Governor|Chief|Head|Director|President|Dean|Chair|Member|Resident|Residents|Native|Citizen|History|Part|Most|All|Some|One|Two|Each|Many|None|Outskirts|Edge|Center|Centre|North|South|East|West|Town|City|County|Village|State|Commonwealth|Province|Republic|Department|Dept|Division|Office|University|College|Bureau|Board)$/;

/**
 * Spans over the capitalised words of a facility's or an organisation's name written before `of`
 * and a detected town (`Good Samaritan of Penhallow`, `Women's Imaging of Riverbend`, `Steadfast
 * Occupational Health of Sorrel Springs`): a name of its own is written that way, and the town alone
 * leaves the name that locates the patient. Two words at least, not all of them words of a kind of
 * care (`Home Health of Round Top` names no one facility once its town is gone), none opening with a
 * word of office or of a text's parts (`Mayor of Boston`, `History of ...`); the town must already be
 * detected (source `scrub/name-before-town`).
 *
 * @param text - the note
 * @param detected - the spans found so far
 * @param caseless - whether the note's case says nothing: then nothing is added
 * @returns new `HOSPITAL` spans over the name and its `of`, none over text already covered
 * @example
 * ```ts
 * nameBeforeTownSpans('Films from Hear Well of Penhallow.', [{ start: 21, end: 30, type: 'LOCATION', source: 'x', confidence: 1 }], false);
 * // → one HOSPITAL span over "Hear Well of"
 * ```
 */
export function nameBeforeTownSpans(text: string, detected: readonly Span[], caseless: boolean): Span[] {
  if (caseless) return [];
  const found: Span[] = [];
  for (const s of detected) {
    if (!PLACE_TYPES.has(s.type) || s.source === NAME_BEFORE_TOWN_SOURCE || s.start < 5) continue;
    const from = Math.max(0, s.start - 110);
    const m = NAME_BEFORE_OF.exec(text.slice(from, s.start));
    if (m === null) continue;
    // the slice's start is the text's only when nothing was cut off before it
    if (m.index === 0 && from > 0 && !/^[\n(:;,"“ \t]/.test(m[0])) continue;
    const words = m[1]!.split(/[ \t]/);
    // two words at least, one of them naming this facility and no kind of care (`Home Health of` is generic)
    if (NOT_A_NAME_WORD.test(words[0]!) || words.length < 2 || words.every((w) => GENERIC_SERVICE_WORD.test(w))) continue;
    const start = from + m.index + m[0].length - m[1]!.length - 4;
    // the name and its `of`, not the space before the town
    found.push({ start, end: s.start - 1, type: 'HOSPITAL', source: NAME_BEFORE_TOWN_SOURCE, confidence: 0.6 });
  }
  return onlyNewSpans(found, detected);
}
