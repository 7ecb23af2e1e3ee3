/**
 * Facilities by pattern: capitalised words before a facility word (`Ashgrove Hospital`,
 * `St. Mary's Medical Center`, `Oak Hill Nursing Home`, `Pine Manor`, `Shore Rehab`), reported
 * whole with their facility words (`___`, not `___ Hospital`).
 *
 * Also: the place after a movement cue (`transferred to X`) or an `@` written for "at"
 * (`care received @ X`, never a time or a rate: `@ 1230`, `@ 40cc/hr`); a town or place word
 * before `General`, `Memorial`, `Regional` or a veterans' hospital word (`BALTIMORE VA`, `the
 * Springfield VAMC`: the town is removed, `VA` kept); university hospitals, wards with a floor
 * number, hospital acronyms after a place preposition or an arrow (`to BCH`, `-> SVMC`, and in
 * lower case `enroute to mgh`: consonants only), practices named after a person, children's
 * hospitals by their own word (`Levine Children's`, `Children's Mercy`).
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { ICU_UNITS, NOT_A_FACILITY_AFTER, ONE_WORD_FACILITY_NAMES } from '../../../../allowlists/_spanContext.js';
import { CONSULTING_SERVICE, DEPARTMENT_LAST, isKindOfCare } from '../../_careKinds.js';
import { ABBREVIATION_IN_NAME, CLINICAL_WORDS, COMMON_WORDS, SPECIALTY_WORD, TOPOGRAPHIC_WORD, classifyWord, isCityName, isClinicalAbbreviation, isStopWord, mkSpan } from './_lib.js';
import { charStarts, cue, eachCuedMatch, eachMatchFrom, tokenStarts, prepareScans, scanUnits } from './_scan.js';

const SOURCE = 'rules/hospital';

/** The facility words, `hospital` also with one typing slip (`Hosptial`, `Hopital`, `Hospitol`). */
const FACILITY =
  /\b(?:hospital|hosp|hopital|hosital|hosptal|hospial|hospitl|hsopital|hopsital|hosiptal|hosptial|hospitla|hospitol|hospitel|hospiral|medical\s{1,2}center|medical\s{1,2}centre|med\s{1,2}ctr|health\s{1,2}center|health\s{1,2}care\s{1,2}center|healthcare|clinic|nursing\s{1,2}home|nursing\s{1,2}facility|nursing\s{1,2}center|rehab|rehabilitation(?:\s{1,2}(?:center|hospital|facility))?|manor|infirmary|hospice|care\s{1,2}center|sanatorium|medical\s{1,2}group|memorial|health\s{1,2}system|va\s{1,2}medical|health\s{1,2}plan|center|centre|institute|imaging|dialysis|associates|group|partners|laboratory|lab|pharmacy|funeral\s{1,2}home|primary\s{1,2}care|family\s{1,2}(?:medicine|practice)|internal\s{1,2}medicine|occupational\s{1,2}(?:medicine|health)|urgent\s{1,2}care|drug|drugs|apothecary|chemist|chemists|visiting\s{1,2}nurses?(?:\s{1,2}(?:association|service|services))?|surgical|surgicenter|surgery\s{1,2}center|renal\s{1,2}care|kidney\s{1,2}care)\b/gi;
/**
 * Facility words that name a kind of place far more often than one place (`Poison Control Center`,
 * `Sleep Lab`, `Diagnostic Imaging`, `support group`): a name before them needs a word of its own
 * (a person's or town's name, a word no lexicon knows, or a landscape word: `Desert Springs Dialysis`).
 */
/**
 * A practice named by its own words and two kinds of care joined by `&`, with no facility word:
 * `Summit Endocrine & Diabetes`, `Lake Sumter Heart & Vascular`, `West Texas Pain & Spine`.
 * `m[1]` the name words, `m[2]` and `m[3]` the kinds of care.
 */
const CARE_PAIR = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}'’.-]{1,24}[ \t]{1,2}){1,3})(\p{Lu}\p{Ll}{2,20})[ \t]{1,2}(?:&|and)[ \t]{1,2}(\p{Lu}\p{Ll}{2,20})(?![\p{L}\d])/gu;
const WEAK_FACILITY = /^(?:health\s{1,2}plan|center|centre|institute|imaging|dialysis|associates|group|partners|laboratory|lab|pharmacy|funeral|primary|family|internal|occupational|urgent|drugs?\b|apothecary|chemists?|surgical|surgicenter|surgery|renal|kidney)/i;

/**
 * Whether the words before a facility word name a department, not a place ("Infectious Disease",
 * "Heart Failure", "Nephrology"): its last word is a specialty or a problem and every word is an
 * everyday or clinical word (a place's name has a word of its own: "Sacred Heart", "Mercy").
 */
function isDepartment(name: string): boolean {
  const words = name.trim().split(/\s+/).filter((x) => x.length > 0);
  const last = words[words.length - 1];
  if (last === undefined || words.length > 4 || !(SPECIALTY_WORD.test(last) || DEPARTMENT_LAST.test(last))) return false;
  return words.every((x) => {
    const c = classifyWord(x);
    return c === 'stop' || c === 'common' || SPECIALTY_WORD.test(x) || DEPARTMENT_LAST.test(x);
  }) && !words.some((x) => DEPARTMENT_NOT_GENERIC.test(x) || TOPOGRAPHIC_WORD.test(x));
}
/**
 * A word a facility's name has of its own (a person's name, a word no list knows, a landscape
 * word, `Mercy`), given its class: with one, weak facility words (`Center`, `Group`) and kinds of
 * care (`Endocrine & Diabetes`) name a place.
 */
function isOwnNameWord(word: string, cls: string): boolean {
  return cls === 'unknown' || cls === 'surname' || cls === 'first' || TOPOGRAPHIC_WORD.test(word) || DEPARTMENT_NOT_GENERIC.test(word);
}
/** Everyday words that begin a place's own name ("Sacred Heart", "Good Samaritan", "Mercy"): never a department. */
const DEPARTMENT_NOT_GENERIC = /^(?:sacred|holy|good|mercy|hope|providence|grace|faith|trinity|unity|saint|st)$/i;

/** Words that can sit inside a facility name without being capitalised ("of", "the"). */
const LINKS = /^(?:of|the|and|&)$/i;
/** Generic words that, directly before the facility word, do not name a place. */
const GENERIC = /^(?:general|community|medicare|medicaid|insurance|practice|regional|university|children'?s|women'?s|memorial|state|county|city|veterans|va|outside|osh|private|local|teaching|rehab|acute|chronic|long-term|psychiatric|psych|mental|day|pain|heart|cancer|eye|dental|urgent|walk-in|free|the|a|an|this|that|his|her|their|another|other|same|previous|prior|nearest|nearby|new|old|transfer|transferred|admission|readmission|discharge|discharged|home)$/i;

const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’&-]{0,30}\.?|&)\s{1,3}$/u;
/** Words of a facility's kind, walked over between its name and the facility word ("Fallsburg Nursing and Rehabilitation Center"). */
const FACILITY_PART =
  /^(?:nursing|skilled|health|healthcare|care|medical|rehabilitation|rehab|community|veterans|affairs|center|centre|hospital|home|facility|behavioral|behavioural|psychiatric|specialty|surgical|surgery|treatment|services|living|assisted|senior|cancer|heart|children'?s|women'?s)$/i;
/** Facility words that are part of the name ("Ashgrove Memorial", "Salem Regional"). */
const NAME_PART_FACILITY = /^(?:memorial|regional|general)$/i;
/** Generic words that name a hospital on their own when capitalised before a facility word ("Memorial Hospital"). */
const SELF_NAMING = /^(?:memorial|general|regional|university|community|mercy|county)$/i;

/**
 * A branch or a town right after a facility's words, closing the phrase on the same line: `Desert
 * Springs Dialysis - Sunset`, `Concord Hospital Laconia;`, `Fresenius Kidney Care Boca Chica,`,
 * `Gateway Renal Center Ironbound since 2019`. `m[1]` the one or two capitalised words.
 */
const BRANCH_AFTER =
  /[ \t]{1,2}(?:[-–—][ \t]{1,2})?(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)(?=[ \t]{0,2}(?:[,;.:)(]|\r?\n|$|[-–—][ \t]|[ \t](?:on|at|in|for|since|from|until|with|and|by|x\d)\b))/uy;
/** Words after a facility's words that are no branch: its parts, a department, a day, a title. */
const NOT_A_BRANCH = /^(?:course|campus|building|bldg|wing|tower|unit|floor|suite|annex|pavilion|center|centre|clinic|hospital|department|dept|division|service|services|program|lab|laboratory|pharmacy|imaging|radiology|emergency|urgent|main|north|south|east|west|central|downtown|outpatient|inpatient|dr|doctor|mr|mrs|ms|attn|attention|fax|phone|tel|office|desk|team|staff|nurse|nursing|note|notes|records|report|summary|discharge|admission|transfer|followup|follow)$/i;
/** A weekday or a month: what a plan was moved to, no place (`the potluck is moved to Saturday`). */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december|tomorrow|tonight|today|noon|midnight|morning|afternoon|evening)$/i;
/**
 * Movement cues before a place: "transfer to X 2", "admitted to X", "sent from X", "surgeon
 * from X" (a room number may come first: "transferred to 209 X"). The place
 * must be a word no lexicon knows as an everyday or clinical word (an internal building or
 * ward name), optionally followed by a floor number.
 */
const MOVE_TO =
  /(?:\b(?:transfer(?:red|ed|ring)?|trans(?:ferred)?|tx|xfer(?:red)?|admitted|admit|adm|sent|discharged|dc'?d|d\/c'?d|c\/o|taken|brought|returned|return|go|going|went|moved|arrived|came|come|bed|screened|accepted)\s{1,2}(?:back\s{1,2})?(?:to|from|at|in)\s{1,2}|\b(?:surgeon|doctor|physician|team|someone|rep|nurse)s?\s{1,2}(?:from|at)\s{1,2})(?:the\s{1,2})?(?:\d{1,4}\s{1,2}(?=[A-Za-z]{4}))?(St\.?\s{1,2}[A-Z][A-Za-z]{1,30}(?:['’]s)?|[A-Za-z][A-Za-z'’]{2,30})(\s{0,2}\d{1,2}\b)?/gi;
/**
 * `@` written for "at" before a place: "care received @ Boston VA", "bed @ St. Elsewhere", "seen @
 * Mercy General". Only before a word of three letters or more, so a time (`@ 1230`, `@ 5pm`), a
 * rate (`@ 40cc/hr`) or an abbreviation (`@ HS`) is no place; an e-mail address (`a@b.org`) has
 * no space or start of text before its `@`.
 */
const AT_SIGN = /(?<![\w.@-])@[ \t]{0,2}(?:the[ \t]{1,2})?(St\.?[ \t]{1,2}[A-Z][A-Za-z]{1,30}(?:['’]s)?|[A-Za-z]{3}[A-Za-z'’]{0,28})(\s{0,2}\d{1,2}\b)?/gi;
/**
 * A hospital word after the place word: "Mercy General", "BOSTON VA", "the Springfield VAMC",
 * "Salem V.A.". The place word and it name the hospital whatever the place word means.
 */
const HOSPITAL_WORD_AFTER = /^[ \t]{1,2}(?:General|GENERAL|Memorial|MEMORIAL|Regional|REGIONAL|VAMC|VA|V\.A\.?|vamc|va|v\.a\.?)(?![\w'’-])/;
/**
 * Everyday words that name a kind of place or service, not a particular one, after a movement
 * cue even when capitalised ("went to Rehab", "back to Floor").
 */
const GENERIC_DESTINATION =
  /^(?:home|house|rehab|floor|unit|radiology|surgery|medicine|cardiology|neurology|oncology|hospice|dialysis|pharmacy|nursing|endoscopy|cath|lab|emergency|recovery|telemetry|tele|outpatient|inpatient|physical|occupational|speech|social|care|bed|chair|bathroom|shower|commode|sleep|work|school|church|court|jail|prison|shelter|family|hospital|clinic|office|bedside|room|car|ambulance|helicopter|stepdown|step|pre|post|holding|procedure|imaging|echo|ultrasound|interventional|vascular|neurosurgery|orthopedics|urology|psychiatry|psych|detox|transplant|burn|trauma|pulmonary|renal|hepatology|gi|medical|surgical|intensive|critical|general|main|central|same|other|another|here|there|this|that|today|tonight|tomorrow|now|again|toilet|labor|l&d|delivery|triage|antepartum|postpartum|nursery|observation|obs|preop|postop|pacu|ward|wards|icu|ccu|micu|sicu|nicu|picu|stepdown|float|geriatrics|pediatrics|peds|obstetrics|ob|gyn|maternity|mother-baby|newborn)$/i;
/** Intensive-care and other unit acronyms ("NISICU", "vicu", "PCU"), and outside-hospital shorthand. */
/** Words a facility word qualifies, as a heading or a section names them (`Hospital Course`, `Drug Interaction`, `Pharmacy Consult`). */
const QUALIFIED_AFTER_FACILITY =
  /^(?:interactions?|review|note|notes|consult|consultation|evaluation|assessment|screen|screening|reconciliation|list|levels?|protocol|policy|orders?|education|history|use|abuse|allerg(?:y|ies)|results?|report|summary|plan|monitoring|dosing|therapy|admission|discharge|stay)$/i;
/** Facility words that qualify a clinical noun far more often than they end a name (`Drug Interaction`, `Lab Results`, `Pharmacy Consult`). */
const QUALIFYING_FACILITY = /^(?:drugs?|lab|laboratory|pharmacy|imaging|rehab|rehabilitation)$/i;
/** A compass word alone names a ward of the hospital (`7 North`, `to 11 East`, `North 2`), no place. */
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/i;
const UNIT_LIKE = /(?:icu|ccu|pcu|csru|ccru|pacu|osh|unit|ward|floor|scan|nbp|imv|cmv|simv|iabp|balloon|pump|vent|bipap|cpap)/i;
/** "University of Vermont", "U Vermont", "Univ. of X": a university hospital. */
const UNIVERSITY = /\b(?:University\s{1,2}of|UNIVERSITY\s{1,2}OF|university\s{1,2}of|Univ\.?|UNIV\.?|U(?:\s{1,2}(?:of|OF))?)\s{1,2}([A-Z][A-Za-z]{1,30}|[a-z]{4,30})\b/g;
/** `MICU Blake 7`, `CCU Farr 2B`: an intensive care unit, then the ward's name and its floor: the name is a place whatever it is. */
const UNIT_WARD = new RegExp(`\\b${ICU_UNITS}[ \\t]{1,2}(\\p{Lu}\\p{Ll}{2,30})[ \\t]{1,2}(?:1[0-2]|[1-9])[A-Z]?\\b`, 'gu');
const UNIT_WARD_CUE = cue('micu sicu ccu cvicu tsicu nicu picu csru icu');
/** "<ward> 2" after a preposition or a plan header: a building or ward with a floor number. */
const WARD_FLOOR = /\b(?:to|from|on|at|in|transfer|xfer|plan\s{0,2}:|p\s{0,2}:)\s{1,2}([A-Za-z][A-Za-z'’]{3,30})\s{1,2}([1-9])\b(?![.,]\d|\s{0,2}(?:mg|mcg|g|gm|l|ml|cc|units?|u|x|times|hrs?|hours?|days?|min|minutes?|am|pm|liters?|lpm|%|\/|:(?=\d)|bags?|amps?|doses?|tabs?|pills?|puffs?|drops?|sets?|of|more|time))/gi;
/**
 * "Salem Regional", "Dover Memorial", "BALTIMORE VA", "the Springfield VAMC", "Salem V.A.": a town
 * and a hospital word.
 */
const TOWN_HOSPITAL = /\b(?:regional|memorial|general|vamc|va|v\.a\.?)(?![\w'’-])/gi;
/**
 * A hospital named by its one distinctive word after a place preposition: `brought him to
 * Mercy`, `delivered at Deaconess`, `from Presbyterian` (not a church or a faith after it).
 */
const ONE_WORD_FACILITY = new RegExp(`\\b(?:to|at|from|in|@)[ \\t]{1,2}(?:the[ \\t]{1,2})?(${ONE_WORD_FACILITY_NAMES})\\b(?!${NOT_A_FACILITY_AFTER})`, 'g');
const ONE_WORD_FACILITY_CUE = cue('mercy deaconess shriners sinai presbyterian methodist baptist lutheran adventist episcopal');
/**
 * An organisation's one-word name written with an inner capital after `at` or `from`: `his last
 * paracentesis was at MetroWest`, `transferred from HealthSouth`. Drug and device brands written
 * that way (`NovoLog`, `PleurX`) are the allow list's to keep.
 */
/**
 * A residence or home for care named by one or two capitalised words and a housing word (`Larkspur
 * Gardens`, `Harbor View Commons`, `Cedar Ridge Estates`), where a placement is spoken of: a word of
 * moving or living before it, or a word of accepting or of care after it. `m[1]` the name, `m[2]` the
 * housing word.
 */
const CARE_HOME =
  /(?:\b(?:to|at|from|in|resides|lives|living|placed|placement|accepted|referral|referrals|sent|declined)[ \t]{1,2}(?:the[ \t]{1,2})?|(?:^|\n|[.;:][ \t]{1,3}))(\p{Lu}[\p{Ll}'’]{2,20}(?:[ \t]\p{Lu}[\p{Ll}'’]{2,20})?)[ \t](Gardens|Village|Commons|Pointe|Heights|Estates|Lodge|Residences?|Terrace|Meadows|Crossing|Court|Haven|Springs|Glen|Oaks|Pines)\b(?=[ \t]{0,2}(?:\(|,|\.|;|\n|$|SNF|ALF|AL\b|LTC|assisted|nursing|rehab|memory|senior|skilled|care|accepted|declined|has|have|will|is|was|for|on|at|to|and|or|since|with))/gu;
/** After a home's name: a word of care or of its answer to a referral, so an everyday word names it (`Larkspur Gardens accepted`). */
const PLACEMENT_AFTER = /^[ \t]{0,2}(?:SNF|ALF|LTC|assisted|nursing|rehab|memory|skilled|accepted|declined)\b/;
const CARE_HOME_CUE = cue('gardens village commons pointe heights estates lodge residence residences terrace meadows crossing court haven springs glen oaks pines');
/**
 * A place named after a saint, after a lower-case word, a bracket, punctuation or a line's start (so
 * never a street's `Main St.`), in mixed case (`ST.` in capitals is as often sinus tachycardia ending a
 * sentence): a hospital, a church, a school or a town (`prefers St. Columba`, `from St. Anne's`). The allow list keeps herbs, devices and diseases named so (`St. John's wort`).
 */
const SAINT_PLACE = /(?<=(?:^|[\n(]|[.;:,][ \t]{1,3}|(?<![\p{L}'’])\p{Ll}{2,20}[ \t]{1,2}))(?:St\.|Saint|Ste\.)[ \t]{1,2}\p{Lu}[\p{Ll}'’-]{2,20}(?:['’]s)?/gu;
const SAINT_CUE = cue('st saint ste');
/** `Our Lady of the Harbor`, `Our Lady of Lourdes`: a Catholic hospital's, home's or parish's name, whatever follows it. */
const OUR_LADY = /\b(?:Our|OUR)[ \t]{1,2}(?:Lady|LADY)[ \t]{1,2}(?:of|OF)[ \t]{1,2}(?:(?:the|THE)[ \t]{1,2})?\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]{1,2}\p{Lu}[\p{L}'’-]{1,24}){0,2}/gu;
const OUR_LADY_CUE = cue('lady');
const CAMEL_FACILITY = /\b(?:at|from|@)[ \t]{1,2}(?:the[ \t]{1,2})?(\p{Lu}\p{Ll}{2,15}\p{Lu}\p{Ll}{2,15})\b/gu;
const CAMEL_FACILITY_CUE = cue('at from');
/** A place's name before its emergency department: `a call from Tufts ED`, `seen at Lowell General ER`. */
const PLACE_ED = /\b(?:from|at|to|in|@)[ \t]{1,2}(?:the[ \t]{1,2})?([A-Z][A-Za-z'’]{2,30}(?:[ \t]{1,2}[A-Z][A-Za-z'’]{2,30})?)[ \t]{1,2}(?:ED|ER|E\.D\.|Emergency[ \t]{1,2}(?:Department|Dept|Room))\b/g;
const PLACE_ED_CUE = cue('ed er e emergency');
/** Words that say which of a hospital's emergency departments, not whose (`Main ED`, `Peds ED`, `North ER`). */
const ED_KIND = /^(?:main|north|south|east|west|central|adult|adults|peds|pediatric|paediatric|new|old|satellite|community|local|nearest|outside|our|their|your|another|other|urgent|walk-in)$/i;
/** The veterans' hospital words of {@link TOWN_HOSPITAL}. */
const VA_WORD = /^(?:vamc|va|v\.a\.?)$/i;
/** A state after a town, not a hospital: "Richmond VA 23219", "lives in Arlington VA". */
const VA_AS_STATE_AFTER = /^[ \t,]{0,3}\d{5}\b/;
const VA_AS_STATE_BEFORE = /\b(?:lives?|living|lived|resides?|residing|born|moved|moving|home|native|raised|grew\s{1,2}up)\s{1,2}(?:\w{1,12}\s{1,2}){0,2}$/i;
const TOWN_BEFORE = /\b([A-Za-z][A-Za-z'’]{2,30}(?:\s{1,2}[A-Za-z][A-Za-z'’]{2,30})?)\s{1,2}$/;
/** "to the BCH", "from SVMC": a hospital acronym (…H, …MC, …HC) after a place preposition. */
const HOSPITAL_ACRONYM = /\b[A-Z]{0,3}(?:H|MC|HC)\b/g;
const ACRONYM_BEFORE = /(?:\b(?:to|at|from|in|by|leave|left)\s{1,2}(?:the\s{1,2})?|(?:->|→)\s{0,2})$/i;
/** Place prepositions only (an arrow reads as "to"): where case says nothing, a word-like acronym needs one of these ("BY TECH" is an agent). */
const PLACE_BEFORE = /(?:\b(?:to|at|from)\s{1,2}(?:the\s{1,2})?|(?:->|→)\s{0,2})$/i;
/**
 * "transferred to mgh", "enroute to bwh": a hospital acronym typed in lower case. Consonants only
 * (a vowel reads as a word: `bath`, `much`), after a place preposition or an arrow only.
 */
const HOSPITAL_ACRONYM_LOWER = /\b[b-df-hj-np-tv-xz]{0,3}(?:h|mc|hc)\b/g;
/** A vowel after the first letter: the acronym reads as a word or a clipped word (`TECH`, `MESH`), not initials (`BCH`, `SVMC`). */
const WORD_LIKE_ACRONYM = /^.[A-Z]*[AEIOU]/;
const CLINICAL_H = /^(?:PH|TH|ICH|SAH|SDH|EDH|IVH|BPH|LVH|RVH|NPH|PTH|TSH|LDH|ADH|FSH|ACTH|DOH|HOH|HH|OH|AH|UH|PPH|CHF|RH|LH|NH|AMC|CMC|DMC|PMH|FH|SH|OSH|OH|CH|WH|BH|ECH|SCH)$/;
/**
 * A facility's acronym where a patient came from or was discharged to: `discharged to SAH.`,
 * `transferred from ACI on 3/4`. Units and kinds of place are left out (`transferred from MICU`,
 * `discharged to SNF`), and so is `sent` (a specimen is sent to `BB`). `m[1]` the acronym, checked
 * for capitals after the match.
 */
const ORIGIN_OR_DESTINATION_ACRONYM =
  /\b(?:discharged|dc'?d|d\/c'?d|transferred|transfered|xferred|tx'?d|admitted|arrived|came)[ \t]{1,2}(?:back[ \t]{1,2})?(?:to|from)[ \t]{1,2}(?:the[ \t]{1,2})?([A-Za-z]{2,5})(?=[ \t]{0,2}(?:[.,;)]|\n|$|(?:on|for|in|at|with|after|where|and|\d)\b))/gi;
/** Units, services, tests and kinds of place a patient moves between, never one facility's name. */
const UNIT_OR_KIND_ACRONYM =
  /^(?:ICU|MICU|SICU|CCU|CVICU|CSRU|TSICU|NICU|PICU|NSICU|PACU|IMC|IMU|PCU|SDU|CDU|TELE|ED|ER|EW|OR|IR|EP|CT|MRI|US|GI|PT|OT|SNF|ECF|LTC|LTCF|LTAC|LTACH|ALF|ILF|IRF|ARF|SAR|STR|LTR|TCU|NH|VNA|HHA|OSH|HOME|REHAB|FLOOR|ACF|CCRC|VA|VAMC|PCP|MD|AMA|DNR|CMO|HCP|OB|ENT|CVA|BMT|ONC|ICN|BB|LAB)$/;
/** A building name glued to its kind: "ThornburyBuilding", "SmithPavilion". */
const GLUED_BUILDING = /\b([A-Z][a-z]{2,30})(Building|Bldg|Hospital|Center|Pavilion|Tower|Wing|Clinic)\b/g;
/** A floor number glued to a ward name ("THORNBURY3"). */
const WARD_GLUED = /\b([A-Za-z]{4,30})(\d{1,2})\b/g;

// Cues (see _scan.ts): each regex runs only where one of its first words occurs.
const FACILITY_CUE = cue(`visiting hospital hosp hopital hosital hosptal hospial hospitl hsopital hopsital hosiptal hosptial hospitla hospitol hospitel hospiral medical med health healthcare clinic nursing rehab rehabilitation manor infirmary hospice
  care sanatorium memorial va center centre institute imaging dialysis associates group partners laboratory lab pharmacy funeral primary family internal occupational urgent drug drugs apothecary chemist chemists surgical surgicenter surgery renal kidney`);
/** First words of MOVE_TO (`d/c'd` starts with `d`, `c/o` with `c`). */
const MOVE_CUE = cue(`transfer transferred transfered transferring trans tx xfer xferred admitted admit adm sent discharged dc dcd
  d c taken brought returned return go going went moved arrived came come bed screened accepted surgeon surgeons doctor doctors
  physician physicians team teams someone someones rep reps nurse nurses`);
const UNIVERSITY_CUE = cue('university univ u');
/** First words of ORIGIN_OR_DESTINATION_ACRONYM. */
const ORIGIN_CUE = cue('discharged dc dcd d transferred transfered xferred tx txd admitted arrived came');
const WARD_CUE = cue('to from on at in transfer xfer plan p');
const TOWN_HOSPITAL_CUE = cue('regional memorial general va vamc v');
/** A floor number (1-9) as a token: WARD_FLOOR needs one a word or two after its preposition. */
const isFloorNumber = (w: string): boolean => w.length === 1 && w.charCodeAt(0) >= 49 && w.charCodeAt(0) <= 57;
/** Tokens WARD_GLUED may match: four letters or more, then one or two digits. */
function mayBeWardGlued(w: string): boolean {
  const n = w.length;
  if (n < 5 || !isDigit(w.charCodeAt(n - 1))) return false;
  const k = isDigit(w.charCodeAt(n - 2)) ? n - 2 : n - 1;
  for (let j = 0; j < k; j++) {
    const c = w.charCodeAt(j) | 32;
    if (c < 97 || c > 122) return false;
  }
  return k >= 4;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Tokens HOSPITAL_ACRONYM_LOWER may match: two to five lower-case consonants ending in h, mc or hc. */
function mayBeLowerAcronym(w: string): boolean {
  return w.length >= 2 && w.length <= 5 && HOSPITAL_ACRONYM_LOWER_WORD.test(w);
}
const HOSPITAL_ACRONYM_LOWER_WORD = /^[b-df-hj-np-tv-xz]{0,3}(?:h|mc|hc)$/;
/** Tokens HOSPITAL_ACRONYM may match: up to five capitals ending in H, MC or HC. */
function mayBeAcronym(w: string): boolean {
  if (w.length > 5) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return w.endsWith('H') || w.endsWith('MC') || w.endsWith('HC');
}
const GLUED_END = /(?:Building|Bldg|Hospital|Center|Pavilion|Tower|Wing|Clinic)$/;
/** Tokens GLUED_BUILDING may match: a capitalised word glued to a building word. */
function mayBeGluedBuilding(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length >= 7 && c >= 65 && c <= 90 && GLUED_END.test(w);
}

/**
 * A practice named after a person, removed whole with its title and kind (`Dr. Amadi Family
 * Practice`, `Kowalski Pediatrics`, `Chen Dental`, `DR. OSEI FAMILY PRACTICE`).
 */
const PRACTICE =
  /(?<![\p{L}\d'’-])(?:(?:Dr|DR|Doctor|DOCTOR)\.?[ \t]{1,2})?(\p{Lu}[\p{L}\p{M}'’-]{1,30})(?:['’][sS])?[ \t]{1,2}(?:(?:Family|FAMILY|Internal|INTERNAL|Pediatric|PEDIATRIC)[ \t]{1,2})?(?:Practice|PRACTICE|Pediatrics|PEDIATRICS|Associates|ASSOCIATES|Medical[ \t]{1,2}(?:Group|Associates)|MEDICAL[ \t]{1,2}(?:GROUP|ASSOCIATES)|Dental|DENTAL|Dentistry|DENTISTRY)(?![\p{L}\d])/gu;
const PRACTICE_CUE = cue('practice pediatrics associates group dental dentistry');
/**
 * Where an outside study was done, in a comparison line: `Outside study (SMC, November 2021)`,
 * `Chest radiograph from PMH dated 20150708`, `FROM THE PORT DATED 4/17/2014`.
 */
const STUDY_SOURCE =
  /\b(?:(?:outside|osh|external)[ \t]{1,2}(?:study|studies|films?|imaging|exam|images?|ct|mri|cxr|radiographs?)[ \t]{0,2}\([ \t]{0,2}(?:the[ \t]{1,2})?([\p{L}][\p{L}'’&.-]{1,30}(?:[ \t]{1,2}[\p{L}][\p{L}'’&.-]{1,30}){0,3})(?=[ \t]{0,2}[,;][ \t]{0,2}(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]))|from[ \t]{1,2}(?:the[ \t]{1,2})?([\p{L}][\p{L}'’&.-]{1,30}(?:[ \t]{1,2}[\p{L}][\p{L}'’&.-]{1,30}){0,3})(?=[ \t]{1,2}dated\b))/giu;
const STUDY_SOURCE_CUE = cue('outside osh external from');
/** Words that name a kind of place, a test or a time, not a facility (`from CT dated`, `from the outside hospital dated`). */
const NOT_A_SOURCE = /^(?:ct|cta|mri|mra|cxr|xr|us|pet|kub|ekg|ecg|echo|study|exam|film|films|prior|previous|outside|osh|hospital|the|ed|er|icu|clinic|office|home|today|yesterday|admission|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * A children's hospital by its own word, before or after `Children's` (`Levine Children's`,
 * `Phoenix Children's`, `Children's National`, `Children's Mercy`); never `the Children's` or
 * `Children's Hospital` alone.
 */
const CHILDRENS = /\b(?:(\p{Lu}[\p{L}'’.-]{1,24})[ \t]{1,2}Children['’]s|Children['’]s[ \t]{1,2}(\p{Lu}[\p{L}'’-]{2,24}))(?![\p{L}\d'’])/gu;
const CHILDRENS_CUE = cue('children childrens');
/** Words after `Children's` that are a unit or a facility word, not a hospital's own name. */
const CHILDRENS_NOT_NAME = /^(?:hospital|hospitals|medical|health|healthcare|center|centre|clinic|clinics|services|unit|ward|floor|nicu|picu|ed|er|icu|or|and|of|the)$/i;
/**
 * A facility whose head comes first, as Spanish and Portuguese write it: `Clínica Familiar de Cabo Rojo`,
 * `Farmacia San Judas`, `Centro de Salud Las Lomas`, `Hospital de la Concepción` (`Hospital` only before
 * `de`, `del`, `San`, `Santa`: `Hospital Course` is a heading). `m[1]` the name.
 */
const HEAD_FIRST =
  /\b(?:Cl[íi]nica|CL[ÍI]NICA|Farmacia|FARMACIA|Botica|Sanatorio|Policl[íi]nica|Centro[ \t]{1,2}(?:de[ \t]{1,2}Salud|M[ée]dico|de[ \t]{1,2}Diagn[óo]stico)|Hospital(?=[ \t]{1,2}(?:de|del|San|Santa|Santo|Universitario|General[ \t]de)\b))[ \t]{1,2}((?:(?:de|del|la|las|los|el|y)[ \t]{1,2})*\p{Lu}[\p{L}'’-]{1,24}(?:[ \t]{1,2}(?:(?:de|del|la|las|los|el|y)[ \t]{1,2})*\p{Lu}[\p{L}'’-]{1,24}){0,4})/gu;
const HEAD_FIRST_CUE = cue('clínica clinica farmacia botica sanatorio policlínica policlinica centro hospital');
prepareScans(HEAD_FIRST, CARE_PAIR, CHILDRENS, AT_SIGN, ONE_WORD_FACILITY, OUR_LADY, SAINT_PLACE, CARE_HOME, CAMEL_FACILITY, UNIT_WARD, PLACE_ED, FACILITY, GLUED_BUILDING, PRACTICE, STUDY_SOURCE, HOSPITAL_ACRONYM, HOSPITAL_ACRONYM_LOWER, ORIGIN_OR_DESTINATION_ACRONYM, MOVE_TO, TOWN_HOSPITAL, UNIVERSITY, WARD_FLOOR, WARD_GLUED);
/**
 * Pattern detector for named facilities (type `HOSPITAL`, source `rules/hospital`).
 *
 * @example
 * ```ts
 * hospitalDetector.detect(createTextContext('transferred from Ashgrove Hospital')); // span over "Ashgrove"
 * ```
 */
export const hospitalDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['HOSPITAL', 'LOCATION'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    const tokens = scanUnits(ctx);
    const upperNote = ctx.isMostlyUpperCase;
    eachCuedMatch(ctx, STUDY_SOURCE, STUDY_SOURCE_CUE, 0, (m) => {
      const name = m[1] ?? m[2]!;
      const words = name.split(/[ \t]+/);
      // capitalised (any case in a caseless note), and no word a test, a generic place or a clinical word
      if (!ctx.isCaseless && !words.every((w) => /^\p{Lu}/u.test(w))) return;
      if (words.some((w) => NOT_A_SOURCE.test(w.replace(/['’]s$/i, '')) || GENERIC.test(w) || classifyWord(w.replace(/\.$/, '')) === 'stop')) return;
      const start = m.index + m[0].length - name.length;
      out.push(mkSpan(start, start + name.length, 'HOSPITAL', SOURCE, 0.7));
    });
    if (!ctx.isCaseless) {
      eachCuedMatch(ctx, CHILDRENS, CHILDRENS_CUE, 28, (m) => {
        const own = m[1] ?? m[2]!;
        const bare = own.replace(/\.$/, '');
        const cls = classifyWord(bare);
        // a place's or person's own word ("Levine", though a murmur's grade is also Levine's);
        // before the word, no everyday word ("Pediatric Children's"), after it any word but a unit
        if (cls === 'stop' || GENERIC.test(bare) || (bare === bare.toUpperCase() && isClinicalAbbreviation(bare))) return;
        if (m[1] !== undefined ? cls === 'common' : CHILDRENS_NOT_NAME.test(bare)) return;
        out.push(mkSpan(m.index, m.index + m[0].length, 'HOSPITAL', SOURCE, 0.7));
      });
      eachCuedMatch(ctx, ONE_WORD_FACILITY, ONE_WORD_FACILITY_CUE, 12, (m) => {
        const end = m.index + m[0].length;
        out.push(mkSpan(end - m[1]!.length, end, 'HOSPITAL', SOURCE, 0.7));
      });
      eachCuedMatch(ctx, CARE_HOME, CARE_HOME_CUE, 48, (m) => {
        const words = m[1]!.split(/[ \t]/);
        // a name no list holds as an everyday word, or two words (`Harbor View`); never a street's or a clinical word
        const start = m.index + m[0].length - m[1]!.length - 1 - m[2]!.length;
        const placed = PLACEMENT_AFTER.test(text.slice(start + m[1]!.length + 1 + m[2]!.length, start + m[1]!.length + m[2]!.length + 20));
        if (words.some((w) => classifyWord(w) === 'stop' || GENERIC.test(w)) || (words.length === 1 && classifyWord(words[0]!) === 'common' && !placed)) return;
        out.push(mkSpan(start, start + m[1]!.length + 1 + m[2]!.length, 'HOSPITAL', SOURCE, 0.65));
      });
      eachCuedMatch(ctx, SAINT_PLACE, SAINT_CUE, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'HOSPITAL', SOURCE, 0.65)));
      eachCuedMatch(ctx, OUR_LADY, OUR_LADY_CUE, 4, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'HOSPITAL', SOURCE, 0.75)));
      eachCuedMatch(ctx, CAMEL_FACILITY, CAMEL_FACILITY_CUE, 0, (m) => {
        const name = m[1]!;
        if (isClinicalAbbreviation(name) || classifyWord(name) === 'stop') return;
        const end = m.index + m[0].length;
        out.push(mkSpan(end - name.length, end, 'HOSPITAL', SOURCE, 0.65));
      });
      eachCuedMatch(ctx, PLACE_ED, PLACE_ED_CUE, 72, (m) => {
        const name = m[1]!;
        const words = name.split(/[ \t]+/);
        // a place's own word: no everyday, clinical or generic word, no test and no department ("Peds ED", "Main ED")
        const own = (w: string): boolean => {
          const bare = w.replace(/['’]s$/i, '');
          if (ED_KIND.test(bare) || NOT_A_SOURCE.test(bare) || GENERIC.test(bare) || SPECIALTY_WORD.test(bare) || isClinicalAbbreviation(bare)) return false;
          const cls = classifyWord(bare);
          return isCityName(bare) || (cls !== 'stop' && cls !== 'common' && cls !== 'common-name');
        };
        if (words.some((w) => ED_KIND.test(w)) || !words.every((w) => own(w) || GENERIC.test(w))) return;
        if (!words.some(own)) return;
        const start = m.index + m[0].indexOf(name);
        out.push(mkSpan(start, start + name.length, 'HOSPITAL', SOURCE, 0.7));
      });
    }
    eachCuedMatch(ctx, PRACTICE, PRACTICE_CUE, 64, (m) => {
      const name = m[1]!;
      // a person's or place's name, not a kind of care ("Family Practice", "General Pediatrics", "Primary Care Associates")
      const cls = classifyWord(name);
      if (cls === 'stop' || cls === 'common' || GENERIC.test(name) || FACILITY_PART.test(name) || SPECIALTY_WORD.test(name)) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'HOSPITAL', SOURCE, 0.75));
    });
    if (!ctx.isCaseless && text.includes('&')) {
      eachMatchFrom(ctx, CARE_PAIR, charStarts(ctx, '&'), 80, (m) => {
        if (!isKindOfCare(m[2]!) || !isKindOfCare(m[3]!)) return;
        const names = m[1]!.trim().split(/[ \t]+/);
        // the name's own words: no everyday or clinical word alone ("Adult Heart & Vascular" is a service line)
        const proper = (w: string): boolean => isCityName(w) || isOwnNameWord(w, classifyWord(w.replace(/\.$/, '')));
        if (!names.some(proper) || names.some((w) => isKindOfCare(w) || GENERIC.test(w) || isClinicalAbbreviation(w))) return;
        out.push(mkSpan(m.index, m.index + m[0].length, 'HOSPITAL', SOURCE, 0.7));
      });
    }
    eachCuedMatch(ctx, HEAD_FIRST, HEAD_FIRST_CUE, 0, (m) => {
      // a name of its own: one word that is no everyday English word or is a saint's or a place's
      const words = m[1]!.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
      if (words.every((w) => classifyWord(w.replace(/[.]$/, '')) === 'stop')) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'HOSPITAL', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, FACILITY, FACILITY_CUE, 0, (m) => {
      // walk back over up to 4 name words
      let pos = m.index;
      let start = -1;
      let named = false;
      // a word of the name's own: a person's or town's name, an unknown word or a landscape word
      let proper = false;
      for (let k = 0; k < 7; k++) {
        const seg = text.slice(Math.max(0, pos - 40), pos);
        const w = WORD_BEFORE.exec(seg);
        if (!w) break;
        const word = w[1]!.replace(/[.]$/, '');
        const wStart = pos - w[0].length;
        if (text.slice(wStart + w[1]!.length, pos).includes('\n')) break;
        // a full stop ends the sentence before the facility word ("Toprol XL. Hospital course"),
        // unless it closes an abbreviation of a name ("St. Mary's", "Mass. General", "J. Smith")
        if (w[1]!.endsWith('.') && !ABBREVIATION_IN_NAME.test(word)) break;
        // "WITH PT- REHAB SCREEN": a dash before a space ends a phrase, it joins no name
        if (/[-–]$/.test(word)) break;
        if (LINKS.test(word)) {
          // "the" inside a name follows "of" ("Our Lady of the Lake"); "the Cancer Center and the
          // Learning Center" are two places
          if (k > 0 && /^the$/i.test(word) && !/\bof\s{1,2}$/i.test(text.slice(Math.max(0, wStart - 4), wStart))) break;
          // "Sisters of Charity Hospital", "Nursing and Rehabilitation Center"; a name never ends
          // in "of" or "the" right before its facility word ("Dr. Lee of Hospital X")
          if (k === 0 && /^(?:of|the)$/i.test(word)) break;
          pos = wStart;
          continue;
        }
        const capital = /^\p{Lu}/u.test(word);
        if (!capital) break;
        // "Harlingen Urology Group", "Red Rock Wound & Hyperbaric Center", "Powder River Thoracic
        // Clinic": the kind of care (or a clinical word), then the name
        if (!named && (isKindOfCare(word) || (CLINICAL_WORDS.has(word.toLowerCase()) && !COMMON_WORDS.has(word.toLowerCase())))) {
          pos = wStart;
          continue;
        }
        if (!named && FACILITY_PART.test(word)) {
          pos = wStart; // "Skilled Nursing", "Veterans Affairs Medical": the kind of facility, then its name
          continue;
        }
        if (/^(?:st|saint|mt|mount|ft|fort)$/i.test(word)) {
          start = wStart;
          pos = wStart;
          continue;
        }
        // "Cont rehab.", "PT REHAB": a clinical abbreviation right before the facility word names
        // no facility (further in, a particle may spell one: "Del Mar")
        if (!named && isClinicalAbbreviation(word)) break;
        if (isStopWord(word) || GENERIC.test(word)) {
          if (GENERIC.test(word) && !isStopWord(word) && named) {
            start = wStart; // "Mercy General Hospital": keep walking over General
            pos = wStart;
            continue;
          }
          if (GENERIC.test(word) && !named && !isStopWord(word)) {
            pos = wStart; // "Boston General Hospital": skip General, look further
            continue;
          }
          break;
        }
        if (upperNote && word.length <= 2) break;
        if (/['’](?!s$)/i.test(word)) break; // CON'T
        const cls = classifyWord(word);
        // hospitals are often named after their town ("Dover Memorial", "Salem Regional")
        // a town that is also an everyday word needs a place preposition before it ("TO DOVER HOSPITAL")
        const common = cls === 'common' || cls === 'common-name' || cls === 'common-surname';
        const town =
          (k === 0 || named) &&
          isCityName(word) &&
          (!common || /\b(?:to|from|at|in|of)\s{1,3}$/i.test(text.slice(Math.max(0, wStart - 8), wStart)));
        if (!town && upperNote && (cls === 'common' || cls === 'common-name' || cls === 'common-surname')) break;
        // mixed case: a capitalised common word counts unless it starts the sentence ("Awaiting rehab")
        // (a landscape word before the rest of a name is part of it: "Desert Springs Dialysis")
        if (!town && !upperNote && (cls === 'common' || cls === 'common-surname') && !TOPOGRAPHIC_WORD.test(word) && /(?:^|[.!?:;\n]\s{0,3})$/.test(text.slice(Math.max(0, wStart - 4), wStart))) break;
        if (town || isOwnNameWord(word, cls)) proper = true;
        start = wStart;
        named = true;
        pos = wStart;
      }
      // the whole name is removed, its facility words included ("___", not "___ Hospital")
      let end = m.index + m[0].length;
      // "Brief Hospital Course": a section, no place; nor is a facility word that qualifies the
      // word after it ("DRUG INTERACTION REVIEW", "Pharmacy Consult Note"), or, with no word of a
      // name's own before it, a unit ("INPATIENT REHABILITATION UNIT")
      const next = /^[ \t]{1,2}([\p{L}-]{3,16})/u.exec(text.slice(end, end + 20))?.[1];
      // (a named hospital keeps its name before a word of its stay: "Lakeside Hospital admission", "Mercy Clinic notes")
      if (next !== undefined && (/^course$/i.test(next) || (QUALIFIED_AFTER_FACILITY.test(next) && (!proper || QUALIFYING_FACILITY.test(m[0]))) || (!proper && /^(?:unit|ward|floor|wing)$/i.test(next)))) return;
      // "Infectious Disease clinic", "Nephrology Clinic", "Heart Failure clinic": a department
      if (named && start >= 0 && isDepartment(text.slice(start, m.index))) return;
      // (and, where case carries meaning, a capitalised facility word: "Stat lab", "Reattempt lab draw" are no places)
      if (WEAK_FACILITY.test(m[0]) && (!proper || ctx.isCaseless || !/^\p{Lu}/u.test(m[0]))) return;
      if (!named || start < 0) {
        // "Memorial Hospital": a capitalised generic word names the place by itself
        const w = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
        // (with the facility word capitalised too: "Community health center" is a kind of clinic)
        if (!w || !SELF_NAMING.test(w[1]!) || !/^[A-Z]/.test(w[1]!) || (!ctx.isCaseless && !/^\p{Lu}/u.test(m[0]))) return;
        start = m.index - w[0].length;
      }
      // a branch or a town closing the phrase after the facility's words ("Desert Springs Dialysis - Sunset")
      if (!ctx.isCaseless && named) {
        BRANCH_AFTER.lastIndex = end;
        const b = BRANCH_AFTER.exec(text);
        if (b !== null) {
          const words = b[1]!.split(/[ \t]/);
          const ok = words.every((w) => !NOT_A_BRANCH.test(w) && !TIME_WORD.test(w.replace(/s$/i, '')) && !/^(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)s?$/i.test(w) && !isStopWord(w) && !GENERIC.test(w) && !isKindOfCare(w) && !SPECIALTY_WORD.test(w) && !isClinicalAbbreviation(w) && !CONSULTING_SERVICE.test(w));
          if (ok) end += b[0].length;
        }
      }
      out.push(mkSpan(start, end, 'HOSPITAL', SOURCE, 0.85));
    });
    /** The place after a movement cue (MOVE_TO) or an `@` (AT_SIGN, `atSign`): `m[1]` the word, `m[2]` a floor number. */
    const placeAfterCue = (m: RegExpExecArray, atSign = false): void => {
      const word = m[1]!;
      const glued = m[2] !== undefined && !/^\s/.test(m[2]); // "THORNBURY3": the floor is part of the token
      const end = m.index + m[0].length - (glued ? 0 : (m[2]?.length ?? 0));
      const start = m.index + m[0].length - (m[2]?.length ?? 0) - word.length;
      if (/^St\.?\s/i.test(word)) {
        out.push(mkSpan(start, end, 'HOSPITAL', SOURCE, 0.7));
        return;
      }
      const bare = word.replace(/['’]s$/i, '');
      const cls = classifyWord(bare);
      // (a service is no place: "slides sent to Hematopathology", "transferred to Neurology")
      if (UNIT_LIKE.test(bare) || GENERIC_DESTINATION.test(bare) || COMPASS.test(bare) || TIME_WORD.test(bare) || CONSULTING_SERVICE.test(bare)) return;
      // "to Mercy General", "@ BOSTON VA": a place word and a hospital word name the hospital, everyday word or not
      const hw = m[2] === undefined && cls !== 'stop' ? HOSPITAL_WORD_AFTER.exec(text.slice(end, end + 8)) : null;
      if (hw && (ctx.isCaseless || /^[A-Z]/.test(bare))) {
        // "VA" stays, as "Hospital" does ("___ VA"): it is no name, and a span over it would repeat it across the note
        out.push(mkSpan(start, VA_WORD.test(hw[0].trim()) ? end : end + hw[0].length, 'HOSPITAL', SOURCE, 0.75));
        return;
      }
      if (cls !== 'unknown' && cls !== 'surname') {
        if (atSign) return; // "@ Rest", "@ Goal": after an `@` no everyday word
        // mixed case: a capitalised everyday word after the cue names the place ("went to Lakeside",
        // "surgeon from Lakeside"), unless it starts a sentence or is a stop/clinical word
        if (upperNote || ctx.isMostlyLowerCase || cls === 'stop' || !/^[A-Z][a-z]/.test(bare)) return;
        out.push(mkSpan(start, end, 'LOCATION', SOURCE, 0.6));
        return;
      }
      if (!upperNote && !ctx.isMostlyLowerCase && !/^[A-Z]/.test(bare)) return;
      // after an `@` in a note where case says nothing, a word no lexicon knows is as often a typing slip ("@ DIURSING"): a town or a surname only
      if (atSign && ctx.isCaseless && cls !== 'surname' && !isCityName(bare)) return;
      if (!upperNote && bare === bare.toUpperCase() && bare.length <= 4) return; // acronyms of units in mixed-case notes
      // a ward or building of the hospital, or a town: reported as LOCATION (states and countries are allow-listed)
      out.push(mkSpan(start, end, 'LOCATION', SOURCE, m[2] ? 0.75 : 0.6));
    };
    eachCuedMatch(ctx, MOVE_TO, MOVE_CUE, 0, (m) => placeAfterCue(m));
    if (text.includes('@')) eachMatchFrom(ctx, AT_SIGN, charStarts(ctx, '@'), 0, (m) => placeAfterCue(m, true));
    eachCuedMatch(ctx, UNIVERSITY, UNIVERSITY_CUE, 0, (m) => {
      const place = m[1]!;
      const of = /\sof\s/i.test(m[0]);
      // bare "U": only "U Vermont" / "U of X" with a title-case place ("2 U PRBC" is two units)
      if (/^U\s/.test(m[0]) && !of && !(place.length >= 4 && /^[A-Z][a-z]/.test(place))) return;
      if (!of && isStopWord(place)) return;
      // a classification named after a university ("University of Texas grade 3D", "University of Texas 2A")
      if (/^[ \t]{1,2}(?:(?:grade|grading|classification|score|criteria|staging|system)\b|(?:stage[ \t])?[0-3][A-Da-d](?![\p{L}\d]))/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'HOSPITAL', SOURCE, 0.7));
    }, undefined, (i) => tokens[i]!.text !== 'u');
    const floorAhead = (i: number): boolean => {
      for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) if (isFloorNumber(tokens[k]!.text)) return true;
      return false;
    };
    eachCuedMatch(ctx, UNIT_WARD, UNIT_WARD_CUE, 0, (m) => {
      const word = m[1]!;
      if (classifyWord(word) === 'stop' || UNIT_LIKE.test(word) || COMPASS.test(word)) return;
      const at = m.index + m[0].indexOf(word, 3);
      out.push(mkSpan(at, at + word.length, 'LOCATION', SOURCE, 0.75));
    });
    eachCuedMatch(ctx, WARD_FLOOR, WARD_CUE, 0, (m) => {
      const word = m[1]!;
      const cls = classifyWord(word);
      if (cls !== 'unknown' && cls !== 'surname') return;
      if (UNIT_LIKE.test(word) || COMPASS.test(word)) return;
      if (!upperNote && word === word.toUpperCase() && word.length <= 4) return;
      const start = m.index + m[0].length - m[2]!.length;
      const wEnd = m.index + m[0].lastIndexOf(word) + word.length;
      void start;
      out.push(mkSpan(wEnd - word.length, wEnd, 'LOCATION', SOURCE, 0.75));
    }, undefined, floorAhead);
    eachCuedMatch(ctx, TOWN_HOSPITAL, TOWN_HOSPITAL_CUE, 0, (k) => {
      const b = TOWN_BEFORE.exec(text.slice(Math.max(0, k.index - 66), k.index));
      if (!b) return;
      const m0 = k.index - b[0].length;
      const town = b[1]!;
      const last = town.split(/\s+/).pop()!;
      const townStart = isCityName(town) ? m0 : isCityName(last) ? m0 + b[0].lastIndexOf(last) : -1;
      if (townStart < 0) return;
      if (!/^[A-Z]/.test(text[townStart]!) && !ctx.isCaseless) return;
      if (VA_WORD.test(k[0])) {
        // "Richmond VA 23219", "lives in Arlington VA": the state, not the hospital
        const end = k.index + k[0].length;
        if (VA_AS_STATE_AFTER.test(text.slice(end, end + 10)) || VA_AS_STATE_BEFORE.test(text.slice(Math.max(0, townStart - 40), townStart))) return;
      }
      // "___ VA": the town names the hospital, "VA" is kept (see placeAfterCue)
      out.push(mkSpan(townStart, VA_WORD.test(k[0]) ? k.index - (b[0].length - b[0].trimEnd().length) : k.index + k[0].length, 'HOSPITAL', SOURCE, 0.75));
    });
    eachMatchFrom(ctx, HOSPITAL_ACRONYM, tokenStarts(ctx, (t) => mayBeAcronym(t.text)), 0, (m) => {
      const acr = m[0];
      if (acr.length < 2 || CLINICAL_H.test(acr) || classifyWord(acr) !== 'unknown') return;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (!ACRONYM_BEFORE.test(before)) return;
      // in a note where case says nothing, a word-like acronym is as often a word ("REMOVED BY TECH"): a place preposition only
      if (ctx.isCaseless && WORD_LIKE_ACRONYM.test(acr) && !PLACE_BEFORE.test(before)) return;
      out.push(mkSpan(m.index, m.index + acr.length, 'HOSPITAL', SOURCE, 0.75));
    });
    eachMatchFrom(ctx, HOSPITAL_ACRONYM_LOWER, tokenStarts(ctx, (t) => mayBeLowerAcronym(t.text)), 0, (m) => {
      const acr = m[0];
      if (CLINICAL_H.test(acr.toUpperCase()) || classifyWord(acr) !== 'unknown') return;
      if (!PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
      out.push(mkSpan(m.index, m.index + acr.length, 'HOSPITAL', SOURCE, 0.7));
    });
    // in a note where case carries meaning, an acronym after `discharged to` / `transferred from`
    if (!ctx.isCaseless) eachCuedMatch(ctx, ORIGIN_OR_DESTINATION_ACRONYM, ORIGIN_CUE, 0, (m) => {
      const acr = m[1]!;
      if (!/^[A-Z]{2,5}$/.test(acr) || UNIT_OR_KIND_ACRONYM.test(acr)) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - acr.length, end, 'HOSPITAL', SOURCE, 0.7));
    });
    eachMatchFrom(ctx, GLUED_BUILDING, tokenStarts(ctx, (t) => mayBeGluedBuilding(t.text)), 0, (m) => {
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });
    if (out.length > 0) eachMatchFrom(ctx, WARD_GLUED, tokenStarts(ctx, (t) => mayBeWardGlued(t.text)), 0, (m) => {
      const cls = classifyWord(m[1]!);
      if (cls !== 'unknown' && cls !== 'surname') return;
      // "THORNBURY3" only when the same word appears elsewhere with a movement cue: cheap check
      if (!out.some((s) => text.slice(s.start, s.end).toLowerCase() === m[1]!.toLowerCase())) return;
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'LOCATION', SOURCE, 0.6));
    });
    return out;
  },
});
