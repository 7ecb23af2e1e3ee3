/**
 * Telephone, fax and pager numbers: `(617) 555-1212`, `617-555-1212`, `617.555.1212`,
 * `+1 617 555 1212`, `555-1212`, extensions (`ext. 1234`, `x1234`) and short numbers after a
 * cue (`pager #1234`, `beeper 5-1234`, `fax: 4-5678`, `bleep me on 1186`). Three spaced groups with a mistyped
 * five-digit last group count only in parentheses or after a phone cue (`(617 555 01234)`);
 * `900-1000` after a measure or range word (`TV`, `SVR`, `to`) is a range, not a number. Also:
 * numbers whose digits scanned text turned into letters (`6l7-555-O199`: O, o, l, I and L for
 * digits, seven real digits at least), international numbers (`+44 20 7946 0018`), extensions
 * standing alone (`x51212`, `call x4471`; not before a unit), and a seven-digit number in
 * brackets after a word that is no measure (`Ann Lee (555-0123)`).
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { eachMatch, mkSpan } from './_lib.js';
import { charStarts, cue, eachCuedMatch, eachMatchFrom, prepareScans, tokenStarts } from './_scan.js';
import { CLOCK_TIME } from '../../_clinicalNumbers.js';

const SOURCE = 'rules/phone';

// 10-digit North American numbers, optional +1, optional extension.
const FULL =
  /(?<![\w.\/]|\d-)(?:\+?1[\s.-]{1,2})?(?:\(\s?\d{3}\s?\)|\d{3})(?:[\s.\/-]{0,2}\d{3}[\s.\/-]{1,2}\d{4}|\s\d{7})(?:,?\s{0,2}(?:ext\.?|extension|x)\s{0,2}#?\d{1,6})?(?![\w\/]|[.-]\d)/gi;
// Three groups written with spaces, dots or dashes whose last group is mistyped with a fifth digit
// ("(617 555 01234)"): a phone number only in parentheses or right after a phone cue. Area code
// and exchange start with 2-9, as North American numbers do.
const SPACED = /(?:(\()\s?|(?<![\w.\/(-]))[2-9]\d{2}[\s.-]{1,2}[2-9]\d{2}[\s.-]{1,2}\d{4,5}(\s?\))?(?![\w\/]|[.-]\d)/g;
const SPACED_CUE_BEFORE =
  /(?:\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|home|work|office|pager|fax|number|no|call|reach|reached|at)\b\.?|#)\s{0,2}[:#]?\s{0,2}$/i;
// A 7-digit local number written with a space (`555 0157`), right after a word of calling or a
// number's label (`my number is 555 0157`, `cell 555 0188`): without one, two groups of digits are
// anything.
const LOCAL_SPACED = /(?<![\w.\/:-])[2-9]\d{2}[ \t]\d{4}(?![\w\/]|[.,-]\d|[ \t]\d)/g;
const LOCAL_SPACED_CUE_BEFORE =
  /\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|home|work|office|pager|fax|number|call|reach|text|txt|callback|cb)\b\.?[ \t]{0,2}(?:is[ \t]{1,2})?[:#]?[ \t]{0,2}$/i;
// 7-digit local numbers 555-1212 (not part of longer digit/date runs).
const LOCAL = /(?<![\w.\/:-])\d{3}-\d{4}(?:,?\s{0,2}(?:ext\.?|extension|x)\s{0,2}#?\d{1,6})?(?![\w\/]|[.-]\d)/gi;
// Short numbers after a cue word.
// Short numbers after a cue word: found digits first, then the cue is checked just before them.
const SHORT_NUMBER = /(?<![\w\/.-])(?:\d{1,2}-\d{4,5}|\d{4,6}|\d{3}-\d{4})(?![\w\/]|[.-]\d)/g;
const CUE_BEFORE =
  /(?:\b(?:page[ \t]{1,2}to|paged[ \t]{1,2}to|pager|pgr|pg|beeper|beep|bpr|page|paged|ext|extension|phone|ph|tel|telephone|cell|mobile|fax|call\s?back|callback|contact|number|no|bleep(?:\s{1,2}me)?(?:\s{1,2}on)?)\b\.?|(?<![\w#])#)\s{0,2}(?:(?:number|no|num)\.?\s{0,2})?(?:is\s{1,2})?[:#]?\s{0,2}#?\s{0,2}$/i;
const PHONE_CUE =
  /\b(?:call|called|calling|phone|phoned|tel|telephone|cell|cellphone|mobile|home|work|office|number|numbers|no|contact|reach|reached|pager|pgr|beeper|beep|bleep|fax|at|(?:scheduling|appointment|appt|nurse|triage|help|direct|main|phone|call|clinic|office|answering|info|information|advice|refill|pharmacy|crisis)[ \t]line|hotline|helpline|desk|#)\b|#|:/i;
const WEAK_CUE = /^(?:page|paged|number|no|#|contact)\b/i;
/** After a log line's time: its sender and a colon (` RN:`, ` resident update to RN:`). */
const LOG_SENDER_AFTER = /^[ \t]{1,3}[A-Za-z][^\n:]{0,30}:/;
/** Measures and range words right before "900-1000" make it a range (TV 250-1000, increased to 900-1100). */
const RANGE_BEFORE =
  /\b(?:tv|vt|stv|svr|pvr|hr|volumes?|tidal|uo|u\/o|urine|output|intake|to|from|between|ranged?|ranging)\s{0,3}[:=]?\s{0,2}$/i;
/** After a weak cue (page, #), a unit or clinical word means it is not a phone number. */
const NOT_PHONE_AFTER = /^\s{0,2}(?:ml|cc|mg|mcg|units?|u|pm|am|hrs?|x|times|kcal|cal|%|of\b)/i;

/** Letters that scanned text puts for digits. */
const OCR_DIGIT = '[\\dOolIL]';
const OCR = new RegExp(
  `(?<![\\w.\\/])(?:\\(\\s?${OCR_DIGIT}{3}\\s?\\)\\s?|${OCR_DIGIT}{3}[\\s.-]{1,2})${OCR_DIGIT}{3}[\\s.-]{1,2}${OCR_DIGIT}{4}(?![\\w\\/]|[.-]\\d)`,
  'g',
);
const HAS_OCR = /\d[OolIL]|[OolIL]\d/;
/** A token where scanned text mixed digits and the letters that look like them (`2l3`, `72O`). */
function mixesDigitsAndLookAlikes(w: string): boolean {
  let digit = false;
  let alike = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 79 || c === 111 || c === 108 || c === 73 || c === 76) alike = true;
    else return false;
  }
  return digit && alike;
}
const INTERNATIONAL = /(?<![\w+])\+\d{1,3}(?:[ .-]{1,2}\(?\d{1,4}\)?){2,5}(?![\w]|[.-]\d)/g;
/** An extension: `x51212`, and a campus extension with its exchange digit: `x6-4471`. */
/** An area code in brackets glued to seven digits (`(617)5551212`). */
const PAREN_GLUED = /(?<![\w(])\(\s?\d{3}\s?\)\s?\d{7}(?![\w\/]|[.-]\d)/g;
/** An international number dialled with `00` (`0049 30 1234567`), after a phone cue. */
const INTERNATIONAL_00 = /(?<![\w+.\/-])00[1-9]\d{0,2}(?:[ .-]{1,2}\(?\d{1,4}\)?){1,4}[ .-]{1,2}\d{3,8}(?![\w]|[.-]\d)/g;
const EXTENSION = /(?<![\w.\/-])x(?:\d{4,5}|\d-\d{4})(?![\w\/]|[.-]\d)/g;
const EXTENSION_NOT_AFTER = /^\s{0,2}(?:ml|cc|mg|mcg|units?|u|ft|feet|steps|meters|m|hrs?|x|times|kcal|cal|deg|degrees?|reps?|°|%)(?![\p{L}])/iu;
const BRACKETED_LOCAL = /\((\d{3}-\d{4})\)/g;
/** An extension of two or three digits after its word (`at ext. 114`, `extension 22`), or with its exchange digit (`ext. 6-2290`). `m[1]` the number. */
const EXT_WORD_SHORT = /\b(?:ext|EXT|Ext|extension|Extension)\.?[ \t]{0,2}#?[ \t]{0,2}(\d{2,3}|\d-\d{4})(?![\w\/]|[.,-]\d)/g;
const EXT_WORD_CUE = cue('ext extension');
/** Before a short extension: a word of calling or reaching, or a signer's credential (`at ext. 114`, `RN, CCM  ext. 6-2290`; not `flexion 45, extension 50`). */
const EXT_CALL_BEFORE = /\b(?:at|call|calls|called|phone|contact|reach|page|office|desk|line|me|us|RN|MD|NP|PA|CCM|LPN|RD|MSW|LCSW|PharmD),?[ \t]{0,3}$/;

/**
 * A campus extension with its exchange digit after a word of paging or calling, or after `To` or
 * `From` opening a pager log's line (`21:12  To 4-7719 (heme fellow)`, `paged 6-1302`, `callback
 * 3-4410`). `m[1]` the number.
 */
const SHORT_PAGER = /(?:\b(?:paged?|call(?:ed)?|callback|cb|reply|pgr|pager|beeper|bleep)|(?:^|\n)[ \t]{0,3}(?:\d{1,2}:?\d{2}[ \t]{1,3})?(?:to|from))[ \t]{1,2}#?[ \t]{0,2}(\d-\d{4})(?![\w\/-]|[.,]\d|[ \t]{0,2}(?:mg|mcg|ml|cc|units?|cells|copies|k|%|x)\b)/gi;
/**
 * A pager number after a word of paging, maybe with whom and `at` between (`pager p3318`, `page me
 * 2284`, `page Liv at 62290`, `paged at 4417`): four to six digits, maybe after `p` or `x`. A time
 * after `at` stays a time (`paged at 0300`), and a page of a document is no pager (`see page 1234`).
 * `m[1]` the word of paging, `m[2]` whom, `m[3]` the connector, `m[4]` the number (case-sensitive:
 * with `i` and `u` together `\p{Lu}` would take `at` for a name).
 */
const PAGED_NUMBER =
  /\b([Pp]ager|PAGER|[Pp]gr|PGR|[Pp]ages?|PAGES?|[Pp]aged|PAGED|[Pp]aging|[Bb]eeper|[Bb]leep(?:ed)?)[ \t]{1,2}((?:me|him|her|them|us|\p{Lu}\p{Ll}{1,15})[ \t]{1,2})?(?:(at|@|on|to)[ \t]{1,2})?#?[ \t]{0,2}([px]?\d{4,6})(?![\p{L}\d_\/.:-]|[ \t]{0,2}(?:mg|mcg|ml|cc|units?|x|%|times|am|pm|AM|PM|hrs?|h)\b)/gu;
const PAGED_CUE = cue('pager pgr page pages paged paging beeper bleep bleeped');
prepareScans(LOCAL_SPACED, EXT_WORD_SHORT, EXTENSION, BRACKETED_LOCAL, SHORT_PAGER, PAGED_NUMBER);

/**
 * Pattern detector for phone, fax and pager numbers (type `PHONE`, source `rules/phone`).
 *
 * @example
 * ```ts
 * phoneDetector.detect(createTextContext('pager #1234')); // one span over 1234
 * ```
 */
export const phoneDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['PHONE'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    eachMatch(FULL, text, (m) => {
      out.push(mkSpan(m.index, m.index + m[0].length, 'PHONE', SOURCE, 0.9));
    });
    eachMatch(SPACED, text, (m) => {
      const paren = m[1] !== undefined && m[2] !== undefined;
      if (!paren && !SPACED_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
      // a bracket belongs to the number only with its pair: "(cell 617-555-0143)" keeps its ")"
      const start = m[1] !== undefined && !paren ? m.index + /^\(\s?/.exec(m[0])![0].length : m.index;
      const end = m.index + m[0].length - (m[2] !== undefined && !paren ? m[2].length : 0);
      out.push(mkSpan(start, end, 'PHONE', SOURCE, 0.75));
    });
    // (tried only at three-digit tokens: a full scan of every note for this shape costs a pass)
    eachMatchFrom(ctx, LOCAL_SPACED, tokenStarts(ctx, (t) => t.text.length === 3 && t.text.charCodeAt(0) >= 50 && t.text.charCodeAt(0) <= 57 && /^\d{3}$/.test(t.text)), 0, (m) => {
      if (LOCAL_SPACED_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) out.push(mkSpan(m.index, m.index + m[0].length, 'PHONE', SOURCE, 0.7));
    });
    eachMatch(PAREN_GLUED, text, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'PHONE', SOURCE, 0.85)));
    eachMatch(LOCAL, text, (m) => {
      // 555-1212 without a cue is too often a range (SVR 900-1300, TV 500-1000)
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!PHONE_CUE.test(before) && !/\b(?:ext|x)\s{0,2}\d/i.test(m[0])) return;
      if (RANGE_BEFORE.test(before)) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'PHONE', SOURCE, 0.7));
    });
    eachMatch(SHORT_NUMBER, text, (n) => {
      const num = n[0];
      const start = n.index;
      const end = start + num.length;
      const c = CUE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!c) return;
      // a log line's time after a cue that ended the line before ("wants a call back\n2341 RN: ok")
      if (c[0].includes('\n') && CLOCK_TIME.test(num) && LOG_SENDER_AFTER.test(text.slice(end, end + 40))) return;
      const m = { index: start - c[0].length, 0: c[0] + num };
      if (WEAK_CUE.test(m[0])) {
        // "page 2 of 3" cannot match (4+ digits), but "#1930 ml" can
        if (NOT_PHONE_AFTER.test(text.slice(end, end + 8))) return;
        if (!/\d{4,}|-/.test(num)) return;
        if (/^#/.test(m[0]) || /^(?:number|no)\b/i.test(m[0])) {
          // a bare "#1234" or "no 1234" needs a phone cue a few words before
          const before = text.slice(Math.max(0, m.index - 20), m.index);
          if (!/\b(?:pager|pgr|beeper|beep|phone|cell|fax|tel|call|reach|reached|page|contact)\b/i.test(before)) return;
        }
      }
      out.push(mkSpan(start, end, 'PHONE', SOURCE, 0.8));
    });
    const ocr = tokenStarts(ctx, (t) => mixesDigitsAndLookAlikes(t.text));
    if (ocr === undefined ? HAS_OCR.test(text) : ocr.length > 0) {
      eachMatch(OCR, text, (m) => {
        // letters for digits (plain numbers are FULL's); seven real digits at least
        if (m[0].replace(/\D/g, '').length < 7 || !/[OolIL]/.test(m[0])) return;
        out.push(mkSpan(m.index, m.index + m[0].length, 'PHONE', SOURCE, 0.75));
      });
    }
    eachMatch(INTERNATIONAL_00, text, (m) => {
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < 10 || digits > 17 || !PHONE_CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'PHONE', SOURCE, 0.8));
    });
    if (text.includes('+')) {
      eachMatch(INTERNATIONAL, text, (m) => {
        const digits = m[0].replace(/\D/g, '').length;
        if (digits < 8 || digits > 15) return;
        out.push(mkSpan(m.index, m.index + m[0].length, 'PHONE', SOURCE, 0.85));
      });
    }
    eachCuedMatch(ctx, EXT_WORD_SHORT, EXT_WORD_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      // a joint's extension is measured (`knee ext 90 deg`, `hip ext 4/5`): a word of calling or a signer's credential comes before a phone's
      if (EXTENSION_NOT_AFTER.test(text.slice(end, end + 10)) || !EXT_CALL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
      out.push(mkSpan(end - m[1]!.length, end, 'PHONE', SOURCE, 0.7));
    });
    eachMatchFrom(ctx, EXTENSION, tokenStarts(ctx, (t) => t.text.charCodeAt(0) === 120 && t.text.length >= 2 && t.text.length <= 7 && t.text.charCodeAt(1) >= 48 && t.text.charCodeAt(1) <= 57), 0, (m) => {
      const end = m.index + m[0].length;
      if (EXTENSION_NOT_AFTER.test(text.slice(end, end + 8))) return;
      out.push(mkSpan(m.index, end, 'PHONE', SOURCE, 0.75));
    });
    eachMatchFrom(ctx, SHORT_PAGER, tokenStarts(ctx, (t, i) => t.text.length === 1 && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57 && text[t.end] === '-'), 24, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'PHONE', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, PAGED_NUMBER, PAGED_CUE, 0, (m) => {
      const num = m[4]!;
      // a page of a document (`see page 1234`): the verb needs whom or `at` before the number
      if (/^pages?$/i.test(m[1]!) && m[2] === undefined && m[3] === undefined) return;
      // a clock time after `at` (`paged at 0300`) is when, not where
      if (m[3] !== undefined && m[3] !== 'to' && CLOCK_TIME.test(num)) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - num.length, end, 'PHONE', SOURCE, 0.7));
    });
    eachMatchFrom(ctx, BRACKETED_LOCAL, charStarts(ctx, '(')?.filter((p) => text[p + 4] === '-'), 0, (m) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (RANGE_BEFORE.test(before) || /(?:\d|\b(?:range|ranges|ranged|ranging|between|from|to|normal|nl|ref|reference))[\s:]{0,2}$/i.test(before)) return;
      out.push(mkSpan(m.index + 1, m.index + 1 + m[1]!.length, 'PHONE', SOURCE, 0.7));
    });
    return out;
  },
});
