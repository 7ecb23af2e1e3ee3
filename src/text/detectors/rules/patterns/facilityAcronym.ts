/**
 * A facility's acronym told by what stands right beside it, whatever its letters (the hospital
 * rules know acronyms that end in `H`, `MC` or `HC` after a place word; `YKDRH`, `CCHCF` and
 * `ANMC` need no particular ending here):
 * - before an imaging or record label, as an outside study is cited: `(HMC acc HMC-CT-771045)`,
 *   `YKDRH accession 25-3390`, `UNMH MRN 2177904`;
 * - on either side of a transfer arrow: `YKHC -> ANMC transfer`, `SVMC → BMC`;
 * - before a clinic's, a department's or a health system's word: `ANMC Ortho/Hand`, `UW Health`,
 *   `SARMC Cardiology`, a letterhead's `UAMS DEPARTMENT OF RADIOLOGY`, `JFL -- DEPARTMENT OF RADIOLOGY`,
 *   a letterhead's health system in capitals (`DHR HEALTH`, `SOUTHCOAST HEALTH`);
 * - alone in brackets after an outside or comparison study: `Outside XR R femur 5/18 (CCHCF, pushed to PACS)`;
 * - before a ward's bed or a room in a sign-out line: `58M CHH 5E-21`, `SMMC rm 412`;
 * - after a service and a comma closing a signature or a bracket (`Vascular Surgery, UAB;`), or
 *   before a clinic named in lower case (`UAB limb salvage clinic`);
 * - between a study and its date, as a comparison cites it (`MRI brain ZSFG Jun 2021`; also a
 *   word in title case no list holds: `DXA Shadyside 03/11/2022`), beside a year in brackets
 *   (`(2016, AGH)`), or before `in` and a town (`TMH in Tallahassee`);
 * - ending like a facility (`MC`, `H`, `HC`) before a town the lexicon holds (`VBMC Brownsville`);
 * - ending like a facility (`MC`, `H`, `HC`, `RH`, `UC`) after a word of coming, going or comparing
 *   (`transferred from CVMC`, `closer than BRMC`, `seen at VUC`), unless a value follows;
 * - before a facility's desk or person (`SRHR liaison`, `GSHV intake`, `BARH admissions`);
 * - defined by the note in brackets after a facility's name whose initials it spells (`Temple
 *   University Hospital (TUH)`, `Hospital of the University of Pennsylvania (HUP)`), and then
 *   wherever else the note writes it, unless a value follows (`MCH 29.1` is a lab's).
 *
 * The acronym is three to six capitals (two before `Health`, up to twelve before `HEALTH`: a
 * system's one-word name), no clinical abbreviation and no word of any list (`CT`, `PACS`, `NICU`,
 * `OSH`, `ADA` and `PUBLIC HEALTH` stay), in a note whose case carries meaning.
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { classifyWord, isCityName, isClinicalAbbreviation, mkSpan } from './_lib.js';
import { charStarts, cue, eachCuedMatch, eachMatchFrom, prepareScans, tokenStarts } from './_scan.js';
import { lineAround } from './_tables.js';

const SOURCE = 'rules/facility-acronym';

/** Capitals, then an imaging or record label and a number or code after it. `m[1]` the acronym. */
const BEFORE_RECORD_LABEL =
  /\b([A-Z]{3,6})[ \t]{1,2}(?:acc(?:ession)?|ACC(?:ESSION)?|MRN|MR#|mrn)\.?[ \t]{0,2}(?:#|no\.?|number)?[ \t]{0,2}:?[ \t]{0,2}(?=[A-Z]{0,6}-?[A-Z]{0,4}-?\d)/g;
const RECORD_LABEL_CUE = cue('acc accession mrn mr');
/** Two acronyms around an arrow (`YKHC -> ANMC`, `SVMC → BMC`). `m[1]` and `m[2]` the acronyms. */
const ARROW_PAIR = /\b([A-Z]{3,6})[ \t]{0,2}(?:-{1,2}>|→|=>)[ \t]{0,2}([A-Z]{3,6})\b/g;
/** The line of an arrow pair says a patient moves (`transfer`, `xfer`, `transport`, `accepted`). */
const MOVE_WORD = /\b(?:transfer(?:red|ring|s)?|xfer|trnsfr|transport(?:ed)?|medevac|accepted|accepting|flight|flown|sent)\b/i;
/**
 * Capitals, then a clinic's, department's or health system's word: `ANMC Ortho/Hand`, `UW Health`.
 * `m[1]` the acronym.
 */
const BEFORE_CLINIC_WORD =
  /\b([A-Z]{2,6})[ \t]{1,2}(?:[-–—]{1,2}[ \t]{1,2})?(?:Health(?:care)?|Radiology|RADIOLOGY|Imaging|IMAGING|Department|DEPARTMENT|Dept\.?|DEPT\.?|Medicine|Ortho(?:pedics|paedics)?|Cardiology|Oncology|Neurology|Neurosurgery|Urology|Nephrology|Transplant|Hepatology|Pulmonology|Dermatology|Rheumatology|Endocrinology|Pediatrics|Paediatrics|OB\/GYN|Women's|Clinic|Clinics|Campus|Main[ \t]Campus|Emergency|ED|ER|ICU|NICU|PICU|MICU|SICU|CVICU)\b/g;
const CLINIC_WORD_CUE = cue(
  'health healthcare radiology imaging department dept medicine ortho orthopedics orthopaedics cardiology oncology neurology neurosurgery urology nephrology transplant hepatology pulmonology dermatology rheumatology endocrinology pediatrics paediatrics ob women clinic clinics campus main emergency ed er icu nicu picu micu sicu cvicu',
);
/** A health system's name in capitals before its word in capitals, as a letterhead writes it (`DHR HEALTH RADIOLOGY`, `SOUTHCOAST HEALTH - ST. LUKE'S`). `m[1]` the name. */
const CAPS_BEFORE_HEALTH = /\b([A-Z]{2,12})[ \t]{1,2}HEALTH(?:CARE)?\b/g;
const CAPS_HEALTH_CUE = cue('health healthcare');
/** Capitals after a service and a comma, closing a signature or a bracket (`Vascular Surgery, UAB;`, `(Plastics, UPHS)`). `m[1]` the acronym. */
const SERVICE_COMMA_ACRONYM =
  /\b(?:[A-Z][a-z]{2,15}(?:ology|iatry|iatrics|pedics|paedics|ics)|Surgery|Medicine|Plastics|Ortho|Oncology|Transplant|Hospitalist|Radiology|Pathology)[ \t]{0,2},[ \t]{1,2}([A-Z]{3,6})(?=[ \t]{0,2}(?:[;),]|\r?\n|$))/g;
/** Capitals before a clinic named in lower case (`UAB limb salvage clinic`). `m[1]` the acronym. */
const ACRONYM_CLINIC = /\b([A-Z]{3,6})[ \t]{1,2}(?:[a-z]{3,12}[ \t]{1,2}){1,2}clinic\b/g;
const ACRONYM_CLINIC_CUE = cue('clinic');
/** An outside study, its date maybe, then capitals alone in brackets (`Outside XR R femur 5/18/2025 (CCHCF,`). `m[1]` the acronym. */
const OUTSIDE_STUDY_BRACKET =
  /\b(?:[Oo]utside|OSH|COMPARISON:|Comparison:)[ \t]{1,2}(?:[A-Za-z\/]{1,12}[ \t]{1,2}){1,6}(?:\d{1,2}\/\d{1,4}(?:\/\d{2,4})?[ \t]{0,2})?\(([A-Z]{3,6})(?=[,;)]|[ \t]{1,2}(?:acc|images?|report|CD|disc|via))/g;
const OUTSIDE_CUE = cue('outside osh comparison');
/** Capitals before a ward's bed or a room in a sign-out line (`58M CHH 5E-21`, `SMMC rm 412`). `m[1]` the acronym. */
const BEFORE_WARD_BED = /\b([A-Z]{3,6})[ \t]{1,2}(?:\d{1,2}[A-Z]{1,2}-\d{1,3}\b|(?:rm|room|bed|bd)[ \t]{0,2}#?\d{1,4}\b)/g;
/**
 * A study, maybe its region and from, then where it was done and its date, as a comparison
 * cites it (`MRI brain ZSFG Jun 2021`, `MBS CAMC Sept 2023`, `DXA Shadyside 03/11/2022`, `chest XR
 * from PRIHS 06-14-25`). `m[1]` the site: capitals, or a word in title case (checked by the caller).
 */
const STUDY_SITE_DATE =
  /\b(?:CTA?|MRI|MRA|MR|XR|CXR|US|DXA|DEXA|MBS|PET|PET\/CT|NM|KUB|mammograms?|echo|TTE|TEE|EGD|colonoscopy|EEG|EMG)(?:[ \t]{1,2}[a-z][a-z\/-]{1,15}){0,3}[ \t]{1,2}(?:from[ \t]{1,2}|at[ \t]{1,2})?([A-Z]{3,6}|[A-Z][a-z]{3,15})[ \t]{1,2}(?=\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4}|\d{1,2}\/\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]{1,2}\d{4})/g;
const STUDY_CUE = cue('ct cta mri mra mr xr cxr us dxa dexa mbs pet nm kub mammogram mammograms echo tte tee egd colonoscopy eeg emg');
/** A year and capitals in brackets, as a past operation cites where (`(2016, AGH)`, `(AGH, 2016)`). `m[1]` or `m[2]` the acronym. */
const YEAR_SITE_BRACKET = /\((?:(?:19|20)\d{2},[ \t]{1,2}([A-Z]{3,6})|([A-Z]{3,6}),[ \t]{1,2}(?:19|20)\d{2})\)/g;
/** After a word of going or asking, capitals, then `in` and a town the lexicon holds (`about TMH in Tallahassee`; not `Prior SVD in`). `m[1]` the acronym, `m[2]` the town. */
const ACRONYM_IN_TOWN = /(?<=\b(?:about|to|at|from|the|via)[ \t]{1,2})([A-Z]{3,6})[ \t]{1,2}in[ \t]{1,2}(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)/gu;
const IN_CUE = cue('in');
/** Capitals ending like a facility (`VBMC`, `UMC`, `ARH`, `CHC`), then a town the lexicon holds (`VBMC Brownsville`, `UMC Lubbock`). `m[1]` the acronym, `m[2]` the town. */
const ACRONYM_TOWN = /\b([A-Z]{1,4}(?:MC|H|HC))[ \t]{1,2}(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)(?![\p{L}\p{N}])/gu;
/**
 * After a word of coming, going or comparing, capitals ending like a facility's name (`from CVMC`,
 * `than BRMC`, `at VUC`, `to SVRH`): three to six capitals, `…MC`, `…H`, `…HC`, `…RH` or `…UC`.
 * `m[1]` the acronym.
 */
const ACRONYM_AFTER_MOVE =
  /(?<=\b(?:[Ff]rom|[Tt]o|at|[Aa]t|than|via|[Ii]nto)[ \t]{1,2}(?:the[ \t]{1,2})?)((?=[A-Z]{3,6}(?![\p{L}\p{N}]))[A-Z]{1,4}(?:MC|H|HC|UC))(?![\p{L}\p{N}])/gu;
/** A facility's desk or person after its acronym (`SRHR liaison`, `GSHV intake`). `m[1]` the acronym. */
const ACRONYM_DESK =
  /\b([A-Z]{3,6})[ \t]{1,2}(?:liaison|Liaison|intake|Intake|admissions|Admissions|admitting|Admitting|transfer[ \t]center|Transfer[ \t]Center)\b/g;
const DESK_CUE = cue('liaison intake admissions admitting transfer');
/**
 * Capitals ending like a facility that are a hormone's, an enzyme's or a test's (`ADH`, `FSH`,
 * `MCH`, `LDH`) or a joint's (`CMC`), whatever list holds them.
 */
const LAB_ENDING_LIKE_FACILITY = /^(?:ADH|FSH|MCH|LDH|HGH|CMC|MMC|TMC|PTHRP|CTEPH|PPHN|IIH|ISH|LAH|RAH|PNH|AIH|CAH)$/;
/** Capitals alone in brackets (`(TUH)`): an acronym the note may define for the name before it. `m[1]` the acronym. */
const BRACKETED_ACRONYM = /\(([A-Z]{2,6})\)/g;
/** Words of a facility's name: one of them must be among the words an acronym in brackets abbreviates. */
const FACILITY_NAME_WORD = /^(?:hospitals?|hosp|medical|center|centre|clinic|clinics|health|healthcare|institute|infirmary|rehab|rehabilitation|nursing|hospice|university|memorial|regional|children's|childrens|sanatorium|sanitarium)$/i;
/** Words an acronym skips (`Hospital of the University of Pennsylvania` is `HUP`). */
const ACRONYM_SKIPS = /^(?:of|the|and|for|at|in|on|de|do|da|dos|das|del|la|las|los|y|&)$/i;
/** The words of a name written before `at` on its line (at most 120 characters back), last first. */
const NAME_WORDS_BEFORE = /[\p{L}\p{M}'’.&-]+/gu;

/**
 * True when `acr` spells the initials of the words that end just before `at` (function words
 * may be skipped), and one of those words is a facility's (`Temple University Hospital (TUH)`,
 * `MEDICAL CENTER HOSPITAL (MCH)`, `Hospital of the University of Pennsylvania (HUP)`).
 */
function definesFacilityAcronym(text: string, at: number, acr: string): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 120), at);
  if (!/[ \t]$/.test(before) && before !== '') return false;
  const words = [...before.matchAll(NAME_WORDS_BEFORE)].map((w) => w[0]);
  let k = acr.length - 1;
  let facility = false;
  for (let i = words.length - 1; i >= 0 && k >= 0; i--) {
    const w = words[i]!;
    const first = w.charAt(0);
    if (first === acr.charAt(k) && /\p{Lu}/u.test(first)) {
      if (FACILITY_NAME_WORD.test(w.replace(/[.,]+$/, ''))) facility = true;
      k--;
      continue;
    }
    if (ACRONYM_SKIPS.test(w)) continue;
    return false;
  }
  return k < 0 && facility;
}
prepareScans(ACRONYM_AFTER_MOVE, ACRONYM_DESK, BEFORE_RECORD_LABEL, ARROW_PAIR, BEFORE_CLINIC_WORD, OUTSIDE_STUDY_BRACKET, SERVICE_COMMA_ACRONYM, ACRONYM_CLINIC, BEFORE_WARD_BED, STUDY_SITE_DATE, YEAR_SITE_BRACKET, ACRONYM_IN_TOWN, ACRONYM_TOWN, BRACKETED_ACRONYM, CAPS_BEFORE_HEALTH);

/** True when the character at `i` is a letter or a digit (false outside the text). */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return /[\p{L}\p{N}]/u.test(text.charAt(i));
}

/** True when `w` is made of capitals A-Z only. */
function isAllCapitals(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Capitals that fill a facility's place without naming one: modalities, systems and units
 * (`CT`, `PACS`, `OSH`, `ICU`), and the protocols, views and sequences written between a study and
 * its date (`MRI brain WWO`, `CT head NCCT`, `XR knee LAT`).
 */
const NOT_A_FACILITY =
  /^(?:CT|CTA|MR|MRI|MRA|US|XR|CR|DX|NM|PET|IR|OSH|OH|PACS|EMS|VA|ED|ER|OR|ICU|CD|EPIC|RIS|WWO|WO|WWOC|NCCT|NECT|CECT|HRCT|LDCT|CTV|CTP|MRV|MRCP|MRE|DWI|ADC|FLAIR|STIR|SWI|MIP|MPR|FDG|PSMA|DOTATATE|SPECT|HIDA|MUGA|VCUG|UGI|SBFT|IVP|KUB|CAP|TAP|ABD|PELV|PORT|LAT|OBL|AP|PA|PE|IV|PO|NC|LLQ|RLQ|RUQ|LUQ|BMD|DXA|TTE|TEE|EGD|ERCP|EUS|BIL|BILAT|LT|RT|LFT|RGT|PRE|POST|AXIAL|COR|SAG|STAT|PREOP|POSTOP|SCOUT|FOLLOWUP|FU|REPEAT|WITH|WITHOUT|LIMITED|PORTABLE)$/;
/** True when `acr` may be a facility's acronym: no clinical abbreviation, modality or word of any list. */
function mayBeFacility(acr: string): boolean {
  // a Roman numeral is a level or a class (`level III NICU`)
  if (/^[IVXL]+$/.test(acr) || isClinicalAbbreviation(acr) || classifyWord(acr) !== 'unknown') return false;
  return !NOT_A_FACILITY.test(acr);
}

/** Facility acronyms by what stands beside them (see the module's comment). */
export const facilityAcronymDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['HOSPITAL'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    if (ctx.isCaseless) return out;
    const push = (start: number, acr: string): void => {
      if (mayBeFacility(acr)) out.push(mkSpan(start, start + acr.length, 'HOSPITAL', SOURCE, 0.7));
    };
    eachCuedMatch(ctx, BEFORE_RECORD_LABEL, RECORD_LABEL_CUE, 12, (m) => push(m.index, m[1]!));
    eachMatchFrom(ctx, ARROW_PAIR, charStarts(ctx, '>→'), 10, (m) => {
      const line = lineAround(text, m.index);
      if (!MOVE_WORD.test(text.slice(line.start, line.end))) return;
      push(m.index, m[1]!);
      push(m.index + m[0].length - m[2]!.length, m[2]!);
    });
    eachCuedMatch(ctx, BEFORE_CLINIC_WORD, CLINIC_WORD_CUE, 12, (m) => {
      const acr = m[1]!;
      // two capitals only before a health system's own word (`UW Health`)
      if (acr.length === 2 && !/^[ \t]{1,2}Health/.test(m[0].slice(2))) return;
      push(m.index, acr);
    });
    eachCuedMatch(ctx, CAPS_BEFORE_HEALTH, CAPS_HEALTH_CUE, 14, (m) => {
      // only where capitals stand out (a note in capitals writes every heading so); a word of a
      // list (`PUBLIC`, `MENTAL`, `HOME HEALTH`) is refused by `push`
      if (ctx.isMostlyUpperCase) return;
      const w = m[1]!;
      // a word longer than an acronym is a name no list holds, not a plural or possessive of a word (`WOMENS HEALTH`)
      if (w.length >= 5 && /S$/.test(w) && classifyWord(w.slice(0, -1)) !== 'unknown') return;
      push(m.index, w);
    });
    eachCuedMatch(ctx, OUTSIDE_STUDY_BRACKET, OUTSIDE_CUE, 0, (m) => push(m.index + m[0].length - m[1]!.length, m[1]!));
    eachMatchFrom(ctx, SERVICE_COMMA_ACRONYM, charStarts(ctx, ','), 24, (m) => push(m.index + m[0].length - m[1]!.length, m[1]!));
    eachCuedMatch(ctx, ACRONYM_CLINIC, ACRONYM_CLINIC_CUE, 36, (m) => push(m.index, m[1]!));
    eachMatchFrom(ctx, BEFORE_WARD_BED, tokenStarts(ctx, (t) => t.text.length >= 3 && t.text.length <= 6 && isAllCapitals(t.text)), 0, (m) => push(m.index, m[1]!));
    eachCuedMatch(ctx, STUDY_SITE_DATE, STUDY_CUE, 0, (m) => {
      const site = m[1]!;
      const start = m.index + m[0].length - site.length - (m[0].length - m[0].trimEnd().length);
      // a word in title case names a site when no list holds it (`Shadyside`), never a view or a word (`Portable`)
      if (!isAllCapitals(site) && (classifyWord(site) !== 'unknown' || isClinicalAbbreviation(site))) return;
      push(start, site);
    });
    eachMatchFrom(ctx, YEAR_SITE_BRACKET, charStarts(ctx, '('), 0, (m) => {
      const acr = m[1] ?? m[2]!;
      push(m.index + m[0].indexOf(acr), acr);
    });
    eachCuedMatch(ctx, ACRONYM_IN_TOWN, IN_CUE, 8, (m) => {
      if (isCityName(m[2]!)) push(m.index, m[1]!);
    });
    eachMatchFrom(ctx, ACRONYM_TOWN, tokenStarts(ctx, (t) => t.text.length >= 3 && t.text.length <= 6 && isAllCapitals(t.text) && /(?:MC|H|HC)$/.test(t.text)), 0, (m) => {
      if (isCityName(m[2]!)) push(m.index, m[1]!);
    });
    eachMatchFrom(ctx, ACRONYM_AFTER_MOVE, tokenStarts(ctx, (t) => t.text.length >= 3 && t.text.length <= 6 && isAllCapitals(t.text) && /(?:MC|H|HC|UC)$/.test(t.text)), 0, (m) => {
      const acr = m[1]!;
      if (LAB_ENDING_LIKE_FACILITY.test(acr)) return;
      // a value after it makes it a lab's abbreviation (`due to ADH 4`)
      const end = m.index + acr.length;
      if (/^[ \t]{0,3}[:=]?[ \t]{0,2}[<>]?\d/.test(text.slice(end, end + 8))) return;
      push(m.index, acr);
    });
    eachCuedMatch(ctx, ACRONYM_DESK, DESK_CUE, 8, (m) => push(m.index, m[1]!));
    // an acronym the note defines for a facility's name: there, and wherever else the note writes it
    const defined = new Set<string>();
    eachMatchFrom(ctx, BRACKETED_ACRONYM, charStarts(ctx, '('), 0, (m) => {
      const acr = m[1]!;
      if (!definesFacilityAcronym(text, m.index, acr)) return;
      out.push(mkSpan(m.index + 1, m.index + 1 + acr.length, 'HOSPITAL', SOURCE, 0.7));
      if (mayBeFacility(acr)) defined.add(acr);
    });
    const taken = new Set(out.map((s) => s.start));
    for (const acr of defined) {
      for (let at = text.indexOf(acr); at !== -1; at = text.indexOf(acr, at + acr.length)) {
        const end = at + acr.length;
        // a whole word, not the bracket itself (found above)
        if (isWordChar(text, at - 1) || isWordChar(text, end) || text.charCodeAt(at - 1) === 40 /* ( */ || taken.has(at)) continue;
        // a value after it makes it a lab's abbreviation (`MCH 29.1`), whatever the bracket said
        if (/^[ \t]{0,3}[:=]?[ \t]{0,2}[<>]?\d/.test(text.slice(end, end + 8))) continue;
        out.push(mkSpan(at, end, 'HOSPITAL', SOURCE, 0.65));
      }
    }
    return out;
  },
});
