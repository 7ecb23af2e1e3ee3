import { DeidError } from '../errors.js';
import { readTextFile } from '../_lib/_platform.js';
import type { PhiType } from '../text/types.js';
import { normaliseEntry } from './_normalise.js';
import { parseAllowlistLines, type ParsedEntry } from './_parse.js';
import { ALLOW_ALL_TYPES, ALLOW_BLOCK_BITS, ALLOW_CONTEXTS, allowApplies, allowTypeBit, compiledLexicons } from './_compiled.js';
import { afterKin, afterNameGiven, afterTitle, bareHyphenatedEponym, listedWithEponyms, markerWithSign, typistAfterCredential, nameCompoundInUse, initialsBeforePager, initialsSigningOff, languageOrPeopleInUse, religionInUse, serviceOrDayNotName, beforeRelation, bracketedAfterMeasure, drugInUse, vendorModelInUse, enclosingPhrases, eponymInUse, nameCueBefore, facilityAfterMove, followedByEponymCue, initialsInRole, inNameContext, isChatSender, inDictationFooter, usedAsTown } from './_spanContext.js';
import { loadLexicon } from './loadLexicon.js';

/**
 * A set of terms that are not PHI (medical eponyms, drugs, clinical abbreviations, or the
 * permitted values of a structured column). Matching is on the **whole** text, ignoring case,
 * punctuation and spacing (`"Parkinson's"` matches the entry `parkinson s`), and a trailing
 * possessive (`"Foley's"` matches `foley`).
 */
export interface Allowlist {
  /**
   * True when the whole of `text` is an unconditional entry that applies to `type` (every type
   * when omitted). Context-dependent entries (`# context: eponym|word`) never match here: use
   * {@link Allowlist.hasSpan} for those.
   */
  has(text: string, type?: PhiType): boolean;
  /**
   * True when the span `[start, end)` of `note` may be kept: its whole text is an entry for
   * `type`, it does not follow a personal title (`Dr. Foley` is a name), and a
   * context-dependent entry's condition holds (an eponym is followed by a cue
   * such as `sign` or `disease`; a word such as `May` or `Bill` is not used as a name, e.g. not
   * after `daughter` or `Dr`).
   */
  hasSpan(note: string, start: number, end: number, type?: PhiType, options?: SpanCheckOptions): boolean;
  /** Number of distinct entries. */
  readonly size: number;
}

/** Options of {@link Allowlist.hasSpan}. */
export interface SpanCheckOptions {
  /**
   * The span's word was found as a person's name elsewhere in the same note (the scrubber sets
   * this for the other occurrences it repeats a name onto): entries that hold only outside a
   * name's context (`# context: word`, such as `May`, `Hope`, `Bill`) do not apply.
   */
  readonly nameInNote?: boolean;
}

function keysOf(text: string): string[] {
  const key = normaliseEntry(text);
  if (key === '') return [];
  // a trailing possessive: "parkinson s" -> also try "parkinson"
  return key.endsWith(' s') ? [key, key.slice(0, -2)] : [key];
}

/**
 * True when `text` holds two to five words, `allowed` accepts at least two of them and every
 * other one is an abbreviation of at most three capitals (`Ham TA Gastroc`), or one of them
 * and the rest are a device's model (`Dexcom G6`). Commas between the words are allowed
 * (`Tongan, Samoan, Marshallese`), and so are hyphens (`Ilocano-speaking`).
 */
function everyWordAllowed(text: string, allowed: (key: string) => boolean): boolean {
  const words = text.split(/[\s-]+/).filter((w) => w !== '');
  if (words.length < 2) return false;
  // a long run: a list of items, or a sentence of allowed words only ("desde la semana pasada estoy tomando la")
  if (words.length > 5) return listAllowed(text, allowed) || (words.length <= 16 && words.every((w) => { const k = normaliseEntry(w); return k !== '' && !k.includes(' ') && allowed(k); }));
  let listed = 0;
  let models = 0;
  for (const w of words) {
    const key = normaliseEntry(w);
    if (key !== '' && !key.includes(' ') && allowed(key)) listed++;
    // a device's model after its maker ("Dexcom G6"): no person's name has one
    else if (/^[A-Z]{1,2}\d{1,2}$/.test(w)) models++;
    else if (!/^[A-Z]{1,3}$/.test(w)) return false;
  }
  return listed >= 2 || (listed === 1 && models > 0 && words.length === listed + models);
}

/**
 * True when `text` is a list of `fewest` (default three) to twelve items separated by commas
 * (`Amharic, Tigrinya, Yoruba, Igbo, Hmong, Tamil`), each of one or two words, and `allowed`
 * accepts every word of every item, except, in a list of three or more, one item of one word: a
 * list of languages, drugs or devices, with at most one item no list holds.
 */
function listAllowed(text: string, allowed: (key: string) => boolean, fewest = 3): boolean {
  const items = text.split(/[ \t]{0,2},[ \t]{0,2}(?:and[ \t]{1,2}|or[ \t]{1,2})?/).map((i) => i.trim()).filter((i) => i !== '');
  if (items.length < fewest || items.length > 12) return false;
  // with two items, both must be listed
  const spare = items.length >= 3 ? 1 : 0;
  let unlisted = 0;
  for (const item of items) {
    const words = item.split(/[\s-]+/);
    if (words.length > 2) return false;
    if (words.every((w) => { const k = normaliseEntry(w); return k !== '' && !k.includes(' ') && allowed(k); })) continue;
    if (words.length > 1 || ++unlisted > spare) return false;
  }
  return true;
}

/** `speaks`, `speaking`, `speaks only` right before a word: what follows is a language. */
/**
 * Heads after a town that make it the name of a published rule, a classification or a disease, never a place
 * (`Gilbert syndrome`, `Atlanta classification`); not a scale, score or protocol, which a hospital may name after its own town
 * (`per the Salem protocol`).
 */
/**
 * A negation right before a span, or before a list of capitalised items that ends right before it
 * (`no `, `No Li-Fraumeni, Cowden or `, `without `, `negative for `): what follows is a finding
 * denied, never a person, a town or a hospital.
 */
const NEGATED_BEFORE =
  /(?:^|[^\p{L}])(?:no|No|NO|without|Without|w\/o|negative[ \t]for|Negative[ \t]for|neg[ \t]for)[ \t]{1,2}(?:\p{Lu}[\p{L}'’-]{0,24}(?:[ \t]\p{L}[\p{L}'’-]{0,24})?(?:,|[ \t](?:or|and|nor|&))[ \t]{1,2}){0,4}$/u;

const CITY_EPONYM_AFTER = /^(?:['’]s)?[ \t]{1,2}(?:[Ss]yndrome|[Dd]isease|[Ss]ign|[Cc]riteria|[Cc]lassification|[Gg]uidelines|[Ww]orkshop|[Rr]ules|[Cc]onsensus|[Dd]efinition|[Ss]taging|(?:II|III|IV|I[A-E])[A-ES]?(?![\p{L}]))(?![\p{L}])/u;
/** Before `Milan`: a tumour burden measured against the transplant criteria (`within`, `beyond`, `exceeds`). */
const MILAN_BEFORE = /\b(?:within|beyond|outside|exceeds?|exceeding|exceeded|meets?|meeting|met|inside|by)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;
/** A town, or the first word of a town of two words (`Ann` of `Ann Arbor IIIS`), before a rule's or a stage's head. */
function cityNamingARule(note: string, start: number, end: number): boolean {
  // a tumour inside or beyond the Milan criteria for a liver transplant (`within Milan`, `beyond Milan`)
  if (/^milan$/i.test(note.slice(start, end)) && MILAN_BEFORE.test(note.slice(Math.max(0, start - 24), start))) return true;
  const cities = loadLexicon('cities');
  if (cities.has(note.slice(start, end).toLowerCase()) && CITY_EPONYM_AFTER.test(note.slice(end, end + 30))) return true;
  const next = /^[ \t](\p{Lu}\p{Ll}{2,20})/u.exec(note.slice(end, end + 24));
  if (next === null) return false;
  const e2 = end + next[0].length;
  return cities.has(note.slice(start, e2).toLowerCase()) && CITY_EPONYM_AFTER.test(note.slice(e2, e2 + 30));
}
/** After a language or a people: `-speaking`, `-born`, or a word for an interpreter (`Karen interpreter`). */
const LANGUAGE_AFTER = /^(?:-(?:speaking|speaker|born)\b|[ \t]{1,2}(?:interpreter|interpretation|translator|speaker|speaking)\b)/i;
/** A span opening with the verb of speaking (`Speaks Ilocano`): a language, read with its verb. */
const SPEAKS_FIRST = /^(?:[Ss]peaks|[Ss]peaking)[ \t]{1,2}\p{Lu}\p{Ll}{2,20}$/u;
const SPEAKS_BEFORE = /\b(?:speaks|speak|speaking|spoke)(?:[ \t]{1,2}(?:only|mostly|mainly|some|little|fluent))?[ \t]{1,2}$/i;

/** After `rehab`: what the word means as an activity (`rehab potential`, `rehab goals`), never a facility's. */
const REHAB_ACTIVITY_AFTER = /^[ \t]{1,2}(?:potential|prognosis|goals?|candidate|needs|plan)\b/i;
/** A street: a name, then its kind (`Tennessee St`, `Pennsylvania Avenue`). */
const NAMED_STREET = /^\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]\p{Lu}[\p{L}'’-]{1,24}){0,2}[ \t]{1,2}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Hwy|Highway|Ter|Terrace)\.?$/u;
/** Context blocks of an allow mask (see `_compiled.ts`). */
const ANY = 0;
const EPONYM = 1;
const WORD = 2;

/**
 * An allow list over a look-up from normalised key to allow mask (every rule of the key: one
 * block of type bits per context). User lists use a map, the built-in one the compiled table.
 */
function fromMasks(maskOf: (key: string) => number, size: () => number): Allowlist {
  const has = (text: string, type?: PhiType): boolean => {
    if (typeof text !== 'string') return false;
    for (const k of keysOf(text)) if (allowApplies(maskOf(k), ANY, type)) return true;
    return false;
  };
  const hasSpan = (note: string, start: number, end: number, type?: PhiType, options?: SpanCheckOptions): boolean => {
    if (typeof note !== 'string' || !(start >= 0 && end <= note.length && start < end)) return false;
    // a title or a role decides: "Dr. Foley" and "Attending: MG" are persons though "Foley" and "MG" are allow-listed
    if ((type === undefined || type === 'NAME') && (afterTitle(note, start) || initialsInRole(note, start, end) || beforeRelation(note, end) || isChatSender(note, start, end) || inDictationFooter(note, start, end) || afterKin(note, start, end) || afterNameGiven(note, start) || initialsBeforePager(note, start, end) || initialsSigningOff(note, start, end) || typistAfterCredential(note, start, end))) return false;
    // "discharged to SAH": a facility's initials after a move, though "SAH" is an abbreviation
    if (type === 'HOSPITAL' && facilityAfterMove(note, start, end)) return false;
    // "on Tennessee St", "Pennsylvania Ave": a street named after a state or an allowed word is a street
    if (type === 'LOCATION' && NAMED_STREET.test(note.slice(start, end))) return false;
    // "lives in Salem", "Temple, TX": a town, though "Salem" and "Temple" are allow-listed; only an
    // entry that is a place and never a name (a state, a country: "moved from Peru") still applies
    const town = type !== 'DATE' && type !== 'AGE' && usedAsTown(note, start, end);
    // (a place and nothing else: a state or a country; a phrase of several words, such as a state's name)
    // (a town with its state code and ZIP after it is a town, though a country has its name: `Jamaica, NY 11432`)
    const townWithZip = town && /^,?[ \t]{1,2}[A-Z]{2}[ \t]{1,2}\d{5}(?!\d)/.test(note.slice(end, end + 16));
    const placeOnly = (mask: number, key: string): boolean => !townWithZip && allowApplies(mask, ANY, 'LOCATION') && (key.includes(' ') || !allowApplies(mask, ANY, 'OTHER'));
    for (const k of keysOf(note.slice(start, end))) {
      const mask = maskOf(k);
      if (mask === 0) continue;
      if (town) {
        if (placeOnly(mask, k)) return true;
        continue;
      }
      if (allowApplies(mask, ANY, type)) return true;
      if (allowApplies(mask, EPONYM, type) && followedByEponymCue(note, end)) return true;
      if (allowApplies(mask, WORD, type) && options?.nameInNote !== true && !inNameContext(note, start, end)) return true;
    }
    // a language, by the verb before it: "speaks Karen and Burmese" (one speaks with a person); the
    // verb read into the span at a sentence's start ("Speaks Ilocano and English")
    if ((type === 'NAME' || type === 'LOCATION') && !town && (SPEAKS_BEFORE.test(note.slice(Math.max(0, start - 24), start)) || SPEAKS_FIRST.test(note.slice(start, end)))) return true;
    // a word alone in brackets after a score or a clinical word: "Danger Assessment (Campbell)", "balloon tamponade (Bakri)"
    if (type === 'NAME' && !town && options?.nameInNote !== true && bracketedAfterMeasure(note, start, end, (w) => allowApplies(maskOf(w), ANY, undefined) || allowApplies(maskOf(w), WORD, undefined))) return true;
    // a test in a list of tests or scores: "Braden 13; Norton 12", "Tinetti and Berg deferred"
    if (type === 'NAME' && !town && options?.nameInNote !== true && !nameCueBefore(note, start) && listedWithEponyms(note, start, end, (w) => keysOf(w).some((k) => allowApplies(maskOf(k), ANY, 'NAME') || allowApplies(maskOf(k), EPONYM, 'NAME')))) return true;
    // a scanner's or implant's maker and model: "Siemens MAGNETOM Vida", "Abbott Assurity"
    if ((type === 'NAME' || type === 'LOCATION' || type === 'HOSPITAL') && !town && !afterTitle(note, start) && vendorModelInUse(note, start, end)) return true;
    // a language or a people, by what follows it: "Karen-speaking", "Irish-born", "Karen interpreter"
    if ((type === 'NAME' || type === 'LOCATION' || type === 'HOSPITAL') && !town && !afterTitle(note, start) && LANGUAGE_AFTER.test(note.slice(end, end + 16))) return true;
    if ((type === 'NAME' || type === 'LOCATION') && /^\p{Lu}[\p{L}'’]{2,20}-(?:speaking|born)$/u.test(note.slice(start, end))) return true;
    // an everyday word naming a service or a desk with the word after it, or a weekday before a time ("From: General Cardiology", "fellow Fri 07:00")
    // (a title before it already made it a name above)
    if (type === 'NAME' && !town && serviceOrDayNotName(note, start, end)) return true;
    // a language or a people in speech or origin ("provided in Karen", "57-year-old Chin man", "of Karen
    // background"), or a religion named as a faith ("Orthodox Christian", "a strict Jain diet")
    if ((type === 'NAME' || type === 'LOCATION' || type === 'HOSPITAL') && !town && !afterTitle(note, start) && (languageOrPeopleInUse(note, start, end) || religionInUse(note, start, end))) return true;
    // a drug's brand, by its dose, its form or its generic name after it: "Nicoderm 14 mg", "Voltaren gel"
    if (type !== 'DATE' && type !== 'AGE' && type !== 'ID' && type !== 'PHONE' && type !== 'CONTACT' && !town && drugInUse(note, start, end)) return true;
    // a disease or a factor named after a holiday: "Christmas disease" (haemophilia B), "Christmas factor"
    if (type === 'DATE' && /^christmas$/i.test(note.slice(start, end)) && /^[ \t]{1,2}(?:disease|factor)\b/i.test(note.slice(end, end + 12))) return true;
    // a marker, antigen or gene with its sign, in a stain or flow panel: "MOC-31+", "CD13+", "TTF-1-"
    if ((type === 'ID' || type === 'NAME') && !town && markerWithSign(note, start, end)) return true;
    // the activity, not a facility: "Good rehab potential", "Fair rehab prognosis"
    if ((type === 'HOSPITAL' || type === 'LOCATION') && !town && /\b(?:rehab|rehabilitation)$/i.test(note.slice(start, end)) && REHAB_ACTIVITY_AFTER.test(note.slice(end, end + 16))) return true;
    // a word of a compound no name makes: "Dex-related", "non-Hodgkin", "budesonide-formoterol", "Forrest Ib"
    if (type === 'NAME' && !town && nameCompoundInUse(note, start, end)) return true;
    // a score or sign named after people, by what follows it: "Berg balance scale", "(Fazekas 2)"
    if (type === 'NAME' && !town && options?.nameInNote !== true && !nameCueBefore(note, start) && eponymInUse(note, start, end)) return true;
    // after a negation, alone or in a negated list: "no Carhart notch", "No Li-Fraumeni, Cowden or Peutz-Jeghers
    // features", "without Brugada pattern" (no person, town or hospital is denied in a note)
    if ((type === 'NAME' || type === 'LOCATION' || type === 'HOSPITAL') && NEGATED_BEFORE.test(note.slice(Math.max(0, start - 80), start))) return true;
    // a method, score or stain named after two people, with no person's context: "Kaplan-Meier", "Bloom-Richardson) grade 2"
    // (a name only: towns and facilities are hyphenated too, `Saint-Eustache`, `Wilkes-Barre General`)
    if (type === 'NAME' && !town && options?.nameInNote !== true && bareHyphenatedEponym(note, start, end)) return true;
    // a one-word facility or place that is no town, by its head only: "Wagner grade 3" read as a
    // hospital; never a town or a hospital's own protocol ("per U Maryland scale", "Sacred Heart")
    if ((type === 'HOSPITAL' || type === 'LOCATION') && !town && /^\p{L}[\p{L}'’-]*$/u.test(note.slice(start, end)) && !loadLexicon('cities').has(note.slice(start, end).toLowerCase()) && !nameCueBefore(note, start) && eponymInUse(note, start, end, true)) return true;
    // a town that names a rule, a classification or a disease: "Gilbert syndrome", "Atlanta classification", "Tokyo Guidelines"
    if ((type === 'HOSPITAL' || type === 'LOCATION' || type === 'NAME') && !town && !nameCueBefore(note, start) && cityNamingARule(note, start, end)) return true;
    // a name of several words, every one allowed anywhere: "Delt Bic Tri" (a motor exam's columns)
    if (!town && type === 'NAME' && everyWordAllowed(note.slice(start, end), (k) => allowApplies(maskOf(k), ANY, type))) return true;
    // a list of languages or nationalities read as places: "Haitian Creole, Cantonese, Mandarin" (not "Maryland Rehab")
    if (!town && (type === 'LOCATION' || type === 'HOSPITAL') && note.slice(start, end).includes(',') && listAllowed(note.slice(start, end), (k) => allowApplies(maskOf(k), ANY, 'NAME'), 2)) return true;
    // the span inside an allow-listed phrase: "Barré" in "Guillain-Barré", "Rico" in "Puerto Rico"
    for (const [s, e] of enclosingPhrases(note, start, end)) {
      if ((type === undefined || type === 'NAME') && s < start && afterTitle(note, s)) continue;
      for (const k of keysOf(note.slice(s, e))) {
        const mask = maskOf(k);
        if (mask === 0) continue;
        if (town) {
          if (placeOnly(mask, k)) return true;
          continue;
        }
        if (allowApplies(mask, ANY, type)) return true;
        if (allowApplies(mask, EPONYM, type) && followedByEponymCue(note, e)) return true;
      }
    }
    return false;
  };
  let counted = -1;
  return Object.freeze({
    has,
    hasSpan,
    get size(): number {
      return counted < 0 ? (counted = size()) : counted;
    },
  });
}

function build(entries: readonly ParsedEntry[]): Allowlist {
  const masks = new Map<string, number>();
  for (const e of entries) {
    let typeBits = 0;
    if (e.types === undefined) typeBits = ALLOW_ALL_TYPES;
    else for (const t of e.types) typeBits |= allowTypeBit(t);
    masks.set(e.key, (masks.get(e.key) ?? 0) | (typeBits << (ALLOW_CONTEXTS.indexOf(e.context) * ALLOW_BLOCK_BITS)));
  }
  return fromMasks((k) => masks.get(k) ?? 0, () => masks.size);
}

/**
 * Loads an allow list from a file (one entry per line; `#` lines are comments; `# types: NAME
 * LOCATION` and `# context: any|eponym|word` directives apply to the entries below them) or
 * from an array of lines in the same format.
 *
 * @param pathOrLines - path of a UTF-8 text file, or the lines themselves
 * @returns an {@link Allowlist}
 * @throws DeidError `ALLOWLIST_INVALID` when the file is missing or unreadable, a line is not a
 *   string, or a directive names an unknown type or context
 * @example
 * ```ts
 * const units = loadAllowlist(['# types: LOCATION', 'Cardiac Surgery Recovery Unit']);
 * units.has('cardiac  surgery recovery unit', 'LOCATION'); // true
 * units.has('Cardiac Surgery Recovery Unit', 'NAME');      // false
 * ```
 */
export function loadAllowlist(pathOrLines: string | readonly string[]): Allowlist {
  if (typeof pathOrLines === 'string') {
    let content: string;
    try {
      content = readTextFile(pathOrLines);
    } catch (e) {
      throw new DeidError('ALLOWLIST_INVALID', 'allow list file is missing or unreadable', { location: { file: pathOrLines }, cause: e });
    }
    return build(parseAllowlistLines(content.split(/\r?\n/), pathOrLines));
  }
  if (!Array.isArray(pathOrLines)) {
    throw new DeidError('ALLOWLIST_INVALID', 'expected a file path or an array of lines');
  }
  return build(parseAllowlistLines(pathOrLines, undefined));
}

/** The allow-list files shipped in `allowlists/` that make up {@link builtinAllowlist}. */
export const BUILTIN_ALLOWLIST_FILES: readonly string[] = Object.freeze(['eponyms.txt', 'eponyms-radiology.txt', 'exam-terms.txt', 'drugs.txt', 'drugs-brands.txt', 'abbreviations.txt', 'clinical-words.txt', 'clinical-terms.txt', 'devices.txt', 'places-not-phi.txt', 'common-not-names.txt', 'spanish-words.txt', 'haitian-creole-words.txt', 'patient-languages-words.txt']);

let builtin: Allowlist | undefined;

/**
 * The built-in allow list (files listed in {@link BUILTIN_ALLOWLIST_FILES}): medical eponyms,
 * drug names, clinical abbreviations, device names, clinical words that collide with names, clinical terms,
 * US states / countries / nationalities (not PHI), and everyday English words that are in no
 * name or place lexicon. Compiled at build time with the lexicons; loaded once and cached.
 *
 * Eponyms that are also common surnames (`Murphy`, `Allen`) and words that are also first
 * names (`May`, `Bill`, `Grant`) are context-dependent: {@link Allowlist.has} does not accept
 * them (so a bare `Murphy` span is kept as PHI), {@link Allowlist.hasSpan} accepts them when the
 * context shows the clinical use.
 *
 * @returns the cached built-in {@link Allowlist}
 * @throws DeidError `IO_FAILED` when the compiled lexicons are missing (a broken install)
 * @example
 * ```ts
 * const allow = builtinAllowlist();
 * allow.has('Glasgow', 'LOCATION');                           // true
 * allow.hasSpan("Murphy's sign negative", 0, 6, 'NAME');      // true
 * allow.hasSpan('seen by Dr. Murphy', 12, 18, 'NAME');        // false
 * ```
 */
export function builtinAllowlist(): Allowlist {
  if (builtin) return builtin;
  const table = compiledLexicons();
  const size = (): number => {
    let count = 0;
    for (let i = 0; i < table.size; i++) if (table.allowAt(i) !== 0) count++;
    return count;
  };
  return (builtin = fromMasks(table.allowMask, size));
}

/**
 * Combines allow lists: a text is allowed when any of them allows it.
 *
 * @param lists - allow lists (e.g. the built-in one and a site-specific file)
 * @returns an {@link Allowlist} whose `size` is the sum of the parts' sizes
 * @example
 * ```ts
 * const allow = combineAllowlists(builtinAllowlist(), loadAllowlist('site-allow.txt'));
 * ```
 */
export function combineAllowlists(...lists: readonly Allowlist[]): Allowlist {
  const parts = [...lists];
  return Object.freeze({
    has: (text: string, type?: PhiType) => parts.some((l) => l.has(text, type)),
    hasSpan: (note: string, start: number, end: number, type?: PhiType, options?: SpanCheckOptions) => parts.some((l) => l.hasSpan(note, start, end, type, options)),
    size: parts.reduce((n, l) => n + l.size, 0),
  });
}
