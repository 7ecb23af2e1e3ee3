/**
 * Checks the sequence labeller applies to its own spans, for shapes a per-token model reads
 * poorly because the evidence lies in a few words of context it weighs weakly:
 *
 * - an **initials-like name** (`AF`, `G.U.`, `ros`, `I`: a token of at most three letters,
 *   not written as a given name such as `Ben`, or a list of them: `DM, CRI`) stands for a
 *   person only with a cue: a title,
 *   relation, role or communication verb before it (`Dr. W.`, `son JJ`, `Night float: JV`,
 *   `d/w AT`, `by HN`), brackets around it (`Palliative care (SA)`), a credential or typist
 *   initials after it (`JV MD`, `JS/mk`; a lone letter after a slash is no typist's: `U/O`), or
 *   another name right before it (`Peter B.`). Without one it is an abbreviation (`ROS:`,
 *   `c/w TD`, `sinus and AF`, `D and I`);
 * - a **bare number as an age** (`90`, `97`, `90s`) is a measurement when a vital-sign or
 *   device word stands just before it or a unit or `%` just after it (`sats 97%`, `paced at
 *   90`, `temp 93`, `mid 90s`, `90 minutes`), while `lived to 104` and `in her 90s` stay ages;
 * - a **measurement glued to its unit** (`100cc`, `7mcg of`, `peep5`, `orientedx3`) or an
 *   ordinal counting things (`2ND UNIT`, `1st step`) is no date, age or identifier;
 * - a **date in numbers only** must be one (`39-142-22` and `0/10` are not), and a bare hyphen
 *   pair (`6-7`) needs a date word before it, since it is usually a range;
 * - a **bare number with a unit** (`10 lbs`, `3 weeks`) or a height (`5'10"`) is no date;
 * - the month **May** alone is the verb when no date word surrounds it (`pt may need`,
 *   `MAY HAVE TO WAIT`), while `in May`, `May 3` and `May of 2012` stay dates; other month
 *   names that are clinical words (`DEC` for decreased, `Aug`, `fall`) likewise;
 * - the first half of a **contraction** (`Don't`) is no name (`_contraction.ts`, shared with the rules);
 * - a **name made only of words** (everyday or clinical words, slips, clips, plurals or glued pairs of them (`ctscan`), no lexicon
 *   name) needs a cue, as initials do;
 * - a **reading** is no date: a pain score after a pain word (`CP 4/10`), a pair before a
 *   percentage (`simv 10/25 50%`), a clock time after a time word (`at 2030`), `02` for O2;
 * - a **contact** that is a dotted abbreviation (`v.s.s`, `u.o.p`) is none, and an **age** above
 *   125 (`160s`) or a decade that is no one's (`HR in the 90s`, not `in her 90s`) is a reading;
 * - a **bare number as an age** needs a word of age around it (`turned 96`, `93 year old`, `IS A
 *   93`, `(99)` after a name); without one it is a reading (`BLD SUGAR WAS 95`), and a two-digit
 *   number after `in` or an event (`CVA in 94`) is kept as the year it likely is;
 * - a **season** is a date only with its year (`summer of 2014`, not `LAST SPRING`), and a shift
 *   written as clock times (`0700am-1900hrs`) is none;
 * - a **phone number** of digits only ends in a group of four (`1515 373` and `.015 1800` are
 *   readings; international numbers and extensions are left alone);
 * - a **time of day** written short (`by MN`, `pm rn`), a word glued to a number (`4+mos`), a
 *   bracketed letter glued to a word (`daughter(s)`) or a side (`(R) side`) is no one; `ms` in lower
 *   case, `MS` with no dot or `ms:` is no title before a word (`MS CONTIN`, `ms: alert`).
 *
 * Each check reads a bounded window of characters around the span (linear time).
 *
 * @module
 * @internal
 */
import type { Span } from '../../types.js';
import { builtinAllowlist } from '../../../allowlists/allowlist.js';
import { DRUG_STEM, markerWithSign, usedAsTown } from '../../../allowlists/_spanContext.js';
import { CONSULTING_SERVICE, SERVICE_AFTER, isKindOfCare } from '../_careKinds.js';
import { isFacilityHead } from '../../trimEdges.js';
import { SPECIES_AFTER_INITIAL } from '../_organisms.js';
import { CLOCK_TIME, SCORED_SYMPTOM_WORDS, afterDatePreposition, hasHyphenDateCue, isClinicalPair, isEditionYear, isPainScoreBySentence, isScoreNotDate, lineBefore } from '../_clinicalNumbers.js';
import { endsBeforeContraction, isPronounBeforeContraction } from '../_contraction.js';
import { nlpLexicons } from './_resources.js';
import { NAME_PARTICLE } from '../_nameParticles.js';
import { inLetteredList } from '../_letteredList.js';
import { isMonthOrWeekday } from '../_calendarWords.js';

/** Titles, relations, roles and verbs after which a short token is a person's initials. */
const NAME_CUE_BEFORE =
  /(?:\b(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof|professor|dear|sister|brother|wife|husband|son|daughter|mother|father|mom|dad|mum|friend|partner|spouse|niece|nephew|aunt|uncle|grandson|granddaughter|cousin|hcp|proxy|guardian|pcp|attending|attg|resident|registrar|consultant|fellow|intern|float|nurse|rn|np|pa|md|physician|provider|surgeon|midwife|coordinator|navigator|worker|manager|pharmacist|radiologist|technologist|tech|therapist|dietitian|dietician|chaplain|interpreter|scribe|reader|reviewer|covering|coverage|oncall|on-call|d\/w|w\/|discussed|spoke|talked|called|paged|page|notified|informed|updated|per|by|cc|signed|dictated|transcribed|typed|attn|author|user|login|contact|name|referring|ordering|from|to|with)\b\.?\s{0,2}[:(,-]?\s{0,2}\(?)$/i;
/** `ms` that is no title: lower case, capitals with no dot, or a heading with a colon (case-sensitive). */
const MS_NOT_TITLE = /(?:\b[mM][sS]\s{0,2}:|\bms\.?|\bMS)\s{0,2}$/;
/** Credentials, typist initials or a closing bracket after a short token that make it initials. */
const NAME_CUE_AFTER = /^(?:\s{0,2},?\s{0,2}(?:md|m\.d|do|rn|np|pa|pa-c|phd|dds|crna|lpn|cnm)\b|\/[a-z]{1,3}\b|\.?\))/i;
/** The communication verbs among the cues (`to`/`with`/`from` need one of them before). */
const WEAK_CUE = /\b(?:to|with|from)\s{0,2}$/i;
const STRONG_BEFORE_WEAK =
  /\b(?:spoke|spoken|talked|talk|speak|discussed|discuss|call|called|calls|paged|page|message|messaged|email|emailed|sent|reported|report|handed|hand|signed|given|gave|passed|relayed|referred|consult|consulted|transfer|transferred|care|over|communicated|conveyed|explained|up|f\/u|followup|fu|meet|met|meeting|visit|appointment|appt|seen|see)\s{1,2}(?:to|with|from)\s{0,2}$/i;

/** Vital-sign, device and measurement words right before a number that make it no age. */
const NUMBER_CUE_BEFORE =
  /\b(?:sat|sats|satting|sating|saturation|fever|fevers|febrile|afebrile|residual|residuals|rsbi|sr|than|around|hovering|approximately|approx|about|high|as|saturations|spo2|sao2|o2|pox|pulse|ox|temp|temps|temperature|t|tmax|tmin|tm|hr|heart|rate|rates|paced|pacing|pacer|v-paced|a-paced|av|bp|b\/p|sbp|dbp|map|maps|nbp|abp|cvp|pap|pas|rr|resp|hob|glucose|fs|fsbs|bs|fsg|bg|k|na|cl|hct|hgb|plt|wbc|inr|ptt|peep|fio2|tv|vt|ps|psv|cpap|bipap|imv|simv|weight|wt|height|ht|gtt|drip|lasix|dose|bolus|ivf|ns|lr|uo|u\/o|urine|output|input|i\/o|rhythm|sinus|st|sb|svt|afib|af|nsr|bpm|mmhg|degrees|mid|high|low|upper|lower|hi|lo|range|ranged|between|over|under|above|below|>|<|=|~|sbp's|max|min|drop|dropped|dipped|dip|down|up|rose|increased|decreased)\b\.?\s{0,3}(?:(?:in|at|of|to|was|is|from|the|around|about|~|=|:)\s{1,3}){0,3}$/i;
/** Units, `%` and measurement words right after a number that make it no age. */
const NUMBER_CUE_AFTER =
  /^(?:\s{0,2}(?:%|percent|degrees?|deg|mmhg|mm|cm|ml|cc|l\b|kg|lbs?|mg|mcg|g\b|units?|bpm|beats|breaths|min|mins|minutes|hrs?|hours?|sec|secs|seconds|days?|weeks?|wks?|months?|times|x\b|[-/]\s{0,2}\d|°|f\b\s{0,2}(?:orally|oral|po|ax|axillary|rectal|core)|orally|oral|po\b|ax\b|axillary|rectal|rectally|core|systolic|diastolic|paced|on\s{1,2}(?:the\s{1,2})?(?:vent|monitor|bipap|cpap|nc|nrb|fm|face)))/i;

/** Words before `May` that make it a month, and shapes after it that do. */
const MAY_DATE_BEFORE =
  /\b(?:in|on|of|since|until|till|by|from|early|late|mid|during|last|next|this|end|beginning|through|thru|before|after|between|and|or|to|the|\d{1,2}(?:st|nd|rd|th)?)\s{0,2}[-,]?\s{0,2}$/i;
const MAY_DATE_AFTER = /^\s{0,2}[-.,/]?\s{0,2}(?:\d|of\b|and\b|through\b|to\b|until\b|first\b|second\b|third\b|fourth\b|last\b|mid\b|\(|\))/i;

/** Gets the slice of `text` from `at`, at most `n` characters and never past a line break. */
function after(text: string, at: number, n: number): string {
  let i = at;
  const stop = Math.min(text.length, at + n);
  while (i < stop && text.charCodeAt(i) !== 10) i++;
  return text.slice(at, i);
}

/** True for a token written like initials or an abbreviation (`AF`, `G.U.`, `ros`, `I`), not like a given name (`Ben`). */
export function isInitialsLike(token: string): boolean {
  const letters = token.replace(/\./g, '');
  if (letters.length === 0 || letters.length > 3 || !/^[A-Za-z]+$/.test(letters)) return false;
  if (!/^[A-Za-z](?:\.?[A-Za-z]){0,2}\.?$/.test(token)) return false;
  // a capital followed by lower case letters is written as a given name (Ben, Sue, Al)
  return !/^[A-Z][a-z]+$/.test(letters);
}

/**
 * True when a labeller NAME span is initials-like and nothing around it says it is a person.
 *
 * @param text - the note
 * @param span - a NAME span of the labeller
 * @param previousNameEnd - end offset of the labeller's previous NAME span, or -1
 * @returns true when the span should be dropped
 */
export function isUncuedInitials(text: string, span: Span, previousNameEnd: number): boolean {
  const t = text.slice(span.start, span.end);
  // one token, or a list of them (`DM, CRI`, `RLA, LLA`)
  const parts = t.split(/[\s,]+/);
  if (!parts.every(isInitialsLike)) return false;
  // `per V.O.` (verbal order), `per s.s.` (sliding scale): after per, a clinical abbreviation is
  // what it spells (after `by` it is often a reader's initials: `by LA`)
  if (parts.length === 1 && /\bper\s{1,2}$/i.test(lineBefore(text, span.start, 8)) && nlpLexicons().clinical.has(t.replace(/\./g, '').toLowerCase())) return true;
  return !hasNameCue(text, span, previousNameEnd, parts.length === 1 && t.replace(/\./g, '').length === 1);
}

/**
 * True when something around a NAME span says it is a person: another name right before it, a
 * title, relation, role or communication verb before it, brackets around it, a credential or
 * typist initials after it.
 */
function hasNameCue(text: string, span: Span, previousNameEnd: number, oneLetter = false, word = false): boolean {
  // another name just before it: Peter B., Zerom, Melisent Q.
  if (previousNameEnd >= 0 && /^[\s,]{1,3}$/.test(text.slice(previousNameEnd, span.start))) return true;
  const b = lineBefore(text, span.start, 40);
  // a lone letter in brackets glued to a word is a plural or an option (`daughter(s)`), whoever the word names
  if (oneLetter && /\p{L}\($/u.test(b)) return false;
  // before an everyday or clinical word, `ms` in lower case, `MS` with no dot or either with a
  // colon is mental status, morphine or a heading (`ms: alert`, `MS CONTIN`, `assess ms. safety`),
  // not the title (`Ms. Sunny`, `MS. SUNNY`)
  if (NAME_CUE_BEFORE.test(b) && (!WEAK_CUE.test(b) || STRONG_BEFORE_WEAK.test(b)) && !(word && MS_NOT_TITLE.test(b))) return true;
  // typist initials after the author's: JS/mk (a lone letter after a slash is an abbreviation: U/O, W/O)
  if (!oneLetter && /\b[A-Za-z]{1,3}\/$/.test(b)) return true;
  // brackets around it (`Palliative care (SA)`), but not a side (`(R) side`)
  if (/\(\s{0,2}$/.test(b) && /^\.?\s{0,2}\)/.test(after(text, span.end, 4))) return !(oneLetter && /^[RL]$/i.test(text.slice(span.start, span.end)));
  const a = after(text, span.end, 12);
  // a lone letter before a slash is an abbreviation (o/n, s/p), not the author of JS/mk
  return NAME_CUE_AFTER.test(a) && !(oneLetter && /^\//.test(a));
}

/**
 * Times of day and shifts written short (`by MN`, `until noc`), and `am`/`pm` in lower case
 * (`report given to pm rn`): `AM` in capitals is as often a reader's initials (`by AM`).
 */
const TIME_OF_DAY = /^(?:mn|noc|nocs|eve|eves|am|pm)$/i;
const CAPITAL_INITIALS_TOO = /^(?:AM|PM|Am|Pm)$/;
/** A title right before a short word, which makes it a name after all (`Dr. Am`). */
const TITLE_BEFORE = /\b(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof)\.?\s{1,2}$/i;

/**
 * True when a labeller NAME span is a time of day written short (`Goal 2L negative by MN`, `report
 * given to pm rn`) with no title before it or credential after it, or a word glued to a number (`4+mos`): no person.
 *
 * @param text - the note
 * @param span - a NAME span of the labeller
 * @returns true when the span should be dropped
 */
export function isTimeWordOrUnit(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  if (/\d\+?$/.test(before)) return true;
  const t = text.slice(span.start, span.end);
  if (!TIME_OF_DAY.test(t) || CAPITAL_INITIALS_TOO.test(t) || TITLE_BEFORE.test(before)) return false;
  // `pm rn` is the evening nurse; `MN RN` may be a nurse's initials
  return /^[ap]m$/.test(t) || !NAME_CUE_AFTER.test(after(text, span.end, 12));
}

/**
 * True when a labeller NAME span is made only of words (everyday or clinical words, or a typing
 * slip, clipping or plural of one: `LEVELS`, `Famliy`, `AUGUMANTIN`, `SIGNIF`) that no name
 * lexicon holds, and nothing around it says it is a person. A name that is also a word (`Will`,
 * `May`, `Hope`) is in the name lexicons and is not affected; a word used as a name after a cue
 * (`son Sonny`, `Dr. Spike`) stays a name.
 *
 * @param text - the note
 * @param span - a NAME span of the labeller
 * @param previousNameEnd - end offset of the labeller's previous NAME span, or -1
 * @param onlyWords - whether every word of the span is a known word (or a slip, clip or plural of one) and no lexicon name
 * @returns true when the span should be dropped
 */
export function isUncuedWord(text: string, span: Span, previousNameEnd: number, onlyWords: boolean): boolean {
  return onlyWords && !hasNameCue(text, span, previousNameEnd, false, true);
}

/**
 * True when a labeller AGE span is a bare number (`97`, `90s`, `90's`) in a measurement's context.
 *
 * @param text - the note
 * @param span - an AGE span of the labeller
 * @returns true when the span should be dropped
 */
export function isMeasurementNotAge(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  // a gestational age: 33w2d, 33 wks, 33+2
  if (/^\d{1,2}\s?(?:w|wk|wks|weeks?)\s?(?:\d\s?d?)?$|^\d{1,2}\+\d$/i.test(t)) return true;
  if (!/^\d{2,3}(?:'?s)?$/.test(t)) return false;
  if (NUMBER_CUE_AFTER.test(after(text, span.end, 24))) return true;
  // the upper end of a range (88-91, 70-90) or a reading after a dash (st-100's)
  if (/(?:\d\s{0,2}-|[a-z]-)\s{0,2}$/i.test(lineBefore(text, span.start, 4))) return true;
  return NUMBER_CUE_BEFORE.test(lineBefore(text, span.start, 40));
}

/** After a bare number, words that make it someone's age (`93 year old`, `92F`, `99 yo`, `(99)`). */
const AGE_CUE_AFTER =
  /^(?:\s{0,2}-?\s{0,2}(?:years?|yrs?|y\.?\s?o\b|y\/o|yo[mf]?\b|f\b|m\b|female|male|woman|women|man|men|gentleman|lady|boy|girl)|\s{0,2}\)|,?\s{1,2}(?:and\s{1,2})?(?:last|this)\s{1,2}(?:week|month|year|spring|summer|fall|autumn|winter)\b)/i;
/** Before a bare number, words that make it someone's age (`turned 96`, `lived to 104`, `aged 92`, `IS A 93`, `drives at 94`, `(94)`). */
const AGE_CUE_BEFORE =
  /(?:\b(?:turned|turns|turning|turn|age|ages|aged|ageing|aging|(?:lived|lives|live|living)\s{1,2}to|(?:died|passed|retired|married|widowed|drives|driving|works|working|walks|walking)\s{1,2}(?:away\s{1,2})?at|(?:is|was|am|are|were)\s{1,2}(?:an?|now|nearly|almost|only|just)|(?:pt|patient|he|she|who|i|mother|father|mom|dad|husband|wife)\s{1,2}(?:is|was)|still\s{1,2}[a-z]{2,12}\s{1,2}at|at\s{1,2}age(?:\s{1,2}of)?|reached|reaching|until|till|being)\b\s{0,2}[:=]?\s{0,2}|\(\s{0,2})$/i;

/** Before a two-digit number, words that make it a year (`in 94`, `since 02`, `MI 92`, `s/p CABG 98`). */
const YEAR_CUE_BEFORE = /\b(?:in|since|during|from|of|mi|cva|tia|cabg|ptca|pci|stent|avr|mvr|dx|dx'd|s\/p|hx|h\/o)\s{1,2}$/i;

/**
 * True when a labeller AGE span is a bare number (`95`, `101`) with no word of age around it: a
 * reading (`BLD SUG WAS 95`, `febrile upon admission to 101`, `tubefeeds at 90/hr`). `turned 96`,
 * `lived to 104`, `93 year old`, `IS A 93 YEAR`, `still drives at 94` and `Mr. X (99)` stay ages.
 *
 * @param text - the note
 * @param span - an AGE span of the labeller
 * @returns true when the span should be dropped
 */
export function isBareNumberNotAge(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  if (!/^\d{2,3}$/.test(t)) return false;
  const before = lineBefore(text, span.start, 40);
  // a two-digit year read as an age (`CVA in 94`, `PMH MI 92`) is PHI all the same
  if (t.length === 2 && YEAR_CUE_BEFORE.test(before)) return false;
  const a = after(text, span.end, 24);
  // a number opening a line with a history after it: `98 s/p left hip fx`
  if (/^\s{0,3}$/.test(before) && /^\s{1,2}(?:s\/p|h\/o|w\/|with)\b/i.test(a)) return false;
  return !AGE_CUE_AFTER.test(a) && !AGE_CUE_BEFORE.test(before);
}

/** Month names that are also clinical words or abbreviations: `DEC` (decreased), `Aug` (Augmentin), `fall`, `march`, `mar`, `sept`. */
const AMBIGUOUS_MONTH = /^(?:dec|aug|mar|march|fall|sept|oct)$/i;
const MONTH_DATE_BEFORE = /\b(?:in|on|of|since|until|till|by|from|early|late|mid|during|last|next|this|end|beginning|through|thru|before|between|\d{1,2}(?:st|nd|rd|th)?)\s{0,2}[-,]?\s{0,2}$/i;
const MONTH_DATE_AFTER = /^\s{0,2}[-.,/]?\s{0,2}(?:\d|of\b|'\d)/i;

/**
 * True when a labeller DATE span is a month name that is also a word, with no date word or
 * number around it: the verb `May` (`pt may need`, `MAY HAVE TO WAIT`), or a month that is a
 * clinical word (`UO DEC` for decreased, `Aug` for Augmentin, `s/p fall`). `in May`, `May 3`,
 * `May of 2012`, `in Dec`, `on Aug 3`, `the March dose` and `fall of 2012` stay dates. `May`
 * takes more date words around it (`and`, `or`, `to`, `the`), since the verb never follows them.
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @returns true when the span should be dropped
 */
export function isMonthWordNotDate(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end).toLowerCase();
  const may = word === 'may';
  if (!may && !AMBIGUOUS_MONTH.test(word)) return false;
  const before = lineBefore(text, span.start, 16);
  if ((may ? MAY_DATE_BEFORE : MONTH_DATE_BEFORE).test(before)) return false;
  // `the March dose`, but `after the fall` is the event
  if (!may && word !== 'fall' && /\bthe\s{1,2}$/i.test(before)) return false;
  return !(may ? MAY_DATE_AFTER : MONTH_DATE_AFTER).test(after(text, span.end, 12));
}

const MONTH_WORD = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A span of month names and the words of a range between them, nothing else (`November`, `June through October`, `March-May`). */
const MONTHS_ONLY = new RegExp(`^${MONTH_WORD}(?:[ \\t]{0,2}(?:through|thru|to|until|-|–)[ \\t]{0,2}${MONTH_WORD})?$|^(?:through|thru|to)$`, 'i');
/** A range of months around the span: a month, a range word, a month. */
const MONTH_RANGE_AROUND = new RegExp(`${MONTH_WORD}[ \\t]{0,2}(?:through|thru|to|until|-|–)[ \\t]{0,2}${MONTH_WORD}`, 'i');
/** Words of a yearly season or schedule on the line (`flu season`, `peak`, `pollen`, `rainy season`). */
const SEASON_LINE_WORD = /\b(?:seasons?|seasonal|peaks?|flu|influenza|rsv|pollen|allerg\w*|rainy|dry|monsoon|transmission|outbreaks?|ticks?|mosquito(?:es)?|vaccines?|available|annual(?:ly)?|yearly|every|each)\b/i;
/** `if` before the range, or before its first month (`if September through January`). */
const IF_BEFORE_RANGE = new RegExp(`\\bif[ \\t]{1,2}(?:${MONTH_WORD}[ \\t]{0,2}(?:through|thru|to|until|-|–)[ \\t]{0,2})?$`, 'i');
/** A word of recurrence right before a month (`each January`, `every March`). */
const RECURRING_BEFORE = /\b(?:each|every|annually[ \t]{1,2}in|yearly[ \t]{1,2}in|each[ \t]{1,2}year[ \t]{1,2}in)[ \t]{1,2}$/i;

/**
 * True when a labeller DATE span is a month of a yearly season or schedule, no date of the patient's:
 * after `each` or `every` (`reviewed each January`), or in a range of months on a line that speaks of
 * a season (`Peak from November through April`, `rainy season from December through March`,
 * `rhinoconjunctivitis every March-May`) or after `if` (`if September through January`). A range
 * with a day or a year (`June 3 through October`) is no span of month names only.
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @returns true when the span should be dropped
 */
export function isSeasonalMonth(text: string, span: Span): boolean {
  const body = text.slice(span.start, span.end);
  if (!MONTHS_ONLY.test(body)) return false;
  const before = lineBefore(text, span.start, 24);
  if (RECURRING_BEFORE.test(before)) return true;
  // the span's line, within 200 characters either side (bounded, so a note of one long line stays linear)
  const from = Math.max(0, span.start - 200);
  const to = Math.min(text.length, span.end + 200);
  const window = text.slice(from, to);
  const lineStart = from + window.lastIndexOf('\n', span.start - from - 1) + 1;
  const nl = window.indexOf('\n', span.end - from);
  const lineEnd = nl < 0 ? to : from + nl;
  const line = text.slice(lineStart, lineEnd);
  const local = text.slice(Math.max(lineStart, span.start - 24), Math.min(lineEnd, span.end + 24));
  if (!MONTH_RANGE_AROUND.test(local)) return false;
  return SEASON_LINE_WORD.test(line) || IF_BEFORE_RANGE.test(before);
}

/**
 * True when a labeller CONTACT span is a dotted abbreviation (`v.s.s`, `u.o.p`, `kg.min`: groups
 * of one to three letters joined by dots), not an address.
 *
 * @param text - the note
 * @param span - a CONTACT span of the labeller
 * @returns true when the span should be dropped
 */
export function isDottedAbbreviation(text: string, span: Span): boolean {
  return /^[a-z]{1,3}(?:\.[a-z]{1,3}){1,4}\.?$/i.test(text.slice(span.start, span.end));
}

/**
 * Single letters joined by dots, four or more (`R.E.N.A.L.`, `P.E.R.R.L.A.`), or glued to a word
 * (`ActiV.A.C.`): an acronym or a brand, never a person's initials (two or three letters: `J.R.`).
 */
const DOTTED_ACRONYM = /(?<![\p{L}.])(?:\p{L}\.){4,12}|\p{Ll}\p{Lu}\.(?:\p{L}\.){1,6}/gu;

/**
 * True when a labeller NAME span lies inside a dotted acronym ({@link DOTTED_ACRONYM}).
 *
 * @param text - the note
 * @param span - a NAME span of the labeller
 * @returns true when the span should be dropped
 */
export function isDottedAcronym(text: string, span: Span): boolean {
  if (!/^[\p{L}.]{1,24}$/u.test(text.slice(span.start, span.end))) return false;
  const from = Math.max(0, span.start - 24);
  const window = text.slice(from, Math.min(text.length, span.end + 24));
  for (const m of window.matchAll(DOTTED_ACRONYM)) if (from + m.index <= span.start && from + m.index + m[0].length >= span.end - 1) return true;
  return false;
}

/**
 * True when a labeller NAME span is one compound of two everyday or clinical words whose second
 * part is in lower case (`cross-cover`, `Post-op`, `follow-up`), in a note whose case carries
 * meaning: a double-barrelled name capitalises both parts (`Smith-Jones`); a title before it keeps it.
 *
 * @param text - the note
 * @param span - a NAME span of the labeller
 * @param body - the span's text
 * @returns true when the span should be dropped
 */
export function isWordCompound(text: string, span: Span, body: string): boolean {
  const m = /^(\p{L}{2,20})-(\p{Ll}{2,20})$/u.exec(body);
  if (m === null || /\b(?:dr|drs|mr|mrs|ms|miss|prof)\.?[ \t]{1,2}$/i.test(text.slice(Math.max(0, span.start - 6), span.start))) return false;
  const lex = nlpLexicons();
  const known = (w: string): boolean => lex.commonWords.has(w) || lex.english.has(w) || lex.clinical.has(w);
  return known(m[1]!.toLowerCase()) && known(m[2]!);
}

/** A word that numbers a part of a text, a law or a form right before its numbers (`Section 10 & 11`). */
const NUMBERED_PART_BEFORE = /\b(?:section|sections|chapter|article|part|parts|step|steps|phase|item|items|question|questions|page|pages|figure|table|appendix|schedule|form|rule|paragraph|para|clause|title|volume|vol)\.?[ \t]{1,2}$/i;
/**
 * True when a labeller DATE span is the numbers of a section, a part or a form (`Section 10 & 11`,
 * `Part 2`), or an edition after an acronym (`AJCC 8th`, `(NCCN 3rd)`): no day of a month.
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @param body - the span's text
 * @returns true when the span should be dropped
 */
export function isNumberedPartOrEdition(text: string, span: Span, body: string): boolean {
  if (/^\d{1,3}(?:[ \t]{0,2}(?:&|,|and|or|-|to)[ \t]{0,2}\d{1,3})?$/.test(body) && NUMBERED_PART_BEFORE.test(text.slice(Math.max(0, span.start - 14), span.start))) return true;
  const ed = /^(?:([A-Z]{2,6})[ \t]{1,2})?\d{1,2}(?:st|nd|rd|th)$/.exec(body);
  if (ed === null) return false;
  const acronym = ed[1] ?? /\b([A-Z]{2,6})[ \t]{1,2}$/.exec(text.slice(Math.max(0, span.start - 8), span.start))?.[1];
  return acronym !== undefined && !isMonthOrWeekday(acronym) && /^[ \t]{0,2}(?:\)|ed(?:ition|\.)?\b)/.test(text.slice(span.end, span.end + 10));
}

/** A Roman numeral from I to XII (also initials, so only after a word that classes it). */
const ROMAN_ALONE = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})$/;
/** A word that classes what follows it by a letter (`group E`, `class C`, `type B`, `zone A`). */
const CLASS_WORD_BEFORE = /\b(?:group|class|type|grade|stage|category|zone|level|tier|phase|part|section|appendix|vitamin|hepatitis|factor|segment|lead|step)[ \t]{1,2}$/i;

/** A season alone (`summer`, `the winter months`, `LAST SPRING`) and a year after a season. */
const SEASON_WORD = /^(?:the\s{1,2})?(?:spring|summer|fall|autumn|winter)(?:\s{1,2}months?)?$/i;
const YEAR_AFTER_SEASON = /^\s{0,2},?\s{0,2}(?:of\s{1,2})?(?:(?:19|20)\d{2}|'\d{2})(?!\d)/;

/**
 * True when a labeller DATE span is a season with no year after it (`in the summer months`,
 * `MOTHER TURNED 95 LAST SPRING`): as for the rules, a season names a date only with its year
 * (`summer of 2014`, `winter 2021`).
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @returns true when the span should be dropped
 */
export function isSeasonAlone(text: string, span: Span): boolean {
  return SEASON_WORD.test(text.slice(span.start, span.end)) && !YEAR_AFTER_SEASON.test(after(text, span.end, 12));
}

/** A year, alone or after one word (`2023`, `Fleischner 2017`). */
const YEAR_SPAN = /^(?:\p{L}[\p{L}'’-]{1,30}[ \t]{1,2})?(?:19|20)\d\d$/u;
/** What follows a guideline's year: `2023 ISCVID update`, `2017 guidelines`, `2021 ACC/AHA criteria`. */
const GUIDELINE_AFTER =
  /^[ \t]{1,2}(?:(?:[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]*|[A-Z][a-z]{2,30})(?:\/[A-Z]{2,10})?[ \t]{1,2})?(?:update|updates|guideline|guidelines|criteria|consensus|recommendations?|statement|classification|definition|revision|edition|version|system|scale|score)\b/;

/**
 * True when a labeller DATE span is the year of a guideline, classification or score
 * (`after the 2023 ISCVID update`, `Per Fleischner 2017 guidelines`): no one's date.
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @returns true when the span should be dropped
 */
export function isGuidelineYear(text: string, span: Span): boolean {
  return YEAR_SPAN.test(text.slice(span.start, span.end)) && GUIDELINE_AFTER.test(text.slice(span.end, span.end + 48));
}

/** Before a decade that is someone's age: `in her 90s`, `in his late 90s`, `pt's 90s`. */
const DECADE_AGE_BEFORE = /\b(?:her|his|their|pt's|patient's|pts|one's)\s{1,2}(?:(?:early|mid|late|mid-)\s{0,2}-?\s{0,2})?$/i;

/**
 * True when a labeller AGE span is a number no one lives to (`160s`, `200`), or a decade (`90s`,
 * `110S`) that belongs to no one (`HR in the 90s`, `DROPPED INTO LATE 90S`): a reading. A decade
 * is an age after her, his or their (`in her late 90s`).
 *
 * @param text - the note
 * @param span - an AGE span of the labeller
 * @returns true when the span should be dropped
 */
export function isImpossibleAge(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  const m = /^(\d{2,})('?s)?$/i.exec(t);
  if (m === null) return false;
  if (Number(m[1]) > 125) return true;
  return m[2] !== undefined && !DECADE_AGE_BEFORE.test(lineBefore(text, span.start, 24));
}

const PAIN_BEFORE = new RegExp(`(?:\\b(?:pain|cp|discomfort|ache|aching|headache|score|scale|rates?|rated|rating|${SCORED_SYMPTOM_WORDS})\\b|\\bc\\/o)[^\\n]{0,20}$`, 'i');
const TIME_CUE_BEFORE = /(?:\bat|@|\baround|\bapprox\.?|\baprox|\buntil|\btill|\bdue|\()\s{0,2}$/i;
const O2_AFTER = /^\s{0,2}(?:sat|sats|sat's|satting|saturation|\d{1,2}\s?l\b|\d{1,2}\s?lnc|nc\b|via\b|mask|requirement|req\b)/i;
const O2_BEFORE = /\b(?:home|on|off|wean(?:ed)?|increased|decreased|requiring|needs?)\s{0,2}$/i;

/** A month's name or a weekday within a few words before: a bare day may belong to it (`Jan 3 (5)`). */
const MONTH_WORD_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\b/i;
/**
 * Shapes no date has: numbers listed with a comma and no month near (`chairs 14, 9, 22`, `UOP 28,
 * 31`, `trisomies 21, 18`), a rate (`10/day`, `3/wk`), a clock time (`12:05`), a person's age
 * before `yo` (`63 yo`), or letters glued to digits (`Gamma3`).
 */
function isNoDateShape(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  if (/^\d{1,2},[ \t]?\d{1,2}$/.test(t)) return !MONTH_WORD_BEFORE.test(lineBefore(text, span.start, 20)) && !/^[ \t]{0,2},?[ \t]{0,2}(?:19|20)\d{2}\b/.test(after(text, span.end, 8));
  if (/^\d{1,3}\/(?:day|d|wk|week|hr|h|min|mo|month)$/i.test(t)) return true;
  if (/^(?:[01]?\d|2[0-3]):[0-5]\d$/.test(t)) return true;
  if (/^\d{1,2}$/.test(t) && /^[ \t]{0,2}(?:yo\b|y\/o|y\.o\.|years?[ \t-]old)/i.test(after(text, span.end, 12))) return true;
  return /^[A-Za-z]{3,}\d{1,2}$/.test(t) && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\d/i.test(t);
}

/**
 * True when a labeller DATE span is a clinical reading in a date's clothes: a pain score after a
 * pain word (`pain as 5/10`, `CP 4/10`), a month/day-looking pair before a percentage (vent
 * settings: `simv 10/25 50%`), a clock time after a time word (`at 2030`, `until 2000`, `(1850)`),
 * or O2 written with a zero (`02 sat`, `home 02`).
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @returns true when the span should be dropped
 */
export function isClinicalReading(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  const before = lineBefore(text, span.start, 40);
  // a pain score, unless a date preposition comes right before it ("pain since 3/10")
  if (/^\d{1,2}\/10$/.test(t) && Number(t.split('/')[0]) <= 10 && !afterDatePreposition(text, span.start) && (PAIN_BEFORE.test(before) || isPainScoreBySentence(text, span.start))) return true;
  // the first parts of a longer reading: a cervical exam "3/70/-2", "4/80/0"
  if (/^\d{1,2}\/\d{1,3}$/.test(t) && /^\/(?:[-+]\d|0(?!\d))/.test(after(text, span.end, 4))) return true;
  // a range of ordinals before anatomy: "7-9th rib fractures", "4th-5th intermetatarsal"
  if (/^\d{1,2}(?:st|nd|rd|th)?[-/]\d{1,2}(?:st|nd|rd|th)$/i.test(t) && /^\s{0,2}(?:(?:distal|proximal|middle|posterior|anterior|lateral|left|right)\s{1,2})?(?:ribs?|toes?|fingers?|digits?|phalanx|phalanges|metatarsals?|metacarpals?|mt|mc|rays?|intercostal|intermetatarsal|cranial|vertebra[el]?|disc|discs|interspace)\b/i.test(after(text, span.end, 30))) return true;
  // a small number alone in brackets after a score's class or a count's word (`Child-Pugh C (11)`,
  // `remplissage (3 Stryker anchors`): no day without its month
  if (/^\d{1,2}$/.test(t) && text[span.start - 1] === '(' && !MONTH_WORD_BEFORE.test(lineBefore(text, span.start, 16))) return true;
  if (/^\d{1,2}\/\d{1,2}$/.test(t) && /^\s{0,2}\d{2,3}\s{0,2}%/.test(after(text, span.end, 8))) return true;
  if (CLOCK_TIME.test(t) && TIME_CUE_BEFORE.test(before)) return true;
  return t === '02' && (O2_AFTER.test(after(text, span.end, 12)) || O2_BEFORE.test(before));
}

/**
 * A number glued to a unit or a word glued to a number (`100cc`, `7mcg`, `6WEEKS`, `peep5`,
 * `orientedx3`, `1PM`, `4LNCO2`), a count (`Stoolsx2`, `CABGx2`), a dosing interval (`Q2HRS`), a
 * chemical formula (`NaHCO3`, `MSO4`) or a size (`2x5cm`).
 */
const GLUED_MEASURE =
  /^(?:\d+(?:\.\d+)?(?:mcg|mg|g|kg|cc|ml|l|lpm|lnc|lnco2|lno2|nc|units?|u|meq|mmol|mm|cm|cmh2o|cmh20|fio2|kcl|yards?|ft|feet|in|weeks?|wks?|days?|d|hrs?|hours?|mins?|minutes?|pm|am|x|%)(?:\s{1,2}of)?|(?:peep|cpap|psv|ps|ips|eps|pcv|fio2|rr|tv|vt|hr|bp|sbp|map|cvp|orientedx|aox|ox|a&ox|q|qd|q\d{1,2}h)\d{1,4}(?:\.\d)?%?|[a-z]{2,12}x\d{1,2}|q\d{1,2}(?:h|hr|hrs)|(?:na)?(?:hco3|hc03|cho3)|(?:and)?m[sg]s?[o0]4|kcl|h2o|h20|\d{1,4}x\d{1,4}(?:cm|mm)?)$/i;
/** An ordinal alone (`1st`, `2ND`) with a noun after it that is no date word (`1ST UNIT`, `2nd day`). */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/i;
const ORDINAL_DATE_AFTER = /^\s{0,2}(?:[-,.;:)]|$|of\b|at\b|and\b|or\b|to\b|through\b|thru\b|until\b|@|\d)/i;

/**
 * True when a labeller span is a measurement glued to its unit (`100cc`, `peep5`) or an ordinal
 * counting things (`2ND UNIT`), not an identifier, age or date.
 *
 * @param text - the note
 * @param span - a span of the labeller other than NAME
 * @returns true when the span should be dropped
 */
export function isMeasurementOrCount(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  if (GLUED_MEASURE.test(t)) return true;
  // a range or list of them: `0700am-1900hrs`, `5mg - 10mg`
  const parts = t.split(/\s{0,2}[-–]\s{0,2}|\s{1,2}/);
  if (parts.length > 1 && parts.every((p) => GLUED_MEASURE.test(p))) return true;
  if (!ORDINAL.test(t)) return false;
  // an age is an ordinal over 89 (her 93rd birthday); a date's ordinal stands among date words
  if (span.type === 'AGE') return parseInt(t, 10) < 90;
  return !ORDINAL_DATE_AFTER.test(after(text, span.end, 12));
}

/** A date written in numbers only: 3/4, 7-8, 10.13.2016, 2012-03-04. */
const NUMERIC_DATE = /^\d{1,4}(?:\s?[-/.]\s?\d{1,4}){1,3}$/;

/**
 * True when a labeller DATE span written in numbers only cannot be a date (`10-600-50`,
 * `39-142-22`, `24/06/12/18`, `0/10`) or is a bare hyphen pair with no date word before it
 * (`ICP originally 6-7`, `rate around 5-8`; `returned to OR on 7-8` stays a date).
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @returns true when the span should be dropped
 */
export function isNotNumericDate(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  if (!NUMERIC_DATE.test(t)) return false;
  const parts = t.split(/\s?[-/.]\s?/);
  const n = parts.map((x) => parseInt(x, 10));
  const day = (x: number): boolean => x >= 1 && x <= 31;
  const month = (x: number): boolean => x >= 1 && x <= 12;
  const year = (x: string): boolean => x.length === 2 || x.length === 4;
  const pair = (a: number, b: number): boolean => (month(a) && day(b)) || (day(a) && month(b));
  // two dates in a row (10/15-10/16, 10/03/10/04)
  if (parts.length === 4) return !(pair(n[0]!, n[1]!) && pair(n[2]!, n[3]!));
  if (parts.length === 3) {
    const [a, b, c] = n as [number, number, number];
    const ok = (parts[0]!.length === 4 && month(b) && day(c)) || (year(parts[2]!) && ((month(a) && day(b)) || (day(a) && month(b))));
    return !ok;
  }
  const [a, b] = n as [number, number];
  const ok = pair(a, b) || (month(a) && year(parts[1]!)) || (parts[0]!.length === 4 && month(b));
  if (!ok) return true;
  // a continued number or a unit after it: 10-7.5, 5/5%, 6-7 cm
  if (/^(?:\.\d(?!\d)|\s{0,2}(?:%|mm|cm|ml|cc|mg|mcg|units?|x\b|times|days|hrs|hours|minutes|mins|pillows|points|l\b|lpm))/i.test(after(text, span.end, 12))) return true;
  // a bare hyphen pair is a range unless a date word stands before it (shared with the rules)
  return parts[0]!.length <= 2 && parts[1]!.length <= 2 && /-/.test(t) && !hasHyphenDateCue(text, span.start);
}

/**
 * True when a labeller DATE span is a bare number with a unit after it (`10 lbs`, `3 weeks`,
 * `40 %`) or a height in feet and inches (`5'10"`): a quantity, not a day or a year.
 *
 * @param text - the note
 * @param span - a DATE span of the labeller
 * @returns true when the span should be dropped
 */
export function isBareMeasure(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  // a "year" that is a weight or a volume: "Apgars 7/9, 1980 g", "4/5, 2010 mL"
  if (/\d{4}$/.test(t) && /^\s{0,2}(?:g|grams?|kg|mg|mcg|ml|cc|units?)\b/i.test(after(text, span.end, 12))) return true;
  // a height in feet and inches: 5'10"
  if (/^\d\s?['’]\s?\d{1,2}["”]?$/.test(t)) return true;
  // a tube or catheter size taken with its unit: 24 French, 18 gauge
  if (/^\d{1,2}\s{1,2}(?:french|fr|gauge|ga)$/i.test(t)) return true;
  return /^\d{1,4}$/.test(t) && NUMBER_CUE_AFTER.test(after(text, span.end, 24));
}

/**
 * True when a labeller PHONE span of digits only cannot be a phone number: two or three groups
 * whose last has fewer than four digits (`CK DRAWN AT 1515 373`, `400-500. 02`), or the decimals
 * of a number (`.015 1800`). International numbers (`+33 1 23 45 67 89`, or any of four groups or
 * more) and extensions (`x1234`, `ext. 123`) are left alone.
 *
 * @param text - the note
 * @param span - a PHONE span of the labeller
 * @returns true when the span should be dropped
 */
export function isNotPhoneShape(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  if (!/^[\d][\d\s.-]*$/.test(t)) return false;
  if (/(?:^|[\s(\d])\.$/.test(text.slice(Math.max(0, span.start - 2), span.start))) return true;
  const groups = t.split(/\D+/).filter((g) => g.length > 0);
  return groups.length >= 2 && groups.length <= 3 && groups[groups.length - 1]!.length < 4;
}

/** A radioisotope's mass number (`Tc-99m`, `I-131`, `F-18`, `Ga-68`): no age, date or id. */
const ISOTOPE_BEFORE = /\b(?:Tc|TC|tc|I|In|Ga|Tl|Xe|F|Lu|Y|Ra|Rb|Sm|Sr|Cr|Co)-$/;
/** An ordinal before a floor or level (`Shapiro Center, 8th floor`): a storey, no date. */
const ORDINAL_STOREY = /(?:^|[^\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)$/iu;
const STOREY_AFTER = /^[ \t]{1,2}(?:floor|fl|flr|level|storey|story|percentile|centile|%ile)\b/i;
/** A letter glued before the digits (`S1826` a trial, `b1400` a diffusion b-value): no phone number (an `x` is an extension: `x51212`). */
const LETTER_THEN_DIGITS = /^[A-WYZa-wyz]\d{3,6}$/;
/** An age in days, weeks or months after the number (`18-month-old`): a child's age, no id or date. */
const YOUNG_AGE_AFTER = /^-?[ \t]?(?:days?|weeks?|wks?|months?|mos?)[- ]old\b/i;
/** An obstetric history (`G3P2103`): a code, no name or id. */
const OBSTETRIC_HISTORY = /^G\d{1,2}P\d{1,4}$/;
/** A gene with a letter after its number (`ATP7B`, `CYP2D6`): no name (`BRCA1` is left alone: a login in capitals, `JSMITH2`, has that shape too). */
const GENE = /^[A-Z]{2,5}\d{1,2}[A-Z]{1,2}\d{0,2}$/;
/** A word of grammar or an answer (`no`, `yes`, `ok`), which no name is (`Night float: no, voiding fine`). */
const FUNCTION_WORD = /^(?:no|yes|ok|okay|none|all|the|and|or|not|nil|na|n\/a)$/i;
/** A floor or ward number after a place's name (`Carver Tower 7`, `ELLISON 4`, `West Africa 9`): the number is no part of the place. */
const TRAILING_FLOOR = /[ \t]{1,2}(?:1[0-2]|[1-9])[A-Za-z]?$/;
/** Words before a number that make it part of the place (`Route 9`, `Apt 4`, `Suite 2`). */
const NUMBERED_PLACE_WORD = /\b(?:route|rt|rte|hwy|highway|interstate|i|apt|apartment|suite|ste|unit|box|pob|building|bldg|exit|pier|gate|lot|po)\.?[ \t]{1,2}(?:1[0-2]|[1-9])[A-Za-z]?$/i;

/**
 * A brand alone in brackets right after its generic name in lower case (`dornase alfa
 * (Pulmozyme)`, `valganciclovir (Valcyte)`, `balloon tamponade (Bakri)`): the word before is a
 * clinical word of the labeller's lexicon or an allow-listed word that is no everyday word, and no title, role or relation (`the attending
 * (Quenby)` stays a person; the rules find it too); or any lower-case word, when the bracketed word is in no name, place or word list
 * (`crisaborole (Eucrisa)`, `oxygen concentrator (Inogen)`).
 */
/** Words that name a kind of facility, not one: `Community`, `her regional`, `the local`. */
const GENERIC_PLACE_WORDS = /^(?:community|regional|general|local|county|state|nearest|nearby|outside|rural|tribal|public|free|walk-in)$/i;
/**
 * A generic word, alone or before facility words in lower case (`Community health center`, `her
 * regional clinic`): a kind of facility, no named one.
 */
function isGenericPlace(text: string, s: Span, body: string): boolean {
  const words = body.split(/[ \t]+/);
  const possessive = /^(?:her|his|their|your|our)$/i.test(words[0]!);
  let k = possessive || /^(?:the|a|an)$/i.test(words[0]!) ? 1 : 0;
  if (k >= words.length || !GENERIC_PLACE_WORDS.test(words[k]!)) return false;
  // capitalised as a sentence's first word over lower-case facility words, or after a possessive
  // (`Community health center`, `her regional clinic`); "the general hospital" in a note without
  // capitals may be a hospital's name
  if (!possessive && !/^\p{Lu}\p{Ll}/u.test(words[k]!)) return false;
  k++;
  if (k === words.length) return /^[ \t]{1,2}\p{Ll}/u.test(text.slice(s.end, s.end + 3));
  return words.slice(k).every((w) => /^\p{Ll}+$/u.test(w));
}
function isBrandAfterGeneric(text: string, s: Span): boolean {
  if (s.type !== 'NAME' || text.charCodeAt(s.start - 1) !== 40 || text.charCodeAt(s.end) !== 41) return false;
  if (!/^\p{Lu}\p{Ll}[\p{L}-]{1,30}$/u.test(text.slice(s.start, s.end))) return false;
  // the generic in lower case, or capitalised opening its sentence (`Gadoterate (Dotarem)`)
  const m = /(\p{Ll}{3,30}|(?:^|[.!?:\n][ \t]{0,2})\p{Lu}\p{Ll}{3,30})[ \t]\($/u.exec(text.slice(Math.max(0, s.start - 36), s.start));
  if (m === null || NAME_CUE_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start - 1))) return false;
  const w = m[1]!.replace(/^[.!?:\n][ \t]{0,2}/, '').toLowerCase();
  const lex = nlpLexicons();
  // a drug's generic name: a clinical word, one the allow list holds that is no everyday word, or
  // one with a nonproprietary-name stem (USAN/INN: -vir, -mab, -nib, -pril, -olol, -cillin…)
  if (lex.clinical.has(w) || (w.length >= 4 && !lex.english.has(w) && (builtinAllowlist().has(w) || DRUG_STEM.test(w)))) return true;
  // a word no name, place or word list knows, glossing the lower-case word before it (`crisaborole
  // (Eucrisa)`, `oxygen concentrator (Inogen)`): a product, as a person there would be a known name
  const b = text.slice(s.start, s.end).toLowerCase();
  // (a service sends a person: "nephrology (Quenby)")
  return /^\p{Ll}/u.test(m[1]!) && !CONSULTING_SERVICE.test(w) && !lex.firstNames.has(b) && !lex.surnames.has(b) && !lex.cities.has(b) && !lex.english.has(b);
}

/** What a bracket holding a generic name holds around the span: lower-case words, hyphens and spaces. */
const GENERIC_BRACKET_BEFORE = /\([\p{Ll} -]{0,60}$/u;
const GENERIC_BRACKET_AFTER = /^[\p{Ll} -]{0,60}\)/u;
/**
 * A drug's generic name in lower case, alone in brackets after its brand (`Camzyos (mavacamten)`,
 * `Coartem (artemether-lumefantrine)`, `Lyfgenia (lovotibeglogene autotemcel)`, `Leqembi
 * (lecanemab-irmb)`): the words are hyphenated, two or more, carry a nonproprietary stem, or are
 * one long word no list knows that is no login (an initial and a surname: `(kferrell)`). The word
 * before the bracket is capitalised and names no one (not a name, a role or a credential).
 */
function isGenericAfterBrand(text: string, s: Span): boolean {
  if (s.type !== 'NAME') return false;
  const body = text.slice(s.start, s.end);
  if (!/^\p{Ll}[\p{Ll} -]{2,60}$/u.test(body)) return false;
  const open = GENERIC_BRACKET_BEFORE.exec(text.slice(Math.max(0, s.start - 61), s.start));
  const close = GENERIC_BRACKET_AFTER.exec(text.slice(s.end, s.end + 61));
  if (open === null || close === null) return false;
  const inside = (open[0].slice(1) + body + close[0].slice(0, -1)).trim();
  const brandAt = s.start - open[0].length;
  const brand = /(\p{Lu}[\p{L}\d-]{2,30})[ \t]{0,2}$/u.exec(text.slice(Math.max(0, brandAt - 32), brandAt));
  if (brand === null || NAME_CUE_BEFORE.test(text.slice(Math.max(0, brandAt - 40), brandAt))) return false;
  const lex = nlpLexicons();
  const b = brand[1]!.toLowerCase();
  if (lex.firstNames.has(b) || lex.surnames.has(b) || CREDENTIAL_WORD.test(brand[1]!)) return false;
  const words = inside.split(/[ -]+/).filter(Boolean);
  // a login spells part of the name before it (`Quenby (lquenbyhart)`, `Adeyemi-Klein (madeyemik)`)
  if (b.split('-').some((part) => part.length >= 4 && inside.includes(part.slice(0, 5)))) return false;
  if (words.some((w) => lex.english.has(w) && !lex.clinical.has(w))) return false;
  if (words.length >= 2 || words.some((w) => DRUG_STEM.test(w))) return true;
  const w = words[0]!;
  return w.length >= 8 && !lex.english.has(w) && !lex.surnames.has(w.slice(1)) && !lex.surnames.has(w.slice(2));
}
/** A credential or role written after a name (`MD`, `RN`, `PA-C`): the bracket after it holds a login. */
const CREDENTIAL_WORD = /^(?:MD|DO|RN|NP|PA|PA-C|CNM|CRNA|LPN|LCSW|MSW|PharmD|RPh|DDS|DPM|PT|OT|SLP|RT|CNA|MA|FNP|ARNP|APRN|PhD|CCM|CM|SW)$/;

/**
 * A word in capitals that no name list knows, inside a line of ordinary mixed-case prose (`YMRS fell
 * from 34 to 8`, `spirometry and DLCO`, `daughter, who is HCPOA`): an abbreviation, a trial or a
 * product, no name (an everyday word in capitals is left to the other checks: `POINT`). Not where a name's place speaks for it: a title, role or field label before it
 * (`Patient: QUAGLIERI`), or the `LAST, First` form; a line in capitals says nothing (`GRANDSON YONAS
 * IS POA`).
 */
function isUnknownCapitalsInProse(text: string, s: Span): boolean {
  const body = text.slice(s.start, s.end);
  if (!/^[A-Z]{3,14}$/.test(body)) return false;
  const lex = nlpLexicons();
  const w = body.toLowerCase();
  if (lex.firstNames.has(w) || lex.surnames.has(w) || lex.cities.has(w) || lex.english.has(w)) return false;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  let lineEnd = text.indexOf('\n', s.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if ((line.match(/[a-z]/g)?.length ?? 0) < 12) return false;
  const before = text.slice(lineStart, s.start);
  if (NAME_CUE_BEFORE.test(before.slice(-40)) || /:[ \t]{0,3}$/.test(before) || /[A-Z]{2,},[ \t]{1,2}$/.test(before)) return false;
  return !/^[ \t]{0,2},[ \t]{0,2}\p{Lu}/u.test(text.slice(s.end, s.end + 6));
}

/**
 * A kind of care before a team or a service (`Attending: Medicine teaching team`, `Burn surgery
 * service`): a service, no person (`Jones service`, a surgeon's, is left to the other checks).
 */
function isServiceName(text: string, s: Span): boolean {
  const body = text.slice(s.start, s.end);
  return /^\p{Lu}\p{Ll}{2,20}$/u.test(body) && (isKindOfCare(body) || /^(?:burn|general|acute|primary|teaching|consult)$/i.test(body)) && SERVICE_AFTER.test(text.slice(s.end, s.end + 30));
}
/** A column's gap inside a span: three spaces or more, or a tab, between two words of one line (an indented line's start is none). */
const COLUMN_GAP = /(?<=\S)(?: {3,}|\t)(?=\S)/;
/** Letters labelling an item at a span's start (`D. `, `D, E. `). */
const ITEM_LABEL = /^(?:[A-Z][ \t]{0,2}[,&-][ \t]{0,2}){0,4}[A-Z]\.[ \t]{1,2}/;
/** A NAME span opening with the label of a lettered list's item (see `inLetteredList`). */
function isLetteredItem(text: string, s: Span, body: string): boolean {
  const m = ITEM_LABEL.exec(body);
  return m !== null && inLetteredList(text, s.start + m[0].lastIndexOf('.') - 1);
}
/** A capital and a digit (`N2`, `T3b`) or a word with a model's digit glued on (`Gamma3`): a stage or a product, no name (a login is lower case: `jsmith2`). */
const MODEL_NUMBER = /^(?:[A-Z]\d{1,2}[a-c]?|[A-Z][a-z]{2,20}\d{1,2})$/;
/** A role and its specialty, no one named (`Consultant Neuroradiologist`, `Registrar`, `Locum Radiologist`). */
const ROLE_ONLY = /^(?:(?:consultant|registrar|locum|senior|junior|staff|specialist|attending|resident|fellow|house|officer|nurse|practitioner)(?:[ \t]{1,2}|$))*(?:\p{L}{2,24}(?:ologist|iatrist|ician|ographer|therapist|pharmacist|intensivist|hospitalist|internist|anesthetist|anaesthetist)|consultant|registrar|locum|surgeon|dentist)$/iu;
/**
 * Capitals that spell no name: with a digit between letters (`A1GDM`, `CYP3A4`) or without any vowel
 * (`FRCSC`, `RPS`): an abbreviation, a gene or a credential (a login in capitals ends in its digits: `TNGUYEN4`).
 */
const CAPITALS_NO_NAME = /^(?:[A-Z][A-Z-]{0,5}\d[A-Z0-9-]*[A-Z][A-Z0-9-]*|[B-DF-HJ-NP-TV-XZ]{3,8})$/;

/** A kind of care and facility words only (`Wound`, `Wound Care Center`, `Burn & Trauma Unit`): no particular place. */
function isKindOfCarePlace(body: string): boolean {
  const words = body.match(/[\p{L}'’]+|&/gu);
  if (words === null || !words.some((w) => isKindOfCare(w))) return false;
  return words.every((w) => isKindOfCare(w) || isFacilityHead(w.toLowerCase()) || CARE_QUALIFIER.test(w) || /^(?:&|and|of|the)$/i.test(w));
}
/** Words that qualify a kind of care without naming a place (`General Cardiology`, `Pediatric Children's`, `Adult Medicine`). */
const CARE_QUALIFIER = /^(?:general|adult|adults|pediatric|paediatric|children['’]?s?|women['’]?s|men['’]?s|outpatient|inpatient|ambulatory|acute|chronic|comprehensive|integrative|preventive|interventional|consultative|clinical|community|family|primary|urgent|specialty)$/i;
/** Addressees that name no one (`Dear Colleague`, `Dear Sir or Madam`, `To whom`). */
const GENERIC_ADDRESSEE = /^(?:colleagues?|sir|madam|sirs|all|team|doctors?|providers?|friends?|family|families|patients?|parents?|caregivers?|whom|reader|reviewer|committee|members?|everyone|staff|nurses?)$/i;

/** The label of a billing or terminology code right before a number: the number is the code, no phone or id. */
const CODE_LABEL_BEFORE = /\b(?:cpt|hcpcs|icd(?:-?1[01]|-?9)?(?:-cm|-pcs)?|ms-drg|drg|ndc|loinc|snomed(?:-ct)?|rxnorm|rvu|j-?code|(?:billing|procedure|diagnosis|e-consult|econsult|visit)[ \t]{1,2}code)[ \t]{0,2}(?:codes?[ \t]{0,2})?[:#(]?[ \t]{0,2}$/i;

/** A word of billing or coding right before an evaluation-and-management code (`billed 99223`, `bill a 99233`, `level 99214`). */
const EM_CODE_BEFORE = /\b(?:bill|bills|billed|billing|code|codes|coded|coding|level|e\/m|e&m|charge|charged|submit|submitted|upcode|downcode)[ \t]{1,2}(?:(?:a|an|as|it|the|to)[ \t]{1,2})?$/i;

/** Continents and world regions, and peoples the labeller's not-PHI list lacks (it has countries, states, nationalities and languages). */
const CONTINENT = new Set(['africa', 'asia', 'europe', 'oceania', 'antarctica', 'americas', 'caribbean', 'scandinavia', 'balkans', 'mediterranean', 'cajun', 'acadian', 'creole', 'polynesia', 'micronesia', 'melanesia', 'siberia', 'sahara', 'patagonia', 'appalachia', 'midwest']);

/** Compass and region words that, with a country, state or language, still name no one (`south Louisiana`, `West Africa`). */
const REGION_WORD = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upstate', 'downstate', 'rural', 'coastal', 'sub', 'saharan', 'born', 'speaking', 'american']);

/**
 * A name or place made only of countries, states, regions, nationalities and languages (`UK`,
 * `Canada`, `Cajun French`, `south Louisiana`, `Central/West Africa`, `Somali-born`): none of
 * them is PHI, and a person named `Georgia` has a cue before her that keeps her (a title,
 * relation or role).
 */
function isNotPhiPlace(text: string, s: Span): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const body = text.slice(s.start, s.end);
  // a floor or an address has digits ("2nd fl" is no Florida), and two or three capitals are
  // initials as often as a state ("Hepatology was consulted (CO)")
  if (/\d/.test(body) || (/^[A-Z]{2,3}$/.test(body) && !/^(?:UK|USA|UAE|EU|PRC|DRC)$/.test(body))) return false;
  const words = body.toLowerCase().match(/\p{L}+/gu);
  if (words === null || words.length > 4) return false;
  const notPhi = nlpLexicons().notPhi;
  let place = false;
  for (const w of words) {
    if (notPhi.has(w) || CONTINENT.has(w)) place = true;
    else if (!REGION_WORD.has(w)) return false;
  }
  if (!place || usedAsTown(text, s.start, s.end)) return false;
  // a title, relation or role before it, or an initial ("E. Welsh"), makes it a person
  return !(s.type === 'NAME' && (NAME_CUE_BEFORE.test(lineBefore(text, s.start, 40)) || /(?:^|[^\p{L}])\p{Lu}\.[ \t]{0,2}$/u.test(lineBefore(text, s.start, 6))));
}

/**
 * An abbreviation alone in brackets in mixed-case text (`(AABR)`, `(YMRS)`, `(FRCSC)`): four or
 * more capitals are no one's initials, and a surname written in capitals in a mixed-case line
 * would not stand alone in brackets.
 */
function isBracketedAbbreviation(text: string, s: Span): boolean {
  if (s.type !== 'NAME') return false;
  const body = text.slice(s.start, s.end);
  if (!/^[A-Z][A-Z0-9-]{3,9}$/.test(body)) return false;
  if (!/\([ \t]{0,1}$/.test(text.slice(Math.max(0, s.start - 2), s.start)) || !/^[ \t]{0,1}\)/.test(text.slice(s.end, s.end + 2))) return false;
  return /\p{Ll}{3}/u.test(lineBefore(text, s.start, 60));
}

/** Spanish words of grammar that no name holds (a name's particles `de`, `del`, `la`, `y` are left out). */
const SPANISH_GRAMMAR_WORDS = 'se|le|les|lo|los|con|una|un|uno|para|por|que|qué|es|está|están|esta|tiene|tengo|al|en|mi|mis|su|sus|me|te|muy|sin|como|cuando|pero|si|sí|no|hoy|ayer|anoche|mañana|usted|ustedes|yo|él|ella|nos|fue|era|hay|más|ya';
const SPANISH_GRAMMAR_WORD = new RegExp(`^(?:${SPANISH_GRAMMAR_WORDS})$`);
/** Spanish words of grammar, a name's particles included: what a line of Spanish is mostly made of. */
const SPANISH_LINE_WORD = new RegExp(`^(?:de|del|la|las|el|y|${SPANISH_GRAMMAR_WORDS})$`, 'i');
/**
 * A lower-case labeller span in Spanish (`tos de perro`, `está despierto y jugando`, `de cabeza
 * fuerte`): the labeller learned English and reads a Spanish message's words as names or places.
 * The span opens in lower case and either holds a word of Spanish grammar no name has, or stands
 * on a line of Spanish (three such words or more, a quarter of its words at least). A capitalised
 * name on that line (`la mamá de Sofía`) is left to the other checks.
 */
function isLowerCaseSpanish(text: string, s: Span): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION' && s.type !== 'HOSPITAL') return false;
  const body = text.slice(s.start, s.end);
  if (!/^\p{Ll}/u.test(body)) return false;
  // words apart by spaces (`thuy.le` is a login)
  const words = body.split(/[ \t]+/).filter((w) => /^\p{L}+[,.;:?!]?$/u.test(w)).map((w) => w.replace(/[,.;:?!]$/, ''));
  if (words.length >= 2 && words.some((w) => SPANISH_GRAMMAR_WORD.test(w))) return true;
  if (!/[ \t]/.test(body.trim())) return false;
  const line = lineBefore(text, s.start, 200) + body + after(text, s.end, 200);
  const all = line.match(/\p{L}+/gu) ?? [];
  let spanish = 0;
  for (const w of all) if (SPANISH_LINE_WORD.test(w)) spanish++;
  return spanish >= 3 && spanish * 4 >= all.length;
}

/** An allow-listed eponym or term, then a number of up to three digits (`Lund-Mackay 17`, `Wells 4`). */
function isListedWithScore(text: string, s: Span): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION' && s.type !== 'HOSPITAL' && s.type !== 'DATE') return false;
  const m = /^(\p{L}[\p{L}'’-]{2,40})[ \t]{1,2}\d{1,3}$/u.exec(text.slice(s.start, s.end));
  if (m === null) return false;
  // a grade read as a day (`Fazekas 1`): the eponym is listed as a name; a month, a weekday, a
  // season or a holiday is the date's own word, whatever the allow list says of it as a name
  if (s.type === 'DATE') return !DATE_WORD.test(m[1]!) && builtinAllowlist().hasSpan(text, s.start, s.start + m[1]!.length, 'NAME');
  return builtinAllowlist().hasSpan(text, s.start, s.start + m[1]!.length, s.type);
}

/** A date's own word before a day's number: a month, a weekday, a season, a holiday or a word placing a day in one (`March 12`, `Tues 4`, `Christmas 2`, `mid 4`, `week 2`). */
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|spring|summer|fall|autumn|winter|christmas|xmas|easter|thanksgiving|hanukkah|ramadan|eid|diwali|passover|halloween|new|memorial|labor|independence|veterans|mid|early|late|end|week|wk)/i;
/** A month joined by a hyphen to a capitalised word that is no month or weekday: an eponym's pair (`May-Thurner`, `May-Hegglin`), no date. */
const MONTH_HYPHEN_EPONYM = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)-(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}{2,20}$/u;
/** A ward by its floor and wing (`5 East`, `9 South`): no date. */
const FLOOR_AND_WING = /^\d{1,2}[ \t]?(?:North|South|East|West|NORTH|SOUTH|EAST|WEST)$/;

/** After a body's acronym: what it issues (`ADA Standards of Care`, `AAOS and AAP guidance`, `GINA step 3`). */
const ISSUED_AFTER = /^[ \t]{1,2}(?:(?:and|or|\/)[ \t]{0,2}[A-Z]{2,7}[ \t]{1,2})?(?:standards?|guidelines?|guidance|criteria|recommendations?|consensus|statement|position|step|class|stage|score|protocol)\b/i;
/**
 * A guideline body, a trial or a society in capitals (`per GINA`, `Per FMCSA medical standards`,
 * `ADA Standards of Care`, `per AAOS and AAP guidance`) in a mixed-case note: after `per` four
 * capitals or more (initials are two or three), or before what such a body issues.
 */
function isGuidelineBody(text: string, s: Span): boolean {
  if (s.type !== 'NAME') return false;
  const body = text.slice(s.start, s.end);
  // capitals in a line of mixed case
  if (!/^[A-Z]{3,8}$/.test(body) || !/\p{Ll}{3}/u.test(lineBefore(text, s.start, 60) + after(text, s.end, 60))) return false;
  if (body.length >= 4 && /\bper[ \t]{1,2}(?:the[ \t]{1,2})?$/i.test(lineBefore(text, s.start, 12))) return true;
  return ISSUED_AFTER.test(after(text, s.end, 40));
}

/** A genus initial and a species (`S. Typhi`, `E. coli`): an organism, no person. */
function isOrganism(body: string): boolean {
  const m = /^[A-Z]\.[ \t]{0,2}(\p{L}+)$/u.exec(body);
  return m !== null && SPECIES_AFTER_INITIAL.test(m[1]!);
}
/** A title alone, as a title is written (`Ms` in `Dear Ms. ___,`): no name is in it. In capitals it may be initials (`Night float MR`). */
const TITLE_ALONE = /^(?:Dr|Drs|Mr|Mrs|Ms|Miss|Mx|Prof|dr|drs|mr|mrs|ms|mx|prof)\.?$/;
/** A number grouped in thousands with commas (`8,000 ft`, `12,500`): no phone number or id is written so. */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** A nucleotide or amino-acid variant (`G20210A`, `C677T`, `V122I`, `V600E`): a gene's change, no identifier. */
const NUCLEOTIDE_VARIANT = /^(?:[ACGT]\d{2,6}[ACGT]|[ACDEFGHIKLMNPQRSTVWY]\d{2,4}[ACDEFGHIKLMNPQRSTVWY])$/;
/** A bare number after an image's or series' label (`series 3, image 18`) or a haemodynamic or bedside reading (`RA 18`, `PCWP 28`); not after a procedure (`CABG 02` is a year). */
const READING_BEFORE = /(?:\b(?:image|images|img|im|series|se|slice|sl)[ \t]{0,2}#?:?[ \t]{0,2}|\b(?:RA|PA|PCWP|CVP|CI|CO|SVR|PVR|RV|LV|HR|RR|BP|MAP|SBP|DBP|EF|LVEF|GCS|RASS|CPOT|PEEP|FIO2|SPO2|TV|RSBI)[ \t]{1,2})$/;
/** A clock time opening a log line (maybe in brackets) before a role or label of up to four words and its colon (`1902  RN: HR 38`, `[2045] TO NICU RESIDENT:`): no year. */
const LOG_TIME_AFTER = /^\]?[ \t]{1,3}\p{L}{1,12}(?:[ \t]{1,2}[\p{L}\/-]{1,12}){0,3}:/u;
/**
 * Words of a phrase, not a name: two words or more, one of them in lower case and no name
 * particle (a clause of another language, `siento mareada`, `También la terapeuta`; a drug's two
 * words, `lovotibeglogene autotemcel`; `grew M`), and no word that a name list holds (a chat's
 * lower-case `jaylen wolfe`, or `maman de Grâce`, stays).
 */
function isPhraseWithoutName(body: string): boolean {
  const words = body.split(/[\s,]+/).filter((w) => w !== '');
  // letters only: a login, an initial or a joined name (`seun.adeyemi`, `j. o'brien`, `el-Tilbury`) is left alone
  if (words.length < 2 || words.some((w) => !/^\p{L}+$/u.test(w))) return false;
  if (!words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w))) return false;
  const lex = nlpLexicons();
  return !words.some((w) => {
    if (NAME_PARTICLE.test(w)) return false;
    const k = w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    return lex.firstNames.has(k) || lex.surnames.has(k);
  });
}
/** After a word: `#`, `No.` or `number` and a number (`Job#: 110458`): the word labels the number. */
const NUMBER_LABEL_AFTER = /^[ \t]{0,2}(?:#|[Nn]o\.|[Nn]umber)[ \t]{0,2}:?[ \t]{0,2}[A-Z]{0,3}\d/;
/** Whether `at` opens a line. */
const isLineStart = (text: string, at: number): boolean => at === 0 || text[at - 1] === '\n';
/** A tumour's TNM stage, with its prefixes (`ypT2N1`, `pT3aN0M0`, `cT1b`, `Tis`): a code, not a name or an id. */
const TNM_STAGE = /^(?:[cpyra]{1,3})?T(?:[0-4]|is|x)[a-d]?(?:N[0-3x][a-c]?)?(?:M[01x])?$/;

/**
 * Drops the labeller's spans that fail the checks above (and a name that starts with a digit:
 * `Rt 5th finger`, a TNM stage, a radioisotope's number and a storey).
 *
 * @param text - the note
 * @param spans - the labeller's spans in text order
 * @param onlyWords - whether a span is made only of known words (or slips, clips or plurals of them) and no lexicon name; default never
 * @returns the spans that pass
 */
/**
 * Four Chinese characters or more with nothing else but their punctuation, or one character twice (`谢谢`, `妈妈`): a
 * clause, a herb's or a medicine's name or a kinship word of a message (`患者和家属表示理解`,
 * `请发短信`, `安宮牛黃丸`), no person's name, which has two or three characters (a surname and a
 * given name: `李梅`, `张丽华`).
 */
const HAN_CLAUSE = /^(?:(?=(?:[^\p{Script=Han}]*\p{Script=Han}){4})[\p{Script=Han}，。、！？：；「」『』（）,.!? ]{4,}|(\p{Script=Han})\1)$/u;
/**
 * One word of six letters or more ending in a drug's stem or in the ending of an organism, a
 * disease or a procedure that no name ends in (`Clarithromycin`, `-cillin`, `-floxacin`, `-azole`,
 * `-umab`, `-tinib`, `-sartan`, `-statin`, `-xaban`, `-gliflozin`, `-glutide`, `-eparin`; never `-itis` or `-gram`, which
 * Lithuanian and English surnames end in: `Bakaitis`, `Ingram`;
 * `Anaplasma`, `Legionellosis`, `Fistulogram`): no name.
 */
const DRUG_OR_ORGANISM_SHAPE = /^(?=[\p{L}-]{6})\p{L}[\p{L}-]{1,30}(?:mycin|micin|cillin|floxacin|cycline|azole|umab|ximab|zumab|tinib|ciclib|parib|prazole|sartan|statin|xaban|gatran|gliflozin|glutide|gliptin|eparin|aparin|dronate|lukast|setron|triptan|oxetine|semide|thiazide|dipine|profen|coxib|bacter|coccus|cocci|omonas|bacterium|plasma|myces|osis|iasis|ectomy|ostomy|otomy|plasty|scopy|ogram|graphy)$/iu;
/** Common Chinese surnames (simplified and traditional): a clause that opens with one may open with a name (`张丽华您好`). */
const HAN_SURNAMES = new Set(
  [...'李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭羅許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閻龍賀顧龔萬錢嚴湯'],
);
/**
 * A clause, a medicine or a kinship word in Chinese read as a name (see {@link HAN_CLAUSE}): never
 * one that opens with a common surname (`张丽华您好` holds a name) or holds a title (`李女士`).
 */
function isHanClause(body: string): boolean {
  if (!HAN_CLAUSE.test(body) || HAN_TITLE.test(body)) return false;
  const first = /\p{Script=Han}/u.exec(body)![0];
  return body.length <= 2 || !HAN_SURNAMES.has(first);
}
/** No Latin letter and no digit, and a letter of another script (Arabic, Devanagari, Myanmar, Hangul, Cyrillic…). */
const FOREIGN_SCRIPT_BODY = /^(?=[^]*[^\P{L}\p{Script=Latin}])[^\p{Script=Latin}\d]{1,200}$/u;
/** An opening quotation mark, or a bracket after a word in lower case (`danshen (`). */
const QUOTE_OPEN = /["“«「'‘]$/;
const QUOTE_CLOSE = /^["”»」'’]/;
/**
 * A translation in brackets after the span (and its closing quote or full stop): opening in lower
 * case, or three words or more with one in lower case (`(Colonoscopy prep question)`; never a
 * romanised name, `(Kim Min Su)`).
 */
const GLOSS_AFTER = /^["”»」'’]?[.!?؟।,]?[ \t]{0,2}\((?:[a-z]|["“'][a-z]|(?=[^)\n]{0,200}?[ \t][a-z])[^)\n]{0,80}?[ \t][^)\n]{0,80}?[ \t][^)\n]{0,80}\))/;
/** Right before a name: a cue that a native-script name follows (`Chinese name:`, `named`, `signed`). */
const NATIVE_NAME_CUE = /\b(?:name|named|called|aka|as|signed|nickname)[ \t]{0,2}:?[ \t]{0,2}["“«「'‘(]?$/i;
/**
 * Words in a script without capitals that the labeller never saw in training (no Latin letter,
 * no digit) that are quoted speech or a term with its translation, no person's name: inside
 * quotation marks (`said "धन्यवाद"`), before a translation in brackets (`当归 (dong quai)`, `… (my
 * stomach hurts)`), or alone in brackets after a word in lower case (`porridge (흰죽)`). Never
 * after a cue of a name (`Chinese name "王伟"`, `signed as "محمد علي"`), after a name (`Wang Wei
 * (王伟)`) or before its romanisation (`김민수 (Kim Min Su)`).
 */
function isQuotedOrGlossedForeignText(text: string, s: Span, body: string): boolean {
  // (a script with capitals, such as Cyrillic, marks names as English does: `Спасибо, Дмитрий`)
  if (!FOREIGN_SCRIPT_BODY.test(body) || /\p{Lu}/u.test(body)) return false;
  // Chinese opening with a common surname or holding a title may be a name (`"李梅，你好"`)
  const han = /\p{Script=Han}/u.exec(body);
  if (han !== null && (HAN_SURNAMES.has(han[0]) || HAN_TITLE.test(body))) return false;
  const before = text.slice(Math.max(0, s.start - 24), s.start);
  if (NATIVE_NAME_CUE.test(before)) return false;
  const after = text.slice(s.end, s.end + 200);
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const at = s.start - lineStart;
  const end = s.end - lineStart;
  // inside quotes on its line: an odd number of straight quotes before it and one after, or a curly pair around it
  const straightBefore = (line.slice(0, at).match(/"/g) ?? []).length;
  if (straightBefore % 2 === 1 && line.indexOf('"', end) >= 0) return true;
  if (line.lastIndexOf('“', at) > line.lastIndexOf('”', at - 1) && line.indexOf('”', end) >= 0) return true;
  if (QUOTE_OPEN.test(before.trimEnd()) && QUOTE_CLOSE.test(after)) return true;
  if (GLOSS_AFTER.test(after)) return true;
  // alone in brackets after a word in lower case: the word's own translation
  return /(?:^|[^\p{L}])\p{Ll}+[ \t]{0,2}\($/u.test(before) && after.startsWith(')');
}
/** A title after a surname in Chinese (`李女士`, `陈先生`, `王医生`): the span holds a person's surname, kept. */
const HAN_TITLE = /(?:女士|先生|小姐|太太|夫人|医生|醫生|大夫|老师|老師|阿姨|伯伯|叔叔)/u;

export function filterLabellerSpans(text: string, spans: readonly Span[], onlyWords: (span: Span) => boolean = () => false): Span[] {
  const out: Span[] = [];
  let lastName = -1;
  for (let s of spans) {
    let body = text.slice(s.start, s.end);
    // a floor or ward number after a place's name is given back, so the place alone meets the allow list
    if ((s.type === 'LOCATION' || s.type === 'HOSPITAL') && /\p{L}/u.test(body) && TRAILING_FLOOR.test(body) && !NUMBERED_PLACE_WORD.test(body)) {
      const cut = body.replace(TRAILING_FLOOR, '');
      if (/\p{L}/u.test(cut)) {
        s = { ...s, end: s.start + cut.length };
        body = cut;
      }
    }
    // a name or a place never runs across a column's gap (`Fellow: Noor   Circulating RN:`): cut it there
    if ((s.type === 'NAME' || s.type === 'LOCATION' || s.type === 'HOSPITAL') && COLUMN_GAP.test(body)) {
      const cut = body.slice(0, body.search(COLUMN_GAP));
      if (/\p{L}/u.test(cut)) {
        s = { ...s, end: s.start + cut.length };
        body = cut;
      }
    }
    const drop =
      TNM_STAGE.test(body) ||
      // a chromosome's translocation or deletion: "t(4;14)", "del(17p)"
      /\b(?:t|del|inv|dup|der)\($/.test(text.slice(Math.max(0, s.start - 4), s.start)) ||
      (s.type === 'NAME' && (FUNCTION_WORD.test(body) || TITLE_ALONE.test(body) || isOrganism(body))) ||
      isNotPhiPlace(text, s) ||
      isBracketedAbbreviation(text, s) ||
      isGuidelineBody(text, s) ||
      isLowerCaseSpanish(text, s) ||
      // an allow-listed eponym with its score (`Lund-Mackay 17`): the number is the score's
      isListedWithScore(text, s) ||
      // a month of a yearly season or schedule ("Peak from November through April", "reviewed each January")
      (s.type === 'DATE' && isSeasonalMonth(text, s)) ||
      // the edition of a guideline or a classification ("Bethesda 2014", "per Fleischner 2017")
      (s.type === 'DATE' && /^(?:19|20)\d{2}$/.test(body) && isEditionYear(text, s.start, s.end)) ||
      // a score's change or a score in a table's row with its result ("LATCH 7/10 -> 9/10", "| 3/16 | impaired")
      (s.type === 'DATE' && /^\d{1,2}\/\d{1,2}$/.test(body) && isScoreNotDate(text, s.start, s.end)) ||
      // a name made an adjective (`Ganser-like`, `Cushing-type`, `Lyme-associated`)
      (s.type !== 'DATE' && /-(?:like|type|esque|associated|induced|related|positive|negative)$/i.test(text.slice(s.start, s.end))) ||
      isBrandAfterGeneric(text, s) ||
      isGenericAfterBrand(text, s) ||
      // a grade with a letter is no day of a month (`Marsh 3b` read as `March 3`), nor an eponym's
      // pair with a month (`May-Thurner`) or a ward (`9 South`)
      (s.type === 'DATE' && (/[ \t]\d[a-d]$/.test(body) || MONTH_HYPHEN_EPONYM.test(body) || FLOOR_AND_WING.test(body))) ||
      (s.type === 'NAME' && (ROLE_ONLY.test(body) || GENERIC_ADDRESSEE.test(body) || CAPITALS_NO_NAME.test(body) || MODEL_NUMBER.test(body) || isUnknownCapitalsInProse(text, s) || isServiceName(text, s))) ||
      // a kind of care alone is no place ("Wound Care Center", "Burn clinic": the labeller's "Wound")
      ((s.type === 'HOSPITAL' || s.type === 'LOCATION') && isKindOfCarePlace(body)) ||
      // a generic word before a facility word in lower case ("Community health center", "her regional clinic"): a kind of place
      ((s.type === 'HOSPITAL' || s.type === 'LOCATION') && isGenericPlace(text, s, body)) ||
      // a billing or terminology code after its label ("CPT 10060", "HCPCS: J9271", "ICD-10 I50.9")
      ((s.type === 'PHONE' || s.type === 'ID' || s.type === 'DATE' || s.type === 'LOCATION') && CODE_LABEL_BEFORE.test(lineBefore(text, s.start, 20))) ||
      // a visit's evaluation-and-management code after a word of billing ("u billed 99223", "can we bill a 99233")
      (s.type !== 'NAME' && /^99[2-4]\d{2}$/.test(body) && EM_CODE_BEFORE.test(lineBefore(text, s.start, 24)) && !/\b(?:zip|postal)\b/i.test(lineBefore(text, s.start, 24))) ||
      // an age under 90 is no PHI ("Patient: 8 y/o")
      (s.type === 'AGE' && /^\d{1,2}$/.test(body) && Number(body) < 90) ||
      ((s.type === 'PHONE' || s.type === 'ID' || s.type === 'CONTACT') && THOUSANDS.test(body)) ||
      ((s.type === 'NAME' || s.type === 'ID' || s.type === 'CONTACT') && NUCLEOTIDE_VARIANT.test(body)) ||
      (s.type === 'DATE' && /^\d{1,3}$/.test(body) && READING_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) ||
      // a day of the stay or of a course ("Hospital day 3", "Day 28", "POD 4"): a count, no date
      (s.type === 'DATE' && /^(?:(?:[Dd]ay|DAY|POD|HD)[ \t]{1,2})?\d{1,3}$/.test(body) && (/^(?:[Dd]ay|DAY|POD|HD)/.test(body) || /\b(?:day|DAY|Day|POD|HD)[ \t]{1,2}$/.test(text.slice(Math.max(0, s.start - 6), s.start)))) ||
      // a chemotherapy cycle and its day (`Cycle 5 Day 1`, `C3D1`): a count, no date
      (s.type === 'DATE' && /^(?:\d{1,2}(?:[ \t]{1,2}(?:[Dd]ay|DAY))?|[Dd]ay|DAY)$/.test(body) && (/\b(?:[Cc]ycle|CYCLE|C)[ \t]{0,2}$/.test(text.slice(Math.max(0, s.start - 8), s.start)) || /\b(?:[Cc]ycle|CYCLE)[ \t]{1,2}\d{1,2}[ \t]{1,2}$/.test(text.slice(Math.max(0, s.start - 12), s.start)))) ||
      (s.type === 'DATE' && CLOCK_TIME.test(body) && isLineStart(text, text[s.start - 1] === '[' ? s.start - 1 : s.start) && LOG_TIME_AFTER.test(text.slice(s.end, s.end + 48))) ||
      (s.type === 'PHONE' && LETTER_THEN_DIGITS.test(body)) ||
      // three digits or fewer is no phone number unless an extension's cue comes before (911, 988)
      (s.type === 'PHONE' && body.replace(/\D/g, '').length <= 3 && !/(?:\b(?:x|ext|extension)\.?|#)[ \t]{0,2}$/i.test(text.slice(Math.max(0, s.start - 12), s.start))) ||
      YOUNG_AGE_AFTER.test(text.slice(s.end, s.end + 12)) ||
      (s.type !== 'NAME' && s.type !== 'LOCATION' && s.type !== 'HOSPITAL' && body.includes('|')) ||
      ((s.type === 'NAME' || s.type === 'ID') && OBSTETRIC_HISTORY.test(body)) ||
      (s.type === 'NAME' && isHanClause(body)) ||
      (s.type === 'NAME' && isPhraseWithoutName(body)) ||
      // a label before its number (`Job#: 110458`, `Claim # 4471`): no person
      (s.type === 'NAME' && /^\p{L}+$/u.test(body) && NUMBER_LABEL_AFTER.test(text.slice(s.end, s.end + 16))) ||
      isQuotedOrGlossedForeignText(text, s, body) ||
      // a lettered part of a report and its first words (`D, E. Colon, random biopsies`)
      (s.type === 'NAME' && isLetteredItem(text, s, body)) ||
      // one token with a digit before a lower-case letter is a code or a measure, no name or place (`39w4d`, `p504s`; a login ends in its digits)
      ((s.type === 'NAME' || s.type === 'HOSPITAL' || s.type === 'LOCATION') && /^[\p{L}\d]{2,20}$/u.test(body) && /\d\p{Ll}/u.test(body)) ||
      // single letters joined by hyphens or slashes, or one letter in a slash list (`G-L.` parts of a specimen, `N/V`, `C/c/E/e`)
      (s.type === 'NAME' && (/^\p{L}(?:[-/]\p{L}){1,3}$/u.test(body) || (/^\p{L}$/u.test(body) && (text[s.start - 1] === '/' || text[s.end] === '/')))) ||
      (s.type === 'NAME' && DRUG_OR_ORGANISM_SHAPE.test(body)) ||
      (s.type === 'NAME' && isDottedAcronym(text, s)) ||
      (s.type === 'NAME' && isWordCompound(text, s, body)) ||
      // one letter or a Roman numeral after a word that classes it (`group E`, `segment VI`, `category III`): no person
      ((s.type === 'NAME' || s.type === 'HOSPITAL') && (ROMAN_ALONE.test(body) || /^\p{Lu}$/u.test(body)) && CLASS_WORD_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) ||
      (s.type === 'DATE' && isNumberedPartOrEdition(text, s, body)) ||
      // a row of a table of numbers read as a phone (`0700  168/88  400  160`): a phone has no column gap, nor a slash and a space (`201/324/1423` is one)
      (s.type === 'PHONE' && (/\d[ \t]{2,}-?\d/.test(body) || (/\d\/\d/.test(body) && /\d[ \t]+-?\d/.test(body)))) ||
      // a standard named with its year (`NRS-2002`, `GLI-2012`), no record number
      (s.type === 'ID' && /^[A-Z]{2,8}-(?:19|20)\d{2}$/.test(body)) ||
      // a marker or gene with its sign (`CD13+`, `MOC-31+`), no name or number
      ((s.type === 'NAME' || s.type === 'ID') && markerWithSign(text, s.start, s.end)) ||
      ((s.type === 'NAME' || s.type === 'ID') && GENE.test(body)) ||
      // an isotope's mass number right after its element (not a road: I-290 is a place)
      (s.type !== 'LOCATION' && /^\d{1,3}m?$/.test(body) && ISOTOPE_BEFORE.test(text.slice(Math.max(0, s.start - 3), s.start))) ||
      ((s.type === 'DATE' || s.type === 'AGE') && ORDINAL_STOREY.test(body) && STOREY_AFTER.test(text.slice(s.end, s.end + 12))) ||
      (s.type === 'NAME'
        ? /^\d/.test(text.slice(s.start, s.end)) || isUncuedInitials(text, s, lastName) || endsBeforeContraction(text, s.end) || isPronounBeforeContraction(text, s.start, s.end) || GLUED_MEASURE.test(text.slice(s.start, s.end)) || isTimeWordOrUnit(text, s) || isUncuedWord(text, s, lastName, onlyWords(s))
        : isMeasurementOrCount(text, s) ||
          (s.type === 'AGE' && (isMeasurementNotAge(text, s) || isImpossibleAge(text, s) || isBareNumberNotAge(text, s))) ||
          (s.type === 'PHONE' && isNotPhoneShape(text, s)) ||
          (s.type === 'CONTACT' && isDottedAbbreviation(text, s)) ||
          (s.type === 'DATE' && (isClinicalPair(text, s.start, s.end) || isNoDateShape(text, s) || isMonthWordNotDate(text, s) || isClinicalReading(text, s) || isNotNumericDate(text, s) || isBareMeasure(text, s) || isSeasonAlone(text, s) || isGuidelineYear(text, s))));
    if (s.type === 'NAME') lastName = s.end;
    if (!drop) out.push(s);
  }
  return out;
}
