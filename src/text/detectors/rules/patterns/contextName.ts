/**
 * Names found by the words around them:
 * - family and proxies: `wife Mary`, `son John`, `her daughter Jane`, `HCP is Ann Lee`,
 *   `brother (Tom)`, `daughter, Sue,`
 * - conversation cues: `spoke with Ann`, `talked to John`, `d/w Mary`, `per Jones`, `follow up with TB`,
 *   `paged Smith`, `called Lee`
 * - headers: `Name: Doe, Jane`, `Patient: John Doe`, `Attending: Lee`, `Signed by: ...`
 * - `Last, First` on a short header line, and signature lines (`-- Jane Doe` at a line end).
 * - a first name the rules above refuse because it is also an everyday or clinical word, when
 *   a relation precedes it and commas set it off (`Nephew, Ed, phoned`), or, in notes where
 *   case says nothing, right after the relation (`BOYFRIEND JOY IN`)
 * - a first name opening a clause before a visit or call verb (`overnight quiet. pat called`)
 * - a capitalised word no lexicon knows before a verb of wishing or saying (`Quilla wishes to`,
 *   `Quilla does not wish`), outside caseless notes
 * - one to three name words right before a phone number or a phone cue (`Ann Quenby cell# ...`):
 *   lexicon names, or capitalised unknown words where case carries meaning; never a place
 *   after `in`/`at`/`from`
 *
 * Names must not be common English or clinical words; outside ALL-CAPS notes they must be
 * capitalised unless the cue is strong (a header).
 *
 * @module
 */
import { asScrubContext } from '../../../context.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { CALL_PERSON_CUE, CHAT_STAMP, REPLY_OPENING, CREDENTIAL_SLASH, HANDOFF_CUE, PHONE_AFTER_WORD, NAME_GIVEN_WORDS, RELATION_IN_BRACKET, RELATION_OWNER, SENDING_SERVICE, initialsSigningOff, spellsWordsBefore } from '../../../../allowlists/_spanContext.js';
import { AMBIGUOUS_CREDENTIAL, CREDENTIALS, SERVICE_WORD, acceptsNameWord, classifyWord, eachMatch, initialsAt, isCityName, isClinicalAbbreviation, isFirstName, mkSpan, takeName } from './_lib.js';
import { atDigit, atLineStart, canUseCues, charStarts, cue, cueTokens, eachCuedMatch, eachLineMatch, eachMatchFrom, prepareScans, type StartOk, scanUnits } from './_scan.js';
import type { ScrubContext } from '../../../context.js';
import { CONSULTING_SERVICE, SERVICE_AFTER, isKindOfCare } from '../../_careKinds.js';
import { isWeekdayName } from '../../_calendarWords.js';

const SOURCE = 'rules/context-name';

const RELATION =
  /\b(?:wife|husband|hubby|spouse|partner|son|sons|daughter|daughters|dtr|dau|bro|sis|mother|mom|mum|father|dad|parents|brother|sister|sibling|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|stepson|stepdaughter|stepmother|stepfather|son-in-law|daughter-in-law|sister-in-law|brother-in-law|mother-in-law|father-in-law|fiance|fiancee|fiancé|fiancée|boyfriend|girlfriend|friend|neighbor|neighbour|roommate|companion|caregiver|hcp|proxy|health\s{1,2}care\s{1,2}proxy|guardian|nok|poa|contact\s{1,2}person|next\s{1,2}of\s{1,2}kin|significant\s{1,2}other|pastor|priest|rabbi|chaplain|imam|auntie|aunty|boss|supervisor|foreman|godmother|godfather|co-?workers?|colleague|classmate|teammate|housemate|landlord|landlady)(?:'s)?\b/gi;
/** Between relation and name: ", ", " (", " is ", " named ", " - ". */
const REL_GAP = /(?:\s{0,2}[,(:\-–]\s{0,2}|\s{1,2}(?:is|was|named|called|,)\s{1,2}|\s{1,2})/y;

const CUE =
  /\b(?:spoke|speaking|talked|talking|discussed|met|conversation|conversed|updated|d\/w|s\/w|t\/w|per|paged|called|notified|informed|phoned|contacted|seen\s{1,2}in\s{1,2}(?:clinic|the\s{1,2}office)|seen|examined|evaluated|visited|accompanied|communicated|relayed|reviewed|ask|asked|asking|tell|told|telling|texted|emailed|remind|reminded|call|page|signed\s{1,2}out|handed\s{1,2}off|cc'?d|(?:follow[ -]?up|followup|f\/u)(?=\s{1,2}with\b))(?:\s{1,2}(?:with|to|by|w\/|from))?\b\.?(?![\/])/gi;

/**
 * A table cell holding `Last, First` between pipes (`418 | Oyelowo, Destiny | 8y |`), the record
 * number or the age and sex after it in the same cell (`| Begum, Rokeya / 004560918 |`, `| SAY PAW,
 * Htoo 45M |`). `m[1]`, `m[2]` the names.
 */
const PIPE_CELL_NAME = /\|[ \t]{0,3}(\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30})?),[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{1,30})(?:[ \t]{1,2}\p{Lu}\.?)?(?=[ \t]{0,12}(?:\||[\/-][ \t]{0,3}[\p{L}\d-]{3,20}[ \t]{0,12}\||\d{1,3}[ \t]?(?:y\/?o[ \t]?|yo[ \t]?)?[MF](?![\p{L}\d])))/gu;
const HEADER =
  /(?:^|\n)[ \t]{0,8}(?:name|patient|patient\s{1,2}name|pt\s{1,2}name|pt|attending|resident|intern|fellow|pcp|provider|physician|surgeon|nurse|rn|md|np|author|signed\s{1,2}by|signed|cosigned\s{1,2}by|electronically\s{1,2}signed\s{1,2}by|dictated\s{1,2}by|transcribed\s{1,2}by|referring(?:\s{1,2}(?:physician|md|doctor))?|contact|emergency\s{1,2}contact|hcp|health\s{1,2}care\s{1,2}proxy|proxy|nok|next\s{1,2}of\s{1,2}kin|guardian|cc|to|from|by|re|regarding)[ \t]{0,4}:[ \t]{0,4}/gi;

// "Doe, Jane" or "DOE, JANE A." alone (or nearly) on a short line
const LAST_FIRST = /(?:^|\n)[ \t]{0,8}([A-Z][A-Za-z'’-]{1,30}),[ \t]{1,3}([A-Z][A-Za-z'’-]{1,30})(?:[ \t]{1,2}[A-Z]\.?)?[ \t]{0,4}(?=\n|$)/g;
// signature: a line made only of "-- Jane Doe" / "Jane Doe RN" / "J. Doe"
const SIGNATURE = /(?:^|\n)[ \t]{0,8}(?:--|—|-|~)[ \t]{0,3}([A-Z][A-Za-z'’.-]{0,30}(?:[ \t]{1,2}[A-Z][A-Za-z'’.-]{0,30}){0,2})[ \t]{0,4}(?=\n|$)/g;

// a signature: a line of name words ending in a role ("anita morris rn", "FRANCIS G. LEVINE, RRT")
/**
 * "SMITH, JANE RN", "Doe, Ann NP": a surname, a comma, a given name and a credential, anywhere in
 * a line. Found from the credential (rare) backwards, which is much cheaper than trying every word.
 */
const CREDENTIAL = new RegExp(
  `\\b(?:${CREDENTIALS}|${CREDENTIALS.toLowerCase()
    .split('|')
    .filter((c) => !AMBIGUOUS_CREDENTIAL.test(c))
    .join('|')})\\b`,
  'g',
);
const LAST_FIRST_BEFORE = /(?<![\w'’-])([A-Za-z][A-Za-z'’-]{1,30}),[ \t]{1,3}([A-Za-z][A-Za-z'’-]{1,30})(?:[ \t]{1,2}[A-Za-z]\.?)?[ \t]{1,3}$/;

const ROLE_SIGNATURE =
  /(?:^|\n)[ \t]{0,40}((?:[A-Za-z][A-Za-z'’.-]{0,30}[ \t]{1,3}){0,3}[A-Za-z][A-Za-z'’.-]{0,30})(?:[ \t]{1,3}|,[ \t]{0,3})(?:rn|r\.n\.|rrt|crt|rt|np|md|m\.d\.|bsn\/rn|bsn|msn|licsw|lcsw|msw|pa-c|pa|cns|lpn|sn|rph|pharmd|do)\.?[ \t]{0,4}(?=\n|$)/gi;
// "Social: Bob visited": a section header about the family
const SOCIAL_HEADER = /\b(?:social|family|psychosocial|psycho-social|soc|psy-soc)\s{0,2}(?:[:=]|->|-)\s{0,3}/gi;
// "the Callahan family", "UPDATED CALLAHAN FAMILY"
const FAMILY_OF = /\bfamily\b/gi;
const WORD_END = /([A-Za-z][A-Za-z'’-]{1,30})[ \t]{1,2}$/;
// the last non-empty line: a bare signature ("Susan", "J. Doe")
const LAST_WORDS = /^(?:[A-Za-z][A-Za-z'’.-]{0,30}[ \t]{1,2}){0,2}[A-Za-z][A-Za-z'’-]{1,30}(?=\.?$)/;

/** "Quenby wishes to ...": a capitalised word before a verb of wishing or saying is a person. */
const BEFORE_REPORTING_VERB =
  /\b([A-Z][a-z'’]{2,30})[ \t]{1,2}(?:wishes|wished|states|stated|verbalizes|verbalized|verbalises|agrees|agreed|understands|understood|requests|requested|declines|declined|refuses|refused|asks|asked|reports|reported|expresses|expressed|(?:does|did)[ \t]{1,2}not[ \t]{1,2}(?:wish|want|agree|understand))\b/g;

/**
 * A phone number ("555-0123", "(617) 555-0123") or a phone cue ("cell#", "home #", "phone:");
 * the words right before it may be the person's name. Found from a cheap anchor (the last seven
 * digits, or a `#`/`:`), then checked backwards.
 */
const PHONE_ANCHOR = /\d{3}[-. ]\d{4}(?!\d)|[#:]/g;
const AREA_CODE_BEFORE = /\(?\d{3}\)?[-. ]?$/;
const PHONE_CUE_BEFORE = /\b(?:cell|home|work|mobile|phone|ph|tel|pager|beeper)[ \t]{0,2}$/i;
/** One to three capitalised words ending right before the phone cue. */
const WORDS_BEFORE_PHONE = /(?:^|[^A-Za-z'’-])((?:[A-Z][A-Za-z'’-]{1,30}[ \t]{1,2}){0,2}[A-Z][A-Za-z'’-]{1,30})[ \t]{0,2}[,:-]?[ \t]{0,2}$/;

const FIRST_NAME_AHEAD = /[A-Za-z][a-z'’]{1,30}(?![A-Za-z0-9'’-])/y;
const FIRST_NAME_AHEAD_CAPS = /[A-Za-z][A-Za-z'’]{1,30}(?![A-Za-z0-9'’-])/y;
const RELATION_WORD = /^(?:wife|husband|spouse|partner|son|daughter|mother|mom|father|dad|brother|sister|niece|nephew|aunt|uncle|cousin|friend|guardian|proxy)$/i;
/**
 * A first name right after a relation that the general rule refuses because it is also an
 * everyday or clinical word: set off by commas ("Nephew, Ed, phoned"; in lower case too when it
 * is no word: "daughter, lucy, called") or, in a note where case says nothing, a first name that
 * is also an everyday word ("BOYFRIEND JOY IN").
 */
function firstNameAfterRelation(text: string, pos: number, gap: string, caseless: boolean): [number, number] | undefined {
  const re = caseless ? FIRST_NAME_AHEAD_CAPS : FIRST_NAME_AHEAD;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const w = m[0];
  const end = pos + w.length;
  const setOff = gap.includes(',') && text[end] === ',';
  // lower case in a note where case carries meaning: only a given name that is no word, set off by
  // commas ("daughter, lucy, called") or right after the relation ("wife delfina 505-…")
  // (or a word no list holds, no clinical abbreviation and no slip of a word: "granddaughter nou at 0600")
  const cls = classifyWord(w);
  // never after a possessive (`granddaughter's quinceañera`), never a contraction written without its
  // apostrophe (`dad doesnt want`)
  const lowerFirst =
    !/^[A-Z]/.test(w) &&
    (cls === 'first' ||
      (cls === 'unknown' && gap.trim() === '' && !/['’]s\s{0,3}$/.test(text.slice(Math.max(0, pos - 6), pos)) && w.length >= 3 && /[aeiouy]/.test(w) &&
        !/(?:nt|ve|ll|re|im)$/.test(w) && !isClinicalAbbreviation(w) && !isSlipOfCommonWord(w)));
  if (!caseless && !/^[A-Z]/.test(w) && !((setOff || gap.trim() === '') && lowerFirst)) return undefined;
  if (RELATION_WORD.test(w)) return undefined;
  if (!caseless && gap.trim() === '' && lowerFirst) return [pos, end];
  if (!isFirstName(w)) return undefined;
  if (setOff) return [pos, end];
  if (caseless && gap.trim() === '' && classifyWord(w) === 'common-name') return [pos, end];
  // "Son Will visited", "daughter Hope called": a capitalised given name right after the relation
  if (!caseless && gap.trim() === '' && /^\p{Lu}\p{Ll}/u.test(w) && !NOT_A_GIVEN_NAME.test(w)) return [pos, end];
  return undefined;
}

/**
 * The word right after a relation that the rules above refuse, when it can only be a name: in
 * mixed-case notes a capitalised word that is no function or clinical word ("daughter Leaper
 * on"); where case says nothing, a word no dictionary knows before a verb ("DAUGHTER CHIRUZ
 * VISITS").
 */
const WORD_AHEAD = /\p{L}[\p{L}\p{M}'’-]{1,30}(?![\p{L}\d])/uy;
const VERB_AFTER_NAME = /^[ \t]{1,2}(?:visits|visited|visiting|called|calls|came|comes|is|was|will|has|had|states|stated|reports|reported|asked|asks|wants|wanted|requests|requested|brought|spoke|phoned|lives|stays|agrees|agreed|at|in|on)\b/i;
function otherNameAfterRelation(text: string, pos: number, caseless: boolean): [number, number] | undefined {
  WORD_AHEAD.lastIndex = pos;
  const m = WORD_AHEAD.exec(text);
  if (!m || RELATION_WORD.test(m[0])) return undefined;
  const w = m[0];
  const end = pos + w.length;
  const cls = classifyWord(w);
  if (cls === 'stop') return undefined;
  if (!caseless) return /^\p{Lu}\p{Ll}/u.test(w) && !NOT_A_GIVEN_NAME.test(w) && VERB_AFTER_NAME.test(text.slice(end, end + 16)) ? [pos, end] : undefined;
  return cls === 'unknown' && VERB_AFTER_NAME.test(text.slice(end, end + 16)) ? [pos, end] : undefined;
}

/** "overnight quiet. pat called": a first name opening a clause, then a verb of visiting or calling. */
const NAME_THEN_VISIT =
  /[.:;!?\n][ \t]{0,3}([A-Za-z][a-z'’]{1,20})[ \t]{1,2}(?:called|visited|phoned|came[ \t]{1,2}in|was[ \t]{1,2}in|stopped[ \t]{1,2}by|in[ \t]{1,2}to[ \t]{1,2}visit)\b/g;
/** The same at the very start of the note. */
const NAME_THEN_VISIT_AT_START =
  /[ \t]{0,3}([A-Za-z][a-z'’]{1,20})[ \t]{1,2}(?:called|visited|phoned|came[ \t]{1,2}in|was[ \t]{1,2}in|stopped[ \t]{1,2}by|in[ \t]{1,2}to[ \t]{1,2}visit)\b/y;

/** Services and specialists named like people ("Nephrology agrees", "Hepatologist requests"). */
const SERVICE_SUFFIX = /(?:ology|ologist|ologists|iatry|iatrist|ics|ism)$/i;

/**
 * True when `word` is two everyday or clinical words of three letters or more written as one
 * (`Crossmatch`, `Bloodwork`, `Workup`): a thing reported, not a person. (A surname built so, such
 * as `Newman`, is in the lexicon and never reaches this test.)
 */
function isTwoWordCompound(word: string): boolean {
  const w = word.toLowerCase();
  const known = (v: string): boolean => {
    const c = classifyWord(v);
    return c === 'stop' || c === 'common' || c === 'common-name' || c === 'common-surname';
  };
  for (let i = 3; i + 3 <= w.length; i++) if (known(w.slice(0, i)) && known(w.slice(i))) return true;
  return false;
}

/**
 * True when `word` is one typing slip (two neighbouring letters swapped, one letter too many or
 * one missing) away from an everyday or clinical word: "Pateint states" is the patient, not a person.
 */
function isSlipOfCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  const known = (v: string): boolean => {
    const c = classifyWord(v);
    return c === 'stop' || c === 'common' || c === 'common-surname';
  };
  for (let i = 0; i + 1 < w.length; i++) {
    if (known(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2))) return true;
  }
  for (let i = 0; i < w.length; i++) {
    if (w.length > 4 && known(w.slice(0, i) + w.slice(i + 1))) return true;
  }
  // one letter missing ("Cardic" for "cardiac")
  if (w.length >= 5) {
    for (let i = 1; i < w.length; i++) for (let c = 97; c <= 122; c++) if (known(w.slice(0, i) + String.fromCharCode(c) + w.slice(i))) return true;
  }
  return false;
}

function nameWordsOk(words: string[], caseless: boolean): boolean {
  return words.length > 0 && words.every((w) => /^[A-Z]\.?$/.test(w) || acceptsNameWord(w.replace(/[.,]$/, ''), 'medium', caseless));
}

// Cue words of the regexes above (the first word of each alternative, lower case): each regex
// runs only where one occurs (see _scan.ts).
const RELATION_CUE = cue(`wife husband hubby spouse partner son sons daughter daughters dtr dau bro sis mother mom mum father dad parents
  brother sister sibling niece nephew aunt uncle cousin grandson granddaughter grandmother grandfather grandma grandpa stepson
  stepdaughter stepmother stepfather fiance fiancee boyfriend girlfriend friend neighbor neighbour roommate companion caregiver
  hcp proxy health guardian nok poa contact next significant pastor priest rabbi chaplain imam auntie aunty boss supervisor foreman godmother godfather co coworker coworkers colleague classmate teammate housemate landlord landlady`);
const CUE_CUE = cue(`spoke speaking talked talking discussed met conversation conversed updated d s t per paged called notified
  informed phoned contacted seen examined evaluated visited accompanied communicated relayed reviewed signed handed cc ccd
  ask asked asking tell told telling texted emailed remind reminded call page
  follow followup follow-up f`);
const HEADER_CUE = cue(`name patient pt attending resident intern fellow pcp provider physician surgeon nurse rn md np author
  signed cosigned electronically dictated transcribed referring contact emergency hcp health proxy nok next guardian cc to from by re regarding`);
const SOCIAL_CUE = cue('social family psychosocial psycho soc psy');
const CREDENTIAL_CUE = cue(CREDENTIALS.replace(/\|/g, ' '));
const FAMILY_CUE = cue('family');
const VISIT_CUE = cue('called visited phoned came was stopped in');
const REPORTING_CUE = cue(`wishes wished states stated verbalizes verbalized verbalises agrees agreed understands understood requests
  requested declines declined refuses refused asks asked reports reported expresses expressed does did`);
/** CREDENTIAL is case-sensitive: its exact spellings. */
const CREDENTIAL_FORMS: ReadonlySet<string> = new Set(CREDENTIAL.source.replace(/^\\b\(\?:|\)\\b$/g, '').split('|'));
/** SOCIAL_HEADER needs `:`, `=` or `-` after its word (and up to two spaces). */
function socialMarkAfter(text: string, end: number): boolean {
  let p = end;
  while (p < end + 2 && /\s/.test(text[p] ?? '')) p++;
  const c = text[p];
  return c === ':' || c === '=' || c === '-';
}
/** NAME_THEN_VISIT's verbs: `was in`, `came in`, `stopped by`, `in to visit` need their next words. */
function visitVerbAt(ctx: ScrubContext, i: number): boolean {
  const ts = scanUnits(ctx);
  const w = ts[i]!.text;
  const next = ts[i + 1]?.text;
  if (w === 'was' || w === 'came') return next === 'in';
  if (w === 'stopped') return next === 'by';
  if (w === 'in') return next === 'to' && ts[i + 2]?.text === 'visit';
  return w === 'called' || w === 'visited' || w === 'phoned';
}
/** Words before a `#` or `:` that PHONE_ANCHOR's callback takes as a phone cue. */
const PHONE_WORD_CUE = cue('cell home work mobile phone ph tel pager beeper');
/**
 * Where PHONE_ANCHOR can match and its callback act: `555-0123` (found from its last four
 * digits) and a `#` or `:` right after a phone cue word; undefined for a full scan.
 */
function phoneAnchors(ctx: ScrubContext): number[] | undefined {
  if (!canUseCues(ctx)) return undefined;
  const { text } = ctx;
  const tokens = scanUnits(ctx);
  const out: number[] = [];
  const digit = (k: number): boolean => {
    const c = text.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  for (const t of tokens) {
    const s0 = t.start;
    if (s0 < 4 || !digit(s0) || !digit(s0 + 3) || digit(s0 + 4) || t.end < s0 + 4) continue;
    const sep = text.charCodeAt(s0 - 1);
    if ((sep === 45 || sep === 46 || sep === 32) && digit(s0 - 2) && digit(s0 - 3) && digit(s0 - 4)) out.push(s0 - 4);
  }
  const cueAt = cueTokens(ctx, PHONE_WORD_CUE)!;
  if (cueAt.length > 0) {
    for (const i of cueAt) {
      let p = tokens[i]!.end;
      for (let k = 0; k < 2 && (text[p] === ' ' || text[p] === '\t'); k++) p++;
      if (text[p] === '#' || text[p] === ':') out.push(p);
    }
    out.sort((a, b) => a - b);
  }
  return out;
}
/** After a cue, a lower-case given name and a surname no dictionary knows as a word ("discussed with maren tollefsen"). */
const LOWER_PAIR = /[ \t]{1,3}(\p{Ll}[\p{Ll}'’-]{1,30})[ \t]{1,2}(\p{Ll}[\p{Ll}'’-]{2,30})(?![\p{L}\d])/uy;
function lowerCaseNameAt(text: string, pos: number): [number, number] | undefined {
  LOWER_PAIR.lastIndex = pos;
  const m = LOWER_PAIR.exec(text);
  if (!m || classifyWord(m[1]!) !== 'first') return undefined;
  const c = classifyWord(m[2]!);
  if (c !== 'surname' && c !== 'unknown' && c !== 'first') return undefined;
  const start = pos + m[0].length - m[0].trimStart().length;
  return [start, pos + m[0].length];
}
/** A capitalised word right after a cue (up to three spaces after it). */
const CAPITALISED_WORD_AHEAD = /[ \t]{1,3}(\p{Lu}\p{Ll}{2,20})(?![\p{L}\d'’-])/uy;
/**
 * A given name that is also an everyday word (`Hope`, `Faith`, `Joy`, `Sunny`, `Gift`), capitalised
 * right after a cue of talking, handing over or reporting (`Discussed with Faith from PT`, `Per Joy in
 * pharmacy`, `Sign-out given to Hope`), in a note whose case carries meaning: the cue and the capital
 * vouch for it. Never before another capitalised word (a facility's or programme's name: `per Hope
 * Valley protocol`) or a team or service (`Hope team`).
 */
function everydayGivenNameAt(text: string, pos: number): [number, number] | undefined {
  CAPITALISED_WORD_AHEAD.lastIndex = pos;
  const m = CAPITALISED_WORD_AHEAD.exec(text);
  if (!m) return undefined;
  const w = m[1]!;
  if (NOT_A_GIVEN_NAME.test(w) || !isFirstName(w) || isClinicalAbbreviation(w) || classifyWord(w) === 'stop') return undefined;
  const end = pos + m[0].length;
  const after = text.slice(end, end + 32);
  if (/^[ \t]{1,2}\p{Lu}\p{Ll}/u.test(after) || SERVICE_AFTER.test(after)) return undefined;
  return [end - w.length, end];
}
/** A hand-over or a message left for someone (see {@link HANDOFF_CUE}): the person follows. */
const HANDOFF = new RegExp(`\\b${HANDOFF_CUE}`, 'gi');
const HANDOFF_WORDS = cue('sign signout report handoff hand message msg vm voicemail handing left');
/**
 * A given name before `from` and a service or desk (`Blessing from social work`, `Lucky from
 * transport`, `Faith from PT`): a person sent by the service. `m[1]` the name, `m[2]` the service.
 */
const NAME_FROM_SERVICE = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}{2,20})[ \t]{1,2}from[ \t]{1,2}(?:the[ \t]{1,2})?([\p{L}][\p{L} \t/&-]{1,30})/gu;
const FROM_CUE = cue('from');
/** Services and desks that send people (after `from`). */
const SENDING_SERVICE_AT = new RegExp(`^${SENDING_SERVICE}`, 'iu');

/** `by LA.` closing a sentence, or `by DM on the telephone` / `by DM via phone` / `by DM at 3:10 PM`. */
const BY_INITIALS = /\b(?:by|BY|By)[ \t]{1,2}((?:[A-Z]\.){2,3}|[A-Z]{2,3})(?=[.,;)]|[ \t]*(?:\n|$)|[ \t]{1,2}(?:(?:on|via|over|by)[ \t]{1,2}(?:the[ \t]{1,2})?(?:tele)?phone|at[ \t]{1,2}\d))/g;
const BY_CUE = cue('by');
/**
 * Dotted initials standing for a client or a signer: opening a numbered item before a colon or a
 * bracket (`1. R.T. (bunk 14): BP 182/104`, `5. J.B.: foot check`), or after `Signed`
 * (`Signed I.D. 3/18/24`). `m[1]` the initials.
 */
const DOTTED_INITIALS_ITEM = /(?:(?:^|\n)[ \t]{0,4}\d{1,2}[.)][ \t]{1,3}|\b(?:Signed|SIGNED|signed)[ \t]{1,2})((?:[A-Z]\.){2,3})(?=[ \t]{0,2}[:(]|[ \t]{1,2}\d)/g;
/** A bracket after the initials that holds where or who the client is (`(bunk 14)`, `(rm 4)`, `(62M)`). */
const CLIENT_BRACKET_AFTER = /^[ \t]{0,2}\((?:bunk|bed|cot|rm|room|mat|cell|tent)\b|^[ \t]{0,2}\(\d{1,3}[ \t]?[MFmf]\b/;
/** Capitals after `by` that name a test, an examiner or a time, or a title (`by US`, `by ME`, `by AM`, `by DR. X`), not initials. */
/** In a note in capitals, roles, services and relations after `by` as well (`SEEN BY PT.`, `CALLED BY SON.`). */
const BY_NOT_INITIALS_CAPS = /^(?:RN|RNS|MD|MDS|NP|PA|PT|OT|RT|ST|SW|CM|HO|NF|DO|GI|ID|IR|EP|ENT|ICU|SON|DTR|MOM|DAD|SIS|BRO|WIFE|FAM|NSG|RRT|TEAM|EMS|OSH|VNA|LAB|BB|PCP|HCP)$/;
const BY_NOT_INITIALS = /^(?:DR|MR|MS|MRS|ST|US|ME|IT|OR|AM|PM|MN|ED|ER|IR|CT|MRI|EKG|ECG|EEG|TTE|TEE|ABG|CXR|KUB|PET|THE|AND|YOU|HIM|HER|THEM|NNP|PNP|FNP|CNM|CRNA|APP|NP|RN|MD|RT|PT|OT|SLP|RD|SW|PCP|HO|NF)$/;

/** Cues of a conversation, after which two or three capitals are a person's initials. */
const CONVERSATION = /^(?:spoke|speaking|talked|talking|discussed|conversation|conversed|d\/w|s\/w|t\/w|communicated|relayed|reviewed|signed|handed|cc|paged|notified|informed|follow|f\/u)/i;
/** Verbs of reporting earlier in a sentence that ends "by XY." */
const REPORTING_BEFORE = /\b(?:communicated|discussed|notified|paged|called|reported|relayed|conveyed|reviewed|dictated|signed|interpreted|read|performed|telephoned|informed)\b/i;
/** The sentence before `at`: back to the last full stop, question or exclamation mark, or line start (150 characters at most). */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 150);
  const seg = text.slice(from, at);
  // a sentence ends at a full stop before a capital, not after "Jan." or "Dr."
  let cut = Math.max(seg.lastIndexOf('? '), seg.lastIndexOf('! '), seg.lastIndexOf('\n'));
  for (const m of seg.matchAll(/\.\s+(?=[A-Z])/g)) if (m.index! > cut && !/\b(?:[A-Z][a-z]{0,3}|DR|MR|MRS|MS|ST|JR|SR)$/.test(seg.slice(0, m.index))) cut = m.index!;
  return seg.slice(cut + 1);
}
/** Roles and care units in brackets after initials, each in lower case, capitals or title case (`(night float)`, `(COVERING NP)`, `(ED)`). */
const BRACKET_ROLE_WORDS = ['senior', 'junior', 'chief', 'admitting', 'night float', 'covering', 'cross cover', 'cross-cover', 'crosscover', 'on call', 'on-call', 'oncall', 'resident', 'intern', 'fellow', 'attending', 'hospitalist', 'moonlighter', 'np', 'pa', 'rn', 'md', 'pcp', 'days', 'nights', 'day team', 'night team'];
const BRACKET_UNIT_WORDS = ['ed', 'er', 'icu', 'micu', 'sicu', 'ccu', 'radiology', 'surgery', 'medicine'];
const anyCase = (words: readonly string[]): string =>
  [...new Set(words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.replace(/(^|[ -])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase())]))]
    .map((w) => w.replace(/ /g, '[ \\t]'))
    .join('|');
/** Initials before a role in brackets: "JZ (night float)", "BK (covering NP)", "MM (ED)"; `m[2]` the role word. */
const INITIALS_THEN_ROLE = new RegExp(`\\b([A-Z]{2,3})[ \\t]{0,2}\\((${anyCase([...BRACKET_ROLE_WORDS, ...BRACKET_UNIT_WORDS])})(?![\\w-])`, 'g');
/** Initials before a pager or phone in brackets: `to MR (pgr 41190)`, `Night: JHS (pager 38260)`: the number reaches a person. */
const INITIALS_THEN_PAGER = /\b([A-Z]{2,3})[ \t]{0,2}\((?:pager|pgr|pg|beeper|bpr|ext|x|cell|mobile|tel|ph|phone)\.?[ \t:#]{0,3}\d/gi;
const PAGER_CUE = cue('pager pgr pg beeper bpr ext x cell mobile tel ph phone');
/**
 * A name someone goes by, after the words that give it (`(pref. "Ted")`, `(goes by Grace)`, `aka
 * Junior`, `known as Bud`): any word, as the cue vouches for it. `m[1]` the name.
 */
const PREFERRED_NAME = new RegExp(`\\b(?:${NAME_GIVEN_WORDS})[ \\t]{1,2}["“']?(\\p{Lu}[\\p{L}'’-]{1,20}(?:[ \\t]\\p{Lu}[\\p{L}'’-]{1,20})?)["”']?(?![\\p{L}\\d])`, 'gu');
const PREFERRED_CUE = cue('goes pref preferred prefers nickname aka a known');
/**
 * A sender's login in lower case after a clock time anywhere in a line, maybe `FROM` and a role,
 * before a colon (`Addendum 7/19/24 19:40 kalley: daughter called`, `05:40  FROM RN javi: bed 6`).
 * `m[1]` the login (checked by the caller).
 */
const TIME_LOGIN_COLON =
  /(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?[ \t]{1,3}(?:(?:FROM|From|from)[ \t]{1,2})?(?:(?:RN|MD|NP|PA|RT|CM|SW|PharmD|RPh|LPN|CNA)[ \t]{1,2})?([a-z]{2}[a-z0-9._-]{1,19})(?=:[ \t])/g;
/**
 * An interpreter by name after the word, maybe how they came and a bracket (`interp Lurdes`,
 * `interp Oksana #UK-5521`, `phone interp (Wing #C-3107)`, `Karen interpreter (in person Saw Eh
 * Doh)`), before a bracket, a number or a word of the visit. `m[1]` the name, one to three words
 * in title case (checked by the caller).
 */
const INTERPRETER_NAME =
  /\b(?:interp(?:reter)?|Interp(?:reter)?|translator|Translator)\.?[ \t]{1,2}(?:\([ \t]?|-[ \t]?)?(?:(?:in-person|in[ \t]person|phone|video|VRI|OPI)[ \t]{1,2})?(\p{Lu}\p{Ll}{1,15}(?:[ \t]\p{Lu}\p{Ll}{1,15}){0,2})(?=[ \t]{0,2}(?:[#(),;.:]|\r?\n|$)|[ \t](?:present|used|via|from|for|at|ID|id|and|who|interpreted|translated|was|is|\d))/gu;
const INTERPRETER_CUE = cue('interp interpreter translator');
/** Words after `interpreter` that name no one (`Interpreter Services`, `interpreter Line`). */
const NOT_INTERPRETER = /^(?:services?|line|lines|phone|video|language|languages|present|used|requested|declined|available|via|department|dept|staff|team|office|desk|pool|program|app|ipad|tablet|cart|certified|medical|hospital|needed|called|unavailable|scheduled|booked|for|the|and|in|on|at|by|to|of|was|is|ok|none|not|no|yes)$/i;
/**
 * A login in lower case right before a pager's or a phone's label and its number (`night: jchavez
 * pgr 4521`, `questions -> mras cell 402-555-0199`): who to reach. `m[1]` the login.
 */
const LOGIN_THEN_PAGER = /(?<![\w@.'’-])([a-z]{4,12}\d{0,3})[ \t]{1,2}(?:pager|pgr|beeper|bpr|cell|mobile|ph)\.?[ \t:#]{0,3}\(?\d/g;
const BRACKET_UNIT = new RegExp(`^(?:${anyCase(BRACKET_UNIT_WORDS)})$`);
const ROLE_IN_BRACKETS_CUE = cue('senior junior chief admitting night covering cross crosscover oncall on resident intern fellow attending hospitalist moonlighter np pa rn md ed er icu micu sicu ccu pcp radiology surgery medicine days nights day');
/** A writer's initials in capitals, a slash or colon, a typist's in lower case: `JS/mk`, `AB:cq`. */
const TYPIST = /(?<![\p{L}\d/:])(\p{Lu}{2,3}|\p{Ll}{2,3})[/:](\p{L}{2,3})(?![\p{L}\d/:])/gu;
/** After typist initials: a date in digits or opening with a month or weekday (`JS/mk  3/4/2012`, `AD/tc  Sep. 19, 2015`, `AL/bd  Sun 11/03/13`). */
const TYPIST_THEN_DATE = /^[ \t]{1,4}(?:[DT]:[ \t]{0,2}\d|(?!\d{1,3}\.\d{1,3}(?![.\d]))\d|job\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?[ \t]{1,2}\d)/i;
/** After lower-case writer's and typist's initials (`mdb/kr  Job #: 884102`): a job number or a whole date, never a fraction (`gu/gi 1/2`). */
const LOWER_TYPIST_THEN = /^[ \t]{1,4}(?:job\b|[DT]:[ \t]{0,2}\d|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b)/i;
/** After a writer's and typist's initials in a signature line's columns: a job or accession number, a signing mark, a date or the line's end. */
const SIGNATURE_COLUMN_AFTER = /^(?:[ \t]{2,12}(?:job\b|acc(?:ession)?\b|doc\b|d:|t:|#|(?:e-?|electronically[ \t])?signed\b|final\b|prelim(?:inary)?\b|verified\b|approved\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b)|[ \t]*(?:\r?\n|$))/i;
const TYPIST_THEN_DATE_OR_END = new RegExp(`${TYPIST_THEN_DATE.source}|^[ \\t]*(?:\\r?\\n|$)`, 'i');
/** True when only spaces or tabs separate `at` from the start of its line. */
function atLineStartOnly(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}
const DEAR = /\bdear[ \t]{1,2}(?:(?:mr|mrs|ms|miss|dr|mx)\.?[ \t]{1,2})?/gi;
const DEAR_CUE = cue('dear');
/** `Hey Ray, can you…`, `Hi Dana -`: a greeting opening a line, then one capitalised word and a comma, dash or `!`. */
const GREETING = /(?:^|\n)[ \t]{0,3}(?:hi|hey|hello|good[ \t]{1,2}(?:morning|afternoon|evening))[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{1,30})(?=[ \t]{0,2}(?:,|!|[-–—][ \t])|[ \t]{1,2}(?:this|it['’]s)[ \t]{1,2}(?:is[ \t]{1,2})?\p{L})/giu;
/** A greeting after a chat or message header's colon (`4/8 9:47 AM: Hi Rain, Dr. Park says yes`). */
const GREETING_AFTER_COLON = /:[ \t]{1,3}(?:hi|hey|hello)[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{1,30})(?=[ \t]{0,2}(?:,|!|[-–—][ \t]))/giu;
const GREETING_CUE = cue('hi hey hello');
/** Words a greeting addresses that are no person (`Hi team,`, `Hi all,`, `Hello Nephrology,`). */
const NOT_GREETED = /^(?:team|all|everyone|folks|guys|there|again|both|y'all|yall|nurses?|doctors?|docs?|colleagues?|friends?|patient|patients|parents?|family|families|sir|madam|sirs|doctor|provider|providers|reviewer|editor|committee|caregiver|caregivers|member|members)$/i;
/** Titles a greeting may hold in place of a name (`Hi Dr,`). */
const GREETED_TITLE = /^(?:dr|drs|mr|mrs|ms|miss|mx|prof|doc|doctor|sir|madam|mister)$/i;
const startsWithGreeting = (line: string): boolean => /^[ \t]{0,3}(?:hi|hey|hello|good)\b/i.test(line);
/** `/s/`: an electronic signature mark before the signer's name. */
const SIGNED_MARK = /\/s\/[ \t]{0,3}/g;
/** Capitalised words after a relation that never name anyone ("Son In law", "wife The"). */
const NOT_A_GIVEN_NAME = /^(?:The|A|An|His|Her|Their|Our|My|Your|This|That|He|She|They|It|We|I|You|And|Or|But|If|In|On|At|To|Of|For|With|By|Is|Was|Are|Has|Had|Who|Which|Says|Said|Also)$/;
/** A history opening with its subject: "<name> is a 91 y/o", "<name> is a ninety-year-old". */
const SUBJECT_OF_AGE =
  /(?:^|[\n.!?])[ \t]{0,4}((?:(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|de|da|di|del|der|den|van|von|la|le|du|el|al)[ \t]{1,2}){0,4}\p{Lu}[\p{L}\p{M}'’-]{1,30})[ \t]{1,2}is[ \t]{1,2}an?[ \t]{1,2}(?=\d|(?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty|one|a)\b)/giu;
const IS_CUE = cue('is');
/** "is a 91", "is an 89", "is a ninety-one-year-old": "is", an article, then an age. */
function ageAfterIs(ctx: ScrubContext, i: number): boolean {
  const ts = scanUnits(ctx);
  const a = ts[i + 1]?.lower;
  const n = ts[i + 2]?.text;
  if ((a !== 'a' && a !== 'an') || n === undefined) return false;
  return /^\d/.test(n) || /^(?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty|one|a)$/i.test(n);
}
const atClauseStart: StartOk = (text, at) => {
  const c = text.charCodeAt(at);
  return at === 0 || c === 10 || c === 46 || c === 33 || c === 63;
};
/** Typist initials after a slash closing a signature line: `W. HALLORAN, M.D. / jbp`, `DR. H. ABERNATHY-COLE / rj / DICTATED`. */
const SLASH_TYPIST = /(?:\b(?:M\.?D|R\.?N|N\.?P|P\.?A|D\.?O)\.?|\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]{0,6}\/[ \t]{0,2}([a-z]{2,3})(?=[ \t]{0,2}(?:\/|\r?\n|$)|[ \t]{1,6}[Jj]ob\b)/gu;
/** A credential (perhaps with its board in brackets), a slash and initials closing the line: `RN / BN`, `PA(ASCP) / kp.`. `m[1]` the initials. */
const CREDENTIAL_SLASH_INITIALS = new RegExp(`${CREDENTIAL_SLASH}([A-Z]{2,3}|[a-z]{2,3})(?=[ \\t.]{0,3}(?:\\r?\\n|$))`, 'g');
/** A worker's job as a label (`Cytotechnologist:`, `Sonographer:`, `Case manager:`), then two or three capitals before a column gap or the line end. `m[1]` the initials. */
const JOB_LABEL_INITIALS = /\b\p{L}{2,30}(?:ist|ian|ographer|worker|manager|nurse|tech|technician|coordinator|navigator|counsel(?:l)?or|assistant|aide|scribe|typist|reader|reviewer)[ \t]{0,2}:[ \t]{1,3}([A-Z]{2,3})(?=[ \t]{2,}|[ \t]*(?:\r?\n|$))/gu;
/** A line of a slash, two to four capitals and a credential (`/MJK RN`). `m[1]` the initials. */
const SLASH_INITIALS_CREDENTIAL = /(?:^|\n)[ \t]{0,3}\/[ \t]{0,2}([A-Z]{2,4})[ \t]{1,2}(?:RN|LPN|MD|NP|PA|RT|CNA|PT|OT|SW)\.?[ \t]*(?=\r?\n|$)/g;
/** Credentials that may follow a slash after another (`RN/LPN`, `MD/MPH`). */
const NAMING_CREDENTIAL_WORD = /^(?:md|do|rn|np|pa|lpn|cna|mph|mba|ms|msn|bsn|phd|rph|rd|ot|pt|slp|sw|cm)$/i;
/** A dictation footer's dictator and typist by their initials: `D: WB     T: jkm     DD: 05/20/2024`. */
const DICTATION_FOOTER = /(?:^|\n)[ \t]{0,3}D:[ \t]{1,3}([A-Za-z]{2,3})[ \t]{2,}T:[ \t]{1,3}([A-Za-z]{2,3})(?=[ \t]{2,}|[ \t]*(?:\r?\n|$))/g;
/** `cc @jpelletier`: a user mentioned by handle (a letter first; `@ 1230` and `@MGH` are "at"). */
const MENTION = /(?<![\w.@])@([a-z][a-z0-9._-]{2,30}[a-z0-9])(?![\w@.-])/g;
/**
 * `thx -mk`, `thanks, JT`, `thanks HM!`, `Thanks -- FQ, pgr 3391`: initials signing off a message at
 * the end of a line (or before the writer's pager).
 */
const SIGN_OFF = /\b(?:thx|thanks|thank[ \t]{1,2}you|ty|tx)[ \t]{0,2}[,!.]?[ \t]{0,2}[-–—~]{0,2}[ \t]{0,2}([A-Za-z]{2,3})[ \t.!]{0,4}(?=\r?\n|$|,[ \t]{0,2}(?:pgr|pager|page|x|ext|cell|c)\b\.?[ \t]{0,2}#?[ \t]{0,2}\d)/gi;
const SIGN_OFF_CUE = cue('thx thanks thank ty tx tysm tyvm');
/**
 * A given name signing off after thanks, in any case (`thank u lola`, `thx dana @ anticoag clinic`,
 * `Thanks, Priya RN`): at the line's end, or before `@`, a credential or an extension. `m[1]` the name.
 */
const SIGN_OFF_GIVEN =
  /\b(?:thx|thanks|thank[ \t]{1,2}(?:you|u)|ty|tx|tysm|tyvm)(?![\p{L}\p{N}])[ \t]{0,2}[,!.]{0,3}[ \t]{0,2}(?:[-–—~][ \t]{0,2})?(\p{L}[\p{Ll}'’]{2,14})(?=[ \t.!]{0,4}(?:\r?\n|$)|[ \t]{1,2}@|,?[ \t]{1,2}(?:RN|MD|NP|PA|DO|RD|PharmD|LPN|CNA|MSW)\b|,?[ \t]{1,2}(?:x|ext\.?)[ \t]?\d)/giu;
/**
 * A closing word alone on its line, then the writer's name alone on the next (`Thanks,\nRain`,
 * `Mahalo,\nGrant Mahoe, PsyD`): one to three capitalised words, maybe a credential after a comma.
 * `m[1]` the name.
 */
const VALEDICTION_NAME =
  /(?:^|\n)[ \t]{0,3}(?:thanks|thank[ \t]you|thx|best|regards|best[ \t]regards|kind[ \t]regards|warm[ \t]regards|sincerely|cheers|mahalo|respectfully|warmly|gratefully|take[ \t]care)[ \t]{0,2}[,!.]?[ \t]{0,3}\r?\n[ \t]{0,3}(\p{Lu}[\p{L}\p{M}'’-]{1,24}(?:[ \t]{1,2}\p{Lu}[\p{L}\p{M}'’.-]{0,24}){0,2})[ \t]{0,3}(?=,[ \t]{0,2}\p{Lu}{2,}|\r?\n|$)/giu;
/** A closing word, a comma or dash, then a given name ending the line (`Thanks, Rain`, `thx -- Brook`). `m[1]` the name. */
const VALEDICTION_INLINE = /\b(?:thanks|thank[ \t]you|thx|mahalo|cheers|regards)[ \t]{0,2}(?:,|[-–—]{1,2})[ \t]{0,2}(\p{Lu}\p{Ll}{2,24})[ \t.!]{0,3}(?=\r?\n|$)/giu;
const VALEDICTION_CUE = cue('thanks thank thx mahalo cheers regards');
/** Words of a desk or a role signing a message, never a person's name (`Tumor Board Coordinator`, `Scheduling Office`). */
const DESK_WORD = /^(?:the|coordinator|coordinators|manager|navigator|nurse|nurses|team|office|desk|staff|board|committee|department|dept|unit|service|services|program|programme|clinic|center|centre|scheduling|scheduler|registration|admissions|billing|pharmacy|lab|laboratory|front|triage|intake|reception|line|hotline|group|practice|administration|admin|registrar|consultant|resident|fellow|attending|hospitalist|pharmacist|physician|surgeon|nursing|staff)$/i;
const startsWithValediction = (line: string): boolean => /^[ \t]{0,3}(?:thanks|thank[ \t]you|thx|best|regards|kind|warm|sincerely|cheers|mahalo|respectfully|warmly|gratefully|take[ \t]care)\b/i.test(line);
/** A role signing in lower case (`- res`, `~att`): in capitals the same letters may be someone's initials. */
const ROLE_SIGN_OFF = /^(?:res|resi|att|attg|intern|chief|nnp|pharm)$/;
/** What closes a message in place of initials: a word, or a role or credential signing for its desk (`-- RPh`, `thx, CDS`). */
const SIGN_OFF_NOT_INITIALS = new RegExp(`^(?:all|end|ok|team|${CREDENTIALS}|do|rph|cds|cdi|rd|rdn|slp|cm|cna|cnm|phd|dds|dmd|dpm|od|ccm|ed|er|icu|or|ir|gi|id)$`, 'i');
/** `--KLM` alone on a line, or initials glued to one hyphen (`-RH`, `-mh`; a list item has a space: `- RH`). */
const DASH_SIGN_OFF = /(?:^|\n)[ \t]{0,4}(?:(?:--|~|—)[ \t]{0,2}|-(?=[A-Za-z]{2,3}[ \t.]{0,4}(?:\r?\n|$)))([A-Za-z]{2,3})[ \t.]{0,4}(?=\r?\n|$)/g;
/**
 * `ok to sign? -mb`, `2nd attempt. -rn lw`, `from 2019-08-14. -Priya`, `Order # 881. - mrodrigues`:
 * a dash, a role at most, and initials, a given name or a login closing a sentence at the line end
 * (or before the date and time it was written: `- AVL 6/11 4:10 PM`); dotted initials (`— T.G.`); one
 * capital glued to the dash at a message's end (`-D`).
 */
const END_DASH_SIGN_OFF = /(?<=[.?!][ \t]{1,3})(?:--|[-–—~])[ \t]{0,2}(?:(?:rn|md|np|pa|do)[ \t]{1,2})?([A-Za-z][a-z]{1,19}\d{0,3}|[A-Z]{2,3}|(?:[A-Z]\.){2,3}|(?<=[-–—~])[A-Z](?=[ \t]{0,4}(?:\r?\n[ \t]*\r?\n|$)))[ \t.]{0,4}(?=\r?\n|$|[ \t]{1,3}\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]{1,2}\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?)?[ \t]*(?:\r?\n|$))/gi;
/**
 * A dash mid-line, then initials or a given name, then what a signer writes after their name: a
 * credential or role (`-tess RN`, `- jw triage RN`), a duty (`-hv on call 3/8`), a pager
 * (`-MT pgr 55190`), a role in brackets (`-Iris (oncology RN, ...)`) or a comma and a workplace
 * (`- sk, Pellworth Family Practice`). `m[1]` the signer.
 */
const DASH_SIGN_OFF_ROLE =
  /(?<=[^\s-][ \t]{1,3})(?:--|[-–—~])[ \t]{0,2}([a-z]{2,4}|[A-Z]{2,3}|[A-Z][a-z]{2,19})(?=,?[ \t]{1,3}(?:RN|MD|NP|PA|DO|RD|RDN|PharmD|RPh|LPN|CNA|MSW|LCSW|CNM|triage\b|on[ \t]call\b|pgr\b|pager\b|x[ \t]?\d|ext\.?[ \t]?\d|\((?:[a-z]{2,20}[ \t]){0,2}(?:RN|MD|NP|PA|RD|SW|nurse|resident|fellow|pharmacist|tech)\b)(?![A-Za-z])|,[ \t]{1,2}\p{Lu}\p{Ll}{2,20}[ \t]{1,2}\p{Lu})/gu;
/**
 * A dash after a word or a number, then initials closing the whole message (`pls page 40972 - hl`,
 * `paged hospice RN Deb - ck`, `next visit 3/14. -PS`). `m[1]` the initials.
 */
const DASH_INITIALS_AT_END = /(?<=[^\s-][ \t]{1,3})(?:--|[-–—~])[ \t]{0,2}([a-z]{2,3}|[A-Z]{2,3})[ \t.]{0,3}$/g;
/** A word that closes a message without being anyone's: a function word, a desk or role signing (`ok`, `RPh`, `pharm`, `nurse`). */
function neverSigns(w: string): boolean {
  return classifyWord(w) === 'stop' || SIGN_OFF_NOT_INITIALS.test(w) || ROLE_SIGN_OFF.test(w) || CHAT_ROLE.test(w);
}
/** A line LINE_LOGIN may match: a lower-case word after at most three spaces or tabs. */
const startsWithLowerCaseWord = (line: string): boolean => /^[ \t]{0,3}[a-z]{5}/.test(line);
/** A line DASH_SIGN_OFF may match: a dash or tilde after at most four spaces or tabs. */
const startsWithSignOffDash = (line: string): boolean => /^[ \t]{0,4}(?:--|~|—|-[A-Za-z])/.test(line);
/** Verbs of record keeping before `by` and a login (`entered by`, `cosigned by`). */
const RECORD_VERBS = 'entered|signed|verified|ordered|reviewed|documented|charted|edited|modified|created|updated|acknowledged|released|cosigned|completed';
/** A role in brackets before a comma and a login (`(resident, dkwiat)`). */
const ROLE_COMMA = String.raw`\((?:resident|intern|fellow|attending|rn|np|pa|md|pharmacist|tech),`;
/**
 * A login written as an initial and a surname, after a verb of record keeping and `by`, a role
 * in brackets or a record label: `entered by rkapoor at 09:44`, `(resident, dkwiat)`, `signed:
 * jmorales3`.
 */
const INITIAL_SURNAME_LOGIN = new RegExp(
  `(?:\\b(?:${RECORD_VERBS})[ \\t]{1,2}by|${ROLE_COMMA}|\\b(?:signed|entered|user|author|login|by)[ \\t]{0,2}:)[ \\t]{0,2}([a-z])([a-z]{4,20})(\\d{0,3})(?![\\w@.-])`,
  'g',
);
/**
 * More places a login stands: after a hand-off word (`signout rbhatt`), a reading or
 * transcription label (`WET READ: jmcallister`), `by` (`drawn 10/3 0545 by kbellamy`), or `login
 * is` (`My login is mbarrett4`). See also {@link LOGIN_ARROW} and {@link LOGIN_BRACKETED}.
 */
const LOGIN_MORE =
  /(?:\b(?:signout|sign-out|handoff|hand-off|signed[ \t]out|handed[ \t]off)[ \t]{1,2}(?:to[ \t]{1,2})?|\b(?:wet[ \t]read|read|transcribed|dictated|typed|tech)[ \t]{0,2}:[ \t]{0,2}|\bby[ \t]{1,2}|\blogin[ \t]{1,2}is[ \t]{1,2})([a-z])([a-z]{4,20})(\d{0,3})(?![\w@.-])/gi;
/** The same after a hand-off arrow (`rbhatt -> ekowalski2`). */
const LOGIN_ARROW = /(?:->|→)[ \t]{0,2}([a-z])([a-z]{4,20})(\d{0,3})(?![\w@.-])/g;
/** The same in brackets after the surname it spells (`Tanveer Qureshi (tqureshi)`), or after a writer's initials and a slash (`TRO/kpatel3`). */
const LOGIN_BRACKETED = /(?:\b\p{Lu}\p{Ll}{1,30}[ \t]{1,2}\(|\b\p{Lu}{2,3}\/)([a-z])([a-z]{4,20})(\d{0,3})(?![\w@.-])/gu;
/**
 * A login alone in brackets (`(jtkachu2)`): a name of the note's signature when it spells a given
 * name's initial and a surname, or the surname cut to the system's length, written before it on its
 * line (`Tkachuk, Jolene PA-C (jtkachu2)`, `Dr. Marisol Oyelaran-Pike (moyelaran)`). `m[1]` the
 * initial, `m[2]` the rest, `m[3]` the digits.
 */
const LOGIN_ALONE_BRACKETED = /\(([a-z])([a-z]{4,20})(\d{0,3})\)/g;
/** Capitalised words (a hyphenated surname's parts apart). */
const CAPITALISED_WORD = /\p{Lu}\p{Ll}{1,30}/gu;

/**
 * True when the login's rest is one of the capitalised words of `before` (or its first five
 * letters or more: `tkachu` of `Tkachuk`) and another of them starts with the login's initial
 * (`Tkachuk, Jolene`, `Jolene Tkachuk`).
 */
function spellsNameBefore(before: string, initial: string, rest: string): boolean {
  const words = [...before.matchAll(CAPITALISED_WORD)].map((w) => w[0].toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!(w === rest || (rest.length >= 5 && w.startsWith(rest)))) continue;
    if (words.some((g, j) => j !== i && g.charAt(0) === initial)) return true;
  }
  return false;
}
/** Endings of English words the lexicons may lack (`interventional`, `overnight`, `reassessment`): no login. */
const WORD_ENDING = /(?:al|ic|ary|ive|ous|ar|tion|sion|ing|ed|ory|ure|ose|ate|ly|ment|ness|ist|ism|ity|ight|logy)$/;
/** The strong places of a login: a record's label or a verb of record keeping and `by` (not `by` alone, nor a hand-off). */
const RECORD_LABEL_LOGIN = new RegExp(
  `(?:\\b(?:${RECORD_VERBS}|dictated|transcribed|typed|exported)[ \\t]{1,2}by|${ROLE_COMMA}|\\b(?:signed|entered|user|author|login|wet[ \\t]read|read|transcribed|dictated|typed|tech)[ \\t]{0,2}:)[ \\t]{0,2}$`,
  'i',
);
const LOGIN_MORE_CUE = cue('signout sign handoff hand wet read transcribed dictated typed tech by login');
/** A typist's or reader's initials in lower case after a transcription or reading label (`Transcribed: mo'c`, `read: tbm (thibodeaux, b)`, `transcribed by rlt`). */
const TYPIST_AFTER_LABEL = /\b(?:transcribed|typed|dictated|read)(?:[ \t]{1,2}by)?[ \t]{0,2}:?[ \t]{1,2}([a-z]{2,3}(?:['’][a-z])?)(?=[ \t]{0,2}(?:\r?\n|$|\(|\/\/)|[ \t]{1,6}\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|[ \t]{1,6}[Jj]ob\b)/gi;
const TYPIST_LABEL_CUE = cue('transcribed typed dictated read');
/** A role in brackets after a chat sender's name. */
const CHAT_ROLE = /^(?:attending|resident|fellow|intern|pgy-?\d|rn|md|do|np|pa|pa-c|sw|social work|blood bank|pharmacy|pharmd|rph|charge(?: rn)?|surgery|trauma|anesthesia|ortho|radiology|ir|icu|ed|er|chaplain|interpreter|case manager|cm|rt|pt|ot|slp|tech|nurse|nursing|family|wife|husband|son|daughter|mother|father|mom|dad|sister|brother)$/i;
/**
 * A secure-chat line: a date and a time open it, then the sender and a colon (`04/11/2022 02:14
 * kpatel7: hey are you covering`, `01/05/24 10:02 svc_tbrandt: merge completed`).
 */
const CHAT_SENDER = new RegExp(`(?:^|\\n)[ \\t]{0,3}${REPLY_OPENING}${CHAT_STAMP}([A-Za-z][A-Za-z0-9._-]{1,30})(?=(?:[ \\t]{1,2}\\((?:${CHAT_ROLE.source.slice(4, -2)})\\))?:[ \\t])`, 'gi');
/** A chat stamp with a date in it (`4/11 07:02`), not a time alone. */
const STAMP_WITH_DATE = /\d\/\d/;
/**
 * A chat or page-log line whose sender is written as a name, after the time: `23:58  Cook, Sterling
 * (Attending): lvl 1 GSW`, `00:40  Blessing Okonkwo (SW): family here`, `00:52  Precious (blood
 * bank): cooler ready`. `m[1]` the name, `m[2]` the role in brackets, if any.
 */
const CHAT_NAMED = new RegExp(`(?:^|\\n)[ \\t]{0,3}${CHAT_STAMP}(\\p{Lu}[\\p{L}'’-]{1,30}(?:,?[ \\t]{1,2}\\p{Lu}[\\p{L}'’-]{0,30}\\.?){0,2})(?:[ \\t]{1,2}\\(([^()\\n]{1,24})\\))?(?=:[ \\t])`, 'gu');
const STARTS_WITH_DATE = new RegExp(`^[ \\t]{0,3}${REPLY_OPENING}\\[?\\d{1,2}[/:]`);
const startsWithDate = (line: string): boolean => STARTS_WITH_DATE.test(line);
/**
 * A secure-chat line that opens with its sender, then the time and a colon (`kmahoe 14:05: ya
 * hold`, `Keoni [2:05 PM]: ok`) or, for a login, two spaces (`mkleinschmidt3 02:11  cards fellow`).
 */
const CHAT_SENDER_FIRST = new RegExp(`(?:^|\\n)[ \\t]{0,3}([A-Za-z][A-Za-z0-9._-]{1,30})(?:[ \\t]{1,2}\\((?:${CHAT_ROLE.source.slice(4, -2)})\\))?[ \\t]{1,3}\\[?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp][Mm])?\\]?(?=:[ \\t]|[ \\t]{2}\\S)`, 'gi');
const startsWithWordThenTime = (line: string): boolean => /^[ \t]{0,3}[A-Za-z][A-Za-z0-9._-]{1,30}(?:[ \t]{1,2}\([A-Za-z -]{2,24}\))?[ \t]{1,3}\[?\d{1,2}:\d{2}/.test(line);
/**
 * A hand-off list item that opens with the patient's name, then the age and sex (`1. halona b 19F
 * SI w/ plan`, `2) Tafoya, Ramon 45 M`, `mrs cordova 92F`): one to three name words, a title at most;
 * a room or bed may come first (`1) 612A TANAKA, Hiroshi 95M`) and a quoted nickname last
 * (`DHILLON, Sukhwinder "Sunny" 63M`).
 */
const LIST_NAME_AGE =
  /(?:^|\n)[ \t]{0,3}(?:\d{1,2}(?:[.)][ \t]{1,3}|[ \t]{2,4}))(?:(?:[Rr]m|RM|[Rr]oom|ROOM|[Bb]ed|BED|[Bb]d)?\.?[ \t]{0,2}\d{1,4}[A-Za-z]?[ \t]{1,3}(?=\p{L}))?(?:(?:mr|mrs|ms|miss)\.?[ \t]{1,2})?(\p{L}[\p{L}\p{M}'’-]{1,30}(?:,?[ \t]{1,2}\p{L}[\p{L}\p{M}'’-]{0,30}){0,2})(?:[ \t]{1,2}["“][\p{L}'’-]{1,20}["”])?(?:[ \t]{1,30}(?=\d{1,3}[ \t]?(?:y\/?o[ \t]?|yo[ \t]?)?[MFmf](?![\p{L}\d]))|[ \t]{2,30}(?=\d{1,3}[ \t]{2,}\S))/gu;
/**
 * A given name and a surname, a comma, then the age and sex (`hope carver, 23F`, `Dale Rivers, 61 M`):
 * a person introduced by age and sex anywhere, in lower case too. `m[1]` and `m[2]` the two names.
 */
const NAME_COMMA_AGE_SEX = /(?<![\p{L}\d'’.-])(\p{L}[\p{L}'’-]{1,30})[ \t]{1,2}(\p{L}[\p{L}'’-]{1,30}),[ \t]{1,2}\d{1,3}[ \t]?(?:y\/?o[ \t]?|yo[ \t]?)?[MFmf](?![\p{L}\d])/gu;
const startsWithListNumber = (line: string): boolean => /^[ \t]{0,3}\d{1,2}(?:[.)][ \t]{1,3}|[ \t]{2,4})(?:(?:rm|room|bed|bd)?\.?[ \t]{0,2}\d{1,4}[A-Za-z]?[ \t]{1,3})?\p{L}/iu.test(line);
/** `wkellerman – lab called crit K`, `sjanssen / Sara Janssen, MSW`: a login opening a line, then a dash, a colon or a slash. */
const LINE_LOGIN = /(?:^|\n)[ \t]{0,3}([a-z])([a-z]{4,20})(\d{0,3})[ \t]{0,2}(?=[-–—:/][ \t])/g;
const LOGIN_CUE = cue('entered signed verified ordered reviewed documented charted edited modified created updated acknowledged released cosigned completed resident intern fellow attending rn np pa md pharmacist tech user author login by');
/** A user name after `login`, `user`, `username`: lower-case letters with digits, dots or underscores. */
const USERNAME = /\b(?:log-?in|user(?:name)?|user[ \t]id)[ \t]{0,2}:?[ \t]{1,2}([a-z][a-z0-9._-]{2,30}[a-z0-9])(?![\w@.-])/gi;
const USERNAME_CUE = cue('login log user username');
/** `Surname, Given I.` anywhere: a surname, a comma, a given name and an initial with its period. */
/**
 * A surname in capitals, a comma and a capitalised given name, anywhere in a mixed-case line (`Sign-out:
 * OKONJO, Adaeze stable overnight`, `re: BAPTISTE-LOUIS, Wilner`): the form of a name in a list or a
 * header. `m[1]` the surname, `m[2]` the given name.
 */
/**
 * A surname and a given name both in capitals, before the age and sex, a birth date or a record
 * number (`Worker: BIGHORN, LEVI     DOB: 1961-03-09`, `1) HADŽIĆ, EMIR 58M`): a patient's header or a
 * list item. `m[1]` the surname, `m[2]` the given name.
 */
const CAPS_LAST_FIRST_ID = /(?<![\p{L}\d'’-])(\p{Lu}{2,24}(?:[-'’]\p{Lu}{2,24})?),[ \t]{1,2}(\p{Lu}{2,24}(?:-\p{Lu}{2,24})?)(?:[ \t]{1,2}\p{Lu}\.?)?(?=[ \t]{1,8}(?:\d{1,3}[ \t]?(?:y\/?o[ \t]?|yo[ \t]?)?[MF](?![\p{L}\d])|DOB\b|D\.O\.B|MRN\b|MR#|\(?\d{1,2}\/\d{1,2}\/\d{2,4}))/gu;
const CAPS_LAST_FIRST = /(?<![\p{L}\d'’-])(\p{Lu}{2,24}(?:[-'’]\p{Lu}{2,24})?),[ \t]{1,2}(\p{Lu}\p{Ll}{1,24}(?:-\p{Lu}?\p{Ll}{1,24})?)(?![\p{L}\d'’-])/gu;
const LAST_FIRST_INITIAL = /(?<![\p{L}\d'’-])(\p{Lu}[\p{L}\p{M}'’-]{1,30}),[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{1,30})[ \t]{1,2}\p{Lu}\.(?=[\s,;:)]|$)/gu;
/** `<name>'s wife`. */
const POSSESSIVE_RELATION =
  /(?<![\p{L}\d'’-])(\p{L}[\p{L}\p{M}-]{1,30})['’]s[ \t]{1,2}(?:wife|husband|son|daughter|mother|father|brother|sister|niece|nephew|grandson|granddaughter|partner|spouse|fiance|fiancee|boyfriend|girlfriend|friend|caregiver|hcp|proxy|mom|dad)\b/giu;
/** Where POSSESSIVE_RELATION can match: the word before `'s` and a relation word; undefined for a full scan. */
function possessiveBeforeRelation(ctx: ScrubContext): number[] | undefined {
  const rel = cueTokens(ctx, RELATION_CUE);
  if (rel === undefined) return undefined;
  const { text } = ctx;
  const tokens = scanUnits(ctx);
  const out: number[] = [];
  for (const i of rel) {
    const s = tokens[i - 1];
    if (s === undefined || s.lower !== 's') continue;
    const ap = text[s.start - 1];
    if (ap !== "'" && ap !== '’') continue;
    // the word before the apostrophe, in any script ("Buzaçtutuk's")
    let b = s.start - 1;
    while (b > 0 && b > s.start - 33 && /[\p{L}\p{M}-]/u.test(text[b - 1]!)) b--;
    while (b < s.start - 1 && text[b] === '-') b++;
    if (b < s.start - 1) out.push(b);
  }
  return out;
}
/** A nickname or a given name: `goes by Tiny`, `known as Sonny`, `prefers to be called Tripp`, `prefers "Sunny"`, `named Trinity`, `English name "Hope"` (a bare `prefers X` is a preference: `prefers Ensure`). */
const NICKNAME = /\b(?:(?:goes[ \t]{1,2}by|known[ \t]{1,2}as|nicknamed|named|prefers[ \t]{1,2}to[ \t]{1,2}be[ \t]{1,2}called)[ \t]{1,2}["'“]?|prefers[ \t]{1,2}["'“]|(?:[Ee]nglish|[Gg]iven|[Ff]irst|[Mm]iddle|[Bb]aby['’]?s|[Ll]egal|[Cc]hosen|[Pp]referred)[ \t]{1,2}name[ \t]{0,2}(?:is[ \t]{1,2}|:[ \t]{0,2}|,[ \t]{0,2})?["'“]?)(\p{Lu}[\p{L}\p{M}'’-]{1,20})/gu;
/** A nickname of one to three capitalised words in quotes after `goes by`, `known as`, `nicknamed` or `prefers to be called` (capitalised or not). `m[1]` the nickname. */
const QUOTED_NICKNAME = /\b(?:[Gg]oes[ \t]{1,2}by|GOES[ \t]{1,2}BY|[Kk]nown[ \t]{1,2}as|[Nn]icknamed|[Pp]refers[ \t]{1,2}to[ \t]{1,2}be[ \t]{1,2}called)[ \t]{1,2}["“']((?:\p{Lu}[\p{L}\p{M}'’.-]{0,20})(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]{0,20}){0,2})["”']/gu;
const QUOTED_NICKNAME_CUE = cue('goes known nicknamed prefers');
const NICKNAME_CUE = cue('goes known nicknamed named prefers english given first middle baby babys baby\'s legal chosen preferred');
/** `Pt <name>, DOB`, `pt <name> now 33F`, `patient <name> in rm 4`: a patient's name before what identifies them. */
const PATIENT_NAMED =
  /\b(?:pt|patient),?[ \t]{1,2}((?:\p{L}[\p{L}\p{M}'’-]{1,30}[ \t]{1,2}){0,2}?\p{L}[\p{L}\p{M}'’-]{1,30})(?=,?[ \t]{1,2}(?:dob|d\.o\.b|mrn|now|age|aged|was|is|has|had|remains|remained|will|in[ \t]{1,2}(?:rm|room|bed)\b|\d{1,3}[ \t]?(?:y|yo|y\/o|f|m)\b))/giu;
const PATIENT_CUE = cue('pt patient');
/** `pt HUNTER, LANE A Acct#`, `re: PT MANNING, YOUNG-HEE`: a patient written surname first, comma, given name (and an initial). */
const PATIENT_LAST_FIRST = /\b(?:pt|patient|PT|PATIENT|Pt|Patient)[ \t]{0,2}:?[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]{1,2}\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]{1,2}\p{Lu}\b\.?)?)/gu;
const PATIENT_FOLLOW = /\b(?:dob|d\.o\.b|mrn|now|age|aged|was|is|has|had|remains|remained|will|rm|room|bed)\b|\d/i;
/** `feda phaneuf in rm 4`: a name before a room. */
const NAME_IN_ROOM = /(?:^|[\n.;:,!?(]|[ \t])[ \t]{0,3}((?:\p{L}[\p{L}\p{M}'’-]{1,30}[ \t]{1,2}){0,2}\p{L}[\p{L}\p{M}'’-]{1,30})[ \t]{1,2}in[ \t]{1,2}(?:rm|room|bed)\.?[ \t]{0,2}#?\d/gu;
const ROOM_CUE = cue('rm room bed');
/** A relation, then a person's initials in capitals (`dtr KFM HCP`, `pt's dtr LM called`, `son JR at bedside`). `m[1]` the initials. */
const KIN_INITIALS = /\b(?:dtr|daughter|son|wife|husband|mom|mother|dad|father|sister|brother|sis|bro|niece|nephew|grandson|granddaughter|gd|gs|spouse|partner|fiance|fiancee|friend|neighbor|neighbour|cousin|aunt|uncle)[ \t]{1,2}([A-Z]{2,3})(?![\p{L}\d'’.-])/gu;
/**
 * A role or a shift, then initials closing a line or a hand-over arrow (`RN JL`, `NF dk`, `night dk`,
 * `day: KT -> night: ...`): the person who signs or takes over. Only where the role opens a line, a
 * sentence or a wide gap, so `per RN JL` mid-sentence is left to other rules. `m[1]` the initials.
 */
const ROLE_INITIALS_LINE_END =
  /(?<=(?:^|\n|[.!?;][ \t]{1,3}|[ \t]{2}|->[ \t]{1,2}|→[ \t]{1,2})[ \t]{0,3})(?:RN|LPN|NP|PA|MD|NF|CM|SW|RT|RRT|CNA|[Nn]ight|NIGHT|[Dd]ay|DAY)[ \t]{0,2}:?[ \t]{1,2}([A-Z]{2,3}|[a-z]{2,3})(?=[ \t.]{0,3}(?:\r?\n|$|->|→))/g;
const ROLE_INITIALS_CUE = cue('rn lpn np pa md nf cm sw rt rrt cna night day');
/**
 * A hand-over from one writer to the next by their initials and an arrow, on a sign-out line
 * (`Signed out 11/2 1900 RK → JS`). `m[1]`, `m[2]` the initials.
 */
const SIGNED_OUT_ARROW = /\b(?:[Ss]igned[ \t]out|SIGNED[ \t]OUT|[Ss]ign-?out|SIGN-?OUT|[Hh]and-?off|HAND-?OFF|[Hh]anded[ \t]off|s\/o)\b[^\n]{0,40}?\b([A-Z]{2,3})[ \t]{0,2}(?:→|->)[ \t]{0,2}([A-Z]{2,3})(?=[ \t.]*(?:\r?\n|$))/g;
const SIGNED_OUT_CUE = cue('signed sign signout sign-out handoff hand-off hand handed s');
/** The note's last line: initials, a date and a time (`AN 3/4/24 1540`), the writer's stamp. `m[1]` the initials. */
const INITIALS_STAMP_END = /(?:^|\n)[ \t]{0,3}([A-Z]{2,3})[ \t]{1,3}\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]{1,3}(?:[01]?\d|2[0-3]):?[0-5]\d[ \t]*$/;
/** Studies and units a dated last line may name in place of a writer (`CT 3/4/24 1540`). */
const STUDY_NOT_INITIALS = /^(?:CT|CTA|MR|MRI|MRA|US|XR|CXR|KUB|EKG|ECG|EEG|EMG|TTE|TEE|PET|LP|ED|ER|OR|IR|ICU)$/;
/** Capitals after a relation that are a credential, a role or a place, no initials. */
const KIN_NOT_INITIALS = new RegExp(`^(?:${CREDENTIALS}|HCP|POA|NOK|DPOA|ICU|ED|ER|OR|CNA|EMT|DDS|DO|PHD|MSN|BSN|ADN)$`);
const KIN_INITIALS_CUE = cue('dtr daughter son wife husband mom mother dad father sister brother sis bro niece nephew grandson granddaughter gd gs spouse partner fiance fiancee friend neighbor neighbour cousin aunt uncle');
/**
 * A bed or room, then the patient's surname (maybe after an initial), in any case, before a bracket,
 * a comma, a colon or a verb of status (`bed 14 washington (the gsw ...)`, `bed 9 j. hill (17yo`,
 * `Rm 4 Okafor: febrile`). `m[1]` the initial and name.
 */
const ROOM_THEN_NAME = /\b(?:[Bb]ed|BED|[Rr]m|RM|[Rr]oom|ROOM|[Bb]d)[ \t]{0,2}#?\d{1,4}[A-Za-z]?[ \t]{1,2}((?:\p{L}\.[ \t]{0,2})?\p{L}[\p{L}'’-]{1,30})(?=[ \t]{0,2}(?:\(|,|:|[-–][ \t])|[ \t]{1,2}(?:is|was|has|had|still|now|needs|s\/p|who|remains|with)\b|[ \t]{1,2}[A-Z]{2,6}\b)/gu;
/** NAME_IN_ROOM starts at the text start or the mark or space before the name. */
const atNameListStart: StartOk = (text, at) => at === 0 || /[\n.;:,!?( \t]/.test(text[at]!);
const atLetterOfAnyScript: StartOk = (text, at) => /\p{L}/u.test(text[at] ?? '');
const atCapitalLetter: StartOk = (text, at) => {
  const ch = text[at] ?? '';
  return ch !== ch.toLowerCase();
};
/** Offsets of lone capitals before a period (`C.` in "Gül, Seong-hyeon C."), or undefined for a full scan. */
function loneCapitalBeforeDot(ctx: ScrubContext): number[] | undefined {
  const dots = charStarts(ctx, '.');
  if (dots === undefined) return undefined;
  const { text } = ctx;
  return dots.filter((d) => d >= 2 && text[d - 2] === ' ' && text[d - 1] !== text[d - 1]!.toLowerCase()).map((d) => d - 1);
}
/** "Dear Art,": one capitalised word before a comma or the line end. */
function salutedWord(text: string, pos: number): [number, number] | undefined {
  const m = /^(\p{Lu}[\p{L}\p{M}'’-]{1,30})[ \t]{0,2}(?:,|\n|$)/u.exec(text.slice(pos, pos + 40));
  return m && classifyWord(m[1]!) !== 'stop' ? [pos, pos + m[1]!.length] : undefined;
}
/**
 * A relation in brackets after a name: `Bill (son)`, `Summer (pt's granddaughter)`, `Grace (HCP)`,
 * `Rita (daughter/HCP)`. The bracket says the words before it are a person, even when they are
 * everyday words.
 */
const BRACKETED_RELATION = new RegExp(
  `\\([ \\t]{0,2}${RELATION_OWNER}${RELATION_IN_BRACKET}(?:[ \\t]{0,2}[/,&][ \\t]{0,2}${RELATION_IN_BRACKET})?[ \\t]{0,2}\\)`,
  'gi',
);
/** One or two name words ending right before the bracket (a space or none between). */
const WORDS_BEFORE_BRACKET = /(?:^|[^\p{L}\p{M}'’.-])((?:\p{L}[\p{L}\p{M}'’-]{0,30}[ \t]{1,2})?\p{L}[\p{L}\p{M}'’-]{1,30})[ \t]{0,2}$/u;

/** `Daughter (Clemency) flew in`: a relation, then the name in brackets. */
const RELATION_THEN_BRACKET = new RegExp(`\\b${RELATION_IN_BRACKET}[ \\t]{0,2}\\((\\p{Lu}\\p{Ll}{1,30}(?:[ \\t]\\p{Lu}\\p{Ll}{1,30})?)\\)`, 'giu');
const RELATION_THEN_BRACKET_CUE = cue('wife husband spouse partner son daughter mother mom father dad brother sister niece nephew aunt uncle cousin grandson granddaughter grandmother grandfather grandma grandpa stepson stepdaughter law fiance fiancee fiancé fiancée boyfriend girlfriend friend neighbor neighbour roommate caregiver hcp proxy poa nok guardian');
/** `this is kim from 5 north`, `my name is Tove, calling from`: a speaker naming themselves. */
const SELF_INTRO = /\b(?:this[ \t]{1,2}is|my[ \t]{1,2}name[ \t]{1,2}is|it['’]s)[ \t]{1,2}(\p{L}[\p{L}'’-]{1,30})(?=[ \t]{0,2}(?:,|\(|from|calling|with|at|on|in|here)\b|[ \t]{0,2}[,(])/giu;
const SELF_INTRO_CUE = cue('this my it');
/**
 * A role in brackets (`(SW)`, `(night RN)`), tried at each `(`: the capitalised word right before it
 * (`Update from Destiny (SW)`, `per Okafor (night RN)`) holds the role ({@link WORD_BEFORE_BRACKET}).
 */
const BRACKETED_ROLE =
  /\([ \t]{0,2}(?:(?:night|day|charge|primary|bedside|covering|floor|unit|case|social)[ \t]{1,2})?(?:rn|np|pa|sw|cm|rt|slp|chaplain|interpreter|aide|cna|lpn|tech|pharmacist|therapist|dietitian|hospitalist|resident|fellow|intern|attending|senior|junior|chief)[ \t]{0,2}\)/gi;
/** A login in lower case (five letters or more, maybe digits) ending the text before a bracket. `m[1]` the login. */
const LOGIN_BEFORE_BRACKET = /(?<![\p{L}\d'’.-])(\p{Ll}{5,20}\d{0,3})[ \t]{1,2}$/u;
/** A word in title case ending the text before a bracket. `m[1]` the word. */
const WORD_BEFORE_BRACKET = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}[\p{L}'’-]{0,29})[ \t]{1,2}$/u;
/** `jeff the RT said`, `Maren, the night nurse,`: a name, then `the` and a role. */
const NAME_THE_ROLE =
  /(?<![\p{L}\d'’-])(\p{L}[\p{L}'’-]{1,30}),?[ \t]{1,2}(?:the|our|your|their|his|her)[ \t]{1,2}(?:(?:night|day|charge|primary|bedside|covering|floor|icu|unit|case|social)[ \t]{1,2})?(?:rn|nurse|rt|np|pa|resident|intern|fellow|attending|tech|pharmacist|worker|sw|chaplain|interpreter|manager|cm|hospitalist|surgeon|doctor|physician|aide|cna|lpn|secretary|therapist|dietitian|nutritionist)\b/giu;
/**
 * A role written in lower case mid-sentence, then a capitalised word: the role's holder (`our nurse
 * Blessing will call`, `transplant coordinator Mark at x5734`, `resident bkowalczyk via chat`: a
 * login, in lower case). `m[1]` the name or login. Role titles in capitals (`Nurse Manager`) are no cue.
 */
const ROLE_THEN_NAME =
  /(?<![\p{L}\d'’-])(?:nurse|rn|np|coordinator|navigator|social[ \t]worker|sw|case[ \t]manager|chaplain|interpreter|therapist|pharmacist|dietitian|resident|fellow|intern|attending|hospitalist|midwife|doula|aide|tech|lactation|ibclc|scribe|slp|emt|paramedic|R[1-4]|PGY-?[1-7])[ \t]{1,2}(\p{Lu}[\p{Ll}'’-]{1,30}|[a-z][a-z]{3,20}\d{0,3})(?=[ \t]{0,2}(?:[,.;:()]|$|\n|(?:to|will|is|was|has|had|at|from|via|called|paged|said|says|spoke|came|left|saw|and|in|on|who|re|placed|drew|gave|hung|started|reports|reported|noted|found|helped|brought|took|checked)\b))/gu;
const ROLE_THEN_NAME_CUE = cue('nurse rn np coordinator navigator social sw case chaplain interpreter therapist pharmacist dietitian resident fellow intern attending hospitalist midwife doula aide tech lactation ibclc scribe slp emt paramedic r1 r2 r3 r4 pgy pgy1 pgy2 pgy3 pgy4 pgy5 pgy6 pgy7');
/** Roles a form names in place of a person (`To: Prescriber ___`). */
const FORM_ROLE_WORD = /^(?:prescribers?|providers?|requesters?|requestors?|senders?|callers?|recipients?|reviewers?|clinicians?|prescribing|ordering|referring|pharmacist|pharmacy)$/i;
/** Words after a role that are part of a title, not a name (`nurse Practitioner`, `resident Physician`). */
const ROLE_TITLE_WORD = /^(?:practitioner|manager|educator|navigator|coordinator|specialist|supervisor|assistant|anesthetist|leader|lead|champion|physician|surgeon|director|liaison|consult|consultant|team|staff|line|call|note|notes|visit|visits|station|on|off)$/i;
const NAME_THE_ROLE_CUE = cue('rn nurse rt np pa resident intern fellow attending tech pharmacist worker sw chaplain interpreter manager cm hospitalist surgeon doctor physician aide cna lpn secretary therapist dietitian nutritionist');

/** A consulting service or a role and a bracket: the person follows ("Hepatology (", "was consulted (", "the attending ("). */
const SERVICE_PAREN =
  /\b(?:care|medicine|surgery|psychiatry|therapy|work|nutrition|pharmacy|consulted|consult|consults|team|service|center|centre|desk|office|operator|\p{L}{2,20}ology|gi|id|ep|cards|neuro|renal|pulm|heme|onc|ortho|urology|gyn|ent|derm|attending|resident|fellow|intern|hospitalist|surgeon|physician|doctor|provider|pcp|nurse|coordinator|chaplain|interpreter|worker|manager)[ \t]{0,2}\([ \t]{0,2}/giu;
/**
 * A capitalised word at `pos` that no name, word or clinical list knows, alone before a closing
 * bracket (`nephrology (Quenby)`): a surname the lexicon lacks. Mixed-case notes only.
 */
function unknownWordAt(text: string, pos: number, caseless: boolean): [number, number] | undefined {
  if (caseless) return undefined;
  const m = /^\p{Lu}\p{Ll}[\p{L}'’-]{1,30}(?=[ \t]{0,2}\))/u.exec(text.slice(pos, pos + 36));
  if (m === null || classifyWord(m[0]) !== 'unknown' || isClinicalAbbreviation(m[0])) return undefined;
  return [pos, pos + m[0].length];
}

/** Where an age and a sex start (`23F`, `61 M`, `45 yo F`): the comma's position for NAME_COMMA_AGE_SEX lies before. Undefined for a full scan. */
function ageSexStarts(ctx: ScrubContext): number[] | undefined {
  if (!canUseCues(ctx)) return undefined;
  const ts = scanUnits(ctx);
  const out: number[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!.text;
    if (/^\d{1,3}[MFmf]$/.test(t) || (/^\d{1,3}$/.test(t) && /^(?:[MFmf]|yo|y)$/.test(ts[i + 1]?.text ?? ''))) out.push(ts[i]!.start);
  }
  return out;
}

/** Words of messaging, roles and `by`, right before a login (`Reply afosu:`, `resident awhitcomb`, `by hraanes`). */
const LOGIN_CUE_WORDS = 'reply replied contact cc bcc login user username msg message messaged texted paged by resident intern fellow attending rn np pa cm educator pharmacist tech';
/** Words that may stand right before a login: those, and a bracketed list's `and`/`or`. */
const LOGIN_PLACE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', ...LOGIN_CUE_WORDS.split(' ')]);
/**
 * Before a login: an opening bracket (and maybe a list inside it), one of those words, a slash, a
 * message routed to someone (`Routed to cramos`, `forwarded to`), or a clock time opening a message
 * (`3/19 09:15 dmorin`).
 */
const LOGIN_PLACE_BEFORE = new RegExp(
  `(?:\\([ \\t]{0,2}|\\([^()\\n]{1,30}(?:,|[ \\t](?:and|or))[ \\t]{0,2}|\\b(?:${LOGIN_CUE_WORDS.replace(/ /g, '|')}|@)[ \\t]{0,2}:?[ \\t]{1,2}|\\/[ \\t]{1,2}|\\b(?:routed|forwarded|sent|assigned|reassigned|escalated|reported)[ \\t]{1,2}to[ \\t]{1,2}|(?:^|\\n|[-–—*][ \\t]{1,3})(?:\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?[ \\t]{1,2})?\\d{1,2}:\\d{2}[ \\t]{1,3})$`,
  'i',
);
/** After a login: a credential (`tgalvan RN CM`), as a signature writes it. */
const LOGIN_CREDENTIAL_AFTER = /^[ \t]{1,2}(?:RN|MD|NP|PA|PA-C|CM|DO|PharmD|LCSW|MSW|RD|RT)\b/;
/**
 * A quick test that LOGIN_PLACE_BEFORE may match before `at`: after up to two spaces or tabs, a
 * bracket, comma, colon, slash or `@`, or one of its words. Never false where the regex would match.
 */
function mayFollowLoginPlace(text: string, at: number): boolean {
  let i = at;
  for (let k = 0; k < 2 && i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9); k++) i--;
  const c = text.charCodeAt(i - 1);
  if (c === 40 || c === 44 || c === 58 || c === 64 || c === 47 || (c >= 48 && c <= 57)) return true;
  let b = i;
  while (b > 0 && b > i - 9 && ((text.charCodeAt(b - 1) | 32) >= 97 && (text.charCodeAt(b - 1) | 32) <= 122)) b--;
  return b < i && LOGIN_PLACE_WORDS.has(text.slice(b, i).toLowerCase());
}
/** Lower-case letters, then up to three digits: the shape of a login. */
const LOWER_LOGIN = /^[a-z]{6,14}\d{0,3}$/;
/**
 * True when `w` is one or two initials glued to a surname (five letters or more, no everyday word),
 * and no word itself. With `givenToo`, a name the lexicon holds as a given name counts after one
 * initial (`tgalvan RN`): only where a credential follows, as `clinda` (clindamycin) shows.
 */
function isGluedLogin(w: string, givenToo = false): boolean {
  if (classifyWord(w) !== 'unknown' || isClinicalAbbreviation(w)) return false;
  // an adverb of a known word (`renally`, `topically`)
  if (w.endsWith('ly') && (classifyWord(w.slice(0, -2)) !== 'unknown' || isClinicalAbbreviation(w.slice(0, -2)))) return false;
  for (const k of [1, 2]) {
    const tail = w.slice(k);
    if (tail.length < 5 || isClinicalAbbreviation(tail)) continue;
    const c = classifyWord(tail);
    if (c === 'surname' || (givenToo && k === 1 && c === 'first')) return true;
  }
  return false;
}

/** NAME_THEN_VISIT starts at a clause mark. */
const afterClauseMark: StartOk = (text, at) => {
  const c = text.charCodeAt(at);
  return c === 46 || c === 58 || c === 59 || c === 33 || c === 63 || c === 10;
};
/** BEFORE_REPORTING_VERB starts at a capital letter. */
const atCapital: StartOk = (text, at) => {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
};
/** A line LAST_FIRST may match: short, with a comma. */
const mayBeLastFirst = (line: string): boolean => line.length <= 100 && line.includes(',');
/** A line SIGNATURE may match: a dash or tilde after at most 8 spaces or tabs. */
function startsWithDash(line: string): boolean {
  for (let i = 0; i < line.length && i <= 8; i++) {
    const c = line.charCodeAt(i);
    if (c === 45 || c === 0x2014 || c === 126) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}
/** Last letters of ROLE_SIGNATURE's credentials (`r.n.` ends in `n`, `pa-c` in `c`). */
const CREDENTIAL_ENDS: ReadonlySet<string> = new Set('rn n rrt crt rt np md d bsn msn licsw lcsw msw c pa cns lpn sn rph pharmd do'.split(' '));
/** A line ROLE_SIGNATURE may match: it ends in a credential (then a period and spaces or tabs). */
function endsWithCredential(line: string): boolean {
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  if (e > 0 && line.charCodeAt(e - 1) === 46) e--;
  let b = e;
  while (b > 0 && /[A-Za-z]/.test(line[b - 1]!)) b--;
  return e - b <= 6 && CREDENTIAL_ENDS.has(line.slice(b, e).toLowerCase());
}

prepareScans(SIGN_OFF_GIVEN, DOTTED_INITIALS_ITEM, QUOTED_NICKNAME, JOB_LABEL_INITIALS, CREDENTIAL_SLASH_INITIALS, BRACKETED_ROLE, HANDOFF, NAME_FROM_SERVICE, PREFERRED_NAME, TIME_LOGIN_COLON, INTERPRETER_NAME, LOGIN_THEN_PAGER, KIN_INITIALS, ROLE_INITIALS_LINE_END, SIGNED_OUT_ARROW, ROOM_THEN_NAME, NAME_COMMA_AGE_SEX, DICTATION_FOOTER, ROLE_THEN_NAME, CHAT_SENDER, CHAT_NAMED, CHAT_SENDER_FIRST, LIST_NAME_AGE, RELATION_THEN_BRACKET, INITIAL_SURNAME_LOGIN, LOGIN_MORE, LOGIN_ARROW, LOGIN_BRACKETED, LOGIN_ALONE_BRACKETED, TYPIST_AFTER_LABEL, LINE_LOGIN, END_DASH_SIGN_OFF, SLASH_TYPIST, MENTION, SIGN_OFF, DASH_SIGN_OFF, SELF_INTRO, NAME_THE_ROLE, BRACKETED_RELATION, SERVICE_PAREN, USERNAME, CAPS_LAST_FIRST, CAPS_LAST_FIRST_ID, PIPE_CELL_NAME, LAST_FIRST_INITIAL, POSSESSIVE_RELATION, NICKNAME, PATIENT_NAMED, PATIENT_LAST_FIRST, NAME_IN_ROOM, SUBJECT_OF_AGE, BY_INITIALS, INITIALS_THEN_ROLE, INITIALS_THEN_PAGER, TYPIST, DEAR, GREETING, GREETING_AFTER_COLON, VALEDICTION_NAME, VALEDICTION_INLINE, SIGNED_MARK, BEFORE_REPORTING_VERB, CREDENTIAL, CUE, FAMILY_OF, HEADER, LAST_FIRST, NAME_THEN_VISIT, PHONE_ANCHOR, RELATION, ROLE_SIGNATURE, SIGNATURE, SOCIAL_HEADER);
/**
 * Pattern detector for names given by context (type `NAME`, source `rules/context-name`).
 *
 * @example
 * ```ts
 * contextNameDetector.detect(createTextContext('wife Mary at bedside')); // one span over "Mary"
 * ```
 */
export const contextNameDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['NAME'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const upperNote = ctx.isMostlyUpperCase;
    const caseless = ctx.isCaseless;
    const out: Span[] = [];

    eachCuedMatch(ctx, RELATION, RELATION_CUE, 0, (m) => {
      let pos = m.index + m[0].length;
      const inLaw = /^-in-law(?:'s)?/i.exec(text.slice(pos, pos + 10));
      if (inLaw) pos += inLaw[0].length;
      REL_GAP.lastIndex = pos;
      const g = REL_GAP.exec(text);
      if (g) pos += g[0].length;
      let found = takeName(text, pos, { maxWords: 3, strength: 'medium', caseless });
      if (!found) found = firstNameAfterRelation(text, pos, g?.[0] ?? '', caseless);
      if (!found && (g?.[0] ?? '').trim() === '') found = otherNameAfterRelation(text, pos, caseless);
      // a list: "sons Tom, Dick and Harry"
      for (let n = 0; found && n < 6; n++) {
        out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.8));
        const sep = /^\s{0,2}(?:,\s{0,2}(?:and\s{1,2}|&\s{0,2})?|and\s{1,2}|&\s{0,2})/i.exec(text.slice(found[1], found[1] + 8));
        if (!sep || sep[0].trim() === '') break;
        found = takeName(text, found[1] + sep[0].length, { maxWords: 2, strength: 'medium', caseless });
      }
    });

    eachCuedMatch(ctx, RELATION_THEN_BRACKET, RELATION_THEN_BRACKET_CUE, 0, (m) => {
      const v = m[1]!;
      // the bracket vouches for an everyday word too ("Daughter (Clemency)"), not a function or clinical
      // word; written as a name (the regex's case-insensitive flag lets \p{Ll} match capitals too)
      if (!/^\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?$/u.test(v)) return;
      if (v.split(/[ \t]/).some((w) => classifyWord(w) === 'stop' || isClinicalAbbreviation(w))) return;
      const end = m.index + m[0].length - 1;
      out.push(mkSpan(end - v.length, end, 'NAME', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, CUE, CUE_CUE, 0, (m) => {
      const pos = m.index + m[0].length;
      // "seen by", "examined by" name the one who did it; "seen", "per", "paged" alone are weaker
      const weak = /^(?:per|seen|examined|evaluated|updated|called|paged|notified|informed|contacted|visited|accompanied|ask|tell|told|texted|emailed|remind|call|page)/i.test(m[0]) && !/\bby\.?$/i.test(m[0]);
      // initials only after a cue of conversation ("d/w MP"), not "per SS" or "seen by EP"
      const talk = CONVERSATION.test(m[0]);
      let named = takeName(text, pos, { maxWords: 3, strength: weak ? 'weak' : 'medium', caseless });
      // a misspelt everyday word is no name ("Seen by Cardic Transplant")
      if (named) {
        const first = text.slice(named[0], named[1]).split(/\s/)[0]!;
        if (classifyWord(first) === 'unknown' && isSlipOfCommonWord(first)) named = undefined;
      }
      const found =
        named ??
        (talk ? initialsAt(text, pos, caseless) : undefined) ??
        lowerCaseNameAt(text, pos) ??
        // an everyday word that is a given name, capitalised after a cue that is no examination ("Per Joy in pharmacy")
        (!caseless && !m[0].endsWith('.') && !/^(?:seen|examined|evaluated|visited|accompanied)\b/i.test(m[0]) ? everydayGivenNameAt(text, pos) : undefined);
      if (!found) return;
      out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.7));
    });

    // "Sign-out given to Hope", "left a message for Gift": the person handed to
    eachCuedMatch(ctx, HANDOFF, HANDOFF_WORDS, 0, (m) => {
      const pos = m.index + m[0].length;
      const found = takeName(text, pos, { maxWords: 3, strength: 'medium', caseless }) ?? (caseless ? undefined : everydayGivenNameAt(text, pos));
      if (found) out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.7));
    });

    // "Update from Destiny (SW)": a capitalised word before a role in brackets
    if (!caseless) {
      eachMatchFrom(ctx, BRACKETED_ROLE, charStarts(ctx, '('), 0, (m) => {
        const b = WORD_BEFORE_BRACKET.exec(text.slice(Math.max(0, m.index - 34), m.index));
        if (b === null) {
          // a login in lower case before the role (`akristjans (resident)`): no word of any list
          const l = LOGIN_BEFORE_BRACKET.exec(text.slice(Math.max(0, m.index - 34), m.index));
          if (l !== null && classifyWord(l[1]!.replace(/\d{1,3}$/, '')) === 'unknown' && !isClinicalAbbreviation(l[1]!)) {
            const start = m.index - l[0].length;
            out.push(mkSpan(start, start + l[1]!.length, 'NAME', SOURCE, 0.65));
          }
          return;
        }
        const w = b[1]!;
        if (NOT_A_GIVEN_NAME.test(w) || isClinicalAbbreviation(w) || isKindOfCare(w) || CONSULTING_SERVICE.test(w) || SERVICE_SUFFIX.test(w)) return;
        const cls = classifyWord(w);
        if (cls === 'stop' || (cls === 'common' && !isFirstName(w))) return;
        const start = m.index - b[0].length;
        out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.7));
      });
    }

    // "Blessing from social work", "Lucky from transport": a given name sent by a service
    if (!caseless) {
      eachCuedMatch(ctx, NAME_FROM_SERVICE, FROM_CUE, 28, (m) => {
        const w = m[1]!;
        if (!SENDING_SERVICE_AT.test(m[2]!) || NOT_A_GIVEN_NAME.test(w) || !isFirstName(w) || isClinicalAbbreviation(w)) return;
        out.push(mkSpan(m.index, m.index + w.length, 'NAME', SOURCE, 0.7));
      }, atCapital);
    }

    // "by LA.", "to JZ (night float)": initials closing a sentence after "by", or before a role in brackets
    eachCuedMatch(ctx, BY_INITIALS, BY_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      // "communicated to JZ at 2:35 PM by LA.": a report of who told whom, earlier in the sentence
      if (!REPORTING_BEFORE.test(sentenceBefore(text, m.index))) return;
      // capitals closing a report are initials even when they spell a short word ("by IF.", "by AT
      // on the telephone"), but not one that names what reported ("confirmed by US.", "by ME")
      if (!m[1]!.includes('.') && BY_NOT_INITIALS.test(m[1]!)) return;
      // in a note in capitals, no function word, role or relation either ("REPORTED BY PT.", "CALLED BY SON.")
      if (caseless && !m[1]!.includes('.') && (classifyWord(m[1]!) === 'stop' || BY_NOT_INITIALS_CAPS.test(m[1]!))) return;
      out.push(mkSpan(end - m[1]!.length, end, 'NAME', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, INITIALS_THEN_ROLE, ROLE_IN_BRACKETS_CUE, 6, (m) => {
      // in a note in capitals every short word looks like initials: a role in the brackets, never a
      // unit ("CT (ED)"), and no everyday word before them
      if (caseless) {
        const cls = classifyWord(m[1]!);
        if (BRACKET_UNIT.test(m[2]!) || cls === 'stop' || cls === 'common') return;
      }
      // a radiograph and its view: `CXR (PA)` is posteroanterior, no physician assistant
      if (/^pa$/i.test(m[2]!) && /^(?:CXR|XR|KUB|CR|DX)$/.test(m[1]!)) return;
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'NAME', SOURCE, 0.7));
    }, atCapital);
    eachCuedMatch(ctx, INITIALS_THEN_PAGER, PAGER_CUE, 8, (m) => {
      // capitals as written (the case-insensitive flag is for the pager words), never a unit or desk ("ICU (x4102)", "OR (pager 5)")
      const w = m[1]!;
      if (w !== w.toUpperCase() || /^(?:ICU|CCU|MICU|SICU|NICU|PICU|ED|ER|OR|IR|GI|ID|PT|OT|RT|SW|CM|MD|RN|NP|PA|EP|CT|MRI|US|PCP|HCP|NOK|POA|ICN|EMS|ANY|THE|AND|FOR|VIA|USE)$/.test(w)) return;
      if (caseless && ['stop', 'common'].includes(classifyWord(w))) return;
      out.push(mkSpan(m.index, m.index + w.length, 'NAME', SOURCE, 0.7));
    });
    // a name someone goes by: no function word or clinical abbreviation (the allow list keeps a language alone)
    eachCuedMatch(ctx, PREFERRED_NAME, PREFERRED_CUE, 0, (m) => {
      const name = m[1]!;
      if (name.split(/[ \t]/).some((w) => classifyWord(w) === 'stop' || isClinicalAbbreviation(w))) return;
      const start = m.index + m[0].lastIndexOf(name);
      out.push(mkSpan(start, start + name.length, 'NAME', SOURCE, 0.75));
    });
    // a sender's login after a clock time: a name or no word of any list (`19:40 pain: 5/10` is a reading)
    eachMatchFrom(ctx, TIME_LOGIN_COLON, charStarts(ctx, ':'), 3, (m) => {
      const w = m[1]!;
      const k = classifyWord(w.replace(/[._-]?\d{1,3}$/, '').replace(/[._-]/g, ''));
      if ((k !== 'unknown' && k !== 'first' && k !== 'surname') || isClinicalAbbreviation(w) || DESK_WORD.test(w) || /^(?:tech|techs|rad|rads|pharm|sec|clerk|charge|doc|resus|tele|echo|vent)$/.test(w)) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - w.length, end, 'NAME', SOURCE, 0.7));
    }, atDigit);
    // an interpreter by name: no word of a service or a visit, no language (the allow list keeps a language alone)
    eachCuedMatch(ctx, INTERPRETER_NAME, INTERPRETER_CUE, 0, (m) => {
      const name = m[1]!;
      const words = name.split(/[ \t]/);
      if (words.some((w) => NOT_INTERPRETER.test(w) || isClinicalAbbreviation(w))) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - name.length, end, 'NAME', SOURCE, 0.7));
    });
    // a login before a pager or a phone: no word of any list, no unit or desk (`icu pgr 4410`)
    eachCuedMatch(ctx, LOGIN_THEN_PAGER, PAGER_CUE, 20, (m) => {
      const w = m[1]!;
      if (classifyWord(w.replace(/\d{1,3}$/, '')) !== 'unknown' || isClinicalAbbreviation(w)) return;
      out.push(mkSpan(m.index, m.index + w.length, 'NAME', SOURCE, 0.65));
    });
    // "JS/mk", "AB:cq": a writer's and a typist's initials
    eachMatchFrom(ctx, TYPIST, charStarts(ctx, '/:'), 3, (m) => {
      // on a line of its own (then a date or nothing): "BUN/Cr", "GU:Pt" inside a line are no initials
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      const upper = m[2] === m[2]!.toUpperCase();
      // a typist's initials are in one case: "BUN/Cr 24/1.1", "GU:Pt 3 voids" are lab and system headings
      if (!upper && m[2] !== m[2]!.toLowerCase()) return;
      // both halves in lower case ("mdb/kr  Job #: 884102"): only before a job number or a date
      const lowerWriter = m[1] === m[1]!.toLowerCase();
      if (lowerWriter && (upper || !LOWER_TYPIST_THEN.test(rest))) return;
      // at a line start, or closing a signature line after its date ("M. LAFLEUR, MD  5/5/99  ML:jk")
      const afterDate =
        /\d{1,4}[/-]\d{1,2}[/-]\d{2,4}(?:[ \t]{1,3}\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?)?[ \t]{1,6}$/.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
        // or after a dictation label ("Dictated: RV/jt   Accession ...")
        /\b(?:dictated|transcribed|typed|dict|trans)[ \t]{0,2}(?:by)?[ \t]{0,2}:?[ \t]{1,3}$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
        // or after a dictation's job number ("JOB#: 448812   MF/rk")
        /\bjob[ \t]{0,2}(?:#|no\.?|number)?[ \t]{0,2}:?[ \t]{0,2}\d{3,10}[ \t]{1,6}$/i.test(text.slice(Math.max(0, m.index - 36), m.index)) ||
        // or in a signature line's columns, a wide gap either side, before a job number or the line's end
        // ("Pavel Ignatov, MD    PI/dlm    Job #: 88203417"): capitals, then lower case
        // or a signing mark or its date ("RA/ykp   Signed 19 March 2024", "FH/vv   Final 2024-06-15")
        (!upper && !lowerWriter && /[ \t]{2}$/.test(text.slice(m.index - 2, m.index)) && SIGNATURE_COLUMN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)));
      if (afterDate ? !/^[ \t]*(?:\r?\n|$|job\b|acc(?:ession)?\b|d:|t:|doc\b|#|(?:e-?|electronically[ \t])?signed\b|final\b|prelim(?:inary)?\b|verified\b|approved\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b)/i.test(rest) : !atLineStartOnly(text, m.index) || !(upper ? TYPIST_THEN_DATE : TYPIST_THEN_DATE_OR_END).test(rest)) return;
      // one span for the pair: each half alone could be an abbreviation ("SC", "av")
      out.push(mkSpan(m.index, m.index + m[0].length, 'NAME', SOURCE, 0.7));
    }, atLetterOfAnyScript);
    // "Login jsmith2": a user name
    eachCuedMatch(ctx, USERNAME, USERNAME_CUE, 0, (m) => {
      const v = m[1]!;
      if (!/[\d._]/.test(v) && classifyWord(v) !== 'unknown' && classifyWord(v) !== 'surname' && classifyWord(v) !== 'first') return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - v.length, end, 'NAME', SOURCE, 0.8));
    });
    const login = (m: RegExpExecArray): void => {
      const v = m[1]! + m[2]! + m[3]!;
      // the whole is no word, and what follows the initial is a lexicon name and nothing else ("rkapoor", "tquinlan");
      // after a record's label or a verb of record keeping and `by` (`Dictated by jokonkwor`, `Tech:
      // mgarciaflores`), any name the lexicon lacks, six letters or more
      const rest = classifyWord(m[2]!);
      const labelled = v.length >= 6 && rest === 'unknown' && !WORD_ENDING.test(v) && RECORD_LABEL_LOGIN.test(text.slice(Math.max(0, m.index - 16), m.index + m[0].trimEnd().length - v.length));
      if (classifyWord(m[1]! + m[2]!) !== 'unknown' || (rest !== 'surname' && rest !== 'first' && !labelled) || isClinicalAbbreviation(v)) return;
      const start = m.index + m[0].trimEnd().length - v.length;
      out.push(mkSpan(start, start + v.length, 'NAME', SOURCE, 0.7));
    };
    eachCuedMatch(ctx, INITIAL_SURNAME_LOGIN, LOGIN_CUE, 1, login);
    eachCuedMatch(ctx, LOGIN_MORE, LOGIN_MORE_CUE, 1, login);
    // a login anywhere: one or two initials glued to a surname the lexicon holds, in lower case,
    // no word of any list (`kfarias`, `mfeeney`, `jwiggins2`); the surname five letters at least
    for (const t of scanUnits(ctx)) {
      const w = t.text;
      if (w.length < 6 || w.length > 17 || !LOWER_LOGIN.test(w)) continue;
      const credentialAfter = LOGIN_CREDENTIAL_AFTER.test(text.slice(t.end, t.end + 10));
      if (!credentialAfter && !mayFollowLoginPlace(text, t.start)) continue;
      if (!isGluedLogin(w.replace(/\d{1,3}$/, ''), credentialAfter)) continue;
      if (credentialAfter) {
        out.push(mkSpan(t.start, t.end, 'NAME', SOURCE, 0.65));
        continue;
      }
      // where a login is written: in brackets (`(kfarias, 401-...)`, `(jpatel7, mfeeney)`) or after a
      // word of messaging (`Reply afosu:`, `contact jwiggins at`); a misspelling in prose is no login
      // (a quick look at the characters before first, then the word classes, then the regex)
      if (LOGIN_PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) out.push(mkSpan(t.start, t.end, 'NAME', SOURCE, 0.65));
    }
    eachMatchFrom(ctx, LOGIN_ARROW, charStarts(ctx, '>→'), 2, login);
    eachMatchFrom(ctx, LOGIN_BRACKETED, charStarts(ctx, '(/'), 34, (m) => {
      // in brackets the login closes them and spells the surname before them ("Qureshi (tqureshi)")
      if (m[0].includes('(')) {
        const before = /^(\p{Lu}\p{Ll}{1,30})/u.exec(m[0])![1]!.toLowerCase();
        if (text[m.index + m[0].length] !== ')' || m[2]!.toLowerCase() !== before) return;
      }
      login(m);
    }, atCapitalLetter);
    eachMatchFrom(ctx, LOGIN_ALONE_BRACKETED, charStarts(ctx, '('), 0, (m) => {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = text.slice(Math.max(lineStart, m.index - 60), m.index);
      const v = m[1]! + m[2]! + m[3]!;
      // no word and no drug in brackets (`Camzyos (mavacamten)`), and a name before it that it spells
      if (classifyWord(m[1]! + m[2]!) !== 'unknown' || isClinicalAbbreviation(v) || !spellsNameBefore(before, m[1]!, m[2]!)) return;
      out.push(mkSpan(m.index + 1, m.index + 1 + v.length, 'NAME', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, TYPIST_AFTER_LABEL, TYPIST_LABEL_CUE, 0, (m) => {
      const w = m[1]!;
      // after "read" only a reader named in brackets next ("read: tbm (thibodeaux, b)"): a finding
      // can close a line too ("read: pna")
      if (/^read\b/i.test(m[0]) && !/^[ \t]{0,2}\(/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return;
      const cls = classifyWord(w.replace(/['’]/, ''));
      // a typist's initials in capitals after "transcribed by" are no abbreviation ("transcribed by TB")
      const typistCaps = /^(?:transcribed|typed)\b/i.test(m[0]) && /^[A-Z]{2,3}$/.test(w);
      if (!typistCaps && (cls === 'stop' || cls === 'common' || isClinicalAbbreviation(w))) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - w.length, end, 'NAME', SOURCE, 0.65));
    });
    eachLineMatch(ctx, LINE_LOGIN, startsWithLowerCaseWord, login);
    const senders: RegExpExecArray[] = [];
    eachLineMatch(ctx, CHAT_SENDER, startsWithDate, (m) => void senders.push(m));
    for (const m of senders) {
      const w = m[1]!;
      const timeOnly = !STAMP_WITH_DATE.test(m[0]);
      // a time alone before the sender ("14:06 grace: thiamine started"): a sender in lower case
      // (a chat's handle) or a name, never a heading ("14:00 Neuro: ...", "14:00 Family: ..."); in a
      // chat of several stamped lines, two or three capitals that are no clinical abbreviation are
      // the sender's initials ("21:11 JV: 2g IV Mg"); a given name that is also a word counts before the colon ("Reply 11:41 Faith: yes")
      const chatInitials = senders.length >= 2 && /^[A-Z]{2,3}$/.test(w) && !isClinicalAbbreviation(w) && !SIGN_OFF_NOT_INITIALS.test(w) && !CHAT_ROLE.test(w);
      // a given name that is a stop word speaks in a chat of several stamped lines or in a reply ("Reply 11:41 Will: yes")
      const stopName = (senders.length >= 2 || /^\s*(?:Reply|REPLY|Response|RESPONSE|Answer)\b/.test(m[0])) && timeOnly && /^[A-Z][a-z]/.test(w) && classifyWord(w) === 'stop' && isFirstName(w);
      if (timeOnly && !chatInitials && !stopName && !/^[a-z][a-z0-9._-]{1,30}$/.test(w) && !(/^[A-Z][a-z]/.test(w) && (['first', 'surname', 'unknown'].includes(classifyWord(w)) || (classifyWord(w) === 'common-name' && isFirstName(w))))) continue;
      // a service sending a chat line ("10:13 Neuroradiology: no ICH") is no person
      if (CONSULTING_SERVICE.test(w) || isKindOfCare(w)) continue;
      if (timeOnly && (SIGN_OFF_NOT_INITIALS.test(w) || CHAT_ROLE.test(w) || /^(?:rn|md|np|pa|me|pt|pharm|pharmacy|team|nurse|resident|fellow|attending|charge|unit|desk|lab|ed|er|icu|or|tech|aide|sitter|cna|pct|lpn|secretary|clerk|scribe|hospitalist|intensivist|surgeon|doc)$/i.test(w))) continue;
      // a login or a name: no section word or clinical abbreviation ("3/4 0600 Plan: ...", "3/4 14:00 BP: ...")
      const bare = w.replace(/^svc_/i, '');
      if (!/\d|_/.test(w) && !stopName && (classifyWord(w) === 'stop' || classifyWord(w) === 'common' || isClinicalAbbreviation(w))) continue;
      const end = m.index + m[0].length;
      const start = end - bare.length;
      out.push(mkSpan(start, end, 'NAME', SOURCE, 0.7));
    }
    if (!caseless) {
      eachCuedMatch(ctx, ROLE_THEN_NAME, ROLE_THEN_NAME_CUE, 0, (m) => {
        const w = m[1]!;
        if (ROLE_TITLE_WORD.test(w) || isClinicalAbbreviation(w)) return;
        // the role as written: lower case mid-sentence ("our nurse Blessing"), never a title ("Nurse Blessing" is a heading's job)
        if (!/^(?:\p{Ll}|R[1-4]\b|PGY)/u.test(m[0])) return;
        const cls = classifyWord(w);
        if (cls === 'stop') return;
        // a login in lower case: an initial and a lexicon surname ("bkowalczyk", "tnguyen4")
        if (/^\p{Ll}/u.test(w)) {
          if (cls !== 'unknown') return;
          const rest = classifyWord(w.slice(1).replace(/\d{1,3}$/, ''));
          if (rest !== 'surname' && rest !== 'first' && !/\d$/.test(w) && !(rest === 'unknown' && w.length >= 6)) return;
        }
        const end = m.index + m[0].length;
        out.push(mkSpan(end - w.length, end, 'NAME', SOURCE, 0.7));
      });
    }
    eachLineMatch(ctx, DICTATION_FOOTER, (line) => /^[ \t]{0,3}D:/.test(line), (m) => {
      for (const v of [m[1]!, m[2]!]) {
        const at = m.index + m[0].indexOf(v, v === m[2] ? m[0].indexOf('T:') : 0);
        out.push(mkSpan(at, at + v.length, 'NAME', SOURCE, 0.7));
      }
    });
    eachLineMatch(ctx, CHAT_NAMED, startsWithDate, (m) => {
      const name = m[1]!;
      const words = name.split(/,?[ \t]{1,2}/).map((w) => w.replace(/\.$/, ''));
      if (words.some((w) => classifyWord(w) === 'stop' || isClinicalAbbreviation(w) || SIGN_OFF_NOT_INITIALS.test(w))) return;
      // with a role in brackets any name will do ("Precious (blood bank)"); without one, two words
      // or more and one a lexicon name or a word no list knows ("Cook, Sterling", "Blessing Okonkwo")
      const role = m[2] !== undefined && CHAT_ROLE.test(m[2].trim());
      if (!role && (words.length < 2 || !words.some((w) => ['first', 'surname', 'unknown', 'common-name', 'common-surname'].includes(classifyWord(w))))) return;
      if (!role && words.every((w) => classifyWord(w) === 'common')) return;
      const start = m.index + m[0].lastIndexOf(name, m[0].length - (m[2] !== undefined ? m[2].length + 2 : 0));
      out.push(mkSpan(start, start + name.length, 'NAME', SOURCE, 0.7));
    });
    eachLineMatch(ctx, CHAT_SENDER_FIRST, startsWithWordThenTime, (m) => {
      const w = m[1]!;
      // a login or a name, never a word or an abbreviation ("Vitals 14:05: ...", "BP 14:05: ...")
      const cls = classifyWord(w);
      if (cls === 'stop' || cls === 'common' || cls === 'common-surname' || isClinicalAbbreviation(w) || SIGN_OFF_NOT_INITIALS.test(w) || (!/\d|_/.test(w) && w === w.toUpperCase())) return;
      // without the colon only a login: lower case with a digit, or an initial and a lexicon name ("ahaddad")
      if (text[m.index + m[0].length] !== ':') {
        const rest = classifyWord(w.slice(1).replace(/\d{1,3}$/, ''));
        if (!/^[a-z]{3,20}\d{0,3}$/.test(w) || (!/\d$/.test(w) && rest !== 'surname' && rest !== 'first')) return;
      }
      const start = m.index + m[0].indexOf(w);
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.7));
    });
    // "hope carver, 23F": where an age and sex follow a comma, the two words before it
    eachMatchFrom(ctx, NAME_COMMA_AGE_SEX, ageSexStarts(ctx), 66, (m) => {
      const [given, sur] = [m[1]!, m[2]!];
      if (!isFirstName(given) || GREETED_TITLE.test(given)) return;
      const g = classifyWord(given);
      const c = classifyWord(sur);
      if (g === 'stop' || isClinicalAbbreviation(given) || isClinicalAbbreviation(sur) || !['surname', 'unknown', 'first', 'common-surname', 'common-name'].includes(c)) return;
      out.push(mkSpan(m.index, m.index + m[0].lastIndexOf(sur) + sur.length, 'NAME', SOURCE, 0.7));
    });
    eachLineMatch(ctx, LIST_NAME_AGE, startsWithListNumber, (m) => {
      const v = m[1]!;
      const words = v.split(/,?[ \t]{1,2}/);
      // name words only: no function, everyday or clinical word ("1. pneumonia 45M", "2. s/p fall 80F");
      // written "last, first" a surname or a given name may be an everyday word ("2  baker, moses  93")
      const lastFirst = /^\p{L}[\p{L}\p{M}'’-]{1,30},[ \t]/u.test(v) && words.some((w) => ['first', 'surname'].includes(classifyWord(w)));
      const notName = lastFirst ? ['stop', 'common'] : ['stop', 'common', 'common-surname'];
      if (words.some((w) => w.length > 1 && (notName.includes(classifyWord(w)) || isClinicalAbbreviation(w)))) return;
      if (words.every((w) => w.length === 1)) return;
      const start = m.index + m[0].lastIndexOf(v);
      out.push(mkSpan(start, start + v.length, 'NAME', SOURCE, 0.7));
    });
    if (!caseless) {
      eachMatchFrom(ctx, CAPS_LAST_FIRST, charStarts(ctx, ','), 50, (m) => {
        // a surname no list knows as a word or an abbreviation ("CHF, Afib", "PLAN, Continue", "IMPRESSION, Normal")
        const last = m[1]!.split(/[-'’]/);
        if (last.some((w) => w.length < 3 || !['unknown', 'surname', 'first'].includes(classifyWord(w)) || isClinicalAbbreviation(w))) return;
        const g = classifyWord(m[2]!);
        if (g === 'stop' || g === 'common' || isClinicalAbbreviation(m[2]!)) return;
        // where a list item or a header puts a name: a line's start, a label's colon, a number or a bracket
        // ("daughter and HCPOA, Ivy" is a role in a sentence)
        if (!/(?:^|[\n:;(\[#>|\d.)–—-]|\b(?:re|pt|patient))[ \t]{0,4}$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
        out.push(mkSpan(m.index, m.index + m[0].length, 'NAME', SOURCE, 0.7));
      }, atCapital);
    }
    eachMatchFrom(ctx, CAPS_LAST_FIRST_ID, charStarts(ctx, ','), 50, (m) => {
      // name words or words no list knows (a surname may be an everyday word: `BIGHORN, LEVI`), never a
      // function word or a clinical abbreviation ("HTN, DM 58M", "CT, MRI 3/4/2024")
      const words = [...m[1]!.split(/[-'’]/), ...m[2]!.split('-')];
      if (words.some((w) => w.length < 2 || isClinicalAbbreviation(w) || classifyWord(w) === 'stop')) return;
      if (!words.some((w) => ['unknown', 'surname', 'first', 'common-surname', 'common-name'].includes(classifyWord(w)))) return;
      out.push(mkSpan(m.index, m.index + m[0].trimEnd().length, 'NAME', SOURCE, 0.75));
    }, atCapital);
    eachMatchFrom(ctx, PIPE_CELL_NAME, charStarts(ctx, '|'), 0, (m) => {
      const parts = m[1]!.split(/[ \t]/);
      const a = parts.length === 1 ? classifyWord(m[1]!) : parts.some((w) => classifyWord(w) === 'stop' || isClinicalAbbreviation(w)) ? 'stop' : 'unknown';
      const b = classifyWord(m[2]!);
      // two name words, not a cell of everyday or clinical words ("| Stable, Improving |")
      if (a === 'stop' || b === 'stop' || (a === 'common' && b === 'common') || isClinicalAbbreviation(m[1]!)) return;
      // a town and its state ("| Henderson, NV |"): a given name has a lower-case letter or three letters
      if (/^\p{Lu}{2}$/u.test(m[2]!)) return;
      const start = m.index + m[0].indexOf(m[1]!);
      out.push(mkSpan(start, m.index + m[0].trimEnd().length, 'NAME', SOURCE, 0.75));
    });
    // "Gül, Seong-hyeon C.", "Devens, Yuchan A.": surname, given name and initial anywhere in a line
    eachMatchFrom(ctx, LAST_FIRST_INITIAL, loneCapitalBeforeDot(ctx), 70, (m) => {
      const a = classifyWord(m[1]!);
      const b = classifyWord(m[2]!);
      // a surname that is no everyday word, then a given name (a lexicon one where case says nothing)
      if (a === 'stop' || a === 'common' || b === 'stop' || b === 'common') return;
      if (caseless && b !== 'first' && b !== 'common-name') return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'NAME', SOURCE, 0.8));
    }, atCapitalLetter);
    // "Sóngül's son", "Berkyaruk's wife": a name in the possessive before a relation
    eachMatchFrom(ctx, POSSESSIVE_RELATION, possessiveBeforeRelation(ctx), 0, (m) => {
      const w = m[1]!;
      const cls = classifyWord(w);
      if (cls === 'stop' || cls === 'common' || (!caseless && !/^\p{Lu}/u.test(w))) return;
      out.push(mkSpan(m.index, m.index + w.length, 'NAME', SOURCE, 0.75));
    });
    // "goes by Tiny", "known as Sonny": a nickname
    eachCuedMatch(ctx, NICKNAME, NICKNAME_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'NAME', SOURCE, 0.8));
    });
    // a nickname of several words in quotes: 'Goes by "Big Si"', 'known as "Doc J"'
    eachCuedMatch(ctx, QUOTED_NICKNAME, QUOTED_NICKNAME_CUE, 0, (m) => {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      out.push(mkSpan(start, start + m[1]!.length, 'NAME', SOURCE, 0.8));
    });
    // "Pt Lerzan Racer, DOB 7/18/1957", "pt Aytac now 33F", "feda phaneuf in rm 4": a patient named by what follows
    eachCuedMatch(ctx, PATIENT_NAMED, PATIENT_CUE, 0, (m) => {
      const words = [...m[1]!.matchAll(/\S+/g)];
      // where case says nothing, only a record cue after the name ("PT X, DOB"), not a verb ("PT USINS IS 1250")
      const follow = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (caseless && /^,?[ \t]{1,2}(?:was|is|has|had|remains|remained|will|now)\b/i.test(follow)) return;
      const ok = words.every((w) => {
        const c = classifyWord(w[0]);
        if (c === 'stop' || c === 'common') return false;
        return caseless || /^\p{Lu}/u.test(w[0]) || c === 'first' || c === 'surname';
      });
      if (!ok) return;
      const start = m.index + m[0].indexOf(m[1]!);
      out.push(mkSpan(start, start + m[1]!.length, 'NAME', SOURCE, 0.75));
    }, undefined, (i) => {
      // one to three name words, then a record cue, an age, a verb or a room
      const end = scanUnits(ctx)[i]!.end;
      return PATIENT_FOLLOW.test(text.slice(end, end + 110));
    });
    eachCuedMatch(ctx, PATIENT_LAST_FIRST, PATIENT_CUE, 0, (m) => {
      const v = m[1]!;
      const [last, given] = v.split(/,[ \t]{1,2}/) as [string, string];
      const g = given.split(/[ \t]/)[0]!;
      // two name-like words: no function, clinical or everyday word ("PT AWAKE, ALERT", "pt Smith, afebrile")
      if ([last, g].some((w) => { const c = classifyWord(w); return c === 'stop' || c === 'common'; })) return;
      const start = m.index + m[0].length - v.length;
      out.push(mkSpan(start, start + v.replace(/\.$/, '').length, 'NAME', SOURCE, 0.75));
    });
    if (!caseless) {
      eachCuedMatch(ctx, KIN_INITIALS, KIN_INITIALS_CUE, 0, (m) => {
        const v = m[1]!;
        // a credential or a role of the relative ("daughter RN", "wife MD"), or a clinical abbreviation ("son ICU", "dtr HCP")
        if (KIN_NOT_INITIALS.test(v) || isClinicalAbbreviation(v)) return;
        const end = m.index + m[0].length;
        out.push(mkSpan(end - v.length, end, 'NAME', SOURCE, 0.7));
      });
    }
    eachCuedMatch(ctx, SIGNED_OUT_ARROW, SIGNED_OUT_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      const second = end - m[2]!.length;
      const first = m.index + m[0].lastIndexOf(m[1]!, second - m.index - 1);
      for (const [v, at] of [[m[1]!, first], [m[2]!, second]] as const) {
        if (KIN_NOT_INITIALS.test(v) || STUDY_NOT_INITIALS.test(v)) continue;
        out.push(mkSpan(at, at + v.length, 'NAME', SOURCE, 0.65));
      }
    });
    // the writer's stamp closing the note (`AN 3/4/24 1540`)
    {
      const base = Math.max(0, text.length - 40);
      const tail = text.slice(base).replace(/\s+$/, '');
      const st = INITIALS_STAMP_END.exec(tail);
      // (`^` of the cut tail is a line's start only where the note's line starts there too)
      const lineStart = st !== null && (st[0].startsWith('\n') || base + st.index === 0 || text[base + st.index - 1] === '\n');
      if (st !== null && lineStart && !STUDY_NOT_INITIALS.test(st[1]!) && !KIN_NOT_INITIALS.test(st[1]!)) {
        const at = base + st.index + st[0].indexOf(st[1]!);
        out.push(mkSpan(at, at + st[1]!.length, 'NAME', SOURCE, 0.6));
      }
    }
    eachCuedMatch(ctx, ROLE_INITIALS_LINE_END, ROLE_INITIALS_CUE, 0, (m) => {
      const v = m[1]!;
      // initials, never a word, a credential, a unit or a time (`RN to see`, `NP ICU`, `night off`, `Day AM`)
      const cls = classifyWord(v);
      if (cls === 'stop' || ((v === v.toLowerCase() || caseless) && cls === 'common') || KIN_NOT_INITIALS.test(v.toUpperCase()) || SIGN_OFF_NOT_INITIALS.test(v) || ROLE_SIGN_OFF.test(v)) return;
      if (v === v.toUpperCase() && isClinicalAbbreviation(v) && !/^[ \t.]{0,3}(?:\r?\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - v.length, end, 'NAME', SOURCE, 0.65));
    });
    eachCuedMatch(ctx, ROOM_THEN_NAME, ROOM_CUE, 0, (m) => {
      const v = m[1]!;
      const name = v.replace(/^\p{L}\.[ \t]{0,2}/u, '');
      const cls = classifyWord(name);
      // a surname or a given name, or a word no list knows; never a state of the bed ("bed 9 empty:", "rm 4 clean,")
      if (!['first', 'surname', 'unknown', 'common-surname', 'common-name'].includes(cls) || isClinicalAbbreviation(name) || isKindOfCare(name)) return;
      if (cls === 'unknown' && name.length < 3) return;
      const end = m.index + m[0].length;
      // before capitals only when they are a clinical abbreviation (`Rm 6 BROOKS SCD ACS`)
      const next = /^[ \t]{1,2}([A-Z]{2,6})\b/.exec(text.slice(end, end + 10));
      if (next && !/^[ \t]{0,2}(?:\(|,|:|[-–][ \t])/.test(text.slice(end, end + 3)) && !isClinicalAbbreviation(next[1]!)) return;
      out.push(mkSpan(end - v.length, end, 'NAME', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, NAME_IN_ROOM, ROOM_CUE, 70, (m) => {
      const words = [...m[1]!.matchAll(/\S+/g)];
      const classes = words.map((w) => classifyWord(w[0]));
      if (classes.some((c) => c === 'stop' || c === 'common')) return;
      if (!classes.some((c) => c === 'first' || c === 'surname') && !(words.every((w) => /^\p{Lu}/u.test(w[0])) && !caseless)) return;
      const start = m.index + m[0].indexOf(m[1]!);
      out.push(mkSpan(start, start + m[1]!.length, 'NAME', SOURCE, 0.7));
    }, atNameListStart, (i) => scanUnits(ctx)[i - 1]?.lower === 'in' && /^\.?[ \t]{0,2}#?\d/.test(text.slice(scanUnits(ctx)[i]!.end, scanUnits(ctx)[i]!.end + 8)));

    // "Min-ho St. Cormier is a 28 y/o man": the subject of the age statement opening a history
    eachCuedMatch(ctx, SUBJECT_OF_AGE, IS_CUE, 140, (m) => {
      const words = [...m[1]!.matchAll(/\S+/g)];
      let k = 0;
      while (k < words.length && /^(?:patient|pt|mr|mrs|ms|miss|mx|dr)\.?$/i.test(words[k]![0])) k++;
      const kept = words.slice(k);
      const PARTICLE_WORD = /^(?:de|da|di|del|der|den|van|von|la|le|du|el|al)$/i;
      if (kept.length === 0 || kept.some((w) => !PARTICLE_WORD.test(w[0]) && classifyWord(w[0].replace(/[.,]$/, '')) === 'stop')) return;
      if (!caseless && kept.some((w) => !PARTICLE_WORD.test(w[0]) && !/^\p{Lu}/u.test(w[0]))) return;
      if (kept.every((w) => classifyWord(w[0]) === 'common') && !caseless) return;
      const base = m.index + m[0].indexOf(m[1]!);
      out.push(mkSpan(base + kept[0]!.index!, base + m[1]!.length, 'NAME', SOURCE, 0.75));
    }, atClauseStart, (i) => ageAfterIs(ctx, i));

    // "Dear Mrs. Quenby,", "/s/ Maren Tollefsen MD": a salutation and a signature mark
    eachCuedMatch(ctx, DEAR, DEAR_CUE, 0, (m) => {
      const pos = m.index + m[0].length;
      // "Dear Art,": the word before the comma is the name even when it is an everyday word
      const found = takeName(text, pos, { maxWords: 3, strength: 'strong', caseless }) ?? salutedWord(text, pos);
      // "Dear Colleague", "Dear Patient": a role greeted, no one named
      if (found && NOT_GREETED.test(text.slice(found[0], found[1]))) return;
      if (found) out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.8));
    });
    const greeted = (m: RegExpExecArray): void => {
      const w = m[1]!;
      const c = classifyWord(w);
      // a capital as written (the regex's case-insensitive flag lets \p{Lu} match any letter)
      // a given name that is also a charting word may be greeted ("Hi Page,", "Hi Will,"), never a title ("Hi Dr,")
      if (!/^\p{Lu}/u.test(w) || NOT_GREETED.test(w) || SERVICE_SUFFIX.test(w) || (c === 'stop' && (!isFirstName(w) || GREETED_TITLE.test(w))) || c === 'common' || isClinicalAbbreviation(w)) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - w.length, end, 'NAME', SOURCE, 0.75));
    };
    eachLineMatch(ctx, GREETING, startsWithGreeting, greeted);
    eachCuedMatch(ctx, GREETING_AFTER_COLON, GREETING_CUE, 8, greeted);
    // "Hepatology (Ahsen F.)", "Palliative care (SA)", "was consulted (AK)": who a service sent, in brackets
    eachMatchFrom(ctx, SERVICE_PAREN, charStarts(ctx, '('), 30, (m) => {
      const pos = m.index + m[0].length;
      const found = takeName(text, pos, { maxWords: 4, strength: 'strong', caseless }) ?? initialsAt(text, pos, caseless) ?? unknownWordAt(text, pos, caseless);
      if (!found || !/^[ \t]{0,2}[,)]/.test(text.slice(found[1], found[1] + 3))) return;
      // after a role, four capitals or more are a credential ("physician (RPVI)"), not initials
      if (/^\p{Lu}{4,}$/u.test(text.slice(found[0], found[1])) && /^(?:attending|resident|fellow|intern|hospitalist|surgeon|physician|doctor|provider|pcp|nurse|coordinator|chaplain|interpreter|worker|manager)\b/i.test(m[0])) return;
      // an everyday or clinical word in capitals is no one's name ("TRANSPLANT SURGERY (KIDNEY)")
      if (text.slice(found[0], found[1]).split(/[ \t]+/).every((w) => (caseless || w === w.toUpperCase() ? ['stop', 'common', 'common-surname'] : ['stop', 'common']).includes(classifyWord(w)) || isClinicalAbbreviation(w))) return;
      // "Palliative Care (PC)": the bracket spells out the words before it, an abbreviation
      if (spellsWordsBefore(text.slice(Math.max(0, found[0] - 64), found[0]), text.slice(found[0], found[1]).replace(/\./g, '').toLowerCase())) return;
      // a person's name in capitals ("(Ahsen F.)"), not "(Timoptic admin, ...)"
      if (!caseless && !text.slice(found[0], found[1]).split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:de|da|di|van|von|der|den|la|le|du)$/.test(w))) return;
      out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.75));
    }, atLetterOfAnyScript);
    eachMatchFrom(ctx, SIGNED_MARK, charStarts(ctx, '/'), 0, (m) => {
      const found = takeName(text, m.index + m[0].length, { maxWords: 4, strength: 'strong', caseless });
      if (found) out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.85));
    });

    eachCuedMatch(ctx, HEADER, HEADER_CUE, 9, (m) => {
      const pos = m.index + m[0].length;
      // "Doe, Jane" or "Jane Doe"
      const lf = /^([A-Za-z][A-Za-z'’-]{1,30}),[ \t]{0,2}([A-Za-z][A-Za-z'’-]{1,30})(?:[ \t]{1,2}[A-Z]\.?(?![A-Za-z]))?/.exec(text.slice(pos, pos + 80));
      if (lf && nameWordsOk([lf[1]!, lf[2]!], caseless)) {
        out.push(mkSpan(pos, pos + lf[0].length, 'NAME', SOURCE, 0.85));
        // a list of recipients: "To: Ruiz, Paloma; Steeplechase, Will"
        let at = pos + lf[0].length;
        for (let k = 0; k < 8; k++) {
          const more = /^;[ \t]{0,2}(\p{Lu}[\p{L}'’-]{1,30}),[ \t]{0,2}(\p{Lu}[\p{L}'’-]{1,30})(?:[ \t]{1,2}\p{Lu}\.?)?/u.exec(text.slice(at, at + 80));
          if (!more) break;
          const start = at + more[0].indexOf(more[1]!);
          out.push(mkSpan(start, at + more[0].length, 'NAME', SOURCE, 0.85));
          at += more[0].length;
        }
        return;
      }
      const found = takeName(text, pos, { maxWords: 3, strength: 'strong', caseless });
      if (!found) return;
      // where case carries meaning, an everyday word in lower case is the start of a phrase, not
      // a name ("PCP: weight check in 2 days", "From: bridge clinic APRN")
      const first = text.slice(found[0], found[1]).split(/\s/)[0]!;
      if (!caseless && /^\p{Ll}/u.test(first) && /^(?:stop|common|common-surname)$/.test(classifyWord(first))) return;
      // a room or bed ("Re: Rm 318"), or a team or service ("Attending: Medicine teaching team")
      if (/^(?:rm|room|bed|bay|unit)$/i.test(first) || SERVICE_AFTER.test(text.slice(found[1], found[1] + 30))) return;
      // a role in place of the name, on a form ("To: Prescriber ___", "From: Requester")
      if (FORM_ROLE_WORD.test(first)) return;
      // a chat's message after its sender's role ("MD: Perfect. Please recheck", "MD: Sunday is
      // good", "MD: VBG back"): one everyday word, a weekday or capitals, then the sentence going on
      if (/^[ \t]{0,8}(?:rn|md|np|pa|nurse)[ \t]{0,2}:/i.test(m[0].replace(/^\n/, '')) && found[1] - found[0] === first.length &&
        (/^(?:stop|common|common-surname)$/.test(classifyWord(first)) || isWeekdayName(first) || /^[A-Z]{2,5}$/.test(first)) && /^(?:[.!,][ \t]{1,2}\p{L}|[ \t]{1,2}\p{Ll})/u.test(text.slice(found[1], found[1] + 4))) return;
      // "CC:" is also the chief complaint ("CC: worst headache of life"): a copy's name is no everyday word
      if (/^\s{0,8}cc\b/i.test(m[0])) {
        const w = text.slice(found[0], found[1]).split(/\s/)[0]!;
        if ((!caseless && !/^\p{Lu}/u.test(w)) || !/^(?:first|surname|unknown|common-surname|common-name)$/.test(classifyWord(w))) return;
      }
      out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.85));
    }, atLineStart);

    eachLineMatch(ctx, LAST_FIRST, mayBeLastFirst, (m) => {
      if (!nameWordsOk([m[1]!, m[2]!], caseless)) return;
      const start = m.index + m[0].indexOf(m[1]!);
      let end = m.index + m[0].length;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      out.push(mkSpan(start, end, 'NAME', SOURCE, 0.75));
    });

    eachCuedMatch(ctx, SOCIAL_HEADER, SOCIAL_CUE, 0, (m) => {
      const found = takeName(text, m.index + m[0].length, { maxWords: 2, strength: 'medium', caseless });
      if (found) out.push(mkSpan(found[0], found[1], 'NAME', SOURCE, 0.6));
    }, undefined, (i) => socialMarkAfter(text, scanUnits(ctx)[i]!.end));

    eachCuedMatch(ctx, CREDENTIAL, CREDENTIAL_CUE, 0, (c) => {
      const from = Math.max(0, c.index - 72);
      const m = LAST_FIRST_BEFORE.exec(text.slice(from, c.index));
      if (!m) return;
      const last = m[1]!;
      const first = m[2]!;
      // the given name is a lexicon first name and the surname no function, clinical or
      // everyday word (the credential after them says it is a person: "HR, BP MD AWARE" is not)
      const fc = classifyWord(first);
      const lc = classifyWord(last);
      if (first.length < 3 || last.length < 3 || (fc !== 'first' && fc !== 'common-name')) return;
      if (lc === 'stop' || lc === 'common') return;
      const start = from + m.index;
      out.push(mkSpan(start, start + m[0].indexOf(first, last.length) + first.length, 'NAME', SOURCE, 0.8));
    }, undefined, (i) => CREDENTIAL_FORMS.has(scanUnits(ctx)[i]!.text));

    eachLineMatch(ctx, ROLE_SIGNATURE, endsWithCredential, (m) => {
      const words = m[1]!.split(/[ \t]+/);
      if (!words.every((w) => /^[A-Za-z]\.?$/.test(w) || acceptsNameWord(w.replace(/[.,]+$/, ''), 'strong', true))) return;
      if (!words.some((w) => w.replace(/[.,]+$/, '').length >= 2)) return;
      const start = m.index + m[0].indexOf(m[1]!);
      out.push(mkSpan(start, start + m[1]!.length, 'NAME', SOURCE, 0.8));
    });

    eachCuedMatch(ctx, FAMILY_OF, FAMILY_CUE, 0, (fm) => {
      const m = WORD_END.exec(text.slice(Math.max(0, fm.index - 34), fm.index));
      if (!m) return;
      m.index = fm.index - m[0].length;
      const w = m[1]!.replace(/[-'’]+$/, '');
      if (!acceptsNameWord(w, 'weak', caseless)) return;
      if (/^(?:the|his|her|their|pt'?s|patient'?s)$/i.test(w)) return;
      out.push(mkSpan(m.index, m.index + w.length, 'NAME', SOURCE, 0.6));
    });

    const nameThenVisit = (m: RegExpExecArray): void => {
      const w = m[1]!;
      if (RELATION_WORD.test(w) || classifyWord(w) === 'stop') return;
      if (!isFirstName(w)) return;
      const start = m.index + m[0].indexOf(w);
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.6));
    };
    eachCuedMatch(ctx, NAME_THEN_VISIT, VISIT_CUE, 27, nameThenVisit, afterClauseMark, (i) => visitVerbAt(ctx, i));
    NAME_THEN_VISIT_AT_START.lastIndex = 0;
    const first = NAME_THEN_VISIT_AT_START.exec(text);
    if (first) nameThenVisit(first);

    if (!caseless) {
      eachCuedMatch(ctx, BEFORE_REPORTING_VERB, REPORTING_CUE, 33, (m) => {
        // only a word no lexicon knows: everyday, clinical and role words are not people here
        if (classifyWord(m[1]!) !== 'unknown' || SERVICE_SUFFIX.test(m[1]!) || isSlipOfCommonWord(m[1]!) || isTwoWordCompound(m[1]!)) return;
        out.push(mkSpan(m.index, m.index + m[1]!.length, 'NAME', SOURCE, 0.6));
      }, atCapital);
    }

    // a speaker naming themselves, a name before "the RT": a given name (any case), or where case
    // carries meaning a capitalised word no list knows
    const selfOrRole = (m: RegExpExecArray): void => {
      const w = m[1]!;
      const cls = classifyWord(w);
      // a given name that is also a word only as written, capitalised, in a mixed-case note ("this is Summer,")
      const ok = cls === 'first' || (!caseless && /^\p{Lu}\p{Ll}/u.test(w) && (cls === 'unknown' || cls === 'surname' || (cls === 'common-name' && isFirstName(w)))) || (caseless && cls === 'surname');
      if (!ok || RELATION_WORD.test(w) || NOT_A_GIVEN_NAME.test(w) || isClinicalAbbreviation(w)) return;
      const start = m.index + m[0].indexOf(w);
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.65));
    };
    eachCuedMatch(ctx, SELF_INTRO, SELF_INTRO_CUE, 0, selfOrRole);
    eachCuedMatch(ctx, NAME_THE_ROLE, NAME_THE_ROLE_CUE, 72, selfOrRole);

    eachMatchFrom(ctx, SLASH_TYPIST, charStarts(ctx, '/'), 24, (m) => {
      const w = m[1]!;
      if (classifyWord(w) !== 'unknown' || isClinicalAbbreviation(w)) return; // "ASA / ppi"
      const start = m.index + m[0].lastIndexOf(w);
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.65));
    });
    // a slash, the writer's initials and a credential alone on a line ("/MJK RN")
    SLASH_INITIALS_CREDENTIAL.lastIndex = 0;
    for (let m = SLASH_INITIALS_CREDENTIAL.exec(text); m !== null; m = SLASH_INITIALS_CREDENTIAL.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf('/'));
      out.push(mkSpan(start, start + m[1]!.length, 'NAME', SOURCE, 0.65));
    }
    // a job's label and the worker's initials before a column gap or the line end ("Cytotechnologist: TLB   Cytopathologist: ...")
    eachMatchFrom(ctx, JOB_LABEL_INITIALS, charStarts(ctx, ':'), 40, (m) => {
      const w = m[1]!;
      if (isClinicalAbbreviation(w) || NAMING_CREDENTIAL_WORD.test(w) || SIGN_OFF_NOT_INITIALS.test(w)) return;
      const start = m.index + m[0].lastIndexOf(w);
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.65));
    });
    // a signer's credential, a slash and the typist's initials closing the line ("B. NAKASHIMA RN / BN", "PA(ASCP) / kp.")
    eachMatchFrom(ctx, CREDENTIAL_SLASH_INITIALS, charStarts(ctx, '/'), 24, (m) => {
      const w = m[1]!;
      // (in capitals no clinical abbreviation either; in lower case at a signature's end the typist's initials, though they spell one: "MD / dm")
      if (NAMING_CREDENTIAL_WORD.test(w) || (/^[A-Z]/.test(w) && (isClinicalAbbreviation(w) || classifyWord(w) === 'stop'))) return; // "RN/LPN"
      const start = m.index + m[0].lastIndexOf(w);
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.65));
    });
    eachMatchFrom(ctx, MENTION, charStarts(ctx, '@'), 0, (m) => {
      const cls = classifyWord(m[1]!);
      if (cls === 'stop' || cls === 'common' || cls === 'common-name' || isClinicalAbbreviation(m[1]!)) return; // "@home", "@bedside"
      out.push(mkSpan(m.index + 1, m.index + m[0].length, 'NAME', SOURCE, 0.7));
    });
    const signOff = (m: RegExpExecArray): void => {
      const w = m[1]!;
      const start = m.index + m[0].lastIndexOf(w);
      // initials, not a word ("thanks, all", "-- end", "~ok") or a role signing for its desk ("-- RPh", "-- CDS");
      // after a dash closing a message, initials in capitals that spell a clinical abbreviation are
      // still someone's (`-- AR`, `Sorry for the miss. -- MG`), never a function word (`-- AND`)
      const spelt = initialsSigningOff(text, start, start + w.length);
      if ((classifyWord(w) === 'stop' && !spelt) || (w !== w.toUpperCase() && classifyWord(w) === 'common') || SIGN_OFF_NOT_INITIALS.test(w) || ROLE_SIGN_OFF.test(w)) return;
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.65));
    };
    eachCuedMatch(ctx, SIGN_OFF, SIGN_OFF_CUE, 0, signOff);
    eachCuedMatch(ctx, SIGN_OFF_GIVEN, SIGN_OFF_CUE, 0, (m) => {
      const w = m[1]!;
      const cls = classifyWord(w);
      // a given name the lexicon holds and no everyday word ("thanks again", "thank you doctor", "thx team")
      if (!isFirstName(w) || cls === 'common' || isClinicalAbbreviation(w) || neverSigns(w)) return;
      const start = m.index + m[0].length - w.length;
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.6));
    });
    if (!caseless) {
      eachCuedMatch(ctx, VALEDICTION_INLINE, VALEDICTION_CUE, 0, (m) => {
        const v = m[1]!;
        const c = classifyWord(v);
        // a capital as written (the case-insensitive flag lets \p{Lu} match any letter), a name and no desk
        if (!/^\p{Lu}/u.test(v) || c === 'stop' || c === 'common' || NOT_GREETED.test(v) || DESK_WORD.test(v) || SERVICE_SUFFIX.test(v) || isKindOfCare(v) || isClinicalAbbreviation(v)) return;
        const start = m.index + m[0].lastIndexOf(v);
        out.push(mkSpan(start, start + v.length, 'NAME', SOURCE, 0.7));
      });
      eachLineMatch(ctx, VALEDICTION_NAME, startsWithValediction, (m) => {
        const v = m[1]!;
        const words = v.split(/[ \t]{1,2}/);
        // every word capitalised as written (the case-insensitive flag lets \p{Lu} match any letter)
        if (words.some((w) => !/^\p{Lu}/u.test(w))) return;
        // a person, not a desk or a team ("Thanks,\nDermatology", "Regards,\nThe ICU Team")
        if (!/^\p{Lu}/u.test(v) || words.some((w) => NOT_GREETED.test(w) || DESK_WORD.test(w) || SERVICE_SUFFIX.test(w) || isKindOfCare(w) || isClinicalAbbreviation(w) || classifyWord(w.replace(/\.$/, '')) === 'stop')) return;
        if (words.every((w) => classifyWord(w.replace(/\.$/, '')) === 'common')) return;
        const start = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(v)).length;
        out.push(mkSpan(start, start + v.length, 'NAME', SOURCE, 0.7));
      });
    }
    eachMatchFrom(ctx, DOTTED_INITIALS_ITEM, undefined, 0, (m) => {
      const w = m[1]!;
      const start = m.index + m[0].length - w.length;
      const end = m.index + m[0].length;
      // initials that spell a clinical abbreviation head a service's item (`1. P.T.: ambulating`)
      // unless a bracket says where the client is, or a signature is meant
      const signed = /^signed/i.test(m[0].trimStart());
      if (!signed && isClinicalAbbreviation(w.replace(/\./g, '')) && !CLIENT_BRACKET_AFTER.test(text.slice(end, end + 16))) return;
      out.push(mkSpan(start, end, 'NAME', SOURCE, 0.6));
    });
    eachLineMatch(ctx, DASH_SIGN_OFF, startsWithSignOffDash, signOff);
    eachMatchFrom(ctx, DASH_SIGN_OFF_ROLE, charStarts(ctx, '-–—~'), 0, (m) => {
      const w = m[1]!;
      const start = m.index + m[0].lastIndexOf(w);
      const cls = classifyWord(w);
      if (neverSigns(w)) return;
      // a given name in title case (`-Iris`); initials that are no clinical abbreviation in capitals (`-MT`, not `- BP`)
      if (/^\p{Lu}\p{Ll}/u.test(w) ? !(cls === 'first' || cls === 'common-name' || cls === 'unknown') : w === w.toUpperCase() ? isClinicalAbbreviation(w) : cls === 'common' && w.length > 3) return;
      out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.65));
    });
    {
      // initials closing the message: only its last characters are tried
      const tail = text.length > 16 ? text.length - 16 : 0;
      DASH_INITIALS_AT_END.lastIndex = tail;
      const m = DASH_INITIALS_AT_END.exec(text);
      if (m !== null) {
        const w = m[1]!;
        const start = m.index + m[0].lastIndexOf(w);
        const ok = !(neverSigns(w) || (w === w.toUpperCase() && isClinicalAbbreviation(w) && !initialsSigningOff(text, start, start + w.length)));
        if (ok) out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.6));
      }
    }
    eachMatchFrom(ctx, END_DASH_SIGN_OFF, charStarts(ctx, '-–—~'), 0, (m) => {
      const w = m[1]!;
      const start = m.index + m[0].lastIndexOf(w);
      if (isClinicalAbbreviation(w) && !initialsSigningOff(text, start, start + w.length)) return;
      if (w.length <= 3 || /^(?:[A-Z]\.){2,3}$/.test(w)) return signOff(m);
      const cls = classifyWord(w.replace(/\d{1,3}$/, ''));
      // a capitalised given name or a word no list knows ("-Priya"), or a login: an initial and a lexicon name ("mrodrigues")
      const given = /^\p{Lu}\p{Ll}+$/u.test(w) && (cls === 'first' || cls === 'common-name' || cls === 'unknown');
      const rest = classifyWord(w.slice(1).replace(/\d{1,3}$/, ''));
      const login = /^[a-z]+\d{0,3}$/.test(w) && classifyWord(w) === 'unknown' && (rest === 'surname' || rest === 'first');
      if (given || login) out.push(mkSpan(start, start + w.length, 'NAME', SOURCE, 0.65));
    });

    eachMatchFrom(ctx, BRACKETED_RELATION, charStarts(ctx, '('), 0, (m) => {
      const from = Math.max(0, m.index - 64);
      const w = WORDS_BEFORE_BRACKET.exec(text.slice(from, m.index));
      if (!w) return;
      const words = w[1]!.split(/[ \t]+/);
      const last = words[words.length - 1]!;
      if (RELATION_WORD.test(last) || NOT_A_GIVEN_NAME.test(last) || isClinicalAbbreviation(last)) return;
      const cls = classifyWord(last);
      const capital = /^\p{Lu}/u.test(last);
      // the bracket vouches for a given name that is an everyday word (`Will (son)`), or a word no list knows
      if (!caseless && !capital) return;
      if (!(isFirstName(last) || cls === 'first' || cls === 'surname' || cls === 'unknown' || (!caseless && cls === 'common-surname'))) return;
      let kept = last;
      if (words.length === 2) {
        const w0 = words[0]!;
        const c0 = classifyWord(w0);
        // "Bill Jones (son)": a given name before the surname
        if ((caseless || /^\p{Lu}/u.test(w0)) && !RELATION_WORD.test(w0) && (c0 === 'first' || (isFirstName(w0) && c0 !== 'stop'))) kept = `${w0}${w[1]!.slice(w0.length, w[1]!.length - last.length)}${last}`;
      }
      const end = from + w.index + w[0].indexOf(w[1]!) + w[1]!.length;
      out.push(mkSpan(end - kept.length, end, 'NAME', SOURCE, 0.7));
    });

    eachMatchFrom(ctx, PHONE_ANCHOR, phoneAnchors(ctx), 0, (m) => {
      let at = m.index;
      if (m[0].length === 1) {
        const cue = PHONE_CUE_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
        if (!cue) return;
        at -= cue[0].length;
      } else {
        const area = AREA_CODE_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
        if (area && area[0].length > 3) at -= area[0].length;
        if (at > 0 && /[\d/.\-()]/.test(text[at - 1]!)) return; // part of a longer number or a date
      }
      const from = Math.max(0, at - 100);
      const w = WORDS_BEFORE_PHONE.exec(text.slice(from, at));
      if (!w) return;
      // keep the words from the right while each may be a name: a lexicon name, or (where case
      // carries meaning) a capitalised word no lexicon knows
      const words = w[1]!.split(/[ \t]+/);
      let k = words.length;
      while (k > 0) {
        const cls = classifyWord(words[k - 1]!);
        const wk = words[k - 1]!;
        const ok = cls === 'first' || cls === 'surname' || (!caseless && cls === 'unknown' && wk !== wk.toUpperCase() && !isSlipOfCommonWord(wk));
        if (!ok) break;
        k--;
      }
      if (k === words.length) return;
      const kept = words.slice(k).join(' ');
      if (isCityName(kept)) return;
      const end = from + w.index + w[0].indexOf(w[1]!) + w[1]!.length;
      const start = end - w[1]!.length + w[1]!.lastIndexOf(kept);
      // "lives in Vermont 555-...": a place after a preposition, not a person
      if (/\b(?:in|at|from|to|near|of|on)[ \t]{1,2}$/i.test(text.slice(Math.max(0, start - 6), start))) return;
      out.push(mkSpan(start, end, 'NAME', SOURCE, 0.6));
    });

    // a bare signature at the very end: the last line, or the last sentence ("... stable. Susan")
    const trimmed = text.trimEnd();
    const isName = (w: string): boolean => {
      const c = classifyWord(w.replace(/[.,]+$/, ''));
      return c === 'first' || c === 'surname';
    };
    for (const boundary of [trimmed.lastIndexOf('\n'), Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('! '), trimmed.lastIndexOf('? '))]) {
      const from = boundary + 1;
      const tail = trimmed.slice(from);
      const lead = tail.length - tail.trimStart().length;
      const m = LAST_WORDS.exec(tail.trimStart());
      if (!m) continue;
      const words = m[0].split(/[ \t]+/);
      if (words.every((w) => /^[A-Za-z]\.$/.test(w) || isName(w)) && words.some((w) => !/^[A-Za-z]\.$/.test(w))) {
        const start = from + lead;
        out.push(mkSpan(start, start + m[0].length, 'NAME', SOURCE, 0.6));
        break;
      }
    }

    eachLineMatch(ctx, SIGNATURE, startsWithDash, (m) => {
      const words = m[1]!.split(/[ \t]+/);
      if (!nameWordsOk(words, caseless)) return;
      if (words.join('').replace(/\./g, '').length < 2) return;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      out.push(mkSpan(start, start + m[1]!.length, 'NAME', SOURCE, 0.7));
    });
    if (!caseless) namesBeforePhone(text, out);
    return out;
  },
});

/**
 * One capitalised word right before a phone number, opening a bracket or after a call-back label:
 * the person to call (`(Joy, 413-555-0197)`, `Callback: Fue (508) 555-0135`). `m[1]` the word.
 */
const NAME_BEFORE_PHONE = new RegExp(`${CALL_PERSON_CUE}(\\p{Lu}\\p{Ll}{1,20})(?=${PHONE_AFTER_WORD})`, 'gu');

/** Words that label a phone number, not a person (`(Fax 617-…)`, `(Hotline …)`). */
const PHONE_LABEL_WORD = /^(?:fax|hotline|helpline|voicemail|vm|cell|cellphone|mobile|home|work|office|pager|beeper|tel|phone|telephone|landline|line|direct|main|ext|extension|text|sms|whatsapp|toll|tty|tdd|switchboard|operator|desk|front|clinic|triage|scheduling|appointments?|billing|pharmacy|lab|daytime|evening|weekend|after-hours|emergency|urgent|backup|alternate|alt|primary|secondary|new|old)$/i;

/** Adds the names {@link NAME_BEFORE_PHONE} finds: a name, an unknown word or a given name that is an everyday word, never a service, a clinical word or a phone's label (a town there is PHI too). */
function namesBeforePhone(text: string, out: Span[]): void {
  NAME_BEFORE_PHONE.lastIndex = 0;
  for (let m = NAME_BEFORE_PHONE.exec(text); m !== null; m = NAME_BEFORE_PHONE.exec(text)) {
    const word = m[1]!;
    const cls = classifyWord(word);
    if (SERVICE_WORD.test(word) || PHONE_LABEL_WORD.test(word) || isClinicalAbbreviation(word)) continue;
    if (!(cls === 'first' || cls === 'surname' || cls === 'common-name' || cls === 'unknown')) continue;
    const start = m.index + m[0].lastIndexOf(word);
    out.push(mkSpan(start, start + word.length, 'NAME', SOURCE, 0.6));
  }
}
