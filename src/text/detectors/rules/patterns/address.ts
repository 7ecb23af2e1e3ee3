/**
 * Street addresses and address parts: `123 Main St`, `45 Elm Street Apt 4B`, `Apt 4B`,
 * `Suite 200`, `P.O. Box 12` (`POB 12`), and zip codes in address context (after a state, `zip`, or a
 * `City, ST` pair). In upper-case text an abbreviated suffix that is also a clinical word
 * (`714 ELM ST`, `DR`, `CT`, `LN`) counts only after an address cue (`LIVES AT`, `HOME ADDRESS:`)
 * or before a suite, apartment or town, state and ZIP; `AVE`, `BLVD`, `PL` and the like always count. The town
 * right after a street (`, Springfield` or ` in Springfield`, up to a state) is reported too.
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { loadLexicon } from '../../../../allowlists/loadLexicon.js';
import { isMonthOrWeekday } from '../../_calendarWords.js';
import { CLINICAL_WORDS, STATE_NAME, classifyWord, isClinicalAbbreviation, isStopWord, mkSpan } from './_lib.js';
import { cue, cueStarts, eachCuedMatch, eachMatchFrom, tokenStarts, prepareScans, type StartOk, scanUnits } from './_scan.js';

const SOURCE = 'rules/address';

const SUFFIX_WORDS =
  'street|avenue|road|boulevard|drive|lane|court|place|terrace|circle|parkway|highway|square|way|turnpike|trail|alley|plaza|row|path|pike';
/** Kinds of street that are also clinical words in capitals (`2 DIVERTING LOOP`): title case only. */
const TITLE_SUFFIX_WORDS = `${SUFFIX_WORDS}|loop|cove|crossing|ridge|bend|hollow|landing|trace|concourse|causeway|expressway`;
const SUFFIX_ABBR = 'st|ave|av|rd|blvd|dr|ln|ct|pl|ter|terr|cir|pkwy|hwy|sq|tpke|trl';
/** `a|b` → `a|A|b|B` (title case) so the street regex can stay case-sensitive for the name. */
function withTitleCase(alts: string): string {
  return alts
    .split('|')
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
    .join('|');
}
// Title-case street names; upper-case names are accepted with a full suffix word only.
const STREET = new RegExp(
  `(?<![\\w./-])(\\d{1,6}[A-Za-z]?)\\s{1,3}((?:(?:NE|NW|SE|SW|[NSEW]\\.?|North|South|East|West)\\s{1,2})?(?:[A-Z][a-z'’]{1,24}|\\d{1,3}(?:st|nd|rd|th))(?:\\s{1,2}(?:[A-Z][a-z'’]{1,24}|(?:II|III|IV|VI|VII|VIII|IX|XI|XII)(?=\\s{1,2}[A-Z]))){0,3})\\s{1,2}(?:(${withTitleCase(TITLE_SUFFIX_WORDS)})|(${withTitleCase(SUFFIX_ABBR)})\\.?)(?:[ \\t](?:NE|NW|SE|SW|N|S|E|W)\\.?(?=[ \\t]{0,2}[,;\\n]))?(?![\\w])`,
  'g',
);
const STREET_UPPER = new RegExp(
  `(?<![\\w./-])(\\d{1,6}[A-Z]?)\\s{1,3}((?:[A-Z][A-Z'’]{1,24})(?:\\s{1,2}[A-Z][A-Z'’]{1,24}){0,3})\\s{1,2}(${SUFFIX_WORDS.toUpperCase()})(?![\\w])`,
  'g',
);
/** Upper-case street with an abbreviated suffix (`714 ELM ST`): only after an address cue. */
const STREET_UPPER_ABBR = new RegExp(
  `(?<![\\w./-])(\\d{1,6}[A-Z]?)\\s{1,3}((?:[A-Z][A-Z'’]{1,24})(?:\\s{1,2}[A-Z][A-Z'’]{1,24}){0,3})\\s{1,2}(${SUFFIX_ABBR.toUpperCase()})\\.?(?![\\w])`,
  'g',
);
/** Suffixes of a street named without a house number ({@link STREET_NAMED}). */
const NAMED_SUFFIX = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|parkway|pkwy|highway|hwy|terrace|turnpike|tpke|concourse|causeway|expressway';
/**
 * A street named without a house number after `on`, `off` or `at`: `a bakery on Charles St`,
 * `CVS on Pleasant St.`, `ON MAIN ST, MALDEN`. Each name word must be no clinical word or
 * abbreviation (`on EKG ST changes`, `on tele ST`).
 */
const STREET_NAMED = new RegExp(
  `\\b(?:on|off|at|ON|OFF|AT|On|Off|At)\\s{1,2}((?:(?:NE|NW|SE|SW|[NSEW])\\s{1,2})?(?:[A-Z][a-z'’]{1,24}|[A-Z]{2,24}|\\d{1,3}(?:st|nd|rd|th))(?:\\s{1,2}(?!(?:ON|OFF|AT|On|Off|At)\\b)(?:[A-Z][a-z'’]{1,24}|[A-Z]{2,24})){0,2})\\s{1,2}(${withTitleCase(NAMED_SUFFIX)}|${NAMED_SUFFIX.toUpperCase()})\\.?(?![\\w])`,
  'g',
);
const STREET_NAMED_CUE = cue('on off at');
/**
 * The same after more words of place (`near`, `along`, `down`, `across`, `via`, `to`, `from`, `of`,
 * `and`) or after `the` (`on the Redwood Rd route`, `the corner of Quill St and Main St`, `down
 * Pleasant Ave`): the suffix in title case only (`and Inferior ST changes` is no street).
 */
const STREET_NAMED_MORE = new RegExp(
  `\\b(?:(?:on|off|at|On|Off|At)[ \\t]{1,2}the|(?:near|along|down|up|across|via|to|from|of|and|Near|Along|Down|Up|Across|Via|To|From|Of|And)(?:[ \\t]{1,2}the)?)[ \\t]{1,2}((?:(?:NE|NW|SE|SW|[NSEW])[ \\t]{1,2})?(?:[A-Z][a-z'’]{1,24}|\\d{1,3}(?:st|nd|rd|th))(?:[ \\t]{1,2}[A-Z][a-z'’]{1,24}){0,2})[ \\t]{1,2}(${withTitleCase(NAMED_SUFFIX)})\\.?(?![\\w])`,
  'g',
);
const STREET_NAMED_MORE_CUE = cue('on off at near along down up across via to from of and');
/** A shop, then `on` and a street's name without its suffix (`Saybrook Pharmacy on Main`, `the diner on Lakeview`). `m[1]` the street. */
const SHOP_ON_STREET = /(?<=\b(?:[Pp]harmacy|PHARMACY|[Dd]rugs?|[Dd]rugstore|[Mm]arket|[Ss]tore|[Gg]rill|[Dd]iner|[Cc]af[eé]|[Bb]akery|[Dd]eli|[Ll]aundromat|[Gg]ym|[Mm]otel|[Bb]ank|[Ll]ibrary|[Ss]hop|[Ss]upermarket|[Gg]rocery|CVS|Walgreens|Rite[ -]Aid|PT|[Cc]linic|[Dd]ialysis|[Ii]maging)[ \t]{1,2})on[ \t]{1,2}([A-Z][a-z'’]{2,24}(?:[ \t][A-Z][a-z'’]{2,24})?)(?![\p{L}\d'’-])/gu;
const SHOP_ON_STREET_CUE = cue('on');
/** Holidays and words of a visit: when or what, not where (`pharmacy on Easter`, `Pharmacy on File`); months and weekdays are {@link isMonthOrWeekday}'s. */
const WHEN_OR_WHAT = /^(?:Christmas|Thanksgiving|Easter|Admission|Discharge|File|Call|Hold|Site)$/;
/** A compass quarter before a street's name (`NE 2nd Ave`). */
const COMPASS = /^(?:NE|NW|SE|SW|[NSEW])$/;
/** Words that do not name a street though everyday words do (`Main`, `Pleasant`, `Water`): determiners and pronouns. */
const NOT_A_STREET_NAME = /^(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|no|all|any|each|every|same|other|some)$/i;
/** Abbreviated suffixes no clinical note uses for anything else (`ST`, `DR`, `CT`, `LN`, `RD`, `SQ` are, and need a cue). */
const UNAMBIGUOUS_ABBR = /^(?:AVE|BLVD|PKWY|HWY|TPKE|TRL|TERR|PL)$/;
/** After an upper-case street: a suite or apartment, or a town, state and ZIP (`714 ELM ST, SUITE 2`, `714 ELM ST, DOVER, NH 03820`). */
const ADDRESS_AFTER = /^\s{0,2},?\s{0,2}(?:(?:SUITE|STE|APT|APARTMENT|UNIT|FL|FLOOR)\.?\s{0,2}#?\s{0,2}\w|#\s{0,2}\d|[A-Z][A-Z'’ -]{1,30},?\s{1,2}[A-Z]{2}\s{1,2}\d{5}\b)/;
/** Words before a house number that say an address follows ("lives at", "home address:"). */
const ADDRESS_CUE = /\b(?:lives|living|live|resides|residing|reside|address|addr|home|located|moved|staying)(?:\s{1,2}(?:at|to|is|on|in))?\s{0,2}[:\-]?\s{0,3}$/i;
/** After a street: the town (", Springfield" or " in Springfield"), one to three words. */
const TOWN_AFTER = /^(?:\s{0,2},\s{0,2}|\s{1,2}(?:in|IN)\s{1,2})((?:(?:St|ST|Mt|MT|Ft|FT)\.\s{1,2})?[A-Za-z][A-Za-z'’-]{1,24}(?:[ \t]{1,2}[A-Za-z][A-Za-z'’-]{1,24}){0,2})/;

/** A ZIP code right after a town. `m[1]` the ZIP. */
const ZIP_AFTER_TOWN = /^[ \t]{1,2}(\d{5}(?:-\d{4})?)(?![\w-]|[.,]\d)/;
/** A floor or a unit segment after a street, before the town: `, 2nd floor`, `, Apt 3B`, `, Rm 3`, ` #12`. */
const UNIT_SEGMENT = /^[ \t]{0,2},?[ \t]{0,2}(?:\d{1,3}(?:st|nd|rd|th)[ \t]{1,2}(?:floor|fl)\.?|(?:apt|apartment|unit|suite|ste|rm|room|fl|floor|lot|space|spc|trlr|trailer)\.?[ \t]{0,2}#?[ \t]{0,2}[A-Za-z0-9]{1,5}|#[ \t]{0,2}[A-Za-z0-9]{1,5})(?=[ \t]{0,2},)/i;
/** A lot or a space of a trailer park, or a unit, right after a street (`4419 S Cage Blvd Lot 17`, `Old Dadeville Hwy, Lot 9`). `m[1]` the lot. */
const LOT_AFTER = /^[ \t]{0,2},?[ \t]{0,2}((?:[Ll]ot|LOT|[Ss]pace|SPACE|[Ss]pc|[Tt]rlr|[Tt]railer|[Uu]nit|UNIT)\.?[ \t]{0,2}#?[ \t]{0,2}[A-Za-z]?\d{1,4}[A-Za-z]?)(?![\w-])/;
/** A room or unit right after a street (`1140 Jackson St #3`, `818 Clay St, Rm 3F`, `Parker Rd (unit #3B)`; a floor alone, `3rd fl`, is no address). `m[1]` its number. */
const ROOM_AFTER = /^[ \t]{0,2}[,(]?[ \t]{0,2}(?:#|(?:apt|apartment|unit|rm|room|ste|suite|bldg)\.?[ \t]{0,2}#?)[ \t]{0,2}([A-Za-z]?\d{1,4}[A-Za-z]?)(?![\w-])/i;
const UNIT = /\b(?:apt|apartment|suite|ste)\b\.?\s{0,2}#?\s{0,2}(\d{1,5}[A-Za-z]?|[A-Za-z]\d{1,4})(?![\w-])/gi;
const UNIT_STRONG = /^(?:apt|apartment|suite|ste)/i;
/** Words that open a unit, floor or building after a street, not a town. */
const UNIT_WORD = /^(?:suite|ste|apt|apartment|unit|floor|fl|room|rm|bldg|building|box)$/i;
const PO_BOX = /\b(?:P\.?\s{0,1}O\.?\s{0,2}Box|POB|Post\s{1,2}Office\s{1,2}Box)\s{0,2}#?\s{0,2}\d{1,7}\b/gi;
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Mass|Massachusetts|New\\s{1,2}York|California|Texas|Florida|Connecticut|Maine|Vermont|New\\s{1,2}Hampshire|Rhode\\s{1,2}Island';
/** After a town: a comma and a second place closing the address (a state, a ZIP, or the sentence's end after it). `m[1]` the place. */
const CITY_AFTER_NEIGHBOURHOOD = new RegExp(`^,[ \\t]{1,2}(\\p{Lu}[\\p{L}'’-]{1,24}(?:[ \\t]\\p{Lu}[\\p{L}'’-]{1,24}){0,2})(?=[ \\t]{0,2}(?:[.;)]|$|\\r?\\n|,?[ \\t]{1,2}(?:${STATES})\\b|[ \\t]{1,2}\\d{5}\\b))`, 'u');
const STATE_WORD = new RegExp(`^(?:${STATES})$`, 'i');
/** A state (and its ZIP) right after a town: `, WV 25701`, ` MA`. */
const STATE_AFTER_TOWN = new RegExp(`^,?[ \\t]{1,2}(?:${STATES})\\.?(?![\\p{L}\\d])`, 'u');
const ZIP = /(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])/g;
const ZIP_BEFORE = new RegExp(`(?:\\b(?:${STATES})\\.?,?\\s{1,3}|\\b[Zz][Ii][Pp](?:\\s{0,2}[Cc][Oo][Dd][Ee])?\\s{0,2}(?:[Ii][Ss]\\s{1,2})?[:#]?\\s{0,2})$`);
const HAS_STREET_WORD = new RegExp(`\\b(?:${TITLE_SUFFIX_WORDS}|${SUFFIX_ABBR})\\b`, 'i');

// Cues (see _scan.ts): the regexes run only around the tokens every match holds.
/** Street suffixes, full and abbreviated (every street match ends with one). */
const SUFFIX_CUE = cue(`${TITLE_SUFFIX_WORDS} ${SUFFIX_ABBR}`.replace(/\|/g, ' '));
/** The longest a street match runs before its suffix: number, direction, four name words, spaces. */
const STREET_BACK = 7 + 3 + 8 + 4 * 27 + 2;
const UNIT_CUE = cue('apt apartment suite ste');
/** A procedure room before a lower-case `suite` (`angio suite`, `endo suite`, `OR suite`): the room, not an address's unit. */
const PROCEDURE_ROOM_BEFORE = /\b(?:angio|endo|endoscopy|procedure|procedural|IR|OR|cath|operating|recovery|labor|delivery|birthing|hybrid|imaging|MRI|CT|radiology|infusion|dialysis|sleep|interventional|burn|EP|neuro-?IR)[ \t]{1,2}$/i;
const PO_CUE = cue('p po pob post');
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A house number starts a street match. */
const atHouseNumber: StartOk = (text, at) => isDigit(text.charCodeAt(at));

/**
 * A Canadian postal code (`R2X 2Z4`, `P7B 6V4`) or a British postcode (`LS8 5HP`, `SW1A 1AA`) after a
 * town, a province's code or a postcode label. `m[1]` the code.
 */
const POSTCODE =
  /(?:\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?,?[ \t]{1,2}|\p{Lu}\p{Ll}{2,24},?[ \t]{1,2}|\b(?:[Pp]ost(?:al)?[ \t]?[Cc]ode|[Pp]ostcode|POSTCODE|POSTAL[ \t]CODE)[ \t]{0,2}:?[ \t]{0,2})((?:[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]?\d[A-Z]\d)|(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}))(?![\w-])/gu;
/** A grid address, as Utah and Idaho write them: `1082 N 1200 W`, `355 East 400 South`. */
const GRID_ADDRESS = /\b\d{1,5}[ \t]{1,2}(?:[NSEW]|North|South|East|West)\.?[ \t]{1,2}\d{2,5}[ \t]{1,2}(?:[NSEW]|North|South|East|West)\b\.?/g;
/** A rural route and its box (`Rt. 2 Box 47A`, `RR 3 Box 112`, `Route 2, Box 47`, `HC 61 Box 20`). */
const RURAL_ROUTE = /\b(?:R\.?[ \t]?R\.?|Rural[ \t]{1,2}Route|Rt\.?|Rte\.?|Route|HC|H\.C\.|Star[ \t]{1,2}Route|RURAL[ \t]{1,2}ROUTE|RT\.?|RTE\.?|ROUTE)[ \t]{0,2}#?[ \t]{0,2}\d{1,4},?[ \t]{1,2}(?:Box|BOX|box)[ \t]{0,2}#?[ \t]{0,2}\d{1,5}[A-Za-z]?(?![\w-])/g;
const BOX_CUE = cue('box');
/**
 * A house number before a street whose kind comes first, in Spanish, Portuguese, Italian or French
 * (`1127 E Via Verde`, `450 Calle del Sol`, `12 Camino Real`, `8 Rue Lafayette`).
 */
const PREFIX_STREET =
  /(?<![\w./-])\d{1,6}[A-Za-z]?[ \t]{1,3}(?:[NSEW]\.?[ \t]{1,2})?(?:Via|Vía|Calle|Camino|Avenida|Paseo|Rue|Rua|Carrera|Callejón|Callejon|Circulo|Círculo)[ \t]{1,2}(?:(?:de|del|la|las|los|el|do|da|des)[ \t]{1,2}){0,2}\p{Lu}[\p{Ll}'’]{1,24}(?:[ \t]{1,2}\p{Lu}[\p{Ll}'’]{1,24}){0,2}/gu;
const PREFIX_STREET_CUE = cue('via vía calle camino avenida paseo rue rua carrera callejón callejon circulo círculo');
prepareScans(RURAL_ROUTE, PREFIX_STREET, GRID_ADDRESS, POSTCODE, PO_BOX, STREET, STREET_NAMED, STREET_NAMED_MORE, SHOP_ON_STREET, STREET_UPPER, STREET_UPPER_ABBR, UNIT, ZIP);
/**
 * Pattern detector for street addresses, apartment/suite numbers, P.O. boxes and zip codes
 * (type `LOCATION`, source `rules/address`). The house number and street name are reported
 * as one span.
 *
 * @example
 * ```ts
 * addressDetector.detect(createTextContext('lives at 12 Elm Street')); // one span over "12 Elm Street"
 * ```
 */
export const addressDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['LOCATION'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    const town = (end0: number, upper: boolean): void => {
      const lot = LOT_AFTER.exec(text.slice(end0, end0 + 24));
      if (lot) out.push(mkSpan(end0 + lot[0].length - lot[1]!.length, end0 + lot[0].length, 'LOCATION', SOURCE, 0.75));
      else {
        const room = ROOM_AFTER.exec(text.slice(end0, end0 + 24));
        if (room) {
          out.push(mkSpan(end0 + room[0].length - room[1]!.length, end0 + room[0].length, 'LOCATION', SOURCE, 0.75));
        }
      }
      // a floor or a unit between the street and the town (", 2nd floor,", ", Apt 3B,")
      const unit = UNIT_SEGMENT.exec(text.slice(end0, end0 + 40));
      const end = unit ? end0 + unit[0].length : end0;
      const t = TOWN_AFTER.exec(text.slice(end, end + 80));
      if (!t) return;
      const words = t[1]!.split(/\s+/);
      const townStart = end + t[0].length - t[1]!.length;
      let keep = 0;
      for (let k = 0, p = 0; k < words.length; k++) {
        const w = words[k]!;
        const at = t[1]!.indexOf(w, p);
        p = at + w.length;
        const bare = w.replace(/[.]$/, '');
        // a capitalised everyday or clinical word right before the state is the town all the same
        // ("1402 8th Ave, Huntington, WV 25701")
        const closedByState = /^\p{Lu}/u.test(bare) && STATE_AFTER_TOWN.test(text.slice(townStart + p, townStart + p + 24));
        // a suite or apartment after the street is no town (", Suite 2" is found as a unit)
        // (a capitalised everyday word before another opens a town of two words: "in Little Haiti", "Grand Rapids")
        const opensTown = k === 0 && /^\p{Lu}\p{Ll}/u.test(bare) && words[1] !== undefined && /^\p{Lu}\p{Ll}/u.test(words[1]) && !isStopWord(words[1].replace(/[.]$/, ''));
        if (STATE_WORD.test(bare) || UNIT_WORD.test(bare) || (isStopWord(bare) && !/^(?:st|mt|ft)$/i.test(bare) && !closedByState && !opensTown)) break;
        if (!upper && !/^[A-Z]/.test(bare)) break;
        keep++;
      }
      if (keep === 0) return;
      // the kept words are a prefix of the match: find where the last one ends
      const start = end + t[0].length - t[1]!.length;
      let stop = start;
      for (let k = 0, p = 0; k < keep; k++) {
        const at = t[1]!.indexOf(words[k]!, p);
        p = at + words[k]!.length;
        stop = start + p;
      }
      out.push(mkSpan(start, stop, 'LOCATION', SOURCE, 0.7));
      // a ZIP right after the town, with no state between (`, Tacoma 98409 -`)
      const zip = ZIP_AFTER_TOWN.exec(text.slice(stop, stop + 16));
      if (zip) out.push(mkSpan(stop + zip[0].length - zip[1]!.length, stop + zip[0].length, 'LOCATION', SOURCE, 0.8));
      // a neighbourhood, then the city closing the address ("Fox Point, Providence.", "Polish Hill, Pittsburgh 15219")
      const city = CITY_AFTER_NEIGHBOURHOOD.exec(text.slice(stop, stop + 60));
      if (city && !city[1]!.split(/[ \t]+/).some((w) => STATE_WORD.test(w) || isStopWord(w) || UNIT_WORD.test(w))) {
        out.push(mkSpan(stop + city[0].length - city[1]!.length, stop + city[0].length, 'LOCATION', SOURCE, 0.65));
      }
    };
    const street = (m: RegExpExecArray): void => {
      const words = m[2]!.split(/\s+/);
      // (a compass quarter is no stop word here, though `SW` is one elsewhere: social work)
      if (words.some((w) => isStopWord(w) && !/^(?:north|south|east|west|[nsew]|ne|nw|se|sw)\.?$/i.test(w))) return;
      // a number ending its line is no house number of the next line's words ("April 2, 2024\nDear Dr.")
      if (/\n/.test(m[0].slice(m[1]!.length, m[0].indexOf(m[2]!, m[1]!.length)))) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(m.index, end, 'LOCATION', SOURCE, m[3] ? 0.9 : 0.75));
      town(end, m[2] === m[2]!.toUpperCase());
    };
    // a street ends in a suffix with a house number a few tokens before it
    const tokens = scanUnits(ctx);
    const suffixes = cueStarts(ctx, SUFFIX_CUE, (i) => {
      for (let k = Math.max(0, i - 12); k < i; k++) if (isDigit(tokens[k]!.text.charCodeAt(0))) return true;
      return false;
    });
    if (suffixes === undefined ? HAS_STREET_WORD.test(text) : suffixes.length > 0) {
      eachMatchFrom(ctx, STREET, suffixes, STREET_BACK, street, atHouseNumber);
      eachMatchFrom(ctx, STREET_UPPER, suffixes, STREET_BACK, street, atHouseNumber);
      eachMatchFrom(ctx, STREET_UPPER_ABBR, suffixes, STREET_BACK, (m) => {
        const end = m.index + m[0].length;
        if (!UNAMBIGUOUS_ABBR.test(m[3]!) && !ADDRESS_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !ADDRESS_AFTER.test(text.slice(end, end + 40))) return;
        street(m);
      }, atHouseNumber);
    }
    const onStreetNamed = (m: RegExpExecArray): void => {
      const words = m[1]!.split(/\s+/);
      const upper = m[1] === m[1]!.toUpperCase();
      // every name word a name-like word; an upper-case name written all in capitals only where the
      // whole street is (`ON MAIN ST`), never a lone acronym in a mixed line (`on EKG ST changes`)
      // (a state names streets too: "on Tennessee St", "Pennsylvania Ave"; the allow list holds states)
      // (a compass quarter opens a street's name in capitals: "off NE 54th St")
      if (words.some((w) => !COMPASS.test(w) && (NOT_A_STREET_NAME.test(w) || CLINICAL_WORDS.has(w.toLowerCase()) || (isClinicalAbbreviation(w) && !STATE_NAME.test(w)) || (!upper && w === w.toUpperCase())))) return;
      if (upper && m[2] !== m[2]!.toUpperCase()) return;
      const end = m.index + m[0].length;
      // an upper-case ST, RD or LN is a street before a comma, a full stop or the line end only
      if (upper && /^(?:ST|RD|LN)$/.test(m[2]!) && !/^(?:\.|,|[ \t]*(?:\r?\n|$))/.test(text.slice(end, end + 3))) return;
      const start = end - m[0].length + m[0].indexOf(m[1]!, 2);
      out.push(mkSpan(start, end, 'LOCATION', SOURCE, 0.7));
      town(end, upper);
    };
    eachCuedMatch(ctx, STREET_NAMED, STREET_NAMED_CUE, 0, onStreetNamed);
    eachCuedMatch(ctx, STREET_NAMED_MORE, STREET_NAMED_MORE_CUE, 0, onStreetNamed);
    // a shop named by its street, no suffix: "Saybrook Pharmacy on Main", "the diner on Lakeview"
    eachCuedMatch(ctx, SHOP_ON_STREET, SHOP_ON_STREET_CUE, 0, (m) => {
      const words = m[1]!.split(/[ \t]+/);
      const streets = loadLexicon('streets');
      if (!words.every((w) => !isMonthOrWeekday(w) && !WHEN_OR_WHAT.test(w) && (streets.has(w.toLowerCase()) || classifyWord(w) === 'unknown'))) return;
      out.push(mkSpan(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, UNIT, UNIT_CUE, 0, (m) => {
      if (!UNIT_STRONG.test(m[0])) return;
      // a procedure room's suite and the time the patient got there (`pt to angio suite 0849`)
      if (m[0].startsWith('suite') && PROCEDURE_ROOM_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, PO_BOX, PO_CUE, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.9)));
    eachCuedMatch(ctx, RURAL_ROUTE, BOX_CUE, 24, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.85)));
    eachCuedMatch(ctx, PREFIX_STREET, PREFIX_STREET_CUE, 14, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.8)), atHouseNumber);
    eachMatchFrom(ctx, GRID_ADDRESS, tokenStarts(ctx, (t) => isDigit(t.text.charCodeAt(0))), 0, (m) => {
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.8));
    });
    eachMatchFrom(ctx, POSTCODE, tokenStarts(ctx, (t) => t.text.length >= 2 && t.text.length <= 4 && /^[A-Z]{1,2}\d/.test(t.text)), 40, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'LOCATION', SOURCE, 0.8));
    });
    eachMatchFrom(ctx, ZIP, tokenStarts(ctx, (t) => t.text.length === 5 && isDigit(t.text.charCodeAt(0))), 0, (m) => {
      if (!ZIP_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.85));
    });
    return out;
  },
});
