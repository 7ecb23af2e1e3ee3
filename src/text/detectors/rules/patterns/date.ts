/**
 * Dates, full and partial: `3/4`, `3/4/12`, `03-04-2012`, `2012-03-04`, `March 4th`,
 * `4-Mar-2012`, `Mar 4`, `the 4th of March`, `March 2012`, `'92`, and four-digit years in
 * date-like context. Clinical look-alikes are left alone: blood pressures, murmur grades,
 * strength scores, fractions of tablets, spine levels, pain scores, lab triplets, doses and
 * ventilator settings.
 *
 * Context rules on top of the shapes:
 * - a month/day stamped with a 24-hour time (`10/17 0500`) is a date even among settings;
 * - a hyphenated month-day (`on 7-8 for`) is a date only after a date preposition, not after a
 *   verb of change (`ranged from`), and only before a plain word that is no unit or plural noun;
 * - a day range before a month (`1->2 Nov`, `3-4 March`) is covered whole;
 * - a lower-case `may`/`mar`/`dec`/`jan` needs a year, or a date preposition before and a day
 *   after (`in may 15`);
 * - two-digit years after MI variants (`NQWMI 07`) and opening a history item (`04 CABG`);
 * - two slash-joined month/days, the second a little later (`10/03/10/04`);
 * - ventilator chains (`600x12/40%`, `40%, & 5/8`, `BiPAP 10/5/12`) and `5/5` in a respiratory
 *   passage are settings.
 *
 * @module
 */
import { CLINICAL_AFTER, CLINICAL_BEFORE, PERSON_BEFORE, SCORED_SYMPTOM_WORDS, hasHyphenDateCue, isCountOf, isEditionYear, isEyeScore, isScoreNotDate, isGestationalAge, isPainScoreBySentence, isSecondaryTo, isShareOrInches, isStrengthGrade, isSumResult, lineBefore } from '../../_clinicalNumbers.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext, type ScrubContext } from '../../../context.js';
import { mkSpan } from './_lib.js';
import { atDigit, charStarts, cue, cueStarts, eachCuedMatch, eachMatchFrom, prepareScans, tokenStarts, scanUnits } from './_scan.js';

const SOURCE = 'rules/date';

// --- numeric m/d[/y] and m-d-y -------------------------------------------------------------
// The look-behind refuses a digit, '.', '/', '-' or a lone spine/obstetric letter glued before
// (so "7.35/40/80", "L4/5", "C5/6", "G2/P1" do not start a date); longer words glued before are
// allowed ("on10/14/82", "fx4/97"). The year repeats the first separator: the look-behinds
// check it (the day is 1 to 4 digits after it) instead of a back-reference, which the regex
// guard forbids under a quantifier.
const NUMERIC =
  /(?<![\d/]|\d[.:])(?<!(?:^|[^A-Za-z])[CTLSGPctlsgp])(\d{1,2})(\/|-)(\d{4}|\d{1,2})(?:(?:(?<=\/\d{1,4})\/|(?<=-\d{1,4})-)(\d{4}|\d{2}))?(?![\d/]|\.\d|-\d(?!\d{0,1}\/\d)|:\d|['’]?s\b|h\b|hrs?\b)/g;
// m/yy or m/yyyy ("fx4/97", "6/2004"): handled by NUMERIC with day>31 check below.
const ISO = /(?<![\d./-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/]|[.-]\d)/g;


/** Words just before a number that make a date reading likely ("on 3/4", "since 1/2"). */
const DATE_CUE_BEFORE =
  /\b(?:on|since|from|until|till|thru|through|by|dated|date|of|last|next|starting|started|begin|beginning|before|after|admitted|admission|adm|discharged|dc'?d|d\/c'?d|transferred|seen|done|performed|drawn|sent|placed|inserted|changed|due|expires?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s{1,3}$/i;
/** A date in Vietnamese: `ngày 7 tháng 11`, `ngày 7 tháng 11 năm 2024` (folded: `ngay 7 thang 11`). */
const VIETNAMESE_DATE = /\bng[àa]y[ \t]{1,2}(?:[12]\d|3[01]|0?[1-9])[ \t]{1,2}th[áa]ng[ \t]{1,2}(?:1[0-2]|0?[1-9])(?:[ \t]{1,2}n[ăa]m[ \t]{1,2}(?:19|20)\d{2})?(?!\d)/gi;
const VIETNAMESE_DATE_CUE = cue('ngày ngay');
/** Words of a drug's or an event's course before a day and month (`restarted 24/02`, `stopped 19/6`). */
const DAY_MONTH_CUE_BEFORE = /\b(?:restarted|stopped|held|resumed|commenced|ceased|reviewed|operated|discharged|admitted|until|till|from)\s{1,3}$/i;
/** A day and a two-digit month with a full stop after a date's cue (`on 13.03:`, `until 02.11`): the day first, as writers trained abroad put it; a day that could be a value's whole part is no date (`K on 4.5`, `Cr from 1.02`, `INR from 2.10`). `m[1]` the date. */
const DOTTED_DAY_MONTH = /\b(?:on|until|till|from|since|dated|restarted|stopped|started|from)[ \t]{1,2}((?:1[3-9]|2\d|3[01]|0[1-9])\.(?:0[1-9]|1[0-2]))(?![\d.]|[ \t]{0,2}(?:mg|mcg|g|kg|ml|mmol|%|units?|l\b))/gi;
const DOTTED_DAY_MONTH_CUE = cue('on until till from since dated restarted stopped started');
/** An upper-case study name right before "(3/4)" ("CXR (", "RUQ US ("). */
const STUDY_BEFORE_PAREN = /\b[A-Z]{2,}[A-Z\/]*\s{0,2}\($/;
/**
 * A clock time right after a month/day ("10/17 0500", "3/4 @ 14:30", "Sat 5/6 2:58 PM", "9/17
 * 9am", "2/3 at 3:20 PM"; after `at` only a time with a colon or am/pm): the pair is a date stamp.
 */
const CLOCK_AFTER =
  /^\s{1,2}(?:(?:@\s{0,2})?(?:(?:[01]\d|2[0-3]):?[0-5]\d(?![\d.:/%]|\s{0,2}(?:ml|cc|mg|mcg|units?|kcal|cal|g|gm|kg|x)\b)|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s{0,2}(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))|at\s{1,2}(?:(?:[01]?\d|2[0-3]):[0-5]\d(?![\d.:/%])|(?:1[0-2]|0?[1-9])\s{0,2}(?:am|pm|a\.m\.|p\.m\.)(?![a-z])))/i;
/** `Sat` or `SAT` (with its full stop or comma) right before: Saturday, where lower-case `sat` is a saturation. */
const SATURDAY_BEFORE = /(?<![\w/])(?:Sat|SAT)\.?,?\s{1,3}$/;
/** "last dose 9/7", "first doses 3/2": the number after a dose event is when it was given. */
const DOSE_EVENT_BEFORE = /\b(?:last|first|final|next|loading)\s{1,2}doses?\s{0,2}[:=]?\s{0,2}$/i;
/**
 * Ventilator settings written as a chain: "600x12/40%", "500X10, 40%, & 5/8", "CPAP .4%, 5/10".
 * A percentage right after the pair, or a volume-times-rate or percentage (then a comma or '&')
 * right before it, makes it a setting.
 */
const VENT_SETTING_AFTER = /^\s{0,2}[\]%)]{0,1}\s{0,1}%/;
const VENT_SETTING_BEFORE = /(?:\d[xX]\d{0,3}|%)\s{0,3}[,&]?\s{0,3}[,&]?\s{0,2}$/;
/** Ventilator vocabulary: numbers after it are settings (PS 10/5), not dates. */
const VENT_CONTEXT =
  /\b(?:psv|ps|ips|peep|cpap|bipap|nippv|vent|ventilation|ventilator|settings?|simv|imv|a\/c|fio2|flowby|co\/ci|co\/ci\/svr)\b[^a-z]{0,12}$/i;
/** Ventilator modes right after a number: "from 5/5 PSV" is a setting even after a date cue. */
const VENT_AFTER = /^\s{0,2}(?:psv|cpap|bipap|ps|peep|ips|ventilation|vent|simv|imv)\b/i;
/** Typical pressure-support/PEEP pairs. */
const VENT_PAIRS: ReadonlySet<string> = new Set(['5/5', '8/5', '10/5', '12/5', '14/5', '15/5', '16/5', '18/5', '20/5', '10/8', '12/8', '15/8', '20/8', '10/10', '12/10', '15/10', '20/10']);
/** Cues that make a date reading near certain. */
const STRONG_DATE_CUE =
  /\b(?:since|until|till|dated|date|from|through|thru|admitted|discharged|extubated|intubated|reintubated|trached|born|dos|d\.o\.s\.?|(?:LD)?CTA?|MRI|MRA|CXR|TTE|TEE|[Ee]cho|EGD|EEG|EMG|PET|DEXA|DXA|[Mm]ammogram|MBS|KUB|PFTs?|ECG|EKG|LHC|RHC|[Cc]olonoscopy)\s{1,3}$/i;
/** Ventilator vocabulary anywhere in the preceding text. */
const VENT_WORDS = /\b(?:psv|ps|ips|peep|cpap|bipap|nippv|vent|vented|ventilation|ventilator|simv|imv|a\/c|fio2|wean\w*)\b/i;
/** "5/5" (pressure support 5 over PEEP 5, the usual trial before extubation) in a respiratory passage. */
const RESP_WORDS = /\b(?:abgs?|resp|respiratory|extubat\w{0,4}|intubated)\b/i;
/** Pain and score vocabulary before an x/10 number. */
const PAIN_BEFORE = new RegExp(`(?:\\b(?:pain|cp|c\\/o|complains|complaining|rated|rating|rates|rate|discomfort|ha|headache|angina|score|level|${SCORED_SYMPTOM_WORDS})\\b|#)[^a-z]{0,6}(?:\\b(?:of|at|as|to|was|is|now)\\s{1,2})?$`, 'i');

/** After a month/day: a side, then a word of anatomy or a procedure (`L brachial artery repair`, `R TKA`). */
const SIDE_THEN_PROCEDURE = /^[ \t]{1,2}(?:L|R|LT|RT|Lt|Rt|left|right|bilat|bilateral)[ \t]{1,2}(?!NS\b|LR\b|D5)\p{L}{3,}/u;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The part of `passage` after its last sentence end (". ", "? ", "! ") or line break. */
function sentenceBefore(passage: string): string {
  const cut = Math.max(passage.lastIndexOf('. '), passage.lastIndexOf('? '), passage.lastIndexOf('! '), passage.lastIndexOf('\n'));
  return passage.slice(cut + 1);
}

/** After a hyphenated month-day: a plain word that is no unit, plural noun or range word. */
const HYPHEN_DATE_AFTER = /^\s{1,3}[A-Za-z]{2,12}(?<![sS])(?![\w/'’])/;
const HYPHEN_RANGE_AFTER = /^\s{1,3}(?:to|and|or|per|x|times|with|l|lpm|liters?|pillows?|nc|np|prn|hrs?|hours?|days?|wks?|weeks?|mos?|months?|yrs?|years?)\b/i;

function hyphenDate(text: string, start: number, end: number): boolean {
  if (!hasHyphenDateCue(text, start)) return false;
  const after = text.slice(end, end + 24);
  return HYPHEN_DATE_AFTER.test(after) && !HYPHEN_RANGE_AFTER.test(after) && !CLINICAL_AFTER.test(after);
}

/**
 * Clinical words before a month/day that do not rule a date out when the note dates something
 * within days of it (`ABG 3/9`, `500 BID 1/6`): a gas or a dose is drawn or changed on a day.
 */
const SOFT_BEFORE = /\b(?:abgs?|vbgs?|gas|gases|lytes|bid|tid|qid|qd|qhs|daily|ivf|bolus)[ \t]{0,3}[:=]?[ \t]{0,3}$/i;
/** Clinical words after one that do not either (`PICC placed 1/5 L basilic`, `PT 9/30 - min-mod A`). */
const SOFT_AFTER = /^[ \t]{0,2}(?:(?:l|r|lt|rt)[ \t]{1,2}(?!ns\b|lr\b|d5|nc\b|np\b|o2\b|fm\b|via\b|bolus\b|ivf\b|of\b|x\b|\d)\p{L}{3,}|[-–][ \t]{1,2}min\b)/iu;
/** After a fraction: what it is a fraction of (`3/4 of the dose`, `1/2 NS`, `2/3 tab`, `1/4 inch`). */
const FRACTION_AFTER = /^[ \t]{0,2}(?:[-–][ \t]{0,2})?(?:of|the|a|an|to|normal|ns|nss|strength|str|tabs?|tablets?|pills?|caps?|doses?|inch|inches|in|cm|mm|mile|miles|cup|cups|glass|glasses|way|full|empty|length|lengths?|times|x|%|\d)/i;
/** How many days either side of another date in the note a month/day with a clinical word may lie. */
const NEAR_DAYS = 21;

function dayOfYear(month: number, day: number): number {
  return Math.round((Date.UTC(2001, month - 1, day) - Date.UTC(2001, 0, 1)) / 86_400_000);
}

/** A murmur's lower grade and a range word right before a pair (`3/6 to `, `2/6-`). */
const MURMUR_RANGE_BEFORE = /\b[1-6]\/6[ \t]{0,2}(?:to|-|–)[ \t]{0,2}$/;
/** A range word and a murmur's upper grade right after a pair (` to 4/6`, `-3/6`). */
const MURMUR_RANGE_AFTER = /^[ \t]{0,2}(?:to|-|–)[ \t]{0,2}[1-6]\/6(?![\d\/])/;
/** Words of a heart murmur around a grade (`murmur`, `SEM`, `holosystolic`). */
const MURMUR_WORD = /\b(?:murmurs?|sem|hsm|holosystolic|systolic|diastolic|ejection|regurgitant|rub)\b/i;
/** After a month/day: a range word and a full date with its year (`to 3/8/24`, `-3/8/2024`). */
const RANGE_TO_FULL_DATE = /^[ \t]{0,2}(?:to|through|thru|until|-{1,2}|–)[ \t]{0,2}\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})(?![\d\/])/i;
/** A clinical word right before a pair (`BP 90/60`, `Berg 34/56`), unless it names the person seen (`Dr. Bishop 3/9`). */
function clinicalBefore(before: string): boolean {
  return CLINICAL_BEFORE.test(before) && !PERSON_BEFORE.test(before);
}
function numericDates(ctx: ScrubContext, out: Span[]): void {
  const { text } = ctx;
  // month/days refused only for a clinical word by them, and the dates the note is sure of
  const deferred: { start: number; end: number; day: number }[] = [];
  const sure: { start: number; day: number }[] = [];
  const defer = (start: number, end: number, a: number, b: number, before: string, after: string): void => {
    // never a grade, a count, a pain score, a sum, a gestational age or "secondary to"
    if (isStrengthGrade(text, start, end) || isCountOf(text, end, start) || isEyeScore(text, start) || isGestationalAge(text, start, end) || isSecondaryTo(text, start, end) || isSumResult(text, start)) return;
    if (b === 10 || VENT_PAIRS.has(`${a}/${b}`) || VENT_CONTEXT.test(lineBefore(text, start, 40)) || VENT_SETTING_AFTER.test(after) || VENT_SETTING_BEFORE.test(before)) return;
    deferred.push({ start, end, day: dayOfYear(a, b) });
  };
  const outFrom = out.length;
  // NUMERIC: a separator between digits; ISO: four digits before it
  const seps = charStarts(ctx, '/-')?.filter((p) => atDigit(text, p - 1) && atDigit(text, p + 1));
  eachMatchFrom(ctx, NUMERIC, seps, 2, (m) => {
    const a = Number(m[1]);
    const sep = m[2]!;
    const b = Number(m[3]);
    const year = m[4];
    const start = m.index;
    const end = start + m[0].length;
    // glued to a number by a dash ("3-4/5"): only the second date of a range ("6/30-7/2")
    if (start >= 2 && text[start - 1] === '-' && /\d/.test(text[start - 2]!) && !/\d{1,2}\/\d{1,2}-$/.test(text.slice(Math.max(0, start - 6), start))) return;
    // decimal glued before ("7.35/40"): the look-behind only refuses a digit or a dot directly
    if (start >= 1 && text[start - 1] === '.' && start >= 2 && /\d/.test(text[start - 2]!)) return;
    if (year === undefined || m[3]!.length === 4) {
      if (year !== undefined) return;
      // "3-4" is a range far more often than a date: only after a date preposition, followed by a word
      // that is no unit, counted noun ("2-3 pillows") or range continuation
      if (sep === '-' && !(isMonthDay(a, b) && hyphenDate(text, start, end))) return;
      const before = lineBefore(text, start);
      const after = text.slice(end, end + 20);
      if (isMonthDay(a, b)) {
        // a score's change or a score in a table's row with its result (`LATCH 7/10 -> 9/10`, `| 3/16 | impaired`)
        if (isScoreNotDate(text, start, end)) return;
        // either end of a murmur's grade range ("3/6 to 4/6 holosystolic murmur", "murmur 2/6-3/6")
        if (b === 6 && a <= 6 && (MURMUR_RANGE_BEFORE.test(before) || MURMUR_RANGE_AFTER.test(after)) && MURMUR_WORD.test(lineBefore(text, start, 80) + text.slice(end, end + 60))) return;
        const strong = STRONG_DATE_CUE.test(before);
        const doseEvent = DOSE_EVENT_BEFORE.test(before);
        const clock = CLOCK_AFTER.test(after);
        // a clock time after the pair stamps it, whatever clinical word came before, off a ventilator
        // line ("WET READ: RHg 5/6 2:58 PM"); so does a capitalised Saturday ("on Sat 6/3", not "sat")
        // a month/day opening a line of a procedure list, before a side and what was done
        // (`5/14 L brachial artery repair`): the day it was done, though `L` may be litres; never a
        // grade of strength (`4/5 L hip flexion`)
        const listed = /^[ \t]{0,4}(?:[-*•][ \t]{1,2})?$/.test(before) && SIDE_THEN_PROCEDURE.test(after) && !(b === 5 && a <= 5);
        const stamped = (clock && !VENT_CONTEXT.test(lineBefore(text, start, 40))) || SATURDAY_BEFORE.test(before) || listed;
        if (!strong && ((!doseEvent && !stamped && clinicalBefore(before)) || (!listed && CLINICAL_AFTER.test(after)))) {
          if (SOFT_BEFORE.test(before) || SOFT_AFTER.test(after)) defer(start, end, a, b, before, after);
          return;
        }
        if (strong && VENT_AFTER.test(after)) return;
        if (VENT_SETTING_AFTER.test(after) || VENT_SETTING_BEFORE.test(before)) return;
        // "CXR (3/4): ...", "CT HEAD W/O CONTRAST (2/4)": a study and its date in parentheses
        const studyDate = text[start - 1] === '(' && text[end] === ')' && STUDY_BEFORE_PAREN.test(before);
        // the first day of a range whose last day carries its year ("3/4 to 3/8/24", "3/4-3/8/2024")
        const rangeToDate = RANGE_TO_FULL_DATE.test(after);
        const cue = strong || clock || doseEvent || studyDate || listed || rangeToDate || DATE_CUE_BEFORE.test(before);
        // fractions (1/2, 1/3, 3/4) and pain scores (7/10) need a date cue, or a date near it
        if (!cue && a < b && b <= 4) {
          if (!FRACTION_AFTER.test(after)) defer(start, end, a, b, before, after);
          return;
        }
        // a count of criteria, features, cultures or samples ("5/5 principal criteria", "blood cultures 2/2 S. pneumoniae", "cores 3/3"),
        // an approximate share or a length in inches ("~2/3", "3/16 in.")
        if ((!cue && (isCountOf(text, end, start) || isEyeScore(text, start))) || (!strong && isShareOrInches(text, start, end))) return;
        // days of a gestational age ("GA 31 2/7 wk")
        if (!strong && isGestationalAge(text, start, end)) return;
        // "AKI 2/2 dehydration": "secondary to"
        if (!cue && isSecondaryTo(text, start, end)) return;
        // a sum's result: "(3+2+2 = 7/9)" (not "D1 = 4/4", a day's date)
        if (!cue && isSumResult(text, start)) return;
        // strength grades of a motor exam ("Power 4/5 in L arm, 5/5 elsewhere")
        if (!cue && isStrengthGrade(text, start, end)) return;
        if (b === 10 && (PAIN_BEFORE.test(lineBefore(text, start, 30)) || (!cue && isPainScoreBySentence(text, start)) || /^[^.\n]{0,24}\b(?:pain|discomfort|cp|angina|ha|headache)\b/i.test(after))) return;
        if (!cue && VENT_CONTEXT.test(lineBefore(text, start, 40))) return;
        // ventilator settings (PS/PEEP 10/5, 5/5) in a note section about the ventilator
        if (VENT_PAIRS.has(`${a}/${b}`) && !strong && !clock) {
          const passage = text.slice(Math.max(0, start - 300), start);
          if (VENT_WORDS.test(passage)) return;
          // "5/5" near respiratory words is pressure support over PEEP. After a date preposition
          // ("on 5/5") only a respiratory word in the same sentence says so ("RESP: trialed on
          // 5/5"), never one in another sentence ("Seen on 5/5. Extubated ...": a date must not leak)
          if (a === 5 && b === 5) {
            if (!DATE_CUE_BEFORE.test(before) ? RESP_WORDS.test(passage) || RESP_WORDS.test(after) : RESP_WORDS.test(sentenceBefore(passage))) return;
          }
        }
        out.push(mkSpan(start, end, 'DATE', SOURCE, 0.8));
      } else if (sep === '/' && a > 12 && a <= 31 && b >= 1 && b <= 12 && (STRONG_DATE_CUE.test(before) || DAY_MONTH_CUE_BEFORE.test(before) || /\b(?:dated|due)\s{1,3}$/i.test(before))) {
        // day first, written where the day can be no month ("until 19/6", "restarted 24/02"), after a date's cue;
        // never a ventilator's pressures ("PSV of 15/5")
        if (CLINICAL_AFTER.test(after) || VENT_SETTING_AFTER.test(after) || VENT_CONTEXT.test(lineBefore(text, start, 40)) || VENT_PAIRS.has(`${a}/${b}`)) return;
        out.push(mkSpan(start, end, 'DATE', SOURCE, 0.75));
      } else if (a >= 1 && a <= 12 && (m[3]!.length === 2 || m[3]!.length === 4) && b > 31) {
        // month/year such as 4/97
        if (clinicalBefore(before) || CLINICAL_AFTER.test(after)) return;
        if (VENT_SETTING_AFTER.test(after) || VENT_SETTING_BEFORE.test(before)) return;
        out.push(mkSpan(start, end, 'DATE', SOURCE, 0.6));
      }
      return;
    }
    // three parts: m/d/y (US) or d/m/y; not vent settings (600x12/5/40%) or lab triplets
    if (year.length === 4 && (Number(year) < 1880 || Number(year) > 2100)) return;
    if (/^\s{0,2}[\])]?\s{0,1}%/.test(text.slice(end, end + 4)) || /[xX]\s{0,2}$/.test(lineBefore(text, start, 4))) return;
    // Apgar times: "Apgars 2/6/8 at 1/5/10 min"
    if (/^[ \t]{0,2}(?:min|mins|minutes)\b/i.test(text.slice(end, end + 10))) return;
    // "BiPAP 10/5/12": pressures and a rate right after ventilator words, unless a date cue says otherwise
    if (year.length === 2 && VENT_CONTEXT.test(lineBefore(text, start, 40)) && !DATE_CUE_BEFORE.test(lineBefore(text, start))) return;
    if (isMonthDay(a, b) || isMonthDay(b, a)) {
      out.push(mkSpan(start, end, 'DATE', SOURCE, 0.95));
    }
  }, atDigit);
  eachMatchFrom(ctx, ISO, seps?.filter((p) => atDigit(text, p - 4)), 4, (m) => {
    const y = Number(m[1]);
    if (y < 1880 || y > 2100 || !isMonthDay(Number(m[3]), Number(m[4]))) return;
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.95));
  }, atDigit);
  if (deferred.length === 0) return;
  // a month/day with a clinical word by it is a date when the note dates another day within
  // three weeks of it (`from 12/30 (end 2/10/24). PICC placed 1/5 L basilic`)
  for (let i = outFrom; i < out.length; i++) {
    const o = out[i]!;
    const md = SURE_MONTH_DAY.exec(text.slice(o.start, o.end));
    const [mo, dy] = md ? (md[1] ? [Number(md[2]), Number(md[3])] : [Number(md[5]), Number(md[6])]) : [0, 0];
    if (isMonthDay(mo, dy)) sure.push({ start: o.start, day: dayOfYear(mo, dy) });
  }
  for (const d of deferred) {
    if (sure.some((x) => x.start !== d.start && Math.min(Math.abs(x.day - d.day), 365 - Math.abs(x.day - d.day)) <= NEAR_DAYS)) {
      out.push(mkSpan(d.start, d.end, 'DATE', SOURCE, 0.6));
    }
  }
}
/** The month and day of a date the numeric rules found: `m/d`, `m/d/y` or `yyyy-mm-dd`. */
const SURE_MONTH_DAY = /^(?:(\d{4})[-/](\d{1,2})[-/](\d{1,2})|()(\d{1,2})[/-](\d{1,2})(?:[/-]\d{2,4})?)$/;

// --- dates with month names ---------------------------------------------------------------
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:(?:1[89]|20)\\d{2}|'\\d{2})";
// Month Day[, Year] | Month Year | Month Day-Day
const MONTH_FIRST = new RegExp(
  `\\b(${MONTH_NAME})(\\.?)(?:\\s{1,3}|-|\\.)(?:(${DAY})(?![\\d:.]\\d|\\s{0,2}(?:%|mg|mcg|ml|cc|units?|hrs?|hours?|mins?|minutes?|pm|am|o'clock|mm|cm|kg|days?|weeks?|months?|years?|yrs?|x|times)\\b)(?:(?:\\s{0,2},\\s{0,2}|\\s{1,3}|-)(${YEAR}))?|(?:of\\s{1,3})?(${YEAR}))(?![\\w/])`,
  'gi',
);
// Day Month [Year] ("4 March", "4th of March 2012", "4-Mar-2012")
const DAY_FIRST = new RegExp(
  `(?<![\\w./-])(${DAY})(?:\\s{1,3}of\\s{1,3}|\\s{1,3}|-)(${MONTH_NAME})(\\.?)(?:(?:\\s{0,2},\\s{0,2}|\\s{1,3}|-)(${YEAR}|\\d{2}(?=\\s)))?(?![\\w/])`,
  'gi',
);
// A range of days before a month ("1->2 Nov", "3-4 March", "30 to 1 Dec"): the span covers both days
const DAY_RANGE_FIRST = new RegExp(
  `(?<![\\w./-])(${DAY})\\s{0,2}(?:-{1,2}>?|–|\\bto\\b|&)\\s{0,2}(${DAY})(?:\\s{1,3}of\\s{1,3}|\\s{1,3}|-)(${MONTH_NAME})(\\.?)(?:(?:\\s{0,2},\\s{0,2}|\\s{1,3}|-)(${YEAR}|\\d{2}(?=\\s)))?(?![\\w/])`,
  'gi',
);
/** The last day of a range right after a month and day (`-6`, ` to 5th`); no unit or count after it. */
const DAY_RANGE_END = /[ \t]{0,2}(?:-{1,2}|–|to|through|thru)[ \t]{0,2}(\d{1,2})(?:st|nd|rd|th)?(?![\w\/:]|[.,]\d|[ \t]{0,2}(?:%|mg|mcg|ml|cc|units?|hrs?|hours?|mins?|minutes?|days?|d|wks?|weeks?|mos?|months?|years?|yrs?|x|times|pm|am)\b)/y;
/** Date prepositions that make a lower-case "may 15" or "march 3" a date. */
const MONTH_PREP_BEFORE = /\b(?:in|on|since|until|till|by|from|to|thru|through|before|after|around|early|late|mid|last|next|this)\s{1,2}$/i;
/** Abbreviations that are also common words or clinical abbreviations: need a number after them. */
const AMBIGUOUS_MONTH = /^(?:may|mar|dec|jan|june?|july?|aug|sept?|oct|nov|apr|feb)$/i;

function monthNameDates(ctx: ScrubContext, out: Span[]): void {
  const { text } = ctx;
  const months = cueStarts(ctx, MONTH_CUE);
  if (months === undefined ? !HAS_MONTH.test(text) : months.length === 0) return;
  eachMatchFrom(ctx, MONTH_FIRST, months, 0, (m) => {
    const name = m[1]!;
    const day = m[3];
    const yearAlone = m[5];
    // "may 2" / "dec 2" as words: in a mixed-case note, a lower-case 'may'/'dec'/'mar' is a verb or abbreviation
    const lower = name === name.toLowerCase();
    // ... unless a date preposition comes before and a day after: "last used in may 15"
    const prepDay = day !== undefined && MONTH_PREP_BEFORE.test(lineBefore(text, m.index, 12));
    if (lower && /^(?:may|mar|dec|jan)$/i.test(name)) {
      if (!(m[4] || yearAlone || prepDay)) return;
    }
    if (yearAlone === undefined && day === undefined) return;
    // "May 2012" fine; "Mar 5" fine; reject "may 1" when followed by a verb-ish word
    if (/^may$/i.test(name) && day !== undefined && !m[4] && lower && !prepDay) return;
    let end = m.index + m[0].length;
    // the last day of a range after it ("Mar 4-6", "June 3 to 5"): a later day, no unit after it
    if (day !== undefined && m[4] === undefined) {
      DAY_RANGE_END.lastIndex = end;
      const r = DAY_RANGE_END.exec(text);
      if (r !== null && Number(r[1]) > parseInt(day, 10) && Number(r[1]) <= 31) end += r[0].length;
    }
    out.push(mkSpan(m.index, end, 'DATE', SOURCE, 0.9));
  });
  eachMatchFrom(ctx, DAY_FIRST, months, 12, (m) => {
    const name = m[2]!;
    const hasYear = m[4] !== undefined;
    const full = m[0];
    const dashed = /^\S+-\S+/.test(full);
    const of = /\sof\s/i.test(full);
    // "2 dec", "3 mar", "4 may": only with a year, a dash form or "of"
    if (AMBIGUOUS_MONTH.test(name) && name.length <= 4 && !hasYear && !dashed && !of) {
      if (name === name.toLowerCase() || /^(?:may|mar|dec)$/i.test(name)) return;
    }
    out.push(mkSpan(m.index, m.index + full.length, 'DATE', SOURCE, 0.9));
  }, atDigit);
  eachMatchFrom(ctx, DAY_RANGE_FIRST, months, 23, (m) => {
    const first = parseInt(m[1]!, 10);
    const second = parseInt(m[2]!, 10);
    const name = m[3]!;
    // days run forward ("3-4 May"), or wrap over a month end ("30-1 Dec")
    if (!(second > first || (second <= 2 && first >= 28))) return;
    if (AMBIGUOUS_MONTH.test(name) && name.length <= 4 && m[5] === undefined) {
      if (name === name.toLowerCase() || /^(?:may|mar|dec)$/i.test(name)) return;
    }
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.85));
  }, atDigit);
}

// --- years standing alone ----------------------------------------------------------------
const YEAR_ALONE = /(?<![\w./\-:$#@+])(1[89]\d{2}|20\d{2})(?![\w/:]|[.,]\d|\s{0,2}(?:-|to)\s{0,2}\d)/g;
const QUANTITY_AFTER =
  /^\s{0,2}(?:ml|cc|cl|l|mg|mcg|g|gm|grams?|kg|kcal|cal|calories|units?|u|iu|meq|mmol|hrs?|h|pm|am|mins?|minutes|o'?clock|x|times|feet|ft|lbs?|steps|hours|degrees?|%|=|calls?)\b/i;
const YEAR_CUE_BEFORE =
  /(?:\b(?:(?:prior|previous|old|outside|comparison)\s{1,3}(?:ct|cta|cxr|xr|kub|us|study|exam|imaging|film|films|radiograph|scan)|in|since|of|from|during|year|yr|circa|ca|born|dob|b\.|early|late|mid|spring|summer|fall|autumn|winter|until|till|through|thru|back|on|dx|dx'd|colonoscopy|egd|endoscopy|mammogram|mammo|echo|tte|tee|cath|angiogram|cta|mri|mra|pet|ultrasound|biopsy|vaccine|vaccinated|vaccination|booster|pneumovax|tdap|dexa|pft|pfts|emg|eeg|ekg|ecg|holter|hospitalization|hospitalized|physical|diagnosed|s\/p|status\s+post|history|hx|pmh|pmhx|last|class|is|it's|its|mi|cva|tia|cabg|avr|mvr|ptca|pci|stent|stents|repair|replacement|resection|surgery|chole|cholecystectomy|appy|appendectomy|turp|tah|fx|fracture|stroke|dvt|pe|ca|cancer|resettled|immigrated|emigrated|arrived|retired|married|widowed|divorced|graduated|deployed|tx|transplant|transplanted|hst|qft\+?|quantiferon|ppd|tst|x5|x4|x3|x2|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s{1,3}|\(\s{0,2})$/i;
/** Clock-time cues: "at 1930", "@2000", "by 1900", "from 1900 to 2000". */
const TIME_CUE_BEFORE = /(?:\b(?:at|by|around|approx|approximately|about|~|after|before|until|till|since|from|to|between|and|q|@|@\s?approx)\.?\s{0,3}|@\s{0,2})$/i;

/**
 * Before a year: a finding compared with an earlier study or result (`unchanged from`, `stable since`,
 * `titer from`, `compared with`, `larger than`), a move to the country (`came to US`) or a treatment
 * done (`treated`, `resected`).
 */
const COMPARED_FROM_BEFORE =
  /\b(?:(?:unchanged|changed|stable|different|compared|increased|decreased|improved|worsened|new|titers?|levels?|results?|records?|study|studies|exam|imaging|films?|scan)[ \t]{1,3}(?:from|since|with|to)|(?:larger|smaller|bigger|worse|better|earlier|later)[ \t]{1,3}than|(?:came|moved|arrived|immigrated|emigrated|relocated)[ \t]{1,3}to[ \t]{1,3}(?:the[ \t]{1,3})?(?:US|U\.S\.|USA|States)|(?:treated|resected|repaired|removed|completed|amputated|irradiated)(?:[ \t]{1,3}(?:in|on))?)[ \t]{1,3}$/i;
/** Before a year: another year and `and`, `or`, `&` or a comma (`in 2019 and 2022`). */
const YEAR_LIST_BEFORE = /(?<![\w./:-])(?:19[5-9]\d|20[0-3]\d)[ \t]{0,2}(?:,|and|or|&)[ \t]{1,3}$/;

/**
 * A four-digit 24-hour clock time that is no year (`0800`, `1430`, `2215`): the note writes times
 * this way, so a bare `2019` in it may be one too. A leading zero is enough; otherwise a time's
 * word before it (`at`, `@`, `until`), an hour's word after it, or the start of a line.
 */
const CLOCK_HHMM = /(?<![\w.:/$#+,-])([01]\d|2[0-3])[0-5]\d(?![\w:/%]|[.,]\d)/g;
const CLOCK_WORD_BEFORE = /(?:\b(?:at|by|around|approx|about|after|before|until|till|since|from|to|between|and|@|q|@\s?approx)\.?[ \t]{0,3}|@[ \t]{0,2}|~[ \t]{0,2}|^[ \t]{0,4})$/i;
const CLOCK_WORD_AFTER = /^(?:[ \t]{0,2}(?:h|hr|hrs|hours?|hours)\b|[ \t]{0,2}[-–][ \t]{0,2}(?:[01]\d|2[0-3])[0-5]\d\b|:)/i;

/**
 * Whether the note writes clock times as four bare digits (`at 1400`, `0630 pt up in chair`):
 * nursing notes do, discharge summaries and reports rarely do. Where none is written, a bare
 * `2019` cannot be eight minutes past eight in the evening.
 */
function writesClockTimes(ctx: ScrubContext): boolean {
  return ctx.memo('rules/date:clock', ({ text }) => {
    CLOCK_HHMM.lastIndex = 0;
    for (let m = CLOCK_HHMM.exec(text); m; m = CLOCK_HHMM.exec(text)) {
      const v = Number(m[0]);
      if (v >= 1900 && v <= 2039) continue;
      if (m[0][0] === '0') return true;
      const end = m.index + 4;
      // the 12 characters before it on its line (a bounded look back: a note of one endless line of
      // numbers costs no scan to its start per number)
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (CLOCK_WORD_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1))) return true;
      if (CLOCK_WORD_AFTER.test(text.slice(end, end + 8))) return true;
    }
    return false;
  });
}

/** A full date with its year (`2/10/24`, `2024-02-11`, `March 3, 2024`, `03.14.2025`). */
const DATE_WITH_YEAR = /(?<![\w./-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]{1,2})?(?:19|20)\d{2})(?![\w/]|[.-]\d)/gi;

/** Whether the note writes a date with its year somewhere: its numbers can be years. */
function writesYears(ctx: ScrubContext): boolean {
  return ctx.memo('rules/date:years', ({ text }) => {
    DATE_WITH_YEAR.lastIndex = 0;
    return DATE_WITH_YEAR.test(text);
  });
}

/** Before a bare number that measures something (`EBL 2000`, `restrict to 2000`, `x 2000`). */
const MEASURE_BEFORE = /(?:\b(?:x|total|intake|output|i\/o|ins?|outs?|net|even|neg|pos|tv|vt|plt|plts|wbc|ebl|uop|uo|urine|drain|jp|ct|cts|count|counts|level|titer|vol|volume|fluid|fluids|restrict|restriction|restricted|limit|limited|diet|ada|kcal|cal|ivf|ns|lr|bolus|dose|dosing|rate|goal|max|min|up|down|over|under|approx|about|than|to|of|by|per|at|is|was|were|are|be|been)[ \t]{0,2}[:=~]?|[=:+<>≈@-]|\d[ \t]{0,2}(?:,|and|or|-|to|\|))[ \t]{0,2}$/i;
/**
 * After a bare year: the edition of a guideline or a classification (`2020 AHA/ACC guideline`,
 * `ELN 2022 intermediate risk`, `2017 McDonald criteria`), or the next number of a table row.
 */
const EDITION_AFTER = /^(?:[ \t]{1,2}(?:[A-Z][\w/&'’-]{1,24}[ \t]{1,2}){0,3}(?:[a-z][a-z-]{2,15}[ \t]{1,2}){0,2}(?:guidelines?|criteria|classification|staging|consensus|recommendations?|update|edition|version|risk|definitions?|statement|scale|score|system|grading)\b|[ \t]{0,3}[|,;/][ \t]{0,3}\d)/i;


function standaloneYears(ctx: ScrubContext, out: Span[]): void {
  const { text } = ctx;
  eachCuedMatch(ctx, YEAR_ALONE, YEAR_CUE, 0, (m) => {
    const y = Number(m[1]);
    if (y < 1900 || y > 2039) return;
    const start = m.index;
    const end = start + m[0].length;
    // the edition of a guideline, a classification or a reference work (`ACNS 2021`, `(2019 ESC)`, `CDC Yellow Book 2024`)
    if (isEditionYear(text, start, end)) return;
    const after = text.slice(end, end + 16);
    if (QUANTITY_AFTER.test(after)) return;
    const before = lineBefore(text, start, 30);
    const mm = y % 100;
    const couldBeTime = mm <= 59 && (y < 1960 || y >= 2000);
    if (couldBeTime) {
      // a comparison with an earlier study or result (`unchanged from 2019`, `titer from 2023`), or a
      // year after another in a list (`in 2019 and 2022`): no clock time
      if (COMPARED_FROM_BEFORE.test(before) || YEAR_LIST_BEFORE.test(before)) {
        out.push(mkSpan(start, end, 'DATE', SOURCE, 0.6));
        return;
      }
      // a recent year in a note that writes no four-digit clock time, after no word of a measure
      // (`lived in camp until 2016`, `CT abd/pelvis 2019 at`, `On the 2022 LDCT`)
      // After a word of time (`until 2000`, `@ 2030`), only where the note writes a year elsewhere.
      if (y >= 2000 && y <= 2029 && !/^\s{0,2}\+/.test(after) && !EDITION_AFTER.test(text.slice(end, end + 60)) && !writesClockTimes(ctx) && !MEASURE_BEFORE.test(before)
        && (!TIME_CUE_BEFORE.test(before) && !/\b(?:ck|check|chk|due|aprox|approx|around|about|till|til)\.?\s{1,3}$/i.test(before) || writesYears(ctx))) {
        out.push(mkSpan(start, end, 'DATE', SOURCE, 0.55));
        return;
      }
      if (TIME_CUE_BEFORE.test(before) && !/\b(?:in|since|of|during|year|born)\s{1,3}$/i.test(before)) {
        // "since 1930" (time) vs "since 1930" (year): undecidable; keep as time unless month-named
        if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s{1,3}$/i.test(before)) return;
      }
      if (!YEAR_CUE_BEFORE.test(before)) return;
      out.push(mkSpan(start, end, 'DATE', SOURCE, 0.6));
      return;
    }
    // 1960–1999 (or 19xx/20xx with minutes > 59) cannot be a clock time
    if (/(?:\b(?:x|total|intake|output|i\/o|net|tv|vt|plt|wbc|=|:)\s{0,2})$/i.test(before)) return;
    out.push(mkSpan(start, end, 'DATE', SOURCE, 0.7));
  });
  // a span of years (`alendronate 2019-2023`, `lived in Dadaab 2008-2016`): a later year after an
  // earlier one; two clock times (`1900-2000`) only where the note writes four-digit times
  eachCuedMatch(ctx, YEAR_RANGE, YEAR_CUE, 0, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < 1900 || b > 2039 || b <= a || b - a > 80) return;
    const end = m.index + m[0].length;
    if (QUANTITY_AFTER.test(text.slice(end, end + 16))) return;
    const time = (y: number): boolean => y % 100 <= 59 && (y < 1960 || y >= 2000);
    if ((time(a) || time(b)) && writesClockTimes(ctx)) return;
    if (/(?:\b(?:x|total|intake|output|i\/o|net|tv|vt|plt|wbc|=|:)\s{0,2})$/i.test(lineBefore(text, m.index, 30))) return;
    out.push(mkSpan(m.index, m.index + m[1]!.length, 'DATE', SOURCE, 0.6));
    out.push(mkSpan(end - m[2]!.length, end, 'DATE', SOURCE, 0.6));
  });
}
/** Two years joined by a dash (`2019-2023`, `2008 – 2016`). */
const YEAR_RANGE = /(?<![\w./\-:$#@+])((?:19|20)\d{2})[ \t]{0,2}[-–][ \t]{0,2}((?:19|20)\d{2})(?![\w/:%]|[.,]\d)/g;

// '92 style two-digit years, and 92' (apostrophe after, common in PMH lists)
const APOS_YEAR = /['’]\d{2}|\d{2}['’]/g;
const APOS_BEFORE_OK = /(?:^|[^\d'’])$/;
/** After the apostrophe: a foot mark ("12' tall", "20' x2") or minutes ("15' of rest", "10' apart", "30' infusion"). */
const APOS_AFTER_BAD =
  /^(?:[\w'’%]|\s{0,2}(?:\d|x\b|by\b|tall\b|feet\b|ft\b|of\b|between\b|apart\b|later\b|long\b|away\b|intervals?\b|increments?\b|infusion\b|walk\b|rest\b|duration\b))/i;
/**
 * Before "92'": a word or a number glued to it, or a word of distance or duration ("walked 50'",
 * "rested 10'", "after 15'", "q 15'", "over 30'", "took 10'"): feet or minutes, no year.
 */
const TRAILING_APOS_BEFORE_BAD =
  /(?:[\w'’./-]|\b(?:hob|x|amb|ambulated|ambulate|ambulates|ambulating|walked|walk|walks|walking|about|approx|approximately|around|nearly|almost|~|for|after|over|within|every|each|q|took|take|takes|lasted|lasting|lasts|wait|waited|waiting|rest|rested|resting|sat|sit|sitting|stood|stand|standing|dangle|dangled|dangling|another|additional|next|extra|until|than|least|ran|run|infused|distance)\s{0,2})$/i;
// decades: 1980s, 1990's
const DECADE = /(?<![\w'’])(?:19|20)\d0['’]?s\b/gi;
// ordinals as days: "on the 11th", "the 3rd."
const ORDINAL_DAY =
  /\b(?:the|since|until|by)\s{1,2}((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!-\d{1,2}(?:st|nd|rd|th)\b|-[a-z]|\s{0,2}(?:,|and|or|&|to|through|-)\s{0,2}\d{1,2}(?:st|nd|rd|th)\s{1,2}(?:metacarpals?|metatarsals?|ribs?|digits?|fingers?|toes?|ventricles?|nerves?|intercostal|cranial|percentiles?|trimesters?|grades?|degrees?|compartments?|segments?|lumbar|cervical|thoracic|sacral|web|molars?|premolars?|spaces?)\b|\s{0,2}(?:step|wake|trial|cpap|bipap|set|shift|specimen|sample|culture|bottle|tube|drain|iv|piv|line|stage|level|pillow)|\s{0,2}(?:time|times|day|days|dose|doses|attempt|attempts|floor|grade|percentile|degree|cranial|rib|ribs|intercostal|ics|toe|toes|finger|fingers|digit|digits|metatarsal|metatarsals|metacarpal|metacarpals|met|mets|mt|mtp|mcp|pip|dip|phalanx|trimester|arch|compartment|segment|quadrant|order|generation|heart|ventricle|nerve|week|weeks|hour|hours|cycle|line|lumen|unit|bag|liter|round|try|pass|passes|puncture|stick|injection|one|of\s{1,2}(?:the|a|his|her|them|these)))/gi;
/** Nouns of a dated event after "the <month>" ("the May dose", "the March visit"). */
const THE_MONTH_EVENT = /^\.?\s{1,2}(?:dose|doses|visit|appointment|appt|admission|clinic|infusion|injection|labs?|study|scan|cycle|follow-?up|meeting|session|shot|refill|check-?up)\b/i;
// a month name alone after "in"/"since"/"during": "in March", "since sept."
const MONTH_ALONE = new RegExp(
  `\\b(?:in|since|during|early|late|mid|until|till|last|next|this|of|the)\\s{1,2}(${MONTH_NAME}|sept)\\b\\.?(?![\\w'])`,
  'gi',
);

/** Two-digit years after a past event in a history list: "CABG 81, MI 92", "CVA in 94 and 00". */
const EVENT_YEAR =
  /\b(?:MI|NQWMI|IMI|AMI|IWMI|AWMI|ASMI|NSTEMI|STEMI|CABG|CVA|TIA|PTCA|PCI|AVR|MVR|stent(?:ed|s)?|AAA|DVT|PE|appy|chole|TURP|TAH|BKA|AKA|THR|TKR|ORIF|dx|dx'd|diagnosed)\s{1,2}(?:(?:in|of)\s{1,2})?(\d{2})(?:\s{1,2}(?:and|&)\s{1,2}(\d{2})(?![\w%/.])|(?=\s{0,2}(?:[,.;)]|\s(?:and|&|with|w\/|s\/p|c\/b)\b|$)))/gi;
/** A two-digit year opening a history item, before the event: "PMH: 03 CABG. 09 stent to LAD". */
const YEAR_THEN_EVENT =
  /(?:^|[.;]\s{1,3}|\n\s{0,3}|:\s{1,3})(\d{2})\s{1,2}(?=(?:MI|NSTEMI|STEMI|CABG|CVA|TIA|PTCA|PCI|AVR|MVR|AAA|DVT|TURP|TAH|BKA|AKA|THR|TKR|ORIF)\b|[Ss]tent(?:ed|s)?\b|STENT(?:ED|S)?\b)/g;
/** Two month/day dates joined by a slash, the second a few days after the first: "treated 10/03/10/04". */
const DATE_PAIR = /(?<![\w/.:-])(\d{1,2})\/(\d{1,2})\/(\d{1,2})\/(\d{1,2})(?![\d/]|[.:]\d|\s{0,2}%)/g;
/**
 * Two month/day dates joined by `and`, `to`, `&`, `through` or a comma, the first a date by its day
 * over 12 (`grafted 2/26 and 3/4`, `2/27 to 3/2`): the second, which alone could be a fraction, is a date too.
 * `m[1]`-`m[4]` the numbers.
 */
const JOINED_DATES = /(?<![\w/.:-])(\d{1,2})\/(\d{1,2})[ \t]{0,2}(?:,[ \t]{0,2}|[ \t](?:and|&|to|thru|through|or|then)[ \t]{1,2}|-[ \t]{0,2})(\d{1,2})\/(\d{1,2})(?![\d/]|[.:]\d|\s{0,2}%|\s{1,2}(?:of|strength|power|cup|cups|tab|tabs|inch|inches|mile|miles)\b)/g;
/** "11/21.93": month/day then a two-digit year after a dot. */
const DOT_YEAR = /(?<![\d/.xX])(\d{1,2})\/(\d{1,2})\.(\d{2})(?=\s|$)/g;

function eventYears(ctx: ScrubContext, out: Span[]): void {
  const { text } = ctx;
  eachCuedMatch(ctx, EVENT_YEAR, EVENT_CUE, 0, (m) => {
    const end = m.index + m[0].length;
    if (m[2] !== undefined) {
      const firstEnd = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2].length - 1) + m[1]!.length;
      out.push(mkSpan(firstEnd - 2, firstEnd, 'DATE', SOURCE, 0.6));
      out.push(mkSpan(end - 2, end, 'DATE', SOURCE, 0.6));
    } else {
      out.push(mkSpan(end - 2, end, 'DATE', SOURCE, 0.6));
    }
  });
  eachCuedMatch(ctx, YEAR_THEN_EVENT, YEAR_EVENT_CUE, 8, (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push(mkSpan(start, start + 2, 'DATE', SOURCE, 0.6));
  }, undefined, (i) => {
    // case-sensitive: `MI`, `CABG`, `Stent`, `stent`
    const w = scanUnits(ctx)[i]!.text;
    return w === w.toUpperCase() || w.startsWith('stent') || w.startsWith('Stent');
  });
  // DATE_PAIR: three slashes a digit or two apart; DOT_YEAR: 1-2 digits then a period after the slash
  const slashes = charStarts(ctx, '/')?.filter((p) => atDigit(text, p - 1) && atDigit(text, p + 1));
  eachMatchFrom(ctx, DATE_PAIR, slashes?.filter((p) => text[p + 2] === '/' || text[p + 3] === '/'), 2, (m) => {
    const [a, b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (!isMonthDay(a, b) || !isMonthDay(c, d)) return;
    // each date alone: the word between (`or`, `to`) is no date
    const pushBoth = (confidence: number): void => {
      const end = m.index + m[0].length;
      out.push(mkSpan(m.index, m.index + m[1]!.length + 1 + m[2]!.length, 'DATE', SOURCE, confidence));
      out.push(mkSpan(end - (m[3]!.length + 1 + m[4]!.length), end, 'DATE', SOURCE, confidence));
    };
    // the second date follows the first within about a month (same month, or the next one)
    const later = (c === a && d > b) || (c === (a % 12) + 1 && d < b);
    if (!later) return;
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.8));
  }, atDigit);
  eachMatchFrom(ctx, JOINED_DATES, slashes, 2, (m) => {
    const [a, b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (!isMonthDay(a, b) || !isMonthDay(c, d)) return;
    // a range of fractions or sizes before a dose or a unit (`empiric 1/3-1/4 dose`, `10/12-12/14 Fr`)
    if (CLINICAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return;
    // each date alone: the word between (`or`, `to`) is no date
    const pushBoth = (confidence: number): void => {
      const end = m.index + m[0].length;
      out.push(mkSpan(m.index, m.index + m[1]!.length + 1 + m[2]!.length, 'DATE', SOURCE, confidence));
      out.push(mkSpan(end - (m[3]!.length + 1 + m[4]!.length), end, 'DATE', SOURCE, confidence));
    };
    if (b <= 12) {
      // two small pairs are fractions as often as dates (`1/2-2/3`): a range only within one
      // month, the second a few days after the first, both taken (`azithro 2/2-2/4`)
      if (c !== a || d <= b || d - b > 14) return;
      pushBoth(0.7);
      return;
    }
    // the second within about two months of the first, after it; the first is a month/day too
    // (`methylpred 6/17-6/19`)
    const later = (c === a && d > b) || c === (a % 12) + 1 || c === ((a + 1) % 12) + 1;
    if (!later) return;
    pushBoth(0.75);
  }, atDigit);
  eachMatchFrom(ctx, DOT_YEAR, slashes?.filter((p) => text[p + 2] === '.' || text[p + 3] === '.'), 2, (m) => {
    if (!isMonthDay(Number(m[1]), Number(m[2]))) return;
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.8));
  }, atDigit);
}

/** Cheap pre-checks that let whole passes be skipped. */
const HAS_ORDINAL = /\d(?:st|nd|rd|th)\b/i;
const HAS_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function apostropheYears(ctx: ScrubContext, out: Span[]): void {
  const { text } = ctx;
  if (text.includes("'") || text.includes('’')) {
    eachMatchFrom(ctx, APOS_YEAR, charStarts(ctx, "'’"), 2, (m) => {
      const start = m.index;
      const end = start + 3;
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(end, end + 8);
      if (/^['’]/.test(m[0])) {
        // '92
        if (!APOS_BEFORE_OK.test(before) || /^[\w'’%]/.test(after)) return;
      } else {
        // 92' (PMH lists)
        if (TRAILING_APOS_BEFORE_BAD.test(before) || APOS_AFTER_BAD.test(after)) return;
      }
      out.push(mkSpan(start, end, 'DATE', SOURCE, 0.7));
    });
  }
  eachCuedMatch(ctx, DECADE, DECADE_CUE, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.7)));
  const ordinals = cueStarts(ctx, ORDINAL_CUE);
  if (ordinals === undefined ? HAS_ORDINAL.test(text) : ordinals.length > 0) {
    eachMatchFrom(ctx, ORDINAL_DAY, ordinals, 7, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'DATE', SOURCE, 0.6));
    });
  }
  const months = cueStarts(ctx, MONTH_CUE);
  if (months === undefined ? !HAS_MONTH.test(text) : months.length === 0) return;
  eachMatchFrom(ctx, MONTH_ALONE, months, 8, (m) => {
    const name = m[1]!;
    const end = m.index + m[0].length;
    // 'may', 'mar', 'dec' and 'jan' alone are words or abbreviations; a full name or a clear abbreviation only,
    // or after "the" a capitalised abbreviation before a noun ("missed the Feb dose")
    const the = /^the\s/i.test(m[0]);
    // after "the", a month that is also a word ("the May dose", "the March visit") needs an event noun after it
    const eventAfter = THE_MONTH_EVENT.test(text.slice(end, end + 20));
    if (the && /^(?:may|mar|march|aug|august)$/i.test(name) && !eventAfter) return;
    if (/^(?:may|mar|dec|jan|jun|jul|aug|oct|nov|apr|feb|sep)$/i.test(name)) {
      if (!the || !/^[A-Z][a-z]/.test(name) || !(eventAfter || (/^(?:dec|jan|jun|jul|oct|nov|apr|feb|sep)$/i.test(name) && /^\.?\s{1,2}[a-z]{3,}/.test(text.slice(end, end + 16))))) return;
    }
    let s0 = end - m[0].length + m[0].toLowerCase().lastIndexOf(name.toLowerCase());
    out.push(mkSpan(s0, s0 + name.length, 'DATE', SOURCE, 0.6));
  });
}

// --- more shapes: dotted, glued month, compact, holidays and seasons, other languages ----
/** `10.13.2016`, `3.4.12`, `2012.03.04`: three dotted parts (two-digit years need a date cue). */
const DOTTED = /(?<![\w.])(\d{1,2}|\d{4})\.(\d{1,2})\.(\d{4}|\d{2})(?![\w]|\.\d)/g;
/** `04MAR2012`, `30Dec18`: day, month abbreviation and year glued together. */
const GLUED_MONTH = /(?<![\w])(\d{1,2})(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(\d{4}|\d{2})(?![\w])/gi;
/** `20120304`: a compact year-month-day. */
const COMPACT = /(?<![\w.\/-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w\/-]|\.\d)/g;
/** Holidays and seasons, with a year after them (`Christmas 2019`, `summer of 2014`, `winter 2021`). */
const HOLIDAY =
  /\b(spring|summer|fall|autumn|winter|(?:christmas|xmas)(?:\s{1,2}eve)?|thanksgiving|nye|all\s{1,2}(?:saints|souls)['’]?\s{1,2}day|three\s{1,2}kings['’]?\s{1,2}day|d[ií]a\s{1,2}de\s{1,2}(?:los\s{1,2})?reyes|t[eế]t(?!\s{1,2}spells?\b)|dashain|tihar|holi|vesak|navratri|vaisakhi|baisakhi|purim|sukkot|sukkos|shavuot|shavuos|pesach|simch[ae]t\s{1,2}torah|nowruz|obon|chuseok|seollal|pongal|onam|songkran|nochebuena|navidad|semana\s{1,2}santa|a[ñn]o\s{1,2}nuevo|d[ií]a\s{1,2}de\s{1,2}(?:los\s{1,2})?muertos|easter|hanukkah|chanukah|passover|ramadan|halloween|memorial\s{1,2}day|labor\s{1,2}day|independence\s{1,2}day|fourth\s{1,2}of\s{1,2}july|valentine'?s\s{1,2}day|mother'?s\s{1,2}day|father'?s\s{1,2}day|rosh\s{1,2}hashanah|yom\s{1,2}kippur|diwali|mlk\s{1,2}day|martin\s{1,2}luther\s{1,2}king(?:\s{1,2}jr\.?)?\s{1,2}day|presidents['’]?\s{1,2}day|president['’]s\s{1,2}day|patriots['’]?\s{1,2}day|columbus\s{1,2}day|indigenous\s{1,2}peoples['’]?\s{1,2}day|veterans['’]?\s{1,2}day|election\s{1,2}day|boxing\s{1,2}day|remembrance\s{1,2}day|canada\s{1,2}day|victoria\s{1,2}day|mardi\s{1,2}gras|cinco\s{1,2}de\s{1,2}mayo|black\s{1,2}friday|cyber\s{1,2}monday|super\s{1,2}bowl\s{1,2}sunday|palm\s{1,2}sunday|ash\s{1,2}wednesday|good\s{1,2}friday|st\.?\s{1,2}patrick['’]?s\s{1,2}day|juneteenth|kwanzaa|eid(?:\s{1,2}al-?(?:fitr|adha))?|(?:lunar|chinese|khmer|hmong|lao|laotian|cambodian|vietnamese|korean|tibetan|persian|iranian|thai|jewish|ethiopian|bengali|nepali|sinhala|sinhalese|tamil|telugu|burmese|karen|mien|sikh|punjabi|islamic)\s{1,2}new\s{1,2}year(?:'?s)?|new\s{1,2}year(?:'?s)?(?:\s{1,2}(?:day|eve))?|(?<=\bthe\s{1,2})fourth(?=\s{0,2}(?:[,.;]|$|weekend|holiday))|4th\s{1,2}of\s{1,2}july)\b(?:,?\s{1,2}(?:of\s{1,2})?((?:19|20)\d{2}|'\d{2})(?![\w/]))?/gi;
/** Before a holiday alone: a word that places an event in time ("after Thanksgiving", "over Christmas"), or a bracket ("MRI 2018-11-11 (Remembrance Day)"). */
const HOLIDAY_CUE_BEFORE = /(?:\b(?:after|before|over|at|since|during|around|for|by|on|until|till|through|following|last|this|next|past|the|of|since|about|near|en|para|desde|durante|hasta|antes\s{1,2}de|despu[eé]s\s{1,2}de)\s{1,2}|\(\s{0,2})$/i;
/** After a holiday alone: a word of time or gathering that makes it the day itself (`christmas plans`, `Thanksgiving dinner`, `Eid break`), or its dates in brackets (`Eid al-Adha (6/6-6/7)`). */
const HOLIDAY_CUE_AFTER = /^(?:[ \t]{1,2}(?:plans?|break|holidays?|vacation|week|weekend|dinner|lunch|party|morning|night|day|visit|trip|gathering|travel)\b|[ \t]{0,2}\([ \t]{0,2}\d{1,2}\/\d{1,2})/i;
const SEASON = /^(?:spring|summer|fall|autumn|winter)$/i;
/** Before a season: a time preposition ("in the summer of 2014", "during winter 2021"), never "s/p fall 2019". */
const SEASON_CUE_BEFORE = /\b(?:in|during|since|until|till|through|last|this|next|early|late|mid|over|the|of|by|past|before|after)[\s-]{1,2}$/i;
/** Day month year in French, German, Spanish, Italian and Portuguese (folded: no accents), with a year. */
const FOREIGN =
  /(?<![\w.\/-])(\d{1,2})\.?\s{1,2}(?:de\s{1,2})?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|maerz|april|juni|juli|august|september|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|dezembro)\s{1,2}(?:de\s{1,2})?((?:19|20)\d{2})(?![\w])/gi;

/** Day `de` month in Spanish and Portuguese, without a year (`el 10 de marzo`, `em 3 de maio`): the `de` makes it a date. */
const FOREIGN_DE = /(?<![\w.\/-])(\d{1,2})\s{1,2}de\s{1,2}(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)(?![\w])(?!\s{1,2}(?:de\s{1,2})?(?:19|20)\d{2})/gi;

/** A study, a visit or a birth right before a dotted date with a two-digit year (`MRI brain 14.3.21`, `clinic letter 2.11.19`, `DOB 03.04.51`). */
const STUDY_BEFORE_DOTTED =
  /\b(?:mri|mra|ct|cta|cxr|pet|us|echo|tte|tee|ekg|ecg|eeg|emg|scan|study|studies|imaging|brain|head|chest|abdomen|pelvis|spine|xr|x-ray|films?|biopsy|bx|op|surgery|visit|appt|appointment|letter|report|clinic|dob|d\.o\.b|born)\.?:?[ \t]{1,3}$/i;

function moreShapes(ctx: ScrubContext, out: Span[]): void {
  const { text } = ctx;
  const dots = charStarts(ctx, '.')?.filter((p) => atDigit(text, p - 1) && atDigit(text, p + 1) && (text[p + 2] === '.' || text[p + 3] === '.'));
  eachMatchFrom(ctx, DOTTED, dots, 4, (m) => {
    const [a, b, y] = [m[1]!, m[2]!, m[3]!];
    const start = m.index;
    const end = start + m[0].length;
    if (a.length === 4) {
      // 2012.03.04: year first
      if (y.length !== 2 || Number(a) < 1880 || Number(a) > 2100 || !isMonthDay(Number(b), Number(y))) return;
    } else {
      if (!(isMonthDay(Number(a), Number(b)) || isMonthDay(Number(b), Number(a)))) return;
      if (y.length === 4 ? Number(y) < 1880 || Number(y) > 2100 : !(DATE_CUE_BEFORE.test(lineBefore(text, start)) || STRONG_DATE_CUE.test(lineBefore(text, start)) || STUDY_BEFORE_DOTTED.test(lineBefore(text, start)))) return;
    }
    out.push(mkSpan(start, end, 'DATE', SOURCE, 0.9));
  }, atDigit);
  eachMatchFrom(ctx, GLUED_MONTH, tokenStarts(ctx, (t) => mayBeGluedDate(t.text)), 0, (m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return;
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.9));
  });
  eachMatchFrom(ctx, COMPACT, tokenStarts(ctx, (t) => t.text.length === 8 && atDigit(t.text, 0) && atDigit(t.text, 7)), 0, (m) => {
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.7));
  });
  eachCuedMatch(ctx, HOLIDAY, HOLIDAY_CUE, 0, (m) => {
    const word = m[1]!;
    const before = lineBefore(text, m.index, 16);
    if (SEASON.test(word)) {
      // a season names a date only with its year, after a time preposition
      if (m[2] === undefined || !SEASON_CUE_BEFORE.test(before)) return;
    } else if (m[2] === undefined && !HOLIDAY_CUE_BEFORE.test(before) && !HOLIDAY_CUE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.8));
  });
  eachCuedMatch(ctx, FOREIGN_DE, FOREIGN_CUE, 10, (m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return;
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.8));
  }, atDigit);
  eachCuedMatch(ctx, FOREIGN, FOREIGN_CUE, 10, (m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return;
    out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.85));
  }, atDigit);
}

/** Tokens GLUED_MONTH may match: a day, three letters and a year (`04MAR2012`). */
function mayBeGluedDate(w: string): boolean {
  const n = w.length;
  if (n < 6 || n > 11 || !atDigit(w, 0) || !atDigit(w, n - 1)) return false;
  const c = w.charCodeAt(atDigit(w, 1) ? 2 : 1) | 32;
  return c >= 97 && c <= 122;
}

// Cues (see _scan.ts): the tokens every match of a regex holds, so it runs only where they occur.
/** Every spelling of a month name (`MONTH_NAME`, and `sept`). */
const MONTH_CUE = cue('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december');
/** Four-digit years 1800-2099 (YEAR_ALONE matches whole tokens). */
const YEAR_CUE = cue(Array.from({ length: 300 }, (_, i) => String(1800 + i)).join(' '));
/** Decades: `1980s`, and `1980` before `'s`. */
const DECADE_CUE = cue(Array.from({ length: 20 }, (_, i) => `${1900 + 10 * i} ${1900 + 10 * i}s`).join(' '));
/** Ordinal days (`3rd`, `11th`, `03rd`). */
const ORDINAL_CUE = cue(
  [...Array.from({ length: 31 }, (_, i) => String(i + 1)), ...Array.from({ length: 9 }, (_, i) => `0${i + 1}`)]
    .flatMap((d) => ['st', 'nd', 'rd', 'th'].map((x) => d + x))
    .join(' '),
);
const HOLIDAY_CUE = cue(`spring summer fall autumn winter christmas xmas thanksgiving easter new hanukkah chanukah passover ramadan halloween
  memorial labor independence fourth valentine valentines mother mothers father fathers rosh yom diwali mlk martin presidents president
  patriots columbus indigenous veterans election boxing black cyber super palm ash good st patrick juneteenth kwanzaa eid lunar chinese khmer hmong lao laotian cambodian vietnamese korean tibetan persian iranian thai jewish ethiopian bengali nepali sinhala sinhalese tamil telugu burmese karen mien sikh punjabi islamic 4th remembrance canada victoria mardi cinco
  all three nye tet tết dashain tihar holi vesak navratri vaisakhi baisakhi purim sukkot shavuot nowruz obon chuseok seollal pongal onam songkran nochebuena navidad semana ano año dia día sukkos shavuos pesach simchat simchas`);
const FOREIGN_CUE = cue(`janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre januar februar marz maerz april
  juni juli august september oktober dezember enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
  diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro marco maio junho julho setembro
  outubro dezembro`);
const EVENT_CUE = cue('mi nqwmi imi ami iwmi awmi asmi nstemi stemi cabg cva tia ptca pci avr mvr stent stented stents aaa dvt pe appy chole turp tah bka aka thr tkr orif dx diagnosed');
const YEAR_EVENT_CUE = cue('mi nstemi stemi cabg cva tia ptca pci avr mvr aaa dvt turp tah bka aka thr tkr orif stent stented stents');

prepareScans(JOINED_DATES, VIETNAMESE_DATE, DOTTED_DAY_MONTH, FOREIGN_DE, DOTTED, GLUED_MONTH, COMPACT, HOLIDAY, FOREIGN, APOS_YEAR, DATE_PAIR, DAY_FIRST, DAY_RANGE_FIRST, DECADE, DOT_YEAR, EVENT_YEAR, YEAR_RANGE, ISO, MONTH_ALONE, MONTH_FIRST, NUMERIC, ORDINAL_DAY, YEAR_ALONE, YEAR_THEN_EVENT);
/**
 * Pattern detector for dates (type `DATE`, source `rules/date`).
 *
 * @example
 * ```ts
 * dateDetector.detect(createTextContext('seen 3/4/2012, BP 120/80')); // one span over 3/4/2012
 * ```
 */
export const dateDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['DATE'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const out: Span[] = [];
    numericDates(ctx, out);
    eachCuedMatch(ctx, VIETNAMESE_DATE, VIETNAMESE_DATE_CUE, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'DATE', SOURCE, 0.85)));
    eachCuedMatch(ctx, DOTTED_DAY_MONTH, DOTTED_DAY_MONTH_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'DATE', SOURCE, 0.7));
    });
    monthNameDates(ctx, out);
    standaloneYears(ctx, out);
    apostropheYears(ctx, out);
    eventYears(ctx, out);
    moreShapes(ctx, out);
    return out;
  },
});

/** @internal exported for tests */
export const _MONTHS = MONTHS;
