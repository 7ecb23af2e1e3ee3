/**
 * Ages over 89: `92 yo`, `92 y/o`, `93-year-old`, `94 years old`, `age 94`, `aged 91`,
 * `in her 90s`, a number opening a line or sentence before an age cue (`98 s/p hip fx`,
 * `93 F with CHF`), a number before a sex word anywhere (`a pleasant 95 female`; not after a
 * vital sign), a number glued to the sex (`91F`, `HPI: 94M`; not after a
 * temperature cue: `Tmax 99F`), spelled out (`ninety-one years old`, `is ninety-four`), after a
 * life event (`turned 95`, `lived to 101`, `still drives at 96`, `widowed at 92`), in brackets
 * after a person (`widow (91)`), and as a birthday (`her 96th birthday`). When the unit or sex
 * is glued to the number (`95yo`, `92F`) the whole word is reported; otherwise only the number.
 * Percentages, doses, temperatures and other numbers are left alone (`90%`, `90 mg`,
 * `turned 90 degrees`), and ages up to 89 are never reported.
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { classifyWord, mkSpan } from './_lib.js';
import { CELL_CLOSE, CELL_OPEN, underHeader } from './_tables.js';
import { cue, eachCuedMatch, eachMatchFrom, tokenStarts, prepareScans, type StartOk, scanUnits } from './_scan.js';

const SOURCE = 'rules/age';
const OVER_89 = '(?:9\\d|1[0-4]\\d)';

// number followed by an age unit
const NUMBER_THEN_UNIT = new RegExp(
  `(?<![\\w.,/-])(${OVER_89})(?:\\s{0,2}-\\s{0,2}|\\s{1,2})?(?:y\\/o|y\\.\\s?o\\.?|yo|yrs?\\.?(?:\\s{0,2}-?\\s{0,2}old)?|years?(?:\\s{0,2}-?\\s{0,2}old)?|yr\\.?\\s{0,2}-?\\s{0,2}old|y(?=\\s{0,2}(?:m|f|male|female|man|woman|w|gentleman|lady)\\b|\\)))(?![a-z])`,
  'gi',
);
// number opening a line or sentence, then an age cue: "98 s/p hip fx" (line start only), "93 M with CHF"
const LEADING_AGE = new RegExp(
  `(?:^|\\n[ \\t]{0,8}|[.!?][ \\t]{1,3})(${OVER_89})[ \\t]{1,2}(?:s\\/p|y\\/o|yo\\b|[MF](?=[ \\t]{1,2}(?:with|w\\/|s\\/p|admitted|who|presents?|presenting|transferred|hx|h\\/o|pmh)\\b)|(?:year|yr)s?[ -]{1,2}old|(?:male|female|man|woman|gentleman|lady)\\b)`,
  'g',
);
// cue followed by the number
const CUE_THEN_NUMBER = new RegExp(
  `\\b(?:age|aged|ages|age\\s{1,2}of|at\\s{1,2}the\\s{1,2}age\\s{1,2}of|age\\s{0,2}\\/\\s{0,2}sex)\\s{0,2}[:=]?\\s{0,2}(${OVER_89}(?:[Yy](?=\\s{0,2}[\\/,]|\\s))?)(?![\\w%]|\\.\\d|\\s{0,2}(?:%|mg|kg|lbs?)\\b)`,
  'gi',
);
/** `pt 91, no flatus`, `pt 93 with fall`, `she'll be 90 next month`, `shes 95 now`, `now she's 92.`: a person, or `be`, then the number. */
const PERSON_THEN_NUMBER = new RegExp(
  `\\b(?:pt|patient|she|he)(?:['’]ll|[ \\t]{1,2}will|[ \\t]{1,2}is|['’]?s)?[ \\t]{1,2}(?:be[ \\t]{1,2})?(${OVER_89})(?=[ \\t]{0,2},|[ \\t]{0,2}[.!?;](?!\\d)|[ \\t]{1,2}(?:with|w\\/|who|and|has|had|is|was|presents|presented|next|this|in|on|tomorrow|soon|now)\\b)`,
  'gi',
);
const PERSON_THEN_NUMBER_CUE = cue('pt patient she he shes hes');
/** A relative, maybe named, then `is 92` (`my mom Mai Nou Lo is 92 and`, `her father is 94.`). `m[1]` the number. */
const KIN_IS_NUMBER = new RegExp(
  `\\b(?:mom|mother|mum|dad|father|grandmother|grandma|grandfather|grandpa|husband|wife|aunt|uncle|abuela|abuelo)(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’-]{1,20}){0,3}[ \\t]{1,2}(?:is|was|turns|turned|just[ \\t]turned)[ \\t]{1,2}(${OVER_89})(?=[ \\t]{0,2}[.,;!]|[ \\t]{1,2}(?:and|now|but|so|with|this|next|y\\/o|yo|years?)\\b)`,
  'giu',
);
const KIN_IS_NUMBER_CUE = cue('mom mother mum dad father grandmother grandma grandfather grandpa husband wife aunt uncle abuela abuelo');
/** An age over 89 in Spanish: `noventa y tres años`, `92 años`, `cien años`. `m[1]` the age. */
const SPANISH_AGE = new RegExp(
  `(?<![\\p{L}\\d])(noventa(?:[ \\t]y[ \\t](?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento[ \\t](?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)|${OVER_89})[ \\t]{1,2}a[ñn]os\\b`,
  'giu',
);
const SPANISH_AGE_CUE = cue('noventa cien ciento años anos');
/** An age over 89 in Spanish after `hasta los`, `a los`, `cumplió`: `vivió hasta los 104`. `m[1]` the age. */
const SPANISH_AGE_CUED = new RegExp(`\\b(?:hasta[ \\t]los|a[ \\t]los|cumpli[óo]|cumple|tiene|ten[íi]a)[ \\t]{1,2}(${OVER_89})(?![\\d.,/%]|[ \\t]{0,2}(?:mg|kg|lb|%|grados|libras|kilos|minutos|horas|d[íi]as|latidos))`, 'giu');
const SPANISH_AGE_CUED_CUE = cue('hasta los cumplió cumplio cumple tiene tenía tenia');
// decades: "in his 90s", "in her nineties"
const DECADE = /\b(?:in\s{1,2}(?:his|her|their)\s{1,2}(?:early\s{1,2}|mid\s{1,2}|late\s{1,2}|mid-)?)(90'?s|1[0-4]0'?s|nineties)\b/gi;

/** `91F`, `93M`: the number glued to the sex. */
const GLUED_SEX = new RegExp(`(?<![\\w.,/-])(${OVER_89})[FfMm](?![\\w'’°])`, 'g');
/** Temperature words: `T 99F`, `Tmax 101F`, `spiked to 100F` are temperatures. */
const TEMPERATURE_BEFORE = /\b(?:t|tm|tmax|t-max|tc|tcurrent|temp|temps|temperature|febrile|afebrile|fever|fevers|spiked|spiking|max|maximum|oral|po|rectal|rectally|axillary|ax|core|bladder|to|of|at|degrees)\b[^A-Za-z\n]{0,8}$/i;
/** `91 F`, `92 M`: the spaced sex after a number at a line start, after a label or an article, or before clinical context. */
const SPACED_SEX = new RegExp(`(?<![\\w.,/-])(${OVER_89})[ \\t]{1,2}[FM](?![\\w'’°])`, 'g');
/** `95 female`, `92 man` anywhere: the number before a sex or person word (not after a vital sign: `HR 95 male`). */
const SEX_WORD = new RegExp(`(?<![\\w.,/-])(${OVER_89})[ \\t]{1,2}(?:female|male|woman|man|gentleman|lady)\\b`, 'gi');
const MEASURE_BEFORE = /\b(?:hr|bp|sbp|map|rr|sat|sats|spo2|o2|pulse|weight|wt|kg|lbs?|glucose|bs|fs|fsbs|fsg|k|na|cl|plt|wbc|hct|hgb|bun|cr|score|of|x)\b[^A-Za-z\n]{0,6}$/i;
const SPACED_SEX_LABEL = /(?:\b(?:a|an|is|aged|pt|patient)[ \t]{1,2}|\b(?:hpi|history|indication|cc|clinical\s{1,2}history|reason)[ \t]{0,2}:[ \t]{0,3})$/i;
const SPACED_SEX_AFTER = /^[ \t]{1,2}(?:with|w\/|s\/p|who|p\/w|presents?|presenting|admitted|transferred|per|from|c\/o|hx|h\/o|pmh|pt|patient|here|in|on|was|is|had|has)\b/i;
/** Spelled-out ages 90-149 (folded text: hyphens plain). */
const AGE_WORDS = String.raw`(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)?)`;
const WORDS_THEN_UNIT = new RegExp(`\\b(${AGE_WORDS})(?:[- ]years?[- ]old|[- ]year[- ]old|[- ]y\\/?o\\b|\\s{1,2}years?\\s{1,2}of\\s{1,2}age)`, 'gi');
const CUE_THEN_WORDS = new RegExp(`\\b(?:is|was|aged|age|turned|turns|at|to|until|now)\\s{1,2}(${AGE_WORDS})\\b(?![- ]?(?:percent|%|degrees|minutes|mg|units|times|days|beats|over|\\/))`, 'gi');
/** A life event before the number: `turned 95`, `lived to 101`, `still drives at 96`, `widowed at 92`, `died at 96`. */
const EVENT_THEN_NUMBER = new RegExp(
  `\\b(?:turned|turns|turning|just\\s{1,2}turned|lived\\s{1,2}(?:to|until)|living\\s{1,2}to|live\\s{1,2}to|made\\s{1,2}it\\s{1,2}to|reached|(?:died|passed\\s{1,2}away|passed|widowed|retired|married|remarried|diagnosed|drives|drove|driving|walks|walked|walking|works|worked|working|lives|lived|living|independent|golfs|golfing|swims|swimming|skis|skiing|gardens|gardening|dances|dancing|still\\s{1,2}[a-z]{3,12})\\s{1,2}at)\\s{1,2}(?:(?:the\\s{1,2})?age\\s{1,2}(?:of\\s{1,2})?)?(${OVER_89})(?![\\w.%/:]|\\s{0,2}(?:%|degrees?|deg|°|mg|mcg|kg|lbs?|bpm|beats|mmhg|ml|cc|minutes?|mins?|seconds?|times|x)\\b)`,
  'gi',
);
/** `at 97 lives alone`: "at" and a number opening the clause, then a life verb. */
const AT_NUMBER_THEN_LIFE = new RegExp(`\\bat\\s{1,2}(${OVER_89})[ \\t,]{1,3}(?:s?he|lives|still|is|was|remains|walks|drives|works|golfs|swims)\\b`, 'gi');
/** `widow (91)`, `the patient (94)`: a number in brackets right after a person. */
const BRACKETED = new RegExp(`(?<=\\p{L}[ \\t]{0,2})\\((${OVER_89})\\)`, 'gu');
/** After a bracketed number: a screen's result or unit, so the number is the test's cut-off (`Oxycodone (100) - negative`). */
const CUTOFF_RESULT_AFTER = /^[ \t]{0,3}(?:[-–:=][ \t]{0,3}(?:neg|negative|pos|positive|detected|not[ \t]detected|presumptive)|ng\/ml|mcg\/l|ug\/l)\b/i;
/** `Ana Fernández, 96, dementia`, `F, 95, fall`, `Grandmother, now 99, lives`: a number set off by commas right after a person. */
const COMMA_SET = new RegExp(`(?<=\\p{L}),[ \\t]{1,2}(?:(?:now|aged?)[ \\t]{1,2})?(${OVER_89})(?=[ \\t]{0,2}[,;)])`, 'gu');
const PERSON_BEFORE =
  /(?:^|[^\p{L}])(\p{L}[\p{L}'’-]{1,30})[ \t]{0,2}$/u;
const PERSON_NOUN =
  /^(?:patient|pt|widow|widower|resident|woman|man|lady|gentleman|female|male|mother|father|mom|dad|wife|husband|sister|brother|grandmother|grandfather|grandma|grandpa|aunt|uncle|son|daughter|spouse|partner|veteran|nun|priest|friend|neighbor|neighbour)$/i;
/**
 * A number alone in a table cell (`| 92 |`, `baker, moses      93    UTI`): cells split by pipes
 * or by two or more spaces; a sex letter or `y` may follow it. Kept only under a header cell
 * `Age` (see `underHeader`).
 */
const TABLE_CELL_NUMBER = new RegExp(`${CELL_OPEN}(${OVER_89})(?:[ \\t]?(?:[FMfm]|y|yo|y\\/o))?${CELL_CLOSE}`, 'g');
/** A table's header cell for the age (`Age`, `AGE`, `Age/Sex`, `age (y)`). */
const AGE_HEADER_CELL = /^age(?:[ \t]{0,2}(?:\/|&)[ \t]{0,2}(?:sex|gender|g|s)|[ \t]{0,2}\((?:y|yr|yrs|years)\))?$/i;

/** `her 96th birthday`. */
const BIRTHDAY = new RegExp(`(?<![\\w.,/-])(${OVER_89}(?:st|nd|rd|th))\\s{1,2}birthday\\b`, 'gi');

// Cues (see _scan.ts): each regex runs only around the tokens every match holds.
/** The numbers 90-149 as whole tokens (LEADING_AGE: the number is followed by a space). */
const AGE_NUMBER_CUE = cue(Array.from({ length: 60 }, (_, i) => String(90 + i)).join(' '));
/** True when `w` opens with a number 90-149 (then no further digit). */
function opensOver89(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 === 57) return isDigit(w.charCodeAt(1)) && !isDigit(w.charCodeAt(2));
  return c0 === 49 && w.charCodeAt(1) >= 48 && w.charCodeAt(1) <= 52 && isDigit(w.charCodeAt(2)) && !isDigit(w.charCodeAt(3));
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const AGE_WORD_CUE = cue('age aged ages');
const SPELLED_CUE = cue('ninety hundred');
/** The word right before the number in EVENT_THEN_NUMBER ("drives at 96", "lived to 101", "turned 95", "age of 92"). */
const EVENT_WORD_BEFORE: ReadonlySet<string> = new Set('at to until turned turns turning reached of age'.split(' '));
const BIRTHDAY_CUE = cue(Array.from({ length: 60 }, (_, i) => { const n = 90 + i; const last = n % 10; const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'; return `${n}${suffix}`; }).join(' '));
const DECADE_CUE = cue('90 90s nineties 100 100s 110 110s 120 120s 130 130s 140 140s');
const atLetter: StartOk = (text, at) => {
  const c = text.charCodeAt(at) | 32;
  return c >= 97 && c <= 122;
};

prepareScans(TABLE_CELL_NUMBER, KIN_IS_NUMBER, SPANISH_AGE, SPANISH_AGE_CUED, PERSON_THEN_NUMBER, COMMA_SET, GLUED_SEX, SEX_WORD, SPACED_SEX, WORDS_THEN_UNIT, CUE_THEN_WORDS, EVENT_THEN_NUMBER, AT_NUMBER_THEN_LIFE, BRACKETED, BIRTHDAY, CUE_THEN_NUMBER, DECADE, LEADING_AGE, NUMBER_THEN_UNIT);
/**
 * Pattern detector for ages over 89 (type `AGE`, source `rules/age`). Only the number is
 * reported; the unit ("yo") is kept.
 *
 * @example
 * ```ts
 * ageDetector.detect(createTextContext('92 yo F, sat 90%')); // one span over 92
 * ```
 */
export const ageDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['AGE'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    const tokens = scanUnits(ctx);
    // a number 90-149 opens a token ("92", "92yo", "92F")
    const numbers = tokenStarts(ctx, (t) => opensOver89(t.text));
    eachMatchFrom(ctx, NUMBER_THEN_UNIT, numbers, 0, (m) => {
      // "95yo": the unit glued to the number is one word, removed with it
      const glued = /^[a-z]/i.test(m[0].slice(m[1]!.length));
      out.push(mkSpan(m.index, m.index + (glued ? m[0].length : m[1]!.length), 'AGE', SOURCE, 0.95));
    });
    eachCuedMatch(ctx, LEADING_AGE, AGE_NUMBER_CUE, 9, (m) => {
      const start = m.index + m[0].indexOf(m[1]!);
      // mid-text "... 92 s/p suctioning" may be a saturation: "s/p" counts only at a line start
      if (/^[.!?]/.test(m[0]) && m[0].endsWith('s/p')) return;
      out.push(mkSpan(start, start + m[1]!.length, 'AGE', SOURCE, 0.85));
    });
    eachCuedMatch(ctx, KIN_IS_NUMBER, KIN_IS_NUMBER_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.75));
    });
    eachCuedMatch(ctx, SPANISH_AGE, SPANISH_AGE_CUE, 40, (m) => {
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'AGE', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, SPANISH_AGE_CUED, SPANISH_AGE_CUED_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.75));
    });
    eachCuedMatch(ctx, PERSON_THEN_NUMBER, PERSON_THEN_NUMBER_CUE, 0, (m) => {
      // "she is 90%", "pt 95 on RA" are readings: only a number that can be nothing else before its verb
      const end = m.index + m[0].length;
      if (/^[ \t]{0,2}(?:%|mg|kg|lbs?|mm|cc|ml|bpm|on|ra|sat|over|\/)/i.test(text.slice(end, end + 6))) return;
      // "PT 96, INR 8.1": in capitals PT is also the prothrombin time, a reading in a list
      if (m[0].startsWith('PT') && /^[ \t]{0,2},/.test(text.slice(end, end + 3))) return;
      // a sentence's end after the number only after `she's`, `he is`, `she'll be` ("now she's 92."): `pt 95.` may be a reading
      if (/^[ \t]{0,2}[.!?;]/.test(text.slice(end, end + 3)) && !/^(?:she|he)(?:['’]s|['’]ll[ \t]{1,2}be|[ \t]{1,2}is|[ \t]{1,2}will[ \t]{1,2}be)[ \t]/i.test(m[0])) return;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.7));
    }, atLetter);
    eachCuedMatch(ctx, CUE_THEN_NUMBER, AGE_WORD_CUE, 9, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.9));
    }, atLetter);
    eachCuedMatch(ctx, DECADE, DECADE_CUE, 18, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.8));
    }, atLetter);
    eachMatchFrom(ctx, GLUED_SEX, numbers, 0, (m) => {
      if (TEMPERATURE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'AGE', SOURCE, 0.85));
    });
    eachCuedMatch(ctx, SPACED_SEX, AGE_NUMBER_CUE, 0, (m) => {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (TEMPERATURE_BEFORE.test(before)) return;
      const end = m.index + m[0].length;
      // "a 91 F", "HPI: 91 F", or clinical context after it; a line opening "99 F" alone may be a temperature
      if (!SPACED_SEX_AFTER.test(text.slice(end, end + 16)) && !SPACED_SEX_LABEL.test(before)) return;
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'AGE', SOURCE, 0.8));
    }, undefined, (i) => /^[FM]$/.test(tokens[i + 1]?.text ?? ''));
    eachCuedMatch(ctx, SEX_WORD, AGE_NUMBER_CUE, 0, (m) => {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (TEMPERATURE_BEFORE.test(before) || MEASURE_BEFORE.test(before)) return;
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'AGE', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, WORDS_THEN_UNIT, SPELLED_CUE, 8, (m) => {
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'AGE', SOURCE, 0.9));
    }, atLetter);
    eachCuedMatch(ctx, CUE_THEN_WORDS, SPELLED_CUE, 14, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.8));
    }, atLetter);
    eachCuedMatch(ctx, EVENT_THEN_NUMBER, AGE_NUMBER_CUE, 40, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.85));
    }, atLetter, (i) => EVENT_WORD_BEFORE.has(tokens[i - 1]?.lower ?? ''));
    eachCuedMatch(ctx, AT_NUMBER_THEN_LIFE, AGE_NUMBER_CUE, 4, (m) => {
      const start = m.index + m[0].indexOf(m[1]!, 2);
      out.push(mkSpan(start, start + m[1]!.length, 'AGE', SOURCE, 0.8));
    }, atLetter, (i) => tokens[i - 1]?.lower === 'at');
    // a person right before `at`: a person noun, or a capitalised word no dictionary knows as
    // everyday or clinical (a name); where case says nothing, a lexicon given name or surname
    const afterPerson = (at: number): boolean => {
      const segStart = Math.max(0, at - 32);
      const w = PERSON_BEFORE.exec(text.slice(segStart, at));
      // `History: F, 95, fall`: a sex letter standing for the person
      if (!w) return /(?:^|[^\p{L}\d])[FM][ \t]{0,2}$/u.test(text.slice(segStart, at));
      const word = w[1]!;
      if (PERSON_NOUN.test(word)) return true;
      // a surname after a title, whatever else it means (`Mrs. Quell, 94,`)
      const wordStart = segStart + w.index + w[0].indexOf(word);
      if (/\b(?:mr|mrs|ms|miss|mx)\.?[ \t]{1,2}$/i.test(text.slice(Math.max(0, wordStart - 8), wordStart))) return true;
      const cls = classifyWord(word);
      if (/^\p{Lu}\p{Ll}/u.test(word)) return cls === 'first' || cls === 'surname' || cls === 'unknown';
      return (ctx.isCaseless || ctx.isMostlyLowerCase) && (cls === 'first' || cls === 'surname');
    };
    eachCuedMatch(ctx, BRACKETED, AGE_NUMBER_CUE, 1, (m) => {
      if (!afterPerson(m.index)) return;
      // a test's cut-off before its result (`Oxycodone (100) - negative`, `THC (50) ng/mL`)
      if (CUTOFF_RESULT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return;
      out.push(mkSpan(m.index + 1, m.index + 1 + m[1]!.length, 'AGE', SOURCE, 0.75));
    }, undefined, (i) => text[tokens[i]!.start - 1] === '(' && text[tokens[i]!.end] === ')');
    eachCuedMatch(ctx, COMMA_SET, AGE_NUMBER_CUE, 10, (m) => {
      if (!afterPerson(m.index)) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'AGE', SOURCE, 0.7));
    }, undefined, (i) => (text[tokens[i]!.start - 2] === ',' || /,[ \t]{1,2}(?:now|aged?)[ \t]{1,2}$/.test(text.slice(Math.max(0, tokens[i]!.start - 10), tokens[i]!.start))) && /[,;)]/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 3)));
    // a number alone in a table's `Age` column
    eachMatchFrom(ctx, TABLE_CELL_NUMBER, numbers, 0, (m) => {
      if (!underHeader(text, m.index, /\bage\b/i, AGE_HEADER_CELL)) return;
      // `92F` is one word, removed whole; in `92 F` only the number
      out.push(mkSpan(m.index, m.index + (/\s/.test(m[0]) ? m[1]!.length : m[0].length), 'AGE', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, BIRTHDAY, BIRTHDAY_CUE, 0, (m) => {
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'AGE', SOURCE, 0.9));
    });
    return out;
  },
});
