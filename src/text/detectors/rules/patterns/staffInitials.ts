/**
 * Staff by their initials after the label of their part in a report: the technologists, the
 * sonographer, the dictating reader and the transcriptionist of a radiology or dictated note
 * (`Tech: JRM / dlk`, `Sonographer: DRS (#4471)`, `Dict: gtl  Trans: VR`, `D/T 8/22/25 mad/kkr`,
 * `T: 04/18/25 07:16  mkh`, `Transcribed 12/4/2025 (tjw)`, `RT: K.O.`). Initials name a person
 * on a small staff; the label says they are initials, so the letters may spell a word (`mad`).
 *
 * A match is a label, maybe a colon, maybe the date and time of that step, maybe a bracket, then
 * one to four groups of two to four letters (or dotted initials), joined by slashes, before the
 * end of the field. Words that fill such a field without naming anyone (`VR`, `N/A`, `auto`,
 * `self`, a credential, a modality in capitals) are no initials. The one-letter labels `D:` and
 * `T:` count only before a date or as a pair on one line (`D: bos  T: ajm  job 3301774`), so a
 * temperature (`T: 38.5`) is never read. A footer's label in lower case takes a login too, with a
 * slash, a colon or a space (`dict/blindqvist   trans/mrv`, `/dict syc`, `Transcribed rsablan
 * 6/11/25`; a login of more than four letters must be no word of any list, so `trans fats` stays),
 * and typists after a slash closing a reference count (`ref SRA-991047 / yab / lcv`).
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { classifyWord, mkSpan } from './_lib.js';
import { cue, eachCuedMatch, prepareScans } from './_scan.js';

const SOURCE = 'rules/staff-initials';

/** A date and maybe a clock time, as a footer stamps a step (`8/22/25`, `04/18/25 07:16`). */
const STAMP = '\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}(?:[ \\t]{1,4}\\d{1,2}:\\d{2}(?::\\d{2})?)?[ \\t]{1,6}';
/** One person's initials: two to four letters in one case, or dotted capitals (`K.O.`). */
const GROUP = '(?:[A-Z]{2,4}|[a-z]{2,4}\\d?|(?:[A-Z]\\.){2,3})';
/** What may follow the initials: the field's end (a bracket, a stop, a bar, a line break, a wide gap) or the next label. */
const AFTER = '(?=[ \\t]{0,2}(?:[).,;|\\]]|\\(|\\r?\\n|$)|[ \\t]{2,}|[ \\t]{1,2}(?:Job|JOB|job|Trans|Dict|T:|D:|#))';
/**
 * A staff label (maybe `by`, maybe a colon), maybe a stamp, maybe a bracket, then the initials
 * joined by slashes. `m[1]` the whole run of initials.
 */
const STAFF_INITIALS = new RegExp(
  `\\b(?:(?:Tech(?:s|nologists?)?|TECH|Sonographer|SONOGRAPHER|Trans(?:cribed|criptionist)?|TRANS(?:CRIBED)?|Dict(?:ated)?|DICT(?:ATED)?|Typed|Typist|Scribe)` +
    `(?:[ \\t]{1,2}by)?[ \\t]{0,2}:?[ \\t]{1,3}(?:${STAMP})?|RT:[ \\t]{1,3}|Tr:[ \\t]{1,3}|D\\/T:?[ \\t]{1,3}${STAMP})\\(?(${GROUP}(?:[ \\t]{0,2}\\/[ \\t]{0,2}${GROUP}){0,3})${AFTER}`,
  'g',
);
const STAFF_CUE = cue('tech techs technologist technologists sonographer rt tr trans transcribed transcriptionist dict dictated typed typist scribe d');
/** `D:` or `T:`, then a stamp, then initials (`T: 04/18/25 07:16  mkh`). `m[1]` the initials. */
const STEP_STAMP = new RegExp(`(?<![\\p{L}\\d])[DT]:[ \\t]{0,2}${STAMP}(${GROUP}(?:[ \\t]{0,2}\\/[ \\t]{0,2}${GROUP}){0,3})${AFTER}`, 'gu');
const STEP_CUE = cue('d t');
/**
 * A dictator's or transcriptionist's login or initials in lower case after a footer's label, with
 * a colon, a slash or a space (`dict/blindqvist   trans/mrv`, `/dict syc`, `trans: gha |`,
 * `Transcribed rsablan 6/11/25`), before the footer's next part. `m[1]` the login.
 */
const FOOTER_LOGIN =
  /\b(?:[Dd]ict(?:ated)?|[Tt]rans(?:cribed)?|[Tt]yped|[Tt]ypist)(?:[ \t]{0,2}[:\/][ \t]{0,2}|[ \t]{1,2})([a-z]{2,12}\d{0,2})(?=[ \t]{0,3}(?:\/|\||\r?\n|$)|[ \t]{2,}|[ \t]{1,6}(?:\d{1,2}\/\d{1,2}\/\d{2,4}|[Jj]ob|JOB|ref|doc|conf|#))/g;
const FOOTER_CUE = cue('dict dictated trans transcribed typed typist');
/** `D: bos  T: ajm   job 3301774`: the dictator's and the typist's initials with no stamp, on one line. `m[1]`, `m[2]` the initials. */
const DICTATOR_TYPIST = new RegExp(`(?<![\\p{L}\\d])D:[ \\t]{1,3}(${GROUP})[ \\t]{1,6}T:[ \\t]{1,3}(${GROUP})(?=[ \\t]{1,8}(?:job|Job|JOB|#|\\d)|[ \\t]*(?:\\r?\\n|$))`, 'gu');
/** Typists after a slash closing a footer's reference (`Dict ref SRA-991047 / yab / lcv`, `Job# 775120   /kmf`). `m[1]`, `m[2]` the initials. */
const REF_SLASH_TYPIST = /\b(?:[Jj]ob|JOB|[Rr]ef|REF|[Dd]oc|DOC|[Cc]onf|ID)\b[^\n\/]{0,40}[ \t]\/[ \t]{0,2}([a-z]{2,3})(?:[ \t]{0,2}\/[ \t]{0,2}([a-z]{2,3}))?[ \t]*(?=\r?\n|$)/g;
const REF_CUE = cue('job ref doc conf id');
prepareScans(STAFF_INITIALS, STEP_STAMP, FOOTER_LOGIN, DICTATOR_TYPIST, REF_SLASH_TYPIST);

/** What fills a staff field without naming anyone: voice recognition, none, self, credentials, modalities. */
const NOT_INITIALS =
  /^(?:vr|na|n\/a|none|nil|unk|self|auto|same|see|per|and|the|md|do|rn|rt|np|pa|lpn|rrt|rdms|rvt|rdcs|arrt|cnmt|rtr|pacs|ris|epic|am|pm|est|cst|mst|pst|edt|cdt|mdt|pdt|utc)$/i;
/** Modalities and units written in capitals fill a staff field too (`Tech: CT`); in lower case the letters are initials (`Tech: JT / mr`). */
const NOT_INITIALS_CAPS = /^(?:CT|MRI|MR|US|XR|PET|NM|IR|ED|ER|OR|ICU)$/;
const notInitials = (g: string): boolean => NOT_INITIALS.test(g) || NOT_INITIALS_CAPS.test(g);

/**
 * Pattern detector for staff initials after the label of their part in a report (type `NAME`).
 *
 * @example
 * ```ts
 * staffInitialsDetector.detect(createTextContext('Tech: JRM / dlk')); // spans over "JRM" and "dlk"
 * ```
 */
export const staffInitialsDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['NAME'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const out: Span[] = [];
    const take = (m: RegExpExecArray): void => {
      const run = m[1]!;
      let at = m.index + m[0].length - run.length;
      for (const part of run.split('/')) {
        const g = part.trim();
        const start = at + part.indexOf(g);
        at += part.length + 1;
        if (g === '' || notInitials(g.replace(/\./g, ''))) continue;
        out.push(mkSpan(start, start + g.length, 'NAME', SOURCE, 0.7));
      }
    };
    eachCuedMatch(ctx, STAFF_INITIALS, STAFF_CUE, 0, take);
    eachCuedMatch(ctx, STEP_STAMP, STEP_CUE, 0, take);
    eachCuedMatch(ctx, FOOTER_LOGIN, FOOTER_CUE, 0, (m) => {
      const w = m[1]!;
      // a login of more than four letters is no word of any list (`trans fats` never reaches here)
      if (notInitials(w) || (w.replace(/\d{1,2}$/, '').length > 4 && classifyWord(w.replace(/\d{1,2}$/, '')) !== 'unknown')) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - w.length, end, 'NAME', SOURCE, 0.7));
    });
    // the groups from the last: each is the last of its letters before the one after it
    const takeGroups = (m: RegExpExecArray): void => {
      let to = m[0].length;
      const found: Span[] = [];
      for (const k of [2, 1]) {
        const g = m[k];
        if (g === undefined) continue;
        const at = m[0].lastIndexOf(g, to - g.length);
        if (at < 0) continue;
        to = at;
        if (!notInitials(g.replace(/\./g, ''))) found.unshift(mkSpan(m.index + at, m.index + at + g.length, 'NAME', SOURCE, 0.7));
      }
      out.push(...found);
    };
    eachCuedMatch(ctx, DICTATOR_TYPIST, STEP_CUE, 0, takeGroups);
    eachCuedMatch(ctx, REF_SLASH_TYPIST, REF_CUE, 0, takeGroups);
    return out;
  },
});
