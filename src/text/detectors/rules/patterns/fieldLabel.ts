/**
 * Values of labelled fields: `Label: value` whose label names a kind of PHI makes the value PHI
 * of that kind, whatever its shape (`Admission Date:  10.13.2016`, `Name:  DE LA CRUZ, ANA`,
 * `Unit No:   146-8457-2`, `EMR: 55102934`, `SS# 031-55-0192`, `Accession #: RAD-2020-0045512`,
 * `insurance # is W228814467`, `Dictated by: Oskar Lindqvist, MD`, `Night float: JV`,
 * `Completed by: jdoe2`, `Address: 12 Elm Row, Quincy, MA 02169`, `Facility:` with the name on
 * the next line). Notes written as data tables are read cell by cell: a label starts a line, or
 * follows a sentence end or a gap of two spaces or a tab (`Name:  X          Unit No:   Y`), and
 * its value runs to the end of the line or to the next gap of three spaces or a tab.
 *
 * The label decides the type; the value's extent is then read by type:
 * - DATE: the value up to a time of day (`at 9:30`, `@ 1215`, `9:30am`), a weekday included;
 *   it must hold a digit or a month, weekday, season or holiday word;
 * - NAME: name words (any script), initials and user names, without titles before them or
 *   credentials after them; a value of everyday or clinical words only is not a name
 *   (`Attending: aware`);
 * - ID: the first run of letters, digits and `-./` holding three digits or more (`is` and `#`
 *   skipped), not a decimal number;
 * - PHONE: digits and the letters scanned text puts for them (`6l7-555-O199`), with an
 *   extension;
 * - LOCATION: the whole value without a trailing state or country (those are not PHI);
 * - HOSPITAL: the whole value, or the next line when the label ends its line (`Facility:\nX`);
 *   `VNA of X` and `Home Health of X` give the place X;
 * - CONTACT: the first word of the value.
 *
 * @module
 */
import { asScrubContext, type ScrubContext } from '../../../context.js';
import { defineDetector } from '../../../spans.js';
import type { PhiType, Span } from '../../../types.js';
import { CREDENTIALS, NAME_PARTICLE, classifyWord, mkSpan } from './_lib.js';
import { charStarts } from './_scan.js';
import { SERVICE_AFTER } from '../../_careKinds.js';

const SOURCE = 'rules/field-label';

/** Labels by the type of their value (lower case, words joined by one space, `#` kept). */
const LABELS: Readonly<Record<Exclude<PhiType, 'OTHER' | 'AGE'>, string>> = {
  DATE: `admission date|date of admission|admit date|discharge date|date of discharge|date of birth|dob|d o b|birth date|birthdate|
    date|dates|date of service|service date|dos|date of death|dod|death date|exam date|date of exam|study date|date of study|
    procedure date|date of procedure|surgery date|date of surgery|operation date|date of operation|visit date|date of visit|
    appointment|appt|appointment date|follow up date|followup date|transfer date|date of transfer|onset date|date of onset|
    lmp|edd|report date|collection date|collected|received|reported|order date|encounter date|signed on|dictated on|
    transcribed on|admitted|discharged|date admitted|date discharged|last seen|date of injury|doi`,
  NAME: `name|patient|pt|signature|senior|senior resident|junior|chief resident|patient name|pt name|patient s name|full name|attending|attending physician|attending md|pcp|primary care physician|
    primary care provider|primary care|referring physician|referring provider|referring md|referring doctor|ordering physician|
    ordering provider|ordered by|signed by|electronically signed by|e signed by|cosigned by|co signed by|dictated by|
    transcribed by|completed by|reviewed by|approved by|verified by|entered by|written by|prepared by|reading radiologist|
    radiologist|interpreting radiologist|interpreted by|read by|signed electronically by|electronically signed|signed electronically|
    reading physician|performing physician|attending of record|transcriptionist|scribe|cc|night float|covering|cross cover|emergency contact|
    health care proxy|healthcare proxy|hcp|next of kin|nok|guardian|surgeon|assistant|assistant surgeon|anesthesiologist|
    consultant|author|mother|father|spouse|caregiver|with|user|login|username|resident|fellow|intern|nurse|np|pa|provider|
    physician|case manager|social worker|therapist|dictating physician|dictating|primary nurse|rn|sonographer|ultrasonographer|
    technologist|performing technologist|tech|midwife|interpreter|pharmacist|dietitian|chaplain|wet read|wet read by|prelim read by|
    reader|transcribed|typist|typed by|dictated`,
  ID: `mrn|mr|mr no|medical record|medical record number|medical record no|record|record no|record number|unit no|unit number|
    unit|account|account no|account number|acct|acct no|encounter|encounter no|encounter number|fin|csn|visit no|visit number|
    emr|ehr|ehr id|emr id|ss|ssn|social security|social security no|social security number|accession|accession no|
    accession number|acc|acc no|specimen|specimen no|specimen id|lab no|claim|claim no|claim number|policy|policy no|
    policy number|member id|member no|member|subscriber id|subscriber|group no|group number|insurance|insurance no|
    insurance id|insurance number|medicaid|medicaid no|medicare|medicare no|hic|hicn|mbi|license|license no|licence|
    licence no|drivers license|driver s license|plate|license plate|plate no|clia|npi|dea|upin|serial|serial no|
    serial number|s n|sn|lot|lot no|device id|udi|order no|requisition|requisition no|case no|reference no|ref no|ref|
    badge|badge no|employee id|patient id|pt id|id|id no|identifier|chart no|chart number|hospital no|hospital number|
    block|tag|vin`,
  PHONE: `phone|phone no|phone number|telephone|tel|ph|fax|fax no|pager|pgr|beeper|cell|cell phone|mobile|home phone|work phone|
    contact no|contact number|callback|call back|call back number|callback number|direct line|office phone|clinic phone`,
  LOCATION: `address|home address|street|street address|city|town|zip|zip code|postal code|county|building|bldg|residence|
    mailing address|current address|permanent address|city state zip|city state`,
  HOSPITAL: `facility|hospital|referring hospital|referring facility|outside hospital|transferred from|transfer from|
    discharged to|discharge facility|nursing home|rehab facility|snf|institution|clinic name`,
  CONTACT: `email|e mail|email address|url|website|web site|ip|ip address`,
};

const labelType = new Map<string, PhiType>();
for (const [type, list] of Object.entries(LABELS)) for (const l of list.split('|')) labelType.set(l.trim().replace(/\s+/g, ' '), type as PhiType);
/** `Age:` is read by the age detector; listed so its value is not taken by another label. */
labelType.set('age', 'AGE');
/** The last word of every label (and of its suffixes): a `:` or `#` after any other word is no label. */
const LAST_WORDS: ReadonlySet<string> = new Set([...labelType.keys()].map((l) => l.split(' ').pop()!).concat(['no', 'number', 'num', 'nbr', 'id', 'location']));

/**
 * `Location:` names a facility only inside a block of contact fields (`Name:` or `Address:` on the
 * line before or after, as in a follow-up appointment); elsewhere it is a wound, a line or a unit
 * (`Location: L forearm`, `Location: ICU`).
 */
const CONTACT_BLOCK_FIELD = /^[ \t]*(?:name|address|provider|department|phone|telephone|when|with)[ \t]*:/i;
function inContactBlock(text: string, lineStart: number): boolean {
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  if (prevStart >= 0 && CONTACT_BLOCK_FIELD.test(text.slice(prevStart, Math.min(lineStart, prevStart + 40)))) return true;
  const nl = text.indexOf('\n', lineStart);
  return nl >= 0 && CONTACT_BLOCK_FIELD.test(text.slice(nl + 1, nl + 41));
}

/** Labels that name a type only at the start of a line (in prose they are words: `with:`, `user:`). */
const LINE_START_ONLY: ReadonlySet<string> = new Set(['with', 'user', 'login', 'username', 'assistant', 'dictating', 'received', 'reported', 'collected', 'admitted', 'discharged', 'block', 'tag', 'record', 'unit', 'member', 'subscriber', 'insurance', 'plate', 'serial', 'lot', 'ref', 'provider', 'physician', 'nurse', 'resident', 'fellow', 'intern', 'np', 'pa', 'rn', 'therapist', 'mother', 'father', 'spouse', 'caregiver']);

/** A label: up to five words before `:` or `#` (letters, `/`, `'`, `.` and `-` inside). */
const LABEL_BEFORE = /(?:^|[^A-Za-z'./-])((?:[A-Za-z][A-Za-z'./-]{0,24}[ \t]{1,2}){0,4}[A-Za-z][A-Za-z'./-]{0,24}\.?)[ \t]{0,2}$/;
/** Suffixes of a label (`MRN #`, `Unit No.`, `Accession number`): stripped to find its base. */
const LABEL_SUFFIX = / (?:no|number|num|nbr|id|#)$/;

/** How a label may sit in its line: at its start, after a sentence end, or after a cell gap. */
function labelStartOk(text: string, start: number, lineStart: number): 'line' | 'cell' | undefined {
  let p = start;
  while (p > lineStart && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (p === lineStart) return 'line';
  const gap = start - p;
  if (gap >= 2 || text[start - 1] === '\t') return 'cell';
  const c = text[p - 1];
  if (c === '.' || c === ';' || c === '|' || c === ']' || c === ')') return 'cell';
  return undefined;
}

/** The value's cell: from `from` to the end of the line or the next gap of 3+ spaces or a tab. */
function cellEnd(text: string, from: number): number {
  let i = from;
  let spaces = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9) break;
    if (c === 32) {
      if (++spaces >= 3) return i - 2;
    } else spaces = 0;
  }
  while (i > from && text[i - 1] === ' ') i--;
  return i;
}

/** Pieces of a date value: numbers (ordinals too), month, weekday, season and holiday words, `of`, separators. */
const DATE_PIECE = /\s+|[\/.,-]|\d{1,8}(?:st|nd|rd|th)?(?![\d:])|[A-Za-z]+\.?/gy;
const DATE_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|spring|summer|fall|autumn|winter|christmas|thanksgiving|easter|of|the)\.?$/i;

/** The date at the start of a value: its longest run of date pieces (a time of day or a word ends it). */
function dateValue(text: string, from: number, to: number, out: Span[]): void {
  let end = from;
  let dated = false;
  DATE_PIECE.lastIndex = from;
  for (let m = DATE_PIECE.exec(text); m !== null && m.index < to; m = DATE_PIECE.exec(text)) {
    const piece = m[0];
    const c = piece.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // a clock time after the date ("3/4 0600") ends it; "04MAR2012" glues a number to a month
      if (/^\d{4}$/.test(piece) && /\s$/.test(text.slice(from, m.index)) && !/^(?:19|20)\d\d$/.test(piece)) break;
      dated = true;
    } else if (/^[A-Za-z]/.test(piece)) {
      const glued = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(\d{2,4})?$/i.test(piece);
      if (!DATE_WORDS.test(piece) && !glued) break;
      if (!/^(?:of|the)\.?$/i.test(piece)) dated = true;
    } else if (piece.trim() === '' && /\n/.test(piece)) break;
    if (m.index + piece.length > to) break;
    end = m.index + piece.length;
  }
  while (end > from && /[\s,./-]/.test(text[end - 1]!)) end--;
  while (end > from && /\b(?:of|the)$/i.test(text.slice(from, end))) {
    end -= 3;
    while (end > from && /\s/.test(text[end - 1]!)) end--;
  }
  if (end > from && dated && /\d|[A-Za-z]{3}/.test(text.slice(from, end))) out.push(mkSpan(from, end, 'DATE', SOURCE, 0.9));
}

const TITLE_WORD = /^(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof|professor|rev)\.?$/i;
const CREDENTIAL_WORD = new RegExp(`^(?:${CREDENTIALS}|M\\.?D|R\\.?N|N\\.?P|D\\.?O|PA-C|PhD|DDS|DMD|FACP|FACS|MPH|MBBS|ANP|FNP|ACNP|CNM|DPM|OD|DC|PsyD|EdD|DNP|APRN|RDMS|RVT|RDCS|LMFT|LPC|LCPC|BCBA|CDE|RDN|DPT|OTR(?:\\/L)?|CCC-SLP)\\.?,?$`, 'i');
/** One word of a name value: letters of any script with `'`, `’`, `-` and `.` inside, or a user name. */
const NAME_TOKEN = /^(?:\p{L}[\p{L}\p{M}'’.-]{0,40}|[\p{L}\d][\p{L}\p{M}\d._-]{1,40}),?$/u;

/** Where a patient's name ends after `Pt:` or `Patient:`: a bracket, a semicolon, a word with a digit, or an age, sex or record word. */
const PATIENT_VALUE_END = /[([{;]|(?:^|[\s,])(?=\S*\d)|[\s,](?:age|aged|sex|dob|mrn|rm|room|bed|is|was|has|with|w\/|who|presents|admitted|s\/p|y\/?o|yo)\b/i;

function nameValue(text: string, from: number, to: number, caseless: boolean, out: Span[]): void {
  const v = text.slice(from, to);
  // stop at brackets, semicolons, a dash between spaces, an e-mail or phone after the name, or the
  // next column's label after a wide gap ("Transcribed: KL  Job #: 5527")
  const stop = /[([{;<>|]|\s[-–]\s|\s\d|[ \t]{2,12}(?=[\p{L}#]{1,20}[ \t]{0,2}[#:])/u.exec(v);
  const words: { w: string; at: number }[] = [];
  const body = stop ? v.slice(0, stop.index) : v;
  for (const m of body.matchAll(/\S+/g)) words.push({ w: m[0], at: from + m.index! });
  let a = 0;
  while (a < words.length && TITLE_WORD.test(words[a]!.w)) a++;
  let b = a;
  for (; b < words.length; b++) {
    const w = words[b]!.w;
    if (b > a && CREDENTIAL_WORD.test(w)) break;
    if (!NAME_TOKEN.test(w)) break;
    // in a note in capitals the name ends where everyday words begin ("CC: HALVARD MOE THIS SHIFT")
    if (caseless && b > a) {
      const c = classifyWord(w.replace(/[.,]+$/, ''));
      if (c === 'stop' || c === 'common') break;
    }
    if (w.endsWith(',') && b + 1 < words.length && CREDENTIAL_WORD.test(words[b + 1]!.w)) {
      b++;
      break;
    }
  }
  if (b <= a || b - a > 6) return;
  const kept = words.slice(a, b);
  // a team or a service, not a person ("Attending: Burn surgery service", "Attending: General neurology service")
  const firstEnd = words[a]!.at + words[a]!.w.length;
  if (SERVICE_AFTER.test(text.slice(firstEnd, firstEnd + 30))) return;
  // initials alone ("Reading radiologist: AM", "Night float: JV")
  if (kept.length === 1 && /^(?:[A-Z]{2,3}|(?:[A-Z]\.){1,3})$/.test(kept[0]!.w)) {
    out.push(mkSpan(kept[0]!.at, kept[0]!.at + kept[0]!.w.length, 'NAME', SOURCE, 0.85));
    return;
  }
  // a value of everyday or clinical words only ("aware", "Cardiology clinic") is not a name
  const bare = kept.map((k) => k.w.replace(/[.,]+$/, ''));
  // nor is a number alone ("Mother: 24 y/o")
  if (bare.every((w) => /^\d+$/.test(w))) return;
  const nameLike = bare.some((w) => {
    if (/\d/.test(w) || /^\p{Lu}\.?$/u.test(w)) return true;
    const c = classifyWord(w);
    if (c === 'stop' || c === 'common') return false;
    return caseless || c !== 'common-surname' || /^\p{Lu}/u.test(w);
  });
  if (!nameLike || bare.some((w) => classifyWord(w) === 'stop')) return;
  // an obstetric history ("Mother: G4, Russian-speaking"), or, where case carries meaning, an
  // everyday word in lower case that is no particle of a name ("limited PNC"): a description
  if (bare.some((w) => /^G\d{1,2}(?:P\d{1,4})?$/.test(w))) return;
  if (!caseless && bare.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w) && classifyWord(w) === 'common')) return;
  const last = kept[kept.length - 1]!;
  let end = last.at + last.w.length;
  while (end > kept[0]!.at && text[end - 1] === ',') end--;
  out.push(mkSpan(kept[0]!.at, end, 'NAME', SOURCE, 0.85));
}

/** An identifier: letters, digits and `-./` with three digits or more; not a decimal number. */
const ID_VALUE = /^(?:is\s+)?[#:]?\s*([A-Za-z0-9][A-Za-z0-9./-]{1,40})/;
/** A vehicle plate written with its state and spaces (`MA 812 TQL`). */
const PLATE = /^[A-Z]{2}((?: [A-Z0-9]{2,4}){1,3})(?![\w-])/;

function idValue(text: string, from: number, to: number, label: string, out: Span[]): void {
  const v = text.slice(from, to);
  const m = ID_VALUE.exec(v);
  if (!m) return;
  const start = from + m.index + m[0].length - m[1]!.length;
  let id = m[1]!.replace(/[.-]+$/, '');
  // an id written in groups with single spaces, or a short letter prefix then digits: "914 228 07",
  // "FH 11-298-004", "HSC 0716652", "GRMC 118-204-7"
  if (/^(?:\d[\d-]*|[A-Za-z]{1,3}|[A-Z]{4,6})$/.test(id)) {
    const more = /^(?: \d[\d-]{1,12}(?![\w./]))+/.exec(text.slice(start + id.length, to));
    if (more) id += more[0].replace(/[-]+$/, '');
  }
  if (/plate|tag|license|licence/.test(label)) {
    const plate = PLATE.exec(text.slice(start, to));
    if (plate && /\d/.test(plate[1]!)) id = plate[0];
  }
  const digits = id.replace(/\D/g, '').length;
  if (digits < 3 && !(digits >= 2 && /[A-Za-z]/.test(id) && id.length >= 5)) return;
  if (label === 'id' && digits < 4) return; // "ID:" also heads the infectious-disease line of nursing notes
  if (/^\d+\.\d+$/.test(id)) return;
  out.push(mkSpan(start, start + id.length, 'ID', SOURCE, 0.9));
}

/** A phone number: digits (or the letters O, o, l, I scanned text puts for them), spaces, `-.()+/`, and an extension. */
const PHONE_VALUE = /^[#:]?\s*((?:\+|\()?[\dOolI][\dOolI ().\/+-]{2,24}[\dOolI](?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,6})?)/i;

function phoneValue(text: string, from: number, to: number, out: Span[]): void {
  const m = PHONE_VALUE.exec(text.slice(from, to));
  if (!m) return;
  const v = m[1]!;
  const digits = v.replace(/\D/g, '').length;
  const slots = v.replace(/[^\dOolI]/g, '').length;
  if (digits < 4 || slots < 4) return;
  const start = from + m.index + m[0].length - v.length;
  out.push(mkSpan(start, start + v.length, 'PHONE', SOURCE, 0.9));
}

const STATE_TAIL =
  /(?:,?\s{1,3}(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|USA|U\.S\.A\.|US|United States)\.?)(?:,?\s{1,3}(\d{5}(?:-\d{4})?))?\s{0,3}$/i;

function locationValue(text: string, from: number, to: number, out: Span[]): void {
  const v = text.slice(from, to);
  if (!/\p{L}|\d/u.test(v)) return;
  const tail = STATE_TAIL.exec(v);
  let end = to;
  if (tail) {
    end = from + tail.index;
    if (tail[1] !== undefined) {
      const zipAt = from + tail.index + tail[0].lastIndexOf(tail[1]);
      out.push(mkSpan(zipAt, zipAt + tail[1].length, 'LOCATION', SOURCE, 0.85));
    }
  }
  while (end > from && /[\s,.]/.test(text[end - 1]!)) end--;
  if (end > from) out.push(mkSpan(from, end, 'LOCATION', SOURCE, 0.85));
}

/** Words of a discharge disposition or a kind of facility, never its name ("Extended Care", "Home With Service"). */
const DISPOSITION_WORD = /^(?:extended|care|home|service|services|facility|rehab|rehabilitation|hospital|hospice|nursing|skilled|acute|long|term|assisted|living|with|without|vna|snf|ltac|expired|other|self)$/i;
const AGENCY_OF = /^(?:VNA|Visiting\s+Nurses?(?:\s+Association)?|Home\s+Health(?:\s+Care)?|Hospice)\s+of\s+(?:the\s+)?/i;

function hospitalValue(text: string, from: number, to: number, caseless: boolean, out: Span[]): void {
  // "the Toluca": the article names no one
  const article = /^the[ \t]{1,2}(?=\S)/i.exec(text.slice(from, to));
  if (article) from += article[0].length;
  const v = text.slice(from, to);
  const agency = AGENCY_OF.exec(v);
  if (agency) {
    if (to > from + agency[0].length) out.push(mkSpan(from + agency[0].length, to, 'LOCATION', SOURCE, 0.8));
    return;
  }
  // a facility's name holds a word that is neither everyday nor clinical ("Extended Care" is not one)
  const named = [...v.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)].some((w) => {
    if (DISPOSITION_WORD.test(w[0])) return false;
    const c = classifyWord(w[0]);
    return (c === 'unknown' || c === 'first' || c === 'surname' || c === 'common-name' || c === 'common-surname') && (caseless || /^\p{Lu}/u.test(w[0]));
  });
  if (named && to - from <= 90 && v.split(/\s+/).length <= 10) out.push(mkSpan(from, to, 'HOSPITAL', SOURCE, 0.8));
}

function contactValue(text: string, from: number, to: number, out: Span[]): void {
  const m = /^\S+/.exec(text.slice(from, to));
  if (m && /[.@\d]/.test(m[0])) out.push(mkSpan(from, from + m[0].replace(/[.,;]+$/, '').length, 'CONTACT', SOURCE, 0.85));
}

/** The type of a label's text, if it is one (`Unit No.`, `SS#`, `Accession #`, `EMR`). */
function typeOfLabel(raw: string): [PhiType, string] | undefined {
  const norm = raw.toLowerCase().replace(/#/g, ' # ').replace(/[^a-z#]+/g, ' ').trim();
  let t = labelType.get(norm);
  if (t) return [t, norm];
  const base = norm.replace(LABEL_SUFFIX, '');
  t = labelType.get(base);
  if (t) return [t, base];
  const base2 = base.replace(LABEL_SUFFIX, '');
  t = labelType.get(base2);
  return t ? [t, base2] : undefined;
}

/**
 * Pattern detector for the values of labelled fields (every PHI type but `AGE` and `OTHER`,
 * source `rules/field-label`).
 *
 * @example
 * ```ts
 * fieldLabelDetector.detect(createTextContext('Admission Date:  10.13.2016')); // one span over 10.13.2016
 * ```
 */
export const fieldLabelDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['DATE', 'NAME', 'ID', 'PHONE', 'LOCATION', 'HOSPITAL', 'CONTACT'],
  detect: (c) => {
    const ctx: ScrubContext = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    const marks = charStarts(ctx, ':#') ?? allMarks(text);
    const caseless = ctx.isCaseless;
    let lastEnd = 0;
    for (const p of marks) {
      if (p < lastEnd) continue;
      const prev = text.charCodeAt(p - 1);
      if (prev >= 48 && prev <= 57) continue; // a time (3:40) or a number (#1)
      // cheap test first: the word right before the mark ends some label
      let e = p;
      while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '.')) e--;
      let b = e;
      while (b > 0 && b > e - 26 && /[A-Za-z]/.test(text[b - 1]!)) b--;
      if (b === e || !LAST_WORDS.has(text.slice(b, e).toLowerCase())) continue;
      const lineStart = text.lastIndexOf('\n', p - 1) + 1;
      const segStart = Math.max(lineStart, p - 130);
      const before = LABEL_BEFORE.exec(text.slice(segStart, p));
      if (!before) continue;
      const labelAt = segStart + before.index + (before[0].startsWith(before[1]!) ? 0 : 1);
      // try the longest label first, then drop leading words ("Please call Phone:" → "Phone")
      const words = [...before[1]!.matchAll(/\S+/g)];
      let found: [PhiType, string] | undefined;
      for (const w of words) {
        const at = labelAt + w.index!;
        const candidate = before[1]!.slice(w.index!);
        let t = typeOfLabel(text[p] === '#' ? `${candidate} #` : candidate);
        if (!t && /^location$/i.test(candidate.trim()) && text[p] === ':' && inContactBlock(text, lineStart)) t = ['HOSPITAL', 'location'];
        if (!t) continue;
        // '#' is a cue of its own ("his insurance # is ..."); ':' needs a label at a line or cell start
        const where = labelStartOk(text, at, lineStart);
        const hashCue = text[p] === '#' && (t[0] === 'ID' || t[0] === 'PHONE');
        if (!hashCue && (!where || (where !== 'line' && LINE_START_ONLY.has(t[1])))) continue;
        found = t;
        break;
      }
      if (!found) continue;
      const [type] = found;
      let from = p + 1;
      if (text[p] === '#' && text[from] === ':') from++;
      while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from++;
      if (text.startsWith('is ', from)) from += 3;
      let to = cellEnd(text, from);
      if (to <= from) {
        // the value on the next line ("Facility:\nAshgrove Manor")
        if (type !== 'HOSPITAL' && type !== 'LOCATION') continue;
        const nl = text.indexOf('\n', p);
        if (nl < 0) continue;
        from = nl + 1;
        while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from++;
        to = cellEnd(text, from);
        if (to <= from || to - from > 100 || /:\s*$/.test(text.slice(from, to))) continue;
      }
      const before0 = out.length;
      switch (type) {
        case 'DATE':
          dateValue(text, from, to, out);
          break;
        case 'NAME':
          // "CC:" is also the chief complaint ("CC: hematemesis x2, melena"): a copy's name starts with a capital
          if (found[1] === 'cc' && !caseless && !/^\p{Lu}/u.test(text.slice(from, to))) break;
          // "Pt:" and "Patient:" open a summary as often as a name ("Pt: 61F, stage III", "Pt: 62M
          // intubated"): only the name words before the first word with a digit or an everyday word
          if (found[1] === 'pt' || found[1] === 'patient') {
            const cut = PATIENT_VALUE_END.exec(text.slice(from, to));
            to = cut ? from + cut.index : to;
            if (to <= from) break;
          }
          nameValue(text, from, to, caseless, out);
          break;
        case 'ID':
          idValue(text, from, to, found[1], out);
          break;
        case 'PHONE':
          phoneValue(text, from, to, out);
          break;
        case 'LOCATION':
          locationValue(text, from, to, out);
          break;
        case 'HOSPITAL':
          hospitalValue(text, from, to, caseless, out);
          break;
        case 'CONTACT':
          contactValue(text, from, to, out);
          break;
        default:
          break;
      }
      if (out.length > before0) lastEnd = out[out.length - 1]!.end;
    }
    return out;
  },
});

function allMarks(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === ':' || text[i] === '#') out.push(i);
  return out;
}
