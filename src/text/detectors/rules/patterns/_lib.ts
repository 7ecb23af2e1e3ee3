/**
 * Shared helpers of the pattern detectors: span construction and the word lists that context
 * rules use to decide where a name stops (common English words, clinical words and roles).
 *
 * @internal
 */
import { loadLexicon } from '../../../../allowlists/loadLexicon.js';
import { F_COMMON, F_PLACE_BLOCKED, lexiconData } from '../lexicons/_load.js';
import type { PhiType, Span } from '../../../types.js';
import { NAME_PARTICLE, PARTICLE_WORDS } from '../../_nameParticles.js';

/** Builds a span. */
export function mkSpan(start: number, end: number, type: PhiType, source: string, confidence: number): Span {
  return { start, end, type, source, confidence };
}

/**
 * Runs a global regex over `text` and calls `onMatch` for each match. The regex must have the
 * `g` (or `y`) flag and be linear. Empty matches advance by one to avoid looping.
 */
export function eachMatch(re: RegExp, text: string, onMatch: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    onMatch(m);
  }
}

/** Builds a case-insensitive word set from a whitespace-separated list. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
}

/**
 * Common English function and frequent words. A token in this set never starts or continues a
 * name found by context (e.g. "wife in to visit", "Dr. aware").
 */
export const COMMON_WORDS: ReadonlySet<string> = wordSet(`
a about above across after afternoon again against ago all almost alone along already also although always am among an and
another any anyone anything anyway are around as ask asked asking at away back bad be became because become been before began
being below beside best better between both brief briefly but by call called calling came can cannot come comes coming could
currently daily day days did do does doing done down during each early earlier either else enough even evening ever every
everyone everything few first for found from further gave get gets getting give given gives go goes going gone good got had
has have having he her here hers herself him himself his home how however i if in into is it its itself just last late
later least left less let like likely little long made make many may maybe me might more morning most much must my myself
near need needs never new next night no none nor not nothing now of off often on once one only onto or other others our out
over own past per perhaps please possible prior quite rather really right said same saw say says see seen seems several
she should since so some someone something sometimes soon still such take taken tell than thank thanks that the their them
themselves then there these they thing this those though through throughout thus time to today together told tomorrow too
took toward towards under until up upon us use used very via visit visited visiting visits want wanted was way we week weeks
well went were what when where whether which while who whom whose why will with within without would yesterday yet you your
re regarding including include includes
today tonight overnight noc shift am pm
`);

/**
 * Clinical and charting words that follow titles, relations and cue words in notes but are not
 * names ("MD aware", "wife at bedside", "spoke with team", "per protocol").
 */
export const CLINICAL_WORDS: ReadonlySet<string> = wordSet(`
aware notified informed updated paged page paging called call returned returning recommends recommended recommendation
recs ordered orders order following follow follows followed seeing saw evaluated eval evaluate examined consulted consult
consults note notes noted says states stated reports reported feels felt agrees agreed discussed discussion explained plan
plans planned wants wanted requested requests request present presents presented spoke speak speaking talked talk met
meeting visited visiting visit visits bedside phone telephone tele in-house house here there team teams service services
resident residents intern interns fellow fellows attending attendings staff nurse nurses nursing rn rns md mds np nps pa
doc docs doctor doctors physician physicians surgeon surgeons provider providers hospitalist hospitalists pcp
patient patients pt pts family families wife husband spouse son sons daughter daughters mother father mom dad brother
brothers sister sisters parents parent children child kids friend friends relative relatives proxy hcp nok guardian
ho micu sicu ccu csru ccru icu er ed or pacu floor unit ward rehab hospital clinic
ortho neuro cards cardiology renal gi id pulm pulmonary surgery surgical medicine medical psych psychiatry social work sw
case management cm pt ot speech swallow nutrition dietician pharmacy pharmacist rt respiratory therapy therapist
protocol sliding scale standing prn order orders
cardiac thoracic vascular transplant oncology onc heme hematology derm dermatology ent urology uro gyn ob obstetrics
anesthesia anesthesiology radiology rads ir ct mri echo ekg ecg cxr us
and or the of to at by for with from on in as
has had have is was were are be been being will would can could may might should shall
he she they him her them his hers their it its we us our you your i me my
not no yes ok okay well also still just again now then
sleeping awake alert oriented comfortable stable unchanged improved improving worse worsening
dc d/c discharge discharged admit admitted admission transfer transferred transfered
mr mrs ms miss dr drs
niece nephew aunt uncle cousin grandson granddaughter grandmother grandfather sibling siblings stepson stepdaughter
god lord jesus
vent vents check checked oob x-ray xray cxr scan
tonite tonight tmrw tmr tmw thx pls plz abt bc thru tho cuz lmk fyi asap btw idk ppl msg msgd txt txted appt appts
`);

/** True when `word` (any case) is a common English or clinical word, so cannot start a context name. */
export function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  return COMMON_WORDS.has(w) || CLINICAL_WORDS.has(w);
}

/**
 * True when `word` (any case) is a clinical abbreviation or charting word of the built-in allow
 * lists that is no everyday English word (`cont`, `pt`, `picc`, `svc`): never part of a name or
 * a place's name.
 */
export function isClinicalAbbreviation(word: string): boolean {
  const f = lexiconData().flagsOf(word.toLowerCase());
  return (f & F_PLACE_BLOCKED) !== 0 && (f & F_COMMON) === 0;
}

/** True for a word with an upper-case first letter (A–Z, or a capital of another script: `Ł`, `Ø`). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(word.codePointAt(0)!);
  return ch !== ch.toLowerCase();
}

/** True when the character code is a letter or digit (ASCII, or a letter of another script). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}|\p{M}/u;

/** How much a word looks like a name, from B2's lexicons and the stop lists above. */
export type WordClass = 'stop' | 'common' | 'common-surname' | 'common-name' | 'first' | 'surname' | 'unknown';

let lex: { first: ReadonlySet<string>; sur: ReadonlySet<string>; common: ReadonlySet<string> } | undefined;
const lexicons = (): { first: ReadonlySet<string>; sur: ReadonlySet<string>; common: ReadonlySet<string> } =>
  (lex ??= { first: loadLexicon('first-names'), sur: loadLexicon('surnames'), common: loadLexicon('common-words') });

/** True when `word` (any case) is in the first-name lexicon, everyday words such as `Bill` included. */
export function isFirstName(word: string): boolean {
  return lexicons().first.has(word.toLowerCase());
}

/** Credentials written after a clinician's name, as a regex alternation (match case-insensitively or in capitals). */
export const CREDENTIALS = 'RN|RRT|RT|NP|PA|MD|LICSW|LCSW|MSW|SW|PT|OT|CRNA|PharmD|LPN|CNS';
/** Credentials that are also clinical abbreviations in lower case (`pt`, `pa`, `md`): weak evidence of a name. */
export const AMBIGUOUS_CREDENTIAL = /^(?:rt|pa|pt|ot|sw|md|np|cns)$/;
let cities: ReadonlySet<string> | undefined;

/** True when `words` (any case, spaces between words) is a US place name in B2's city lexicon. */
export function isCityName(words: string): boolean {
  cities ??= loadLexicon('cities');
  return cities.has(words.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
}

/** {@link classifyWord} results by spelling: it depends on the word alone and runs for most candidate names. */
const classCache = new Map<string, WordClass>();
const CLASS_CACHE_MAX = 50_000;

/**
 * Classifies a word: `stop` (function/clinical word), `common` (everyday English word, not a
 * first name), `common-name` (everyday word that is also a first name: Hope, Will), `first`
 * (first name), `surname` (surname only), `unknown`.
 */
export function classifyWord(word: string): WordClass {
  let c = classCache.get(word);
  if (c === undefined) {
    if (classCache.size >= CLASS_CACHE_MAX) classCache.clear();
    c = classifyUncached(word);
    classCache.set(word, c);
  }
  return c;
}

/** A pronoun's contraction (`I'm`, `we're`, `they've`, `you'll`, `I'd`): a function word. */
const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|who|what|let)['’](?:m|re|ve|ll|d|s)$/;

function classifyUncached(word: string): WordClass {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (COMMON_WORDS.has(w) || CLINICAL_WORDS.has(w) || PRONOUN_CONTRACTION.test(w)) return 'stop';
  const lex = lexicons();
  if (/[^a-z0-9]/.test(w)) {
    // letters with accents or of other Latin alphabets are letters, no separators: "Guðrún" is
    // read as "gudrun", "José" as "jose" (not "gu run", "jos")
    const plain = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ðđ]/g, 'd').replace(/þ/g, 'th').replace(/[øǿ]/g, 'o').replace(/ł/g, 'l').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ß/g, 'ss').replace(/ı/g, 'i');
    if (plain !== w && /^[a-z0-9]+$/.test(plain)) return classifyWord(plain);
    // O'Connell → "o connell" (the lexicons' normal form), Stord-Painter → its parts
    const norm = (plain === w ? w : plain).replace(/[^a-z0-9]+/g, ' ').trim();
    if (norm === '') return 'unknown';
    if (!norm.includes(' ')) return classifyWord(norm);
    if (lex.sur.has(norm) || lex.sur.has(norm.replace(/ /g, ''))) return 'surname';
    if (lex.first.has(norm)) return 'first';
    // "Fa'amausili", "Ka'ahanui": one or two letters, an apostrophe, then the rest of one name
    // (Polynesian glottal stops); the short syllable is not the word "fa"
    if (/^[a-z]{1,2}['’][a-z]{3,}$/.test(w)) return classifyWord(w.replace(/['’]/, ''));
    const parts = norm.split(' ').filter((p) => p.length > 1);
    if (parts.length === 0) return 'unknown';
    // "Ji-an", "Su-a", "Seung-ju": a short syllable after a hyphen is part of a given name, not the word "an"
    const classes = parts.map((p, k) => (k > 0 && p.length <= 2 && w.includes('-') ? 'unknown' : classifyWord(p)));
    if (classes.some((c) => c === 'stop' || c === 'common' || c === 'common-surname')) return 'common';
    if (classes.every((c) => c === 'first' || c === 'surname')) return 'surname';
    return 'unknown';
  }
  const first = lex.first.has(w);
  if (lex.common.has(w)) return first ? 'common-name' : lex.sur.has(w) ? 'common-surname' : 'common';
  if (first) return 'first';
  if (lex.sur.has(w)) return 'surname';
  return 'unknown';
}

/**
 * How strong the cue before a candidate name is.
 * - `strong`: a title with its period (`Dr.`, `Mrs.`) or a `Name:` header: anything but a stop
 *   word or a plain common word is taken.
 * - `medium`: a family relation or a conversation cue (`wife`, `spoke with`): outside upper-case
 *   notes a capitalised non-common word; in upper-case notes only lexicon names.
 * - `weak`: `per`, `paged`, a role suffix (`RN`): only lexicon names that are not common words.
 */
export type CueStrength = 'strong' | 'medium' | 'weak';

/** Services and specialists named like people ("Nephrology", "Hepatologist", "Psychiatry", "Geriatrics"). */
export const SERVICE_WORD = /(?:ology|ologist|ologists|iatry|iatrist|iatrics|ics|ism)$/i;

/** True when `word` may be part of a name after a cue of the given strength. */
export function acceptsNameWord(word: string, strength: CueStrength, caseless: boolean): boolean {
  if (word.length < 2) return false;
  const cls = classifyWord(word);
  if (cls === 'stop') return false;
  const capital = isCapitalised(word);
  const allCaps = word === word.toUpperCase();
  if (strength === 'strong') return cls !== 'common';
  if (SERVICE_WORD.test(word)) return false; // "seen by Hepatology", "per Cardiology"
  if (!caseless) {
    if (!capital) return false;
    if (allCaps && word.length <= 5) return false; // acronyms in mixed-case notes
  }
  if (strength === 'medium') {
    if (caseless) return cls === 'first' || cls === 'surname';
    return cls !== 'common' && cls !== 'common-surname';
  }
  return cls === 'first' || cls === 'surname';
}

/** Particles of names (`de la`, `van der`, `St.`), lower case or capitalised. */
const PARTICLE = new RegExp(`(?:${PARTICLE_WORDS}|st\\.?|ste\\.?|mac)[ \\t]{1,2}`, 'iy');
export { NAME_PARTICLE };
/**
 * The end of a run of one to three particles starting at `i` that a capitalised word follows
 * (`da Hin`, `van der Berg`), or `i` when there is none.
 */
export function particleRun(text: string, i: number): number {
  let j = i;
  for (let n = 0; n < 3; n++) {
    PARTICLE.lastIndex = j;
    const m = PARTICLE.exec(text);
    if (!m) break;
    j += m[0].length;
    if (isCapitalised(text.slice(j, j + 2)) && /\p{L}/u.test(text[j + 1] ?? '')) return j;
  }
  return i;
}

/** Options of {@link takeName}. */
export interface TakeNameOptions {
  /** Most name words to take (initials count). */
  readonly maxWords: number;
  /** How strong the cue before the name is. */
  readonly strength: CueStrength;
  /** Capitalisation says nothing in this note (mostly upper or lower case). */
  readonly caseless: boolean;
}

/** A name word: letters of any script, with `'`, `’` and `-` inside (`O'Brien`, `Łukasz`, `Adebayo-King`). */
const NAME_WORD = /\p{L}[\p{L}\p{M}'’-]{0,30}/uy;

/**
 * Reads a name starting at `pos` (after up to 3 spaces): one to `maxWords` words, each a letter
 * run (apostrophes and hyphens inside) accepted by {@link acceptsNameWord}, or an initial (`J.`).
 * A lone initial is not a name. Where case says nothing, only the first word needs the cue: a later
 * everyday word, a clinical abbreviation, a contraction (`con't`) or a trailing bare initial
 * (`QUENBY W IMPROVED`) ends the name.
 *
 * @returns `[start, end]` of the name, or undefined when no name starts there
 */
export function takeName(text: string, pos: number, o: TakeNameOptions): [number, number] | undefined {
  let i = pos;
  let spaces = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t') && spaces < 3) {
    i++;
    spaces++;
  }
  let start = -1;
  let end = -1;
  let words = 0;
  let real = 0;
  let prevFirst = false;
  let afterParticle = false;
  /** The name's end before a trailing bare initial (no period), or -1. */
  let bareFrom = -1;
  while (words < o.maxWords) {
    NAME_WORD.lastIndex = i;
    const m = NAME_WORD.exec(text);
    if (!m) break;
    let w = m[0];
    while (w.endsWith('-') || w.endsWith("'") || w.endsWith('’')) w = w.slice(0, -1);
    const after = i + w.length;
    if (after < text.length && isWordCode(text.charCodeAt(after))) break; // glued to digits
    const isInitial =
      w.length === 1 && isCapitalised(w) && (text[after] === '.' || words > 0 || /^ {1,2}[A-Z][a-z]/.test(text.slice(after, after + 4)));
    // "Rouvin da Hin", "Pieter van der Berg", "Ayvaz St. Agliam": particles inside a name, before a capitalised word
    if (words > 0 && !isInitial) {
      const p = particleRun(text, i);
      if (p > i) {
        i = p;
        afterParticle = true;
        continue;
      }
    }
    // "mrs. Burns con't": the first half of a contraction is no name word; "DR QUENBY PICC IN
    // SVC": nor, after the name's first word, a clinical abbreviation (the cue vouches for the
    // first word, which may spell one: "Asa", "Pat")
    if (CONTRACTION_WORD.test(w) || (words > 0 && isClinicalAbbreviation(w))) break;
    if (!isInitial) {
      // after a first name, a word no lexicon knows is taken as the surname ("VIRGINIA SALLESE")
      const afterFirst = words > 0 && prevFirst && classifyWord(w) === 'unknown' && w.length >= 3;
      // after "van de", "da": the capitalised word is the surname whatever it means ("van de Pol")
      const particleSurname = afterParticle && classifyWord(w) !== 'stop';
      afterParticle = false;
      if (!afterFirst && !particleSurname && !acceptsNameWord(w, o.strength, o.caseless)) break;
      // where case says nothing, the cue vouches for the first word only: a later word that is an
      // everyday word does not extend the name ("MRS QUENBY FAIR" ends at QUENBY)
      if (words > 0 && o.caseless && !particleSurname && isEverydayWord(classifyWord(w))) break;
      if (words > 0 && !o.caseless && w === w.toUpperCase()) break; // "Smith MD"
      real++;
      prevFirst = classifyWord(w) === 'first';
    } else prevFirst = false;
    if (start < 0) start = i;
    bareFrom = isInitial && text[after] !== '.' ? end : -1;
    end = after;
    words++;
    let j = after;
    if (isInitial && text[j] === '.') {
      j++;
      end = j;
    }
    let k = j;
    let sp = 0;
    while (k < text.length && text[k] === ' ' && sp < 2) {
      k++;
      sp++;
    }
    if (sp === 0 || k >= text.length) break;
    i = k;
  }
  if (start < 0 || real === 0) return undefined;
  // "DR. QUENBY W IMPROVED": a bare capital after the name, no period, starts the next words
  if (words > 1 && bareFrom >= 0) end = bareFrom;
  return [start, end];
}

/** A word that ends in the `'t` of a contraction (`con't`, `DON'T`). */
const CONTRACTION_WORD = /^\p{L}+['’][tT]$/u;
const isEverydayWord = (cls: WordClass): boolean => cls === 'common' || cls === 'common-name' || cls === 'common-surname';

/** Initials: two or three capitals (`JV`, `RTV`, `ÇC`) or two or three dotted letters (`S.M.`, `B. V.`, `d.p.`). */
const INITIALS = /[ \t]{0,3}((?:\p{L}\.[ \t]?){2,3}|\p{Lu}{2,3})(?![\p{L}\d'’-])/uy;
/**
 * Initials right after a conversation cue ("d/w MP", "discussed with S.M."), in notes where case
 * carries meaning; everyday and clinical words (`AND`, `HO`) are not initials, and clinical
 * abbreviations (`ICU`, `GI`, `MD`) are dropped afterwards by the allow list.
 */
export function initialsAt(text: string, pos: number, caseless: boolean): [number, number] | undefined {
  // in notes written in capitals every short word looks like initials
  if (caseless) return undefined;
  INITIALS.lastIndex = pos;
  const m = INITIALS.exec(text);
  if (!m) return undefined;
  const letters = m[1]!.replace(/[.\s]/g, '');
  const cls = classifyWord(letters);
  if (!m[1]!.includes('.') && (cls === 'stop' || cls === 'common')) return undefined;
  let end = pos + m[0].length;
  while (text[end - 1] === ' ' || text[end - 1] === '\t') end--;
  return [end - m[1]!.trimEnd().length, end];
}

/**
 * Words of landscape and nature that make up places' own names (`Desert Springs`, `Sunrise
 * Mountain`, `Red Rock`, `Riverside`, `Twin Lakes`): before a facility word they name a place,
 * never a department or a kind of care.
 */
export const TOPOGRAPHIC_WORD =
  /^(?:desert|springs?|mountains?|valley|valleys|rock|rocks|river|rivers|riverside|riverview|lakes?|lakeside|lakeshore|lakeview|creek|ridge|hills?|hillside|hillcrest|park|parkside|oaks?|pines?|cedars?|maple|willows?|meadows?|meadowbrook|bay|bayside|bayou|harbou?r|shores?|seaside|coast|coastal|sunrise|sunset|sunny|canyon|mesa|prairie|plains|forest|woods?|woodland|glen|grove|heights|vista|summit|peak|crest|falls|island|islands|haven|brook|brookside|fields?|gardens?|heartland|horizon|twin|orchard|acorns?|aspen|sequoia|redwood|cypress|magnolia|palm|palms|everglades|timberline|highland|highlands|lowcountry|piedmont|tidewater|bluegrass|ozark|ozarks|sandhills|foothills|bluff|bluffs|dunes|marsh|pointe|basin|inlet|cove|fjord|glacier|lagoon|tundra)$/i;

/** A US state's name that is one word (`Texas`; states name streets and agencies: `Tennessee St`, `Minnesota Department of Health`). */
export const STATE_NAME = /^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|ohio|oklahoma|oregon|pennsylvania|tennessee|texas|utah|vermont|virginia|washington|wisconsin|wyoming)$/i;

/** Abbreviations that end in a full stop inside a facility's name (`St.`, `Mt.`, `Mass.`, `Univ.`, an initial): the stop ends no sentence. */
export const ABBREVIATION_IN_NAME = /^(?:st|ste|saint|mt|ft|mass|univ|gen|mem|med|ctr|hosp|inst|dept|n|s|e|w|\p{L})$/iu;
/** A medical specialty or its adjective (`Nephrology`, `Psychiatry`, `Pediatric`, `Orthopedics`): a department, not a place. */
export { SPECIALTY_WORD } from '../../_careKinds.js';
