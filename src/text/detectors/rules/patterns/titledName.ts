/**
 * Names marked by a title or a clinical role: `Dr. Smith`, `Mrs. Jane Doe`, `DR. WYNDHAM`,
 * `dr. ashcombe`, `Prof. Lee`, and names before a role suffix: `Jane Doe, RN`, `J. Smith MD`,
 * `Smith NP`. The title or role itself is kept. Also:
 * - an initial, one word and a credential (`Q. Field RRT`, `b. meadow rn`): the word is a
 *   clinician's surname even when it is an everyday word (short credentials that are also
 *   clinical abbreviations, like `pt` or `pa`, count in lower case only at a sentence end);
 * - after a title and a first name in a mixed-case note, the next Title-case word is the surname
 *   even when it is an everyday word (`Dr Rosalind Thimble`), unless it is a function or
 *   clinical word;
 * - after `Dr`, an upper-case word in an upper-case note (a Title-case word in a mixed-case one)
 *   is the doctor's name even when it is an everyday word (`PER DR TYRO`, `DR HOUSE AWARE`),
 *   unless it says what the doctor did or was (`DR AWARE`, `DR PAGED`, `DR APPT`);
 * - a title followed by a bare capital initial (`Mrs. K.`, `mr T slept`);
 * - a first name joined by `and`/`&` to a titled name (`Ann Quenby and Dr. Lee`).
 *
 * @module
 */
import { inLetteredList } from '../../_letteredList.js';
import { OFFICER_TITLES } from '../../../../allowlists/_spanContext.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { SPECIES_AFTER_INITIAL } from '../../_organisms.js';
import { AMBIGUOUS_CREDENTIAL, CREDENTIALS, SERVICE_WORD, acceptsNameWord, classifyWord, initialsAt, isClinicalAbbreviation, isFirstName, mkSpan, takeName, wordSet, type CueStrength } from './_lib.js';
import { charStarts, cue, eachCuedMatch, eachMatchFrom, prepareScans, scanUnits } from './_scan.js';
import type { ScrubContext } from '../../../context.js';

const SOURCE = 'rules/titled-name';

/** Titles of police officers, courts and faith leaders: a cue only when written with a capital or a period. */
const MEDIUM_TITLES: ReadonlySet<string> = new Set([...OFFICER_TITLES, 'pastor', 'rabbi', 'imam']);
const PERSONAL_TITLES = "dr['’]s|dr|drs|doctor|doctors|mr|mrs|ms|miss|mister|mme|prof|professor|rev|reverend";
const TITLE = new RegExp(`\\b(${PERSONAL_TITLES}|${[...MEDIUM_TITLES].join('|')})\\b(\\.?)`, 'gi');
/** A name between a weak title and a verb. */
const WEAK_TITLE_VERB = /^\.?\s{1,2}([A-Za-z][A-Za-z'’-]{2,30})\s{1,2}(?:had|has|is|was|remains|remained|denies|denied|states|stated|c\/o|complains|appears|continues|tolerated|tolerating|slept|ambulated|received|underwent)\b/i;
/** Roles written before a name: "NP Wolfe", "RN Jane". */
const ROLE_PREFIX = /\b(?:NP|RN|PA|CNS|SW|RRT)\b\.?(?=[ \t])/g;
/** Credentials in {@link ROLE_PREFIX} that name nothing but a person's job. */
/** A role after a service's capitals (`MFM attending`, `GI fellow`). */
const SERVICE_ROLE_AFTER = /^[ \t]{1,2}(?:attending|fellow|resident|team|service|consult|consultant|surgeon|physician|provider|nurse|NP|PA|on[ -]call)\b/;
const NAMING_CREDENTIAL = /^(?:NP|RN|CNS|RRT)\b/;
/** Job titles written before a name: "caseworker Leona Smith", "IV nurse Virginia". */
const JOB_PREFIX =
  /\b(?:caseworker|case\s{1,2}worker|case\s{1,2}manager|social\s{1,2}worker|chaplain|therapist|pharmacist|interpreter|translator|nurse|attending|resident|intern|fellow|nutritionist|dietician|dietitian|pcp|night\s{1,2}float|covering|cross[\s-]cover|moonlighter|hospitalist)\b:?(?=[ \t])/gi;
/** A chat line's opening before its sender's role: the line's start, a time, maybe a word (`23:42 OB `, `07:12 `, `[0836] derm `). */
const CHAT_LINE_BEFORE = /(?:^|\n)[ \t]{0,3}\[?(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?|(?:[01]\d|2[0-3])[0-5]\d)\]?[ \t]{1,3}(?:[\p{L}-]{1,12}[ \t]{1,2})?$/u;
/** "Z. Miller", "B. KARGAS": an initial and a surname. */
const INITIAL_NAME = /\b([A-Z])\.[ \t]{0,2}([A-Z][A-Za-z'’]{1,30}(?:-[A-Z][A-Za-z'’]{1,30})?)\b/g;
/** Words before a letter that make it a class, grade or vitamin, not an initial (`Child-Pugh class C. Large ascites`). */
const LETTER_CLASS_BEFORE = /\b(?:class|grade|stage|type|vitamin|vit|hepatitis|hep|influenza|flu|strep|group|category|level|zone|phase|part|lead|factor|plan|option|section|appendix|table|figure|schedule|tier|score|size|step|arm|cohort|pugh|weber|mallampati|forrest|blood|protein|nyha|killip|asa|tanner|ccs|gold|rads|composition|density)[ \t]{0,2}:?[ \t]{1,2}$/i;
/** How strong a title is as a cue; undefined when it is not a title here ("MS" = mental status, "MR" = mitral regurgitation). */
function titleStrength(title: string, period: boolean, upperNote: boolean): CueStrength | undefined {
  const t = title.toLowerCase();
  if (t === 'doctor' || t === 'doctors' || t === 'miss' || t === 'professor' || t === 'reverend') return 'medium';
  // a police officer's, a court's or a faith leader's title (`Officer Dias`, `Sgt. Morrow`, `Imam Haddad`)
  if (MEDIUM_TITLES.has(t)) return period || (!upperNote && title[0] !== title[0]!.toLowerCase()) ? 'strong' : undefined;
  if (period) return 'strong';
  if (t === 'dr' || t === 'drs' || t === "dr's" || t === 'dr’s' || t === 'mrs' || t === 'mister' || t === 'prof') return 'strong';
  // "Mr", "Ms", "Rev", "Mme" without a period: strong in title case in a mixed-case note;
  // otherwise ("MR" = mitral regurgitation, "ms" = mental status) only before a lexicon name
  if (!upperNote && title[0] === title[0]!.toUpperCase() && title.slice(1) === title.slice(1).toLowerCase()) return 'strong';
  if (t === 'mr' || t === 'ms') return 'weak';
  return undefined;
}

/** "ms." and "mr." in lower case also abbreviate mental status / mitral regurgitation. */
function lowerTitleStrength(title: string, period: boolean, upperNote: boolean): CueStrength | undefined {
  const t = title.toLowerCase();
  if ((t === 'ms' || t === 'mr') && (title === t || (!upperNote && title === title.toUpperCase()))) return 'weak';
  return titleStrength(title, period, upperNote);
}

const ROLE =
  /(,?\s{1,2})(?:RN|R\.N\.|MD|M\.D\.|NP|N\.P\.|PA-C|PA|DO|CNS|RRT|RT|LPN|CNA|MSW|LICSW|LCSW|PharmD|PhD|FNP|ANP|ACNP|CRNA|SN)(?![\w/])/g;
/** Words of a job title that sign a note in place of a name (`Case Manager, RN`). */
const JOB_WORD = /^(?:case|care|charge|nurse|manager|coordinator|navigator|educator|clinical|specialist|social|worker|staff|primary|night|day|float|unit|floor|team|lead|senior|head|triage|discharge|transplant|wound|ostomy|infusion|research|admitting|covering|on-call|resource|circulating|scrub|recovery|float|pool|agency|travel|travelling|traveling|bedside|procedure|procedural|preop|postop|pacu)$/i;
/** Roles safe to use in an upper-case note ("CXR PA", "TO DO" are not names). */
const STRONG_ROLE = /^(?:RN|R\.N\.|MD|M\.D\.|NP|N\.P\.|PA-C|LPN|MSW|LICSW|LCSW|PharmD|PhD|FNP|ANP|ACNP|CRNA|RRT)$/;
/**
 * "Q. Field RRT", "j. marsh rn": an initial, one word and a credential. The initial and the
 * credential make the word a clinician's surname even when it is an everyday word.
 */
const INITIAL_WORD_ROLE = new RegExp(
  String.raw`(?:^|[\s(])([A-Za-z]\.[ \t]{0,2}([A-Za-z][A-Za-z'’]{1,30}(?:-[A-Za-z][A-Za-z'’]{1,30})?))(?:,[ \t]{0,2}|[ \t]{1,2})(${CREDENTIALS})\b(?![\/-])`,
  'gi',
);
const NAME_WORD_BEFORE = /(?:(\p{Lu}[\p{L}\p{M}'’-]{1,30}|[A-Z]\.)\s{1,2}){0,1}(\p{Lu}[\p{L}\p{M}'’-]{1,30}|[A-Z]\.)$/u;

/** A capital initial after a title, with its period and then a space or the end ("Mrs. K."), or without one. */
const TITLE_INITIAL = /^[ \t]{1,2}(?:[A-Za-z]\.(?=[\s,;)]|$)|[A-Z](?=[ \t]))/;
/** Credentials and roles between a job title and the name ("covering NP R.T."). */
const ROLE_WORD = /^(?:NP|PA|RN|MD|DO|resident|intern|fellow|attending|nurse)$/i;
/** Words that follow a title but never name anyone. */
const PRONOUN = /^(?:The|A|An|His|Her|Their|Our|My|Your|This|That|These|Those|He|She|They|It|We|I|You|And|Or|But|If|On|In|At|To|Of|For|With|By)$/;
/** A verb right after "Mr K": the letter is the patient's initial ("Mr K remained stable"). */
const TITLE_VERB_AFTER = /^[ \t]{1,2}(?:had|has|is|was|remains|remained|denies|denied|states|stated|complains|appears|continues|tolerated|tolerating|slept|ambulated|received|underwent)\b/i;
const TITLE_CASE_NEXT = /^ ([A-Z][a-z'’]{1,30}(?:-[A-Z][a-z'’]{1,30})?)\b/;

/**
 * "Dr Rosalind Thimble": in a mixed-case note, the Title-case word right after a title and a
 * first name is the surname even when it is an everyday word, unless it is a function or
 * clinical word ("Dr Ann Called" is not a name). Returns the new end of the name.
 */
function surnameAfterFirst(text: string, start: number, end: number): number {
  const last = /[A-Za-z'’-]{2,31}$/.exec(text.slice(start, end));
  if (!last || last.index !== 0 || classifyWord(last[0]) !== 'first') return end; // a lone first name only
  const next = TITLE_CASE_NEXT.exec(text.slice(end, end + 40));
  if (!next || classifyWord(next[1]!) === 'stop') return end;
  return end + next[0].length;
}

/** An upper-case word right after `DR` in an upper-case note ("PER DR TYRO"). */
const UPPER_NEXT = /^[ \t]{1,2}([A-Z][A-Z'’]{1,30}(?:-[A-Z][A-Z'’]{1,30})?)(?![\p{L}\d])/u;
/**
 * Everyday and clinical words that can be surnames (`DR HOUSE`, `Dr. Page`, `Dr Best`): after `Dr`
 * they name the doctor.
 */
const DR_STOP_SURNAMES = wordSet('house page long best little good');
/**
 * Words after `Dr` that say what the doctor did or was, or what came from them, not who they
 * are (`DR AWARE`, `DR WROTE`, `Dr. unavailable`, `DR APPT`): never a name there, whatever the
 * lexicons say. Function and clinical words (`aware`, `notified`, `called`, `paged`, `in`, team
 * names) are already refused as stop words.
 */
const DR_NOT_NAME = wordSet(`
wrote thought knew kept sent put set held ran brought heard read led able unable busy ready sure unsure certain reluctant
hesitant willing unwilling satisfied pleased unaware agreeable happy response reply callback input approval clearance
permission advice decision discretion preference instructions instruction letter signature review exam assessment followup
f/u fu appt appointment appointments office offices unavailable available stat asap oncall on-call covering rounding rounds
order's orders' also just only himself herself themselves
`);
/** The next word says the doctor is a kind of staff, not a person ("DR HOUSE STAFF"). */
const STAFF_NEXT = /^[ \t]{1,2}(?:staff|officers?|call|service|team)\b/i;

/**
 * "PER DR TYRO", "DR HOUSE AWARE", "Dr Tyro": after `Dr` in an upper-case note an upper-case word
 * (in a mixed-case note a Title-case one) is the doctor's name even when it is an everyday word,
 * unless it is a function or clinical word, a verb form or a word of {@link DR_NOT_NAME}.
 * Returns the name's offsets, or undefined.
 */
function everydayWordAfterDr(text: string, after: number, upperNote: boolean): [number, number] | undefined {
  const w = (upperNote ? UPPER_NEXT : TITLE_CASE_NEXT).exec(text.slice(after, after + 40));
  if (!w) return undefined;
  const word = w[1]!;
  if (word.length < 3 || !isNameAfterDr(word)) return undefined;
  const end = after + w[0].length;
  if (STAFF_NEXT.test(text.slice(end, end + 12))) return undefined;
  return [end - word.length, end];
}

/** Whether `word` right after `Dr` can be the doctor's name (see {@link everydayWordAfterDr}). */
function isNameAfterDr(word: string): boolean {
  const lower = word.toLowerCase();
  if (DR_NOT_NAME.has(lower)) return false;
  const cls = classifyWord(word);
  if (cls === 'stop') return DR_STOP_SURNAMES.has(lower);
  if (cls !== 'common') return true;
  if (SERVICE_WORD.test(word)) return false; // "DR CARDIOLOGY"
  // verb forms: "DR CONTACTED", "DR REVIEWING", "DR THINKS" (a surname that looks like one, "Reed", "King", "Banks", is in the lexicons)
  return !/(?:[^e]ed|ing|[^s]s)$/i.test(word);
}

/** "Ann Quenby and Dr. Lee": a first name (and the word after it) joined by "and" to a titled name. */
const COORDINATED_BEFORE = /(?:^|[^A-Za-z'’-])([A-Za-z][A-Za-z'’-]{1,30})(?:[ \t]{1,2}([A-Za-z][A-Za-z'’-]{1,30}))?[ \t]{1,2}(?:and|&)[ \t]{1,2}$/i;

/**
 * The name before "and"/"&" and a title: a lexicon first name, optionally followed by a word
 * that is not an everyday or clinical word (its surname). Returns its offsets, or undefined.
 */
function coordinatedBefore(text: string, titleStart: number): [number, number] | undefined {
  const from = Math.max(0, titleStart - 72);
  const m = COORDINATED_BEFORE.exec(text.slice(from, titleStart));
  if (!m || classifyWord(m[1]!) !== 'first') return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!);
  let end = start + m[1]!.length;
  if (m[2] !== undefined) {
    const cls = classifyWord(m[2]);
    if (cls !== 'first' && cls !== 'surname' && !(cls === 'unknown' && m[2].length >= 3)) return undefined;
    end = from + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]!) + m[1]!.length) + m[2].length;
  }
  return [start, end];
}

/** "Peter B.", "(Ahsen F.)": a given name and the initial of the surname. */
const FIRST_INITIAL = /(?<![\p{L}\d'’-])(\p{Lu}[\p{Ll}'’-]{1,20}|\p{Lu}{2,20})[ \t]([A-Z])\.(?=[\s,;:)]|$)/gu;

// Cue words of the regexes above (see _scan.ts): each regex runs only where one occurs.
const TITLE_CUE = cue(`dr drs doctor doctors mr mrs ms miss mister mme prof professor rev reverend ${[...MEDIUM_TITLES].join(' ')}`);
const JOB_CUE = cue(`caseworker case social chaplain therapist pharmacist interpreter translator nurse attending resident intern
  fellow nutritionist dietician dietitian pcp night covering cross moonlighter hospitalist`);
const ROLE_PREFIX_CUE = cue('np rn pa cns sw rrt');
/** First tokens of ROLE's credentials (`R.N.` starts with `r`, `PA-C` with `pa`). */
const ROLE_CUE = cue('rn r md m np n pa do cns rrt rt lpn cna msw licsw lcsw pharmd phd fnp anp acnp crna sn');

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** ROLE_PREFIX is case-sensitive: its credentials are in capitals. */
function isUpperWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (!isUpper(w.charCodeAt(k))) return false;
  return true;
}
/** A capital letter of any script starts the match. */
const atCapitalLetter = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : text[at] !== text[at]!.toLowerCase();
};
/** A regex word character (`\w`). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** Offsets of lone letters right before a period (where an initial such as `J.` starts), or undefined for a full scan. */
function letterBeforeDot(ctx: ScrubContext): number[] | undefined {
  const dots = charStarts(ctx, '.');
  if (dots === undefined) return undefined;
  const out: number[] = [];
  const text = ctx.text;
  for (const d of dots) {
    const c = d > 0 ? text.charCodeAt(d - 1) | 32 : 0;
    // a lone letter: INITIAL_NAME needs \b before it, INITIAL_WORD_ROLE a space or '('
    if (c >= 97 && c <= 122 && (d < 2 || !isWordChar(text.charCodeAt(d - 2)))) out.push(d - 1);
  }
  return out;
}

prepareScans(FIRST_INITIAL, INITIAL_NAME, INITIAL_WORD_ROLE, JOB_PREFIX, ROLE, ROLE_PREFIX, TITLE);
/**
 * Pattern detector for names after a title or before a role suffix (type `NAME`, source
 * `rules/titled-name`).
 *
 * @example
 * ```ts
 * titledNameDetector.detect(createTextContext('d/w Dr. Smith')); // one span over "Smith"
 * ```
 */
export const titledNameDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['NAME'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const upperNote = ctx.isMostlyUpperCase;
    const caseless = ctx.isCaseless;
    const out: Span[] = [];
    eachCuedMatch(ctx, TITLE, TITLE_CUE, 0, (m) => {
      const strength = lowerTitleStrength(m[1]!, m[2] === '.', upperNote);
      if (!strength) return;
      if (strength === 'weak' && /\b(?:mild|moderate|mod|severe|trace|trivial|sm|small|\d\+?|and|&|\/)\s{0,2}$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
      let found = takeName(text, m.index + m[0].length, { maxWords: 3, strength, caseless });
      if (!found && strength === 'weak') {
        // "MR QUENBY WAS SEEN": an unknown word between a title and a verb
        const v = WEAK_TITLE_VERB.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 48));
        if (v && classifyWord(v[1]!) === 'unknown') {
          const s0 = m.index + m[0].length + v[0].indexOf(v[1]!);
          found = [s0, s0 + v[1]!.length];
        }
      }
      if (!found && strength === 'strong' && !caseless) {
        // "Ms. May was seen", "Son Will": a capitalised given name after a title, even an everyday word
        const w = TITLE_CASE_NEXT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
        if (w && isFirstName(w[1]!) && !PRONOUN.test(w[1]!)) {
          const s0 = m.index + m[0].length + w[0].indexOf(w[1]!);
          found = [s0, s0 + w[1]!.length];
        }
      }
      const isDr = /^dr$/i.test(m[1]!);
      // "DR APPT", "DR UNAVAILABLE": a word that says what the doctor did, not who they are
      // (in a mixed-case note a Title-case word stays a name: "Dr. Ready")
      if (found && isDr && (upperNote || caseless) && /^[\p{L}'’-]+$/u.test(text.slice(found[0], found[1])) && !isNameAfterDr(text.slice(found[0], found[1]))) return;
      if (!found && isDr && (upperNote || !caseless)) found = everydayWordAfterDr(text, m.index + m[0].length, upperNote);
      if (!found && /^(?:mr|mrs|ms|miss|dr|drs|doctor|prof|professor)$/i.test(m[1]!)) {
        // "Mrs. K.", "MRS R. PLAN": a patient named by an initial only
        const after = m.index + m[0].length;
        const ini = TITLE_INITIAL.exec(text.slice(after, after + 6));
        if (ini && (ini[0].endsWith('.') || TITLE_VERB_AFTER.test(text.slice(after + ini[0].length, after + ini[0].length + 24)))) {
          const s0 = after + ini[0].length - (ini[0].endsWith('.') ? 2 : 1);
          found = [s0, after + ini[0].length];
        }
      }
      if (!found) return;
      // an officer's or a cleric's title takes only a capitalised name ("after Rabbi sees pt")
      if (MEDIUM_TITLES.has(m[1]!.toLowerCase()) && !/^\p{Lu}/u.test(text.slice(found[0], found[0] + 1))) return;
      if (!caseless) found[1] = surnameAfterFirst(text, found[0], found[1]);
      out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, strength === 'strong' ? 0.9 : 0.7));
      if (strength !== 'weak') {
        const co = coordinatedBefore(text, m.index);
        if (co) out.push(mkSpan(co[0], co[1], 'NAME', SOURCE, 0.6));
      }
      // plural titles: "Drs. Camarda and Clifford"
      if (/^(?:drs|dr['’]s|doctors)$/i.test(m[1]!)) {
        const and = /^\s{0,2}(?:and|&|,)\s{0,2}/i.exec(text.slice(found[1], found[1] + 8));
        if (and) {
          const next = takeName(text, found[1] + and[0].length, { maxWords: 2, strength, caseless });
          if (next) out.push(mkSpan(next[0], next[1], 'NAME', SOURCE, 0.8));
        }
      }
    });
    eachCuedMatch(ctx, JOB_PREFIX, JOB_CUE, 0, (m) => {
      const pos = m.index + m[0].length;
      // a chat line's sender ("07:12 attending: Major thing today", "23:42 OB resident: BPP 8/8"): the message follows, no name
      if (m[0].endsWith(':') && CHAT_LINE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
      // "Night float EK", "PCP MG": a role, then a name or initials
      let found = takeName(text, pos, { maxWords: 3, strength: 'medium', caseless }) ?? initialsAt(text, pos, caseless);
      // "covering NP R.T.": a credential between the role and the name
      if (found && ROLE_WORD.test(text.slice(found[0], found[1]))) {
        const after = found[1];
        found = takeName(text, after, { maxWords: 3, strength: 'medium', caseless }) ?? initialsAt(text, after, caseless);
      }
      if (!found) return;
      // capitals that are a service before its role (`covering MFM attending`) or a vital sign before its
      // value (`hospitalist: HR 98`), no initials
      const got = text.slice(found[0], found[1]);
      if (/^[A-Z]{2,4}$/.test(got) && (SERVICE_ROLE_AFTER.test(text.slice(found[1], found[1] + 16)) || (isClinicalAbbreviation(got) && /^[ \t]{1,2}\d/.test(text.slice(found[1], found[1] + 4))))) return;
      out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.7));
    });
    const initials = letterBeforeDot(ctx);
    eachMatchFrom(ctx, INITIAL_NAME, initials, 0, (m) => {
      if (m.index > 0 && !/[\s(]/.test(text[m.index - 1]!)) return;
      if (LETTER_CLASS_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
      // a lettered part of a report (`C. Stomach, biopsy` / `D. Colon, biopsy`; `D, E. Colon`), no initial
      if (inLetteredList(text, m.index)) return;
      // a unit after a number ends the sentence: "one further LVP of 4 L. Furosemide and ...", "15 dB L. Word recognition"
      if (/\d[ \t]{0,2}(?:(?:dB|Hz|mm|cm|kg|mg|mL|ml|mcg|min|sec|hrs?|in|ft|lbs?|%)[ \t]{1,2})?$/.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
      const word = m[2]!.replace(/['’-]+$/, '');
      if (SPECIES_AFTER_INITIAL.test(word)) return;
      const cls = classifyWord(word);
      const ok = cls === 'first' || cls === 'surname' || (!caseless && (cls === 'common-surname' || (cls === 'unknown' && word !== word.toUpperCase())));
      if (!ok) return;
      out.push(mkSpan(m.index, m.index + 2 + (m[0].length - 2 - m[2]!.length) + word.length, 'NAME', SOURCE, 0.7));
    });
    eachMatchFrom(ctx, FIRST_INITIAL, initials, 22, (m) => {
      const word = m[1]!;
      if (!caseless && word === word.toUpperCase()) return;
      const cls = classifyWord(word);
      // a given name ("Peter B."), or a word no dictionary knows in brackets ("(Ahsen F.)")
      const given = cls === 'first' || cls === 'common-name';
      if (!given && !(cls === 'unknown' && text[m.index - 1] === '(')) return;
      if (/\b(?:dr|drs|mr|mrs|ms|miss|prof)\.?[ \t]{1,2}$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'NAME', SOURCE, 0.75));
    }, atCapitalLetter);
    eachMatchFrom(ctx, INITIAL_WORD_ROLE, initials, 1, (m) => {
      const word = m[2]!;
      const cls = classifyWord(word);
      if (SPECIES_AFTER_INITIAL.test(word) || cls === 'stop' || cls === 'common') return;
      if (/[&\/+]\s{0,2}$/.test(text.slice(Math.max(0, m.index - 3), m.index + 1))) return; // "I & O. Advance PT"
      const role = m[3]!;
      if (role === role.toLowerCase() && AMBIGUOUS_CREDENTIAL.test(role)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
        if (!/^[ \t]{0,2}(?:[\n.,;]|$)/.test(after)) return;
      }
      const start = m.index + m[0].indexOf(m[1]!);
      out.push(mkSpan(start, start + m[1]!.length, 'NAME', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, ROLE_PREFIX, ROLE_PREFIX_CUE, 0, (m) => {
      // "RN Tamsin", "NP Ilse": a nurse's credential vouches for a capitalised word no list knows
      // (PA and SW also spell a view and a direction, so they want a lexicon name)
      const strength = NAMING_CREDENTIAL.test(m[0]) ? 'medium' : 'weak';
      const found = takeName(text, m.index + m[0].length, { maxWords: 2, strength, caseless });
      if (!found) return;
      if (/^[ \t]{0,2}\d/.test(text.slice(found[1], found[1] + 4))) return; // "PA sys 40": a reading, not a person
      out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.7));
    }, undefined, (i) => isUpperWord(scanUnits(ctx)[i]!.text));
    eachCuedMatch(ctx, ROLE, ROLE_CUE, 3, (m) => {
      const sepStart = m.index;
      if (sepStart === 0 || !/[\p{L}.]/u.test(text[sepStart - 1]!)) return;
      const seg = text.slice(Math.max(0, sepStart - 64), sepStart);
      const w = NAME_WORD_BEFORE.exec(seg);
      if (!w) return;
      const words = [w[1], w[2]].filter((x): x is string => x !== undefined);
      // drop leading stop words ("called Smith RN" → Smith)
      let startOff = sepStart - w[0].length;
      let kept = words;
      // "Jane Doe, RN" (comma) is a signature: capitalised unknown words count; "Stoma RN" needs a lexicon name.
      // "Chase Ilange MD 6161976": a provider number after the credential signs as well as a comma does
      const comma = m[1]!.includes(',');
      const roleEnd = m.index + m[0].length;
      const signed = comma || /^[ \t]{1,3}\d{5,}/.test(text.slice(roleEnd, roleEnd + 12));
      const strength: CueStrength = signed ? 'medium' : 'weak';
      // in notes where case says nothing, a signed credential takes words no dictionary knows ("KRZYSZTOF ERTEPINAR, MD")
      // after a comma ("Noortje Bustle, MD", "May Broussard, M.D.") a capitalised everyday word is a name too
      const accepts = (k: string): boolean =>
        acceptsNameWord(k, strength, caseless) ||
        (caseless && signed && k.length >= 3 && classifyWord(k) === 'unknown') ||
        (comma && !caseless && /^\p{Lu}\p{Ll}/u.test(k) && (classifyWord(k) !== 'stop' || isFirstName(k)));
      while (kept.length > 0 && !/^[A-Z]\.$/.test(kept[0]!) && !accepts(kept[0]!)) {
        const idx = text.indexOf(kept[0]!, startOff);
        startOff = idx + kept[0]!.length;
        while (startOff < sepStart && /\s/.test(text[startOff]!)) startOff++;
        kept = kept.slice(1);
      }
      if (kept.length === 0) return;
      const last = kept[kept.length - 1]!;
      if (last.length <= 2 && last.endsWith('.')) return; // initials alone
      if (!kept.every((k) => /^[A-Z]\.$/.test(k) || accepts(k))) return;
      // a job title signing ("Case Manager, RN", "Charge Nurse, RN") is no name
      if (kept.every((k) => JOB_WORD.test(k))) return;
      if (upperNote && !STRONG_ROLE.test(m[0].trim().replace(/^,\s*/, ''))) return;
      out.push(mkSpan(startOff, sepStart, 'NAME', SOURCE, 0.8));
    }, undefined, (i) => isUpper(scanUnits(ctx)[i]!.text.charCodeAt(0)));
    return out;
  },
});
