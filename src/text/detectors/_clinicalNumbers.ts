/**
 * Clinical context of a pair of numbers that looks like a date (`2/6 murmur`, `BP 90/60`,
 * `1/2 tab`, `PEEP 5/5`, `0/10 pain`, the range `ICP 6-7`): shared knowledge of both algorithms,
 * so the rules' date detector and the sequence labeller agree on what is a measurement and not a
 * date.
 *
 * @internal
 */

/**
 * Words just before a slash number that make it clinical (BP 90/60, murmur 2/6, PEEP 5/5, hip
 * flexion 3/5, deltoid 4/5, LUE 4/5). Muscles, movements and the limb abbreviations of a motor exam
 * (`BUE`, `LUE`, `RLE`) only, no joints or limbs by name (`MRI L knee 3/5` is a date).
 */
export const CLINICAL_BEFORE: RegExp =
  /(?:\b(?:bp|b\/p|sbp|dbp|abp|nbp|nibp|art|aline|a-line|cuff|pressure|pressures|map|cvp|pap|pa|pcwp|wedge|murmur|sem|hsm|harsh|soft|loud|blowing|faint|rough|musical|grade|strength|power|motor|peep|cpap|bipap|psv|ps|imv|simv|vent|ventilator|settings|tv|fio2|i:e|ie|ratio|score|gcs|apgar|apgars|adl|adls|iadl|iadls|katz|barthel|lawton|braden|morse|norton|tinetti|ice|moca|mmse|slums|phq|phq-2|phq-9|gad-7|cpot|nihss|mini-cog|act|audit|audit-c|epds|alsfrs|alsfrs-r|pcl-5|bdi|bdi-ii|ham-d|hamd|ymrs|aims|fim|ess|isi|psqi|mmrc|ipss|shim|iief|koos|hoos|odi|ndi|quickdash|edss|updrs|hads|cssrs|c-ssrs|stop-bang|stopbang|mta|profusion|scores|ranged|dast|dast-10|crafft|sppb|qids|madrs|panss|asrs|ciwa|cows|snap-iv|vanderbilt|mchat|m-chat|asq|pedsql|cdai|sdai|das28|basdai|basfi|pasi|easi|scorad|dlqi|hbi|sccai|ecog|kps|bpp|nst|ctg|aspects|tici|mrs|nihss|gmfcs|bishop|beighton|ishihara|roland-morris|oswestry|centor|curb-65|gds|gds-15|k10|nrs|vas|mna|mna-sf|frail|clock|quiz|inventory|subscale|hyperactivity|inattention|breathlessness|esas|gai|thi|dhi|bpi|jlo|teach-back|teachback|hop|timi|painad|bottles|bands|scale|pain|level|levels|index|indices|recall|registration|orientation|tof|aldrete|padss|rass|cam|mae|moves|hr|rr|abg|vbg|gas|gases|ph|lytes|rate|x|ivf|ns|d5|lr|fluid|bolus|dose|doses|dosing|mg|mcg|tab|tabs|tablets|q|qd|bid|tid|qid|vision|visual|acuity|eyes|pupils|perrl|perrla|sats|sat|o2|spo2|urine|uo|ratios|range|between|grips?|handgrip|flex|flexion|extension|abduction|adduction|dorsiflexion|plantarflexion|plantar ?flexion|dorsi ?flexion|inversion|eversion|pronation|supination|deltoids?|biceps|triceps|quadriceps|quads?|hamstrings?|iliopsoas|glutes?|gastrocs?|gastrocnemius|tibialis|ehl|flexors?|extensors?|abductors?|adductors?|bue|ble|rue|lue|rle|lle|ues|les|proximal|distal)\s{0,3}[:=(]?\s{0,2})$/i;
/**
 * Before a pair: a person, not a score, though named like one (`Dr. Bishop 3/9`, `f/u with Katz
 * 4/12`, `per Morse 5/2`): a title or a word of meeting, then a capitalised word. The pair is the
 * visit's date, whatever {@link CLINICAL_BEFORE} says of the word.
 */
export const PERSON_BEFORE: RegExp = /(?:\b(?:Dr|Drs|Doctor|Mr|Mrs|Ms|Miss|NP|PA|with|per|by|saw|see|seeing|seen)\.?|\bf\/u)[ \t]{1,2}\p{Lu}[\p{L}'’-]{1,30}[ \t]{1,2}$/u;

/**
 * Words just after that make it clinical (2/6 murmur, 5/5 strength, 3/5 hip flexion, 4/5 deltoids,
 * 1/2 tab, 10/20 mg, 0/10 pain). A joint or limb alone is not enough (`seen 3/5 knee pain` is a
 * date): it needs a movement or muscle after it (`3/5 L hip flexion`).
 */
export const CLINICAL_AFTER: RegExp =
  /^\s{0,2}(?:[-+]\s{0,2})?(?:murmur|murmurs|sem|hsm|systolic|diastolic|holosystolic|strength|str|power|motor|tab|tabs|tablet|tablets|pill|pills|cap|caps|capsule|amp|amps|vial|vials|mg|mcg|meq|mmol|gm|g|gram|grams|ml|cc|cl|l|liters?|units?|u|iu|fr|french|os|ou|bid|tid|qid|qhs|qam|qpm|qd|daily|prn|mmhg|mm|cm|kg|lbs?|pain|scale|score|ns|nss|normal(?=\s{1,2}(?:saline|ns|nss)\b)|strength|dose|doses|puffs?|drops?|breaths?|bpm|mph|min|mins|minutes|hrs?|hours?|sec|secs|seconds|x|times|ratio|pupils|reactive|bilat|bilaterally|b\/l|ue|le|rue|lue|rle|lle|extremit|sats?|o2|fio2|peep|grade|degrees?|%|liter|psv|cpap|bipap|ps|peep|ips|ventilation|bottles?|bands?|cx|cultures?|bl|bld|blood|way|up|cp|angina|discomfort|rate|scale|sets?|ppd|packs?|(?:lymph\s{1,2})?nodes?|cores?|specimens?|samples?|biopsies|fragments?|sites?|points?|locations?|(?:(?:l|r|lt|rt|left|right|bilat(?:eral)?|b\/l)\s{1,2})?(?:(?:hips?|knees?|ankles?|wrists?|shoulders?|elbows?|fingers?|toes?|great toe|neck|trunk)\s{1,2})?(?:grips?|handgrip|flexion|extension|abduction|adduction|dorsiflexion|plantarflexion|plantar ?flexion|dorsi ?flexion|inversion|eversion|pronation|supination|deltoids?|biceps|triceps|quadriceps|quads?|hamstrings?|iliopsoas|glutes?|gastrocs?|gastrocnemius|tibialis|ehl|flexors?|extensors?|abductors?|adductors?|bue|ble|proximal|distal))\b/i;

/** A time of day on the 24-hour clock, alone (`2341`, `0115`): a log line's time, no year or phone. */
export const CLOCK_TIME: RegExp = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** Words after `2/2` that make it a date after all (`CXR 2/2 showed`, `2/2 at 14:00`). */
/** A month or a weekday after a pair: a date's words. */
const MONTH_OR_DAY_AFTER = /^[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const NOT_A_CAUSE_AFTER = /^[ \t]{1,2}(?:showed|shows|revealed|was|were|is|at|with|and|to|in|on|am|pm|noon|notable|unremarkable|negative|positive|neg|pos|normal|read|report|results?|done|drawn|sent|placed)\b/i;

/**
 * Whether the pair at `[start, end)` is `2/2` meaning "secondary to" (`adrenal crisis 2/2 primary
 * adrenal insufficiency`, `AKI 2/2 dehydration`): written between a word and a lower-case word
 * that is no verb or result of a dated event.
 *
 * @param text - the note
 * @param start - start of the pair
 * @param end - end of the pair
 * @returns true when it reads as "secondary to"
 */
export function isSecondaryTo(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== '2/2') return false;
  const after = text.slice(end, end + 16);
  // a cause in lower case (`2/2 dehydration`), or a named disease after a diagnosis in capitals (`ESRD 2/2 IgA nephropathy`)
  const cause = /^[ \t]{1,2}\p{Ll}{3}/u.test(after) || (/\b[A-Z]{2,6}[ \t]{1,2}$/.test(text.slice(Math.max(0, start - 9), start)) && /^[ \t]{1,2}\p{L}{3,}/u.test(after) && !MONTH_OR_DAY_AFTER.test(after));
  return /\p{L}[ \t]{1,2}$/u.test(text.slice(Math.max(0, start - 3), start)) && cause && !NOT_A_CAUSE_AFTER.test(after);
}

/**
 * Words of a symptom or an index scored out of ten (`cravings 2/10`, `nausea 6/10`, `CT severity
 * index 4/10`), as a regex alternation: shared by both algorithms' pain-score checks.
 *
 * @internal
 */
export const SCORED_SYMPTOM_WORDS = 'index|cravings?|urges?|anxiety|nausea|itch|itching|pruritus|dyspnea|fatigue|mood|stress|distress|severity|intensity';

/** After a pair: what it counts (`5/5 principal criteria`, `2/3 major features`, `4/4 bottles`, `9/14 lesions`, `3/3 cells`, `2/5 groups`). */
const COUNT_OF_AFTER = /^[ \t]{1,2}(?:(?:principal|major|minor|clinical|diagnostic|sirs|qsofa|modified|revised|jones|duke|centor|wells)[ \t]{1,2})?(?:criteria|criterion|features|signs|findings|points|items|symptoms|bottles|sets|cultures|cores|lobes|segments|vessels|lesions|nodules|foci|biopsies|levels|quadrants|teeth|cells|groups|sessions|words|trials|objects|attempts|passes|correct|incorrect|adls?|iadls?|subtests|digits|animals|repetitions)\b/i;

/**
 * Whether the pair at `[start, end)` counts what follows or precedes it (`5/5 principal
 * criteria`, `3/4 SIRS criteria`, `4/4 bottles`, `Kocher criteria 4/4`, `BCx 4/4`): a count, no
 * date. After its label only a whole or small count (`cultures 6/12` and `cultures 10/1` are days). Shared by both algorithms.
 *
 * @param text - the note
 * @param end - the offset just past the pair
 * @param start - the pair's start (for what precedes it); defaults to `end`
 * @returns true when a counted noun follows or precedes
 */
export function isCountOf(text: string, end: number, start = end): boolean {
  if (COUNT_OF_AFTER.test(text.slice(end, end + 40))) return true;
  // after its label a count is small (`BCx 4/4`, `criteria 3/4`, `cores 3/3`); `cultures 6/12` and `10/1` are days
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.slice(start, end));
  if (m === null || Number(m[1]) > Number(m[2])) return false;
  if (Number(m[2]) <= 4 && (COUNT_OF_BEFORE.test(lineBefore(text, start, 30)) || COUNT_OF_LABEL_BEFORE.test(lineBefore(text, start, 40)))) return true;
  // a line labelled by what it counts (`Groups: Attended 2/5`, `Sessions: 3/8 completed`)
  return Number(m[2]) <= 12 && COUNT_LINE_LABEL.test(lineBefore(text, start, 60));
}
/** Before a pair: cultures or bottles, a few words and a colon (`Repeat BCx at 48 h: 2/2 still positive`). */
const COUNT_OF_LABEL_BEFORE = /\b(?:bcx|bcxs|bctx|cx|cultures?|bottles?|sets?)\b[^\n.;:]{0,20}:[ \t]{0,2}$/i;
/** A line opening with a label of what it counts (`Groups:`, `Sessions:`). */
const COUNT_LINE_LABEL = /^[ \t]{0,4}(?:groups?|sessions?|classes|visits|meetings)[ \t]{0,2}:[^\n]{0,40}$/i;
/** Before a pair: criteria or cultures it counts (`Kocher criteria 4/4`, `BCx 4/4 MSSA`). */
const COUNT_OF_BEFORE = /\b(?:criteria|criterion|bcx|bcxs|bctx|cx|cultures?|bottles?|sets?|cores?|nodes?|samples?|specimens?)[ \t:]{1,3}$/i;

/**
 * Whether the number at `start` is the result of a sum written before it (`3+2+2 = 7/9`, a
 * grade's total): a score. An equals sign alone is not enough (`D1 = 4/4` is a day's date).
 *
 * @param text - the note
 * @param start - start of the number
 * @returns true when a sum and `=` come right before it
 */
export function isSumResult(text: string, start: number): boolean {
  return /\d[ \t]{0,2}\+[^=\n]{0,24}=[ \t]{0,2}$/.test(text.slice(Math.max(0, start - 32), start));
}

/**
 * Whether the pair at `[start, end)` is the days of a gestational age (`31 2/7 wk`, `Ex-27 2/7`,
 * `36 6/7 weeks`): sevenths after a number of weeks from 20 to 44, or before `wk`/`weeks`.
 *
 * @param text - the note
 * @param start - start of the pair
 * @param end - end of the pair
 * @returns true when it reads as days of a week of gestation
 */
export function isGestationalAge(text: string, start: number, end: number): boolean {
  if (!/^[0-6]\/7$/.test(text.slice(start, end))) return false;
  return /(?:^|[^\d/.])(?:[2-3]\d|4[0-4])[ \t]{1,2}$/.test(text.slice(Math.max(0, start - 6), start)) || /^[ \t]{0,2}(?:wks?|weeks?|w|gw|ga)\b/i.test(text.slice(end, end + 8));
}

/** A pair of at most three-digit numbers joined by a slash or hyphen, with no year. */
const BARE_PAIR = /^\d{1,3}\s?[/-]\s?\d{1,3}$/;

/**
 * Whether the number pair at `[start, end)` of `text` is a clinical measurement rather than a
 * date: a bare pair (no year) right after a clinical word on its line (`BP`, `murmur`,
 * `strength`, `PEEP`…) or right before a unit or clinical word (`tab`, `murmur`, `mg`, `pain`…).
 *
 * @param text - the note
 * @param start - start of the pair
 * @param end - end of the pair
 * @returns true when it reads as a measurement
 */
export function isClinicalPair(text: string, start: number, end: number): boolean {
  if (!BARE_PAIR.test(text.slice(start, end))) return false;
  if (isSumResult(text, start) || isGestationalAge(text, start, end) || isCountOf(text, end, start)) return true;
  if (isEyeScore(text, start)) return true;
  if (isShareOrInches(text, start, end)) return true;
  return CLINICAL_BEFORE.test(lineBefore(text, start)) || CLINICAL_AFTER.test(text.slice(end, end + 20)) || isStrengthGrade(text, start, end) || isSecondaryTo(text, start, end);
}

/**
 * Whether the pair at `[start, end)` is an approximate share (`took ~2/3`) or a length in inches
 * (`3/4" needle`, `3/16 in. polypropylene`): no date. Shared by both algorithms.
 *
 * @param text - the note
 * @param start - start of the pair
 * @param end - end of the pair
 * @returns true when a tilde comes before it or an inch mark or word after it
 */
export function isShareOrInches(text: string, start: number, end: number): boolean {
  return text[start - 1] === '~' || /^(?:["”″]|[ \t]?(?:in\.|inch\b|inches\b))/.test(text.slice(end, end + 8));
}

/** A line of an eye exam's scores before `OD`/`OS` (`Ishihara color plates:`, `Acuity:`). */
const EYE_SCORE_LINE = /\b(?:plates?|ishihara|hrr|acuity|va|vision|snellen|cc|sc)\b/i;

/**
 * Whether the pair at `start` is an eye's score: after `OD`, `OS` or `OU` on a line of colour plates
 * or acuity (`Ishihara color plates: OD 12/12, OS 1/12`; `OD 3/12` alone may be an overdose's date).
 * Shared by both algorithms.
 *
 * @param text - the note
 * @param start - start of the pair
 * @returns true when it reads as a score per eye
 */
export function isEyeScore(text: string, start: number): boolean {
  return /\b(?:OD|OS|OU)[ \t]{1,2}$/.test(text.slice(Math.max(0, start - 4), start)) && EYE_SCORE_LINE.test(lineBefore(text, start, 60));
}
/** A muscle strength grade: 0 to 5 out of 5. */
const GRADE = /^[0-5]\/5$/;
/** Words of a motor exam earlier in the grade's sentence (`Strength full 5/5 throughout except L IP 4/5`). */
const MOTOR_WORDS = /\b(?:strength|power|motor|grips?|weak|weakness|hemiparesis|paresis|paraparesis|drift|delts?|deltoids?|bic|biceps|tri|triceps|wre|wrf|ffl|fe|ip|quads?|hams?|hamstrings?|ta|gastroc|ehl|flexion|extension|flexors?|extensors?|extremities|bue|ble|rue|lue|rle|lle|ue|le|apb|adm|fdi|fpl|fdp|fds|edc|epl|intrinsics|interossei|opponens)\b/i;
/** What follows a grade of a whole exam: `5/5 throughout`, `5/5 elsewhere`, `5/5 in all extremities`. */
const GRADE_AFTER = /^\s{0,2}(?:throughout|elsewhere|bilat(?:erally)?|symmetric(?:ally)?|x\s?4|in\s{1,2}(?:all|both|the)\s{1,2}(?:four\s{1,2}|4\s{1,2})?(?:extremities|limbs|arms|legs|upper|lower))\b/i;
/** A date preposition right before a pair (`on 4/5`, `since 3/10`): the pair is a date whatever the sentence says. */
const DATE_PREPOSITION_BEFORE = /\b(?:on|since|from|until|till|dated|by|after|before|of)\s{1,3}$/i;
/** Pain earlier in the same sentence (`Pain 8/10 at rest, improved to 4/10`). */
const PAIN_IN_SENTENCE = /\b(?:pain|discomfort|headache|angina)\b[^.;\n]*$/i;

/**
 * Whether the pair at `start` reads as a pain score by its sentence: pain earlier in the same
 * sentence on its line, and no date preposition right before it (`pain since 3/10` is a date).
 *
 * @param text - the note
 * @param start - start of the pair
 * @returns true when the sentence makes it a pain score
 */
export function isPainScoreBySentence(text: string, start: number): boolean {
  const before = lineBefore(text, start, 80);
  return !DATE_PREPOSITION_BEFORE.test(before) && PAIN_IN_SENTENCE.test(before);
}

/**
 * Whether a date preposition comes right before `start` (`on 4/5`, `since 3/10`).
 *
 * @param text - the note
 * @param start - where the pair starts
 * @returns true when the pair follows a date preposition
 */
export function afterDatePreposition(text: string, start: number): boolean {
  return DATE_PREPOSITION_BEFORE.test(lineBefore(text, start, 16));
}

/**
 * Whether the pair at `[start, end)` is a muscle strength grade (`4/5`) in a motor exam: a
 * grade out of 5 after a motor-exam word earlier in its sentence on the same line, or before
 * `throughout`/`elsewhere`; never right after a date preposition.
 *
 * @param text - the note
 * @param start - start of the pair
 * @param end - end of the pair
 * @returns true when it reads as a strength grade
 */
export function isStrengthGrade(text: string, start: number, end: number): boolean {
  if (!GRADE.test(text.slice(start, end))) return false;
  const before = lineBefore(text, start, 100);
  if (DATE_PREPOSITION_BEFORE.test(before)) return false;
  if (GRADE_AFTER.test(text.slice(end, end + 32))) return true;
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'));
  return MOTOR_WORDS.test(stop < 0 ? before : before.slice(stop + 1));
}

/**
 * The text before `index` on its line, at most `max` characters.
 *
 * @param text - the note
 * @param index - where the passage ends
 * @param max - most characters returned
 * @returns the passage
 */
export function lineBefore(text: string, index: number, max = 24): string {
  const from = Math.max(0, index - max);
  const s = text.slice(from, index);
  const nl = s.lastIndexOf('\n');
  return nl === -1 ? s : s.slice(nl + 1);
}

/** Date prepositions before a hyphenated month-day ("returned to OR on 7-8 for"). */
const HYPHEN_CUE_BEFORE = /(?:^|[^\w-])(?:on|since|until|till|from|dated|as\s{1,2}of)\s{1,2}$/i;
/** Verbs of change before "from": "ranged from 3-5", "decreased from 8-6" are ranges. */
const RANGE_VERB_BEFORE =
  /\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|increas\w{0,3}|decreas\w{0,3}|down|up|went|going|goes|titrat\w{0,4}|wean\w{0,3}|chang\w{0,3}|drop\w{0,4}|rose|fell|improv\w{0,3}|dropping|rising|fluctuat\w{0,4}|runs?|running|sats?|u\/?o|urine)\s{1,3}(?:from|on)\s{1,2}$/i;

/**
 * Whether a bare hyphen pair starting at `start` (`7-8`, usually a range) has a date preposition
 * right before it (`on 7-8`, `from 3-5`) and no verb of change (`increased from 16-20`).
 *
 * @param text - the note
 * @param start - start of the pair
 * @returns true when the words before it make it a date
 */
export function hasHyphenDateCue(text: string, start: number): boolean {
  const before = lineBefore(text, start, 40);
  return HYPHEN_CUE_BEFORE.test(before) && !RANGE_VERB_BEFORE.test(before);
}

/** Bodies that issue guidelines, classifications and criteria by edition, as regex source (`KDIGO`, `ASCO`, `iwCLL`, `Bethesda`, `Fleischner`). */
const GUIDELINE_BODY =
  '(?:acc|aha|esc|ags|acns|gli|ats|ers|asco|iwcll|ase|eacvi|cdc|who|gina|iwgdf|aua|asccp|aao|ashp|idsa|pids|sidp|acr|eular|kdigo|nccn|ada|aasld|easl|acg|aga|acog|aap|uspstf|nice|sccm|esmo|isth|aace|aan|esh|ish|jnc|atp|ncep|gold|ajcc|figo|isup|tnm|eln|imwg|nhlbi|accp|hrs|svs|acmg|asrm|eshre|ilae|aasm|acsm|asra|espen|aspen|easd|acep|aaos|ctcae|dsm|icsd|nrs|ckd-epi|mdrd|bethesda|fleischner|bosniak|banff|lugano|milan|sydney|vienna|montreal|atlanta|berlin|amsterdam|rome|tokyo|kyoto|sepsis|ats\\/ers|eau|aops|ncbi|ipss|iss|r-iss|mrc|nyha|ccs|timi|grace|has-bled|chads|wells)';
/** A body (or a slash list holding one) and maybe a bracket right before a bare year (`ACNS 2021`, `ASCO/CAP 2018`, `GINA (2008)`, `(Bethesda 2014`). */
const EDITION_BODY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:[\\p{L}]{2,8}[/-]){0,4}${GUIDELINE_BODY}(?:[/-][\\p{L}]{2,8}){0,4}[ \\t]{0,2}\\(?[ \\t]{0,2}$`, 'iu');
/** A book, a guide or a report with editions right before a bare year (`CDC Yellow Book 2024`, `Sanford Guide 2023`). */
const EDITION_WORK_BEFORE = /\b(?:book|guide|guidelines?|report|manual|handbook|criteria|classification|terminology|consensus|statement|update|edition|version|revision|revised)[ \t]{0,2}\(?[ \t]{0,2}$/i;
/** Right after a bare year: a body (`2019 ESC`, `(2019 ESC)`, `2020 ASHP/IDSA/PIDS/SIDP`). */
const EDITION_BODY_AFTER = new RegExp(`^\\)?[ \\t]{1,2}(?:[\\p{L}]{2,8}[/-]){0,4}${GUIDELINE_BODY}(?![\\p{L}])`, 'iu');
/** Right after a bare year: what was issued (`2018 Common Rule`, `(2012) criteria`, `2021 terminology`). */
const EDITION_WORK_AFTER =
  /^\)?[ \t]{1,2}(?:\p{Lu}[\p{L}'’-]{1,20}[ \t]{1,2}){0,2}(?:[Rr]ules?|[Rr]eport|[Tt]erminology|[Cc]riteria|[Cc]lassification|[Gg]uidelines?|[Cc]onsensus|[Ss]tatement|[Dd]efinitions?|[Ee]dition|[Vv]ersion|[Uu]pdate|[Ss]ystem|[Ss]taging|[Gg]rading|RULES?|REPORT|CRITERIA|CLASSIFICATION|GUIDELINES?|CONSENSUS)(?![\p{L}])/u;

/**
 * True when the bare year at `[start, end)` dates an edition of a guideline, a classification or a
 * reference work, not an event of the patient's: a body that issues them before or after it
 * (`ACNS 2021`, `(AGS 2023)`, `ASCO/CAP 2018`, `(2019 ESC)`, `per Fleischner 2017`), or the work
 * itself (`CDC Yellow Book 2024`, `2018 Common Rule`, `revised Atlanta (2012) criteria`). A
 * procedure's or an event's year (`CABG 2019`, `MRI 2021`) has no such word beside it.
 *
 * @param text - the note
 * @param start - the year's start
 * @param end - the year's end
 * @returns whether the year is an edition's
 */
export function isEditionYear(text: string, start: number, end: number): boolean {
  const before = lineBefore(text, start, 40);
  const after = text.slice(end, end + 48);
  return EDITION_BODY_BEFORE.test(before) || EDITION_WORK_BEFORE.test(before) || EDITION_BODY_AFTER.test(after) || EDITION_WORK_AFTER.test(after);
}

/** Two scores of one scale joined by a change (`7/10 -> 9/10`, `8/10 → 9/10`, `3/5 to 4/5`): `m[1]`…`m[4]` the numbers. */
const SCORE_PAIR = /(?<![\d/.])(\d{1,2})\/(\d{1,2})[ \t]{0,2}(?:->|-->|→|=>|to|then)[ \t]{0,2}(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d)/g;
/** Result words of a score in a table's row (`| 3/16 | impaired`, `| 7/8 silent | moderate`). */
const RESULT_WORD = /\b(?:impaired|avg|average|low[ -]average|high[ -]average|normal|abnormal|borderline|wnl|intact|mild|moderate|severe|trace|pass|passed|fail|failed|superior|deficient|elevated)\b/i;

/**
 * True when the month/day-shaped pair at `[start, end)` is a score, not a date: one of two scores
 * of the same scale joined by a change (`LATCH 7/10 -> 9/10`, `Aldrete 8/10 -> 9/10`: same
 * denominator, neither numerator above it), or a cell of a table (cells split by pipes or by two
 * spaces or more) whose row holds a result word (`CVLT-3 long delay | 3/16 | impaired`, `Thin (0)
 * | 7/8 silent | moderate`).
 *
 * @param text - the note
 * @param start - the pair's start
 * @param end - the pair's end
 * @returns whether the pair is a score
 */
export function isScoreNotDate(text: string, start: number, end: number): boolean {
  // the pair's line, looked for within 400 characters either side (a longer line is no table or score list)
  const from = Math.max(0, start - 400);
  const to = Math.min(text.length, end + 400);
  const window = text.slice(from, to);
  const back = window.lastIndexOf('\n', start - from - 1);
  const fwd = window.indexOf('\n', end - from);
  if ((back < 0 && from > 0) || (fwd < 0 && to < text.length)) return false;
  const lineStart = from + back + 1;
  const lineEnd = fwd < 0 ? to : from + fwd;
  if (lineEnd - lineStart > 400) return false;
  const line = text.slice(lineStart, lineEnd);
  SCORE_PAIR.lastIndex = 0;
  for (let m = SCORE_PAIR.exec(line); m !== null; m = SCORE_PAIR.exec(line)) {
    const s0 = lineStart + m.index;
    if (start < s0 || end > s0 + m[0].length) continue;
    const [a, b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    // (never after a date's word: `from 3/10 -> 4/10` are two dates)
    if (b === d && a <= b && c <= d && b >= 3 && !/\b(?:on|from|since|until|till|dated|seen|admitted|discharged|between|started|stopped)[ \t]{1,2}$/i.test(text.slice(Math.max(0, s0 - 14), s0))) return true;
  }
  // a table's cell: a pipe or two spaces before and after the pair (words may follow it in its cell)
  const before = text.slice(lineStart, start);
  if (!/(?:\||[ \t]{2})[ \t]*$/.test(before)) return false;
  const rest = text.slice(end, lineEnd);
  if (!/^[ \t]*(?:[\p{L} ]{0,20})?(?:\||[ \t]{2}|$)/u.test(rest)) return false;
  return RESULT_WORD.test(rest);
}
