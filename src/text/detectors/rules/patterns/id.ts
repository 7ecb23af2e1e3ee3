/**
 * Identifying numbers: SSNs (`123-45-6789`), and numbers after an identifier cue (MRN,
 * medical record #, unit number, account, accession, licence, serial/device, policy, member,
 * DEA/NPI, reference, flight numbers; `SSN (last 4): 8825`), plus long unlabeled digit runs (7+ digits) and letter-digit
 * codes that look like record numbers.
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext, type ScrubContext } from '../../../context.js';
import { classifyWord, eachMatch, isClinicalAbbreviation, mkSpan } from './_lib.js';
import { CELL_CLOSE, CELL_OPEN, underHeader } from './_tables.js';
import { canUseCues, charStarts, cue, cueStarts, eachCuedMatch, eachMatchFrom, prepareScans, type StartOk, scanUnits } from './_scan.js';

const SOURCE = 'rules/id';

/** A social security number masked but its last four digits (`***-**-4471`, `XXX-XX-4471`). */
const MASKED_SSN = /(?<![\w*#•-])[*Xx•#]{3}([- ])[*Xx•#]{2}\1\d{4}(?![\w-])/g;
const SSN = /(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-]|\.\d)/g;
const CUE =
  '(?:mrn|mr#|mr\\s?no|med(?:ical)?\\s{1,2}rec(?:ord)?(?:\\s{1,2}(?:number|num|no|#))?|hospital\\s{1,2}(?:number|no|#)|unit\\s{1,2}(?:number|no|num|#)|account|acct|acc(?:ession)?|accession\\s{1,2}(?:number|no|#)|license|licence|lic|serial|s\\/n|sn|device\\s{1,2}(?:id|number|no|serial)|policy|member\\s{0,1}id|member|subscriber|patient\\s{0,1}id|pt\\s{0,1}id|id|dea|npi|upin|ssn|social\\s{1,2}security(?:\\s{1,2}(?:number|no|#))?|claim|case|ref|reference|record|chart|specimen|lot|certificate|cert|plate|vin|badge|employee\\s{0,1}id|clia|emr|ehr|hrn|uhid|fin|csn|mbi|hicn|medicare|medicaid|insurance|block|flight|docket|ticket|authorization|auth|reservation|confirmation|voucher|warrant|alien|visa|passport|beneficiary|enrollment|group|grp|job|cin|device(?=\\s{0,2}[:#])|unit(?=\\s{1,2}\\d{3,6}-\\d{3,6}\\b))';
const CUED = new RegExp(
  `\\b${CUE}\\.?\\s{0,2}(?:\\(?last\\s{1,2}(?:4|four)(?:\\s{1,2}digits)?\\)?\\s{0,2})?(?:(?:number|num|no)\\.?\\s{0,2})?(?:is\\s{1,2})?[:#=]{0,2}\\s{0,2}#?\\s{0,2}(?:is\\s{1,2})?((?=[A-Z-]{0,24}\\d)[A-Z0-9][A-Z0-9-]{2,24})(?![\\w-])`,
  'gi',
);
/**
 * A record number whose first group is a facility's, a plan's or a state's capitals, after a
 * record label: `MRN UW 8842-0931`, `Tribal ID NN 88-30411`, `policy VTB 884410271-01`, `CDL TX
 * 30918842`, `case # NNEPC 25-031447`, `MRN BRRMC 77 310 992` (digits in spaced groups), `CA Lic G
 * 90412` (one letter), `Order #: ORD 88120457`, `Hospital no. CN 4471902`, `serial SN
 * 41077-B318`. `m[1]` the prefix (capitals only; checked by the caller, as the regex ignores
 * case), `m[2]` the digits.
 */
const PREFIXED_RECORD =
  /\b(?:mrn|mr#|mr[ \t]?no|med(?:ical)?[ \t]{1,2}rec(?:ord)?(?:[ \t]{1,2}(?:number|num|no|#))?|hrn|uhid|unit[ \t]{1,2}(?:number|no|num|#)|(?:tribal|patient|pt|member|census|rider|client)[ \t]{1,2}id|acct|account|policy|member|subscriber|claim|case|cdl|dl|licen[cs]e|lic|medicaid|medicare|mainecare|medi-cal|insurance|hospital[ \t]{1,2}(?:number|no\.?|#)|order|accession|serial|specimen)\.?[ \t]{0,2}(?:#|no\.?|number)?[ \t]{0,2}[:#]?[ \t]{0,2}([A-Za-z]{1,6})[ \t]{1,2}(\d{1,4}(?:[ \t]\d{2,4}){1,3}|\d[\dA-Z-]{2,18}[\dA-Z])(?![\w-])/gi;
/** Words in capitals that come between a record label and its number but are no prefix (`MRN IS 4402`, `Medicare MBI 1EG4-TE5-MK72`). */
const NOT_PREFIX = /^(?:IS|NO|NUM|NBR|NUMBER|OF|FOR|AND|OR|ON|AT|WAS|MBI|HICN)$/;
const PREFIXED_RECORD_CUE = cue('mrn mr med medical hrn uhid unit tribal patient pt member census rider client acct account policy subscriber claim case cdl dl license licence lic medicaid medicare mainecare medi insurance hospital order accession serial specimen');
/**
 * A provincial or national health number after its label, in spaced groups (`Health Card: 6620 114 875
 * XT`, `NHS no. 485 777 3456`, `RAMQ LECM 9102 0719`, `OHIP 8821-551-077-AB`): six digits or more in all.
 * `m[1]` the number.
 */
const HEALTH_NUMBER =
  /\b(?:health[ \t]{1,2}card|health[ \t]{1,2}(?:card[ \t]{1,2})?(?:number|no\.?)|hcn|ohip|nhs|chi|phn|ramq|mcp|ahcip|msp|phin|care[ \t]{1,2}card)[ \t]{0,2}(?:no\.?|number|num|#)?[ \t]{0,2}:?[ \t]{0,3}((?:[A-Z0-9]{2,6}[ \t-]){1,4}[A-Z0-9]{2,6}|[A-Z0-9]{6,14})(?![\w-])/gi;
const HEALTH_NUMBER_CUE = cue('health hcn ohip nhs chi phn ramq mcp ahcip msp phin care');
/**
 * A number after `#` closing a bracket that may hold a name first (`(#INT-2207)`, `(Samir, #4120)`,
 * `DRS (#4471)`): a person's or a device's number. Four digits or more, maybe capitals and a dash
 * before them. `m[1]` the number.
 */
const BRACKETED_HASH = /\((?:[\p{L}][\p{L} .'’-]{0,30},[ \t]{1,2})?#[ \t]?((?:[A-Z]{1,4}-?)?\d{4,8})\)/gu;
/** A role or badge word right before `ID`: the number after it names a person (`interpreter ID 1147`). */
const PERSON_ID_BEFORE = /\b(?:interpreter|badge|employee|staff|operator|reader|technologist|tech|provider|user|login)[ \t]{1,2}$/i;
/** Seven digits or more, with at most one capital after them (`8812044713A`; never `U`, a unit). */
const LONG_DIGITS = /(?<![\w.,\/-])\d{7,}[A-TV-Z]?(?![\w.,\/-]|\s{0,2}(?:ml|cc|mg|mcg|units?|u|iu|cells|copies|\/))/gi;
/** An upper-case label that no word list knows, a colon, and seven digits or more in groups of three (`PHIN: 108 442 917`): an id. */
const LABEL_SPACED_DIGITS = /\b([A-Z]{2,6}):[ \t]{1,3}(\d{3}(?: \d{3}){1,2}(?: \d{2,4})?)(?![\w.\/-])/g;
const CODE = /(?<![\w-])(?:[A-Z]{1,3}-?\d{6,12}(?:-\d{1,6})?|\d{2,4}-\d{5,10}(?:-\d{1,6})?)(?![\w-])/g;
/**
 * Accession and specimen numbers: capitals (with digits) and dashed digit groups, five digits
 * or more in all (`RAD-2020-0045512`, `S22-10488`, `SP-19-04412`, `S21-3377-A2`, `CT19-00412`), with up
 * to two more groups of capitals before the digits (`PA-WV-24-0098812`, `NE-DHHS-23-554071`).
 */
const ACCESSION = /(?<![\w-])[A-Z]{1,4}\d{0,4}(?:-[A-Z]{2,5}){0,2}-\d{2,7}(?:-[A-Z0-9]{1,8}){0,2}(?![\w-])/g;
/**
 * A value after a label word and `#`, `No.` or `number` that no list names (`CLIA #22D0012345`,
 * `plate # 4KXR902`): four digits or more, not a range (`PA # 34-40`).
 */
const LABELLED = /\b[A-Za-z][A-Za-z]{1,20}(?:\s{0,2}#|\s{1,2}(?:No\.?|number|num|nbr)(?![A-Za-z]))\s{0,2}[:#]?\s{0,2}((?=[A-Z-]{0,24}\d)[A-Z0-9][A-Z0-9-]{2,24})(?![\w-])/gi;

/**
 * A vehicle plate with its state code and spaces after a plate word (`tag MA 812 TQL`,
 * `plate # NY 4KX R902`): a US state code, then one to three groups of two to four capitals or
 * digits with a digit among them and at least five characters in all (capitals only: `skin tag
 * IN 2 spots` is no plate).
 */
const SPACED_PLATE =
  /\b(?:[Tt]ags?|TAGS?|[Pp]lates?|PLATES?|[Ll]icen[cs]e\s{1,2}[Pp]late|LICEN[CS]E\s{1,2}PLATE|[Rr]egistration|REGISTRATION)\s{0,2}(?:#|[Nn]o\.?|NO\.?|number|NUMBER)?\s{0,2}:?\s{0,2}((?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)(?:[ -][A-Z0-9]{2,4}){1,3})(?![\w-])/g;

// Cues (see _scan.ts): the regexes run only where a match can start.
/** First words of the id cues (`mr#` starts with `mr`, `s/n` with `s`). */
const ID_CUE = cue(`mrn mr med medical hospital unit account acct acc accession license licence lic serial s sn device policy
  member subscriber patient pt id dea npi upin ssn social claim case ref reference record chart specimen lot certificate cert
  plate vin badge employee clia emr ehr hrn uhid fin csn mbi hicn medicare medicaid insurance block flight docket ticket
  authorization auth reservation confirmation voucher warrant alien visa passport beneficiary enrollment group grp job cin`);
const PLATE_CUE = cue('tag tags plate plates license licence registration');
/** A plate after its state's code and the plate word, in groups of capitals and digits (`MA plate 7TK 442`). `m[1]` the plate. */
const STATE_THEN_PLATE =
  /(?<=\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)[ \t]{1,2})(?:[Pp]late|PLATE|[Tt]ag|TAG)[ \t]{0,2}(?:#|[Nn]o\.?)?[ \t]{0,2}:?[ \t]{0,2}([A-Z0-9]{2,4}(?:[ -][A-Z0-9]{2,4}){0,2})(?![\w-])/g;
/**
 * An aircraft's registration (a US N-number) after `tail` or alone in brackets: `(tail N322MF)`,
 * `AirCare 3 (N61SA)`. In brackets it needs two digits or more and a letter after them, so
 * `(N95)` and `(N2O)` are no aircraft.
 */
const TAIL_NUMBER = /\b[Tt][Aa][Ii][Ll][ \t]{1,2}(?:(?:number|no\.?|#)[ \t]{0,2})?:?[ \t]{0,2}(N[1-9]\d{0,4}[A-HJ-NP-Z]{0,2})(?![\w-])/g;
const TAIL_CUE = cue('tail');
const TAIL_NUMBER_BRACKETED = /\((N[1-9]\d{1,4}[A-HJ-NP-Z]{1,2})\)(?![\w-])/g;
/**
 * More groups of a number written with spaces, right after a short value that a label introduced
 * (`Alien # 204 556 781`, `Medicare 1EG4 TE5 MK72`, `VA claim # C-28 123 456`): one to three groups
 * of three or four digits or capitals holding a digit.
 */
const SPACED_GROUPS = /(?:[ \t](?=[A-Z]{0,3}\d)[A-Z0-9]{3,4}){1,3}(?![\w\/:-]|[.,]\d)/y;
/** A unit or count after a number: the groups were a measurement (`MRN 4471 100 mg`), not part of the id. */
const UNIT_AFTER = /^[ \t]{0,2}(?:mg|mcg|ml|cc|units?|iu|g|kg|mm|cm|min|hrs?|days?|x)\b|^[ \t]{0,2}%/i;
/** `value` ends at `end`; the offset where its spaced groups end (`end` when none follow). */
function spacedGroupsEnd(text: string, value: string, end: number): number {
  if (value.length > 6) return end;
  SPACED_GROUPS.lastIndex = end;
  const m = SPACED_GROUPS.exec(text);
  if (m === null) return end;
  const after = end + m[0].length;
  return UNIT_AFTER.test(text.slice(after, after + 8)) ? end : after;
}
/** A device's hardware (MAC) address, six pairs of hex digits joined by colons or dashes (`00:1B:44:11:3A:B7`). */
const MAC_ADDRESS = /(?<![\w:-])(?:[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5})(?![\w:-])/g;
const HAS_MAC = /[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}/;
/**
 * The last four digits of a card or account (`EBT card ending in 4471`, `acct ending 8812`, `SSN ends in 4471`):
 * `m[1]` the digits. Kept only when a card or account word stands within 30 characters before.
 */
const ENDING_IN = /\bend(?:ing|s)(?:[ \t]{1,2}(?:in|with))?[ \t]{0,2}[:#]?[ \t]{0,2}(\d{4})(?![\w\/-]|[.,]\d)/gi;
const ENDING_CUE = cue('ending ends');
/** The last four digits of a number under their own label (`Last 4: 8812`, `last four 8812`, `L4 SSN: 8812`). `m[1]` the digits. */
const LAST_FOUR = /\b(?:last[ \t]{1,2}(?:4|four)|L4)(?:[ \t]{1,2}(?:digits|of[ \t]{1,2}(?:SSN|ssn|social)|SSN|ssn))?[ \t]{0,2}[:#=]?[ \t]{0,2}(\d{4})(?![\w\/-]|[.,]\d)/gi;
const LAST_FOUR_CUE = cue('last l4');
/** A plate in two groups after its word, capitals and digits both (`plate 4YT 882`, `tag: QXR 4471`). `m[1]` the plate. */
const PLATE_GROUPS = /\b(?:[Pp]late|PLATE|[Tt]ag|TAG)[ \t]{0,2}(?:#|[Nn]o\.?)?[ \t]{0,2}:?[ \t]{0,2}([A-Z0-9]{2,4}[ -][A-Z0-9]{2,4})(?![\w-])/g;
const CARD_BEFORE = /\b(?:card|account|acct|member|policy|ssn|social|number|no|id|visa|mastercard|amex|discover|debit|credit|ebt|checking|savings)\b/i;
interface NumberStarts {
  readonly ssn: number[];
  readonly long: number[];
  readonly code: number[];
  readonly accession: number[];
}
/**
 * Where SSN, LONG_DIGITS and CODE can start, from one pass over the tokens: three digits before a
 * dash or space (SSN), seven digits or more (LONG_DIGITS), and for CODE one to three capitals
 * then digits or a dash (`AB123456`, `MRN-1234567`) or two to four digits before a dash
 * (`12-34567`). Undefined for a full scan.
 */
function numberStarts(ctx: ScrubContext): NumberStarts | undefined {
  if (!canUseCues(ctx)) return undefined;
  const { text } = ctx;
  const r: NumberStarts = { ssn: [], long: [], code: [], accession: [] };
  for (const t of scanUnits(ctx)) {
    const w = t.text;
    const c0 = w.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      let n = 1;
      while (n < w.length && w.charCodeAt(n) >= 48 && w.charCodeAt(n) <= 57) n++;
      if (n !== w.length) {
        // seven digits or more and one capital (not `U`): `8812044713A`
        const last = w.charCodeAt(n);
        if (n >= 7 && n === w.length - 1 && last >= 65 && last <= 90 && last !== 85) r.long.push(t.start);
        continue;
      }
      const after = text.charCodeAt(t.end);
      if (n === 3 && (after === 45 || after === 32)) r.ssn.push(t.start);
      if (n >= 7) r.long.push(t.start);
      if (n >= 2 && n <= 4 && after === 45) r.code.push(t.start);
    } else if (c0 >= 65 && c0 <= 90) {
      let k = 1;
      while (k < w.length && k <= 3 && w.charCodeAt(k) >= 65 && w.charCodeAt(k) <= 90) k++;
      if (k <= 3 && (k < w.length ? w.charCodeAt(k) >= 48 && w.charCodeAt(k) <= 57 : text.charCodeAt(t.end) === 45)) r.code.push(t.start);
      if (w.length <= 8 && text.charCodeAt(t.end) === 45) r.accession.push(t.start);
    }
  }
  return r;
}

/**
 * A value alone in a table cell (`| NFG-118-40-227 |`, `  0941176  `): cells split by pipes, tabs or
 * two or more spaces. Kept only under a header cell that names a record number (see `underHeader`).
 */
const TABLE_CELL_ID = new RegExp(`${CELL_OPEN}([A-Z0-9][A-Za-z0-9-]{3,24})${CELL_CLOSE}`, 'g');
/** A table's header cell for a record number (`MRN`, `MR#`, `Unit No`, `Acct`, `FIN`, `ID`). */
const ID_HEADER_CELL = /^(?:mrn|mr[ \t]?#|mr[ \t]no\.?|med[ \t]rec(?:[ \t]?#)?|unit[ \t]?(?:no\.?|#)?|acct[ \t]?#?|account[ \t]?#?|fin|csn|record[ \t]?#?|chart[ \t]?(?:no\.?|#)?|(?:patient|pt)[ \t]id|id)$/i;
prepareScans(LAST_FOUR, PLATE_GROUPS, BRACKETED_HASH, ENDING_IN, TABLE_CELL_ID, PREFIXED_RECORD, HEALTH_NUMBER, TAIL_NUMBER, TAIL_NUMBER_BRACKETED, ACCESSION, LABELLED, CODE, CUED, LONG_DIGITS, LABEL_SPACED_DIGITS, SPACED_PLATE, STATE_THEN_PLATE, SSN);
/** Where LABELLED can match: around a `#` or a `no`/`number` token. Undefined for a full scan. */
const NUMBER_WORD_CUE = cue('no number num nbr');
function labelledAnchors(ctx: ScrubContext): number[] | undefined {
  const words = cueStarts(ctx, NUMBER_WORD_CUE);
  const hashes = charStarts(ctx, '#');
  if (words === undefined || hashes === undefined) return undefined;
  return [...words, ...hashes].sort((a, b) => a - b);
}
/** Tokens opening with a digit or a capital: where TABLE_CELL_ID can start. Undefined for a full scan. */
function tokenStartsWithDigitOrCapital(ctx: ScrubContext): number[] | undefined {
  if (!canUseCues(ctx)) return undefined;
  const out: number[] = [];
  for (const t of scanUnits(ctx)) {
    const c = t.text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out.push(t.start);
  }
  return out;
}
const atLetter: StartOk = (text, at) => {
  const c = text.charCodeAt(at) | 32;
  return c >= 97 && c <= 122;
};

/**
 * Pattern detector for identifying numbers (type `ID`, source `rules/id`).
 *
 * @example
 * ```ts
 * idDetector.detect(createTextContext('MRN: 00123456')); // one span over 00123456
 * ```
 */
export const idDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['ID'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    const numbers = numberStarts(ctx);
    eachMatchFrom(ctx, SSN, numbers?.ssn, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.95)));
    eachMatch(MASKED_SSN, text, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.9)));
    eachCuedMatch(ctx, HEALTH_NUMBER, HEALTH_NUMBER_CUE, 0, (m) => {
      const v = m[1]!.trimEnd();
      // six digits or more in all, and no word of prose read as a group ("NHS guidance 2019")
      if ((v.match(/\d/g)?.length ?? 0) < 6 || /[a-z]/.test(v)) return;
      const start = m.index + m[0].length - m[1]!.length;
      out.push(mkSpan(start, start + v.length, 'ID', SOURCE, 0.85));
    });
    eachCuedMatch(ctx, CUED, ID_CUE, 0, (m) => {
      const value = m[1]!;
      const digits = value.replace(/\D/g, '').length;
      if (digits < 2) return;
      const cue = m[0].slice(0, m[0].length - value.length);
      // weak cues need an explicit separator, several digits or a code of letters and digits:
      // "case 2" and "id 40" are not ids, "plate 3QGP708" is
      const code = digits >= 3 && /[A-Za-z]/.test(value);
      if (/^id\b/i.test(cue) && digits < 4) return; // "ID:" also heads the infectious-disease line ("ID: TMAX-99")
      // (a person's id in brackets or after a role is one: "interpreter Ayaan Y. (ID 1147)", "badge ID 2231")
      const personId = /^id\b/i.test(cue) && digits >= 4 && (text[m.index - 1] === '(' || PERSON_ID_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)));
      // a plan's group number is a code or five digits or more ("Group: NC-7730", "Grp CCM-0041"; not "age group: 65-74")
      if (/^gr(?:ou)?p\b/i.test(cue) && !code && digits < 5) return;
      if (/^(?:id|case|record|chart|ref|lot|member|sn|lic|acc|plate|cert|block|insurance|fin|ticket|auth|authorization|reservation|confirmation|voucher|visa|passport|enrollment|job|cin)\b/i.test(cue) && !/[:#]/.test(cue) && digits < 5 && !code && !personId) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - value.length, spacedGroupsEnd(text, value, end), 'ID', SOURCE, 0.9));
    });
    eachCuedMatch(ctx, PREFIXED_RECORD, PREFIXED_RECORD_CUE, 0, (m) => {
      const prefix = m[1]!;
      if (prefix !== prefix.toUpperCase() || NOT_PREFIX.test(prefix) || m[2]!.replace(/\D/g, '').length < 5) return;
      // `ID` before a number with capitals inside is the number's label (`Medicare ID 9JR6-C5O-XM42`)
      if (prefix === 'ID' && /[A-Z]/.test(m[2]!.slice(0, -1))) return;
      // one letter only before a licence's or a claim's number (`Lic G 90412`, `Claim #: C 27 551 940`)
      if (prefix.length === 1 && !/^(?:lic|claim)/i.test(m[0])) return;
      const end = m.index + m[0].length;
      // the prefix ends at the last space or tab before the digits
      let prefixEnd = end - m[2]!.length;
      while (text[prefixEnd - 1] === ' ' || text[prefixEnd - 1] === '\t') prefixEnd--;
      out.push(mkSpan(prefixEnd - prefix.length, end, 'ID', SOURCE, 0.85));
    });
    const tail = (m: RegExpExecArray, closing: number): void => {
      const end = m.index + m[0].length - closing;
      out.push(mkSpan(end - m[1]!.length, end, 'ID', SOURCE, 0.75));
    };
    eachCuedMatch(ctx, TAIL_NUMBER, TAIL_CUE, 0, (m) => tail(m, 0));
    eachMatchFrom(ctx, TAIL_NUMBER_BRACKETED, charStarts(ctx, '('), 0, (m) => tail(m, 1));
    /** A plate in groups at the match's end: capitals and digits both, five characters at least (`skin tag 2 CM` and `tag 12 34` are none). */
    const plate = (m: RegExpExecArray, confidence: number): void => {
      const value = m[1]!;
      if (!/\d/.test(value) || !/[A-Z]/.test(value) || value.replace(/[ -]/g, '').length < 5) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - value.length, end, 'ID', SOURCE, confidence));
    };
    // after the plate word ("plate 4YT 882"), or the state's code before it ("MA plate 7TK 442")
    eachCuedMatch(ctx, PLATE_GROUPS, PLATE_CUE, 0, (m) => plate(m, 0.75));
    eachCuedMatch(ctx, STATE_THEN_PLATE, PLATE_CUE, 0, (m) => plate(m, 0.8));
    eachCuedMatch(ctx, LAST_FOUR, LAST_FOUR_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - 4, end, 'ID', SOURCE, 0.8));
    });
    eachCuedMatch(ctx, SPACED_PLATE, PLATE_CUE, 0, (m) => {
      const value = m[1]!;
      const groups = value.slice(3);
      // a digit among the groups, five characters or more
      if (!/\d/.test(groups) || groups.replace(/[ -]/g, '').length < 5) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - value.length, end, 'ID', SOURCE, 0.8));
    });
    eachMatchFrom(ctx, LONG_DIGITS, numbers?.long, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.6)));
    eachMatchFrom(ctx, LABEL_SPACED_DIGITS, charStarts(ctx, ':'), 7, (m) => {
      const v = m[2]!;
      // no clinical label: a series of readings ("LABS: 140 104 220", "BP: 120 110 100")
      if (v.replace(/\D/g, '').length < 7 || isClinicalAbbreviation(m[1]!) || classifyWord(m[1]!) !== 'unknown') return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - v.length, end, 'ID', SOURCE, 0.7));
    });
    eachMatchFrom(ctx, CODE, numbers?.code, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.6)));
    eachMatchFrom(ctx, ACCESSION, numbers?.accession, 0, (m) => {
      // one group of four digits or more: "HR-110-133", "RATE98-100" are ranges of vital signs
      if (m[0].replace(/\D/g, '').length < 5 || !/\d{4}/.test(m[0])) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.7));
    });
    // a record number in a table's MRN column, whatever its shape
    eachMatchFrom(ctx, TABLE_CELL_ID, tokenStartsWithDigitOrCapital(ctx), 0, (m) => {
      if (m[1]!.replace(/\D/g, '').length < 4) return;
      if (!underHeader(text, m.index, /\b(?:mrn|mr|id|unit|acct|account|fin|csn|record|chart|rec)\b/i, ID_HEADER_CELL)) return;
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'ID', SOURCE, 0.8));
    });
    eachMatchFrom(ctx, LABELLED, labelledAnchors(ctx), 24, (m) => {
      const value = m[1]!;
      const end = m.index + m[0].length;
      // a number written in spaced groups counts all its digits (`Alien # 204 556 781`)
      const groupsEnd = spacedGroupsEnd(text, value, end);
      const digits = text.slice(end - value.length, groupsEnd).replace(/\D/g, '').length;
      if (digits < 4 || /^\d{1,3}-\d{1,3}$|^\d+x\d+$/i.test(value)) return; // ranges and counts ("34-40", "20x2")
      out.push(mkSpan(end - value.length, groupsEnd, 'ID', SOURCE, 0.75));
    }, atLetter);
    eachMatchFrom(ctx, BRACKETED_HASH, charStarts(ctx, '('), 0, (m) => {
      const end = m.index + m[0].length - 1;
      out.push(mkSpan(end - m[1]!.length, end, 'ID', SOURCE, 0.7));
    });
    if (HAS_MAC.test(text)) eachMatch(MAC_ADDRESS, text, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'ID', SOURCE, 0.85)));
    eachCuedMatch(ctx, ENDING_IN, ENDING_CUE, 0, (m) => {
      if (!CARD_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - 4, end, 'ID', SOURCE, 0.8));
    });
    return out;
  },
});
