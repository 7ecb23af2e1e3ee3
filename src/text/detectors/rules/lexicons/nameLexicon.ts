/**
 * Personal names found with the first-name and surname lexicons.
 *
 * Precision first: nursing notes are often ALL CAPS, and many names are also English words,
 * drugs or eponyms. A token counts as a name token when it is in the first-name or surname
 * lexicon and not on the built-in allow lists; it is *strong* when it is also not an everyday
 * English word. The detector reports:
 * - a first name followed by a surname (`Emily Kowalski`, `JOHN NGUYEN`), when at least one
 *   of the two is strong (in ALL CAPS or all-lower-case notes an everyday word in the pair
 *   needs a cue word); a middle initial may sit between them (`Mary T. Okafor`), and one more
 *   unknown name-like word may follow (`KAREN ANN QUAGLIERI`);
 * - a strong first name followed by an unknown, name-like word (a surname missing from the
 *   lexicon): capitalised in mixed-case text, with a cue word otherwise;
 * - `O'Donnell` / `o malley` (the Census writes such surnames as one word);
 * - an initial followed by a strong surname (`S. Kowalski`), or by an unknown name-like word
 *   with a cue (`B. QUAGLIERI PA AWARE`);
 * - a strong name token on its own: capitalised in ordinary mixed-case text; in notes that are
 *   ALL CAPS or all lower case (where case says nothing) only beside a cue word (`PER`, `DRS`,
 *   `AWARE`, `RN`, `(DAUGHTER)`).
 * Where case says nothing, a cue before a pair vouches for its first word only (`PER X WILL HOLD`),
 * `with` is a cue only after a word of talking, meeting or living (`SPOKE WITH`, not `WOUND WITH TAN
 * BASE`), and a pair opening with an everyday word right before an everyday content word describes
 * it (`THICK GOLDEN TAN SPUTUM`).
 * Titles, relations and credentials are also handled, more broadly, by the pattern detectors.
 *
 * @module
 */
import { asScrubContext } from '../../../context.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { analyse, lexiconData, spaced, type CaseMode, type LexToken } from './_load.js';
import { EPONYM_CUES, EPONYM_KIND, kindThenCue } from '../../../../allowlists/_spanContext.js';
import { endsBeforeContraction } from '../../_contraction.js';
import { isStopWord } from '../patterns/_lib.js';

const surnames = (): ReadonlySet<string> => lexiconData().surnames;

const SOURCE = 'rules/name-lexicon';

/** Words that, right before a lone name token in an ALL-CAPS note, make it a name. */
const NAME_PREV: ReadonlySet<string> = new Set(
  ('dr drs doctor mr mrs ms miss mister per with by paged called notified spoke talked ho attending resident intern fellow ' +
    'rn np md pa nurse wife husband spouse son sons daughter daughters dtr dtrs sister sisters brother brothers mother father ' +
    'mom dad niece nephew friend aunt uncle cousin grandson granddaughter grandmother grandfather fiance fiancee boyfriend ' +
    'girlfriend proxy hcp neighbor neighbour pastor priest rabbi chaplain dear social family contact contacted reach reached ' +
    'caseworker visitor visitors').split(' '),
);
/** Words that, right after a lone name token in an ALL-CAPS note, make it a name. */
const NAME_NEXT: ReadonlySet<string> = new Set(
  ('aware notified paged called rn np md pa lpn rrt cna msw here visited visiting updated informed agrees agreed states stated reports reported says said wants ' +
    'ordered wrote examined evaluated consulted requested recommends recommended ' +
    'daughter son wife husband sister brother mother father niece nephew friend dtr').split(' '),
);
const AND: ReadonlySet<string> = new Set(['and', '&']);
/** Words that, in a note whose case carries meaning, introduce a patient typed in lower case (`pt okafor, chidi`, `re mcallister, ewan`). */
const LOWER_NAME_PREV: ReadonlySet<string> = new Set('pt pts patient re regarding for about also named is mr mrs ms'.split(' '));
/**
 * `with` names a person only after a word of talking, meeting or living together (`SPOKE WITH`,
 * `LIVES WITH`); otherwise a thing follows it (`WOUND WITH TAN BASE`, `INCISION WITH STAPLES`).
 */
const WITH_PERSON_PREV: ReadonlySet<string> = new Set(
  ('spoke speak speaks speaking spoken talked talk talks talking met meet meets meeting meetings discussed discuss discussing ' +
    'discussion conversation conversations conference conferred consulted consult touch lives live lived living resides reside ' +
    'resided residing stays stay stayed staying along visit visits visited visiting phone call calls updated update').split(' '),
);

function sameLine(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return false;
  return true;
}

/** A Roman numeral and a lower-case letter (`IVa`, `IIIb`, `VIIIa`): a liver segment, a stage or a class, no name (`Iva`). */
const NUMERAL_AND_LETTER = /^(?:I{1,3}|IV|VI{0,3}|IX|X)[a-d]$/;
function isNameToken(t: LexToken): boolean {
  return (t.isFirst || t.isSurname) && !t.isBlocked && t.lower.length >= 2 && t.shape !== 'other' && !NUMERAL_AND_LETTER.test(t.tok.text);
}
/** Words after an eponym: `Chaddock sign`, `Stevens-Johnson syndrome`, `Hunt and Hess grade`, `Gleason 3+4`. */
const EPONYM_NEXT: ReadonlySet<string> = new Set([...EPONYM_CUES, 'grade', 'grading', 'maneuver', 'manoeuvre', 'workup', 'cutoff', 'risk', 'fall', 'lymphoma', 'disorder', 'anomaly', 'malformation', 'scale', 'scales', 'definition', 'valve']);
/** Heads that name a sign, disease, rule or device, never a person's business (`Austin Flint murmur`, `Berlin definition`). */
const STRONG_EPONYM_NEXT: ReadonlySet<string> = new Set([
  'sign', 'signs', 'syndrome', 'disease', 'murmur', 'reflex', 'maneuver', 'manoeuvre', 'criteria', 'classification', 'definition',
  'phenomenon', 'triad', 'palsy', 'score', 'equation', 'formula', 'procedure', 'operation', 'fracture', 'valve', 'anomaly', 'malformation',
]);
/**
 * True when token `i` names a sign, disease or score rather than a person: an eponym cue follows
 * it, directly or after the other names of a compound (`Stevens-Johnson syndrome`,
 * `Hunt and Hess grade`), or a score follows a capitalised eponym-like name (`Gleason 3+4`).
 */
function eponymUse(text: string, tokens: readonly LexToken[], i: number): boolean {
  let j = i;
  // after a plain space between two names ("Austin Flint murmur") only a head that names a
  // sign or disease will do: "Mary Smith positive for flu" is a person
  let spaced = false;
  for (let k = 0; k < 3; k++) {
    const n = tokens[j + 1];
    if (n === undefined) return false;
    const gap = text.slice(tokens[j]!.tok.end, n.tok.start);
    if ((spaced ? STRONG_EPONYM_NEXT : EPONYM_NEXT).has(n.lower) && /^(?:['’]s)?[ \t]{1,2}$|^[ \t]{1,2}$/.test(gap)) return true;
    // what kind, then a cue: "Fitzpatrick skin type", "Hawkins impingement tests", "Goldman cardiac risk index"
    if (!spaced && EPONYM_KIND.has(n.lower) && kindThenCue(text, tokens[j]!.tok.end)) return true;
    // the next name of a compound: "-Johnson", " and Hess", " von Willebrand", " Flint"
    const titled = n.shape === 'title' || n.shape === 'upper';
    if ((gap === '-' || gap === ' and ' || gap === ' & ') && titled) {
      j++;
      continue;
    }
    if (gap === ' ' && n.shape === 'title' && tokens[i]!.shape === 'title') {
      spaced = true;
      j++;
      continue;
    }
    return false;
  }
  return false;
}
function isStrong(t: LexToken): boolean {
  return isNameToken(t) && !t.isCommon;
}
/** Capitalisation fits a name in a pair (mixed notes: Title or UPPER). */
function pairCase(t: LexToken, mode: CaseMode): boolean {
  return mode !== 'mixed' || t.shape === 'title' || t.shape === 'upper';
}
function isInitial(text: string, t: LexToken): boolean {
  return t.tok.text.length === 1 && t.shape === 'upper' && text.charCodeAt(t.tok.end) === 46; /* . */
}
/** An initial with a period; lower case too in all-lower-case notes (`d. nguyen`). Not `N/V.`. */
function isInitialOf(text: string, t: LexToken, mode: CaseMode): boolean {
  if (t.tok.text.length !== 1 || text.charCodeAt(t.tok.end) !== 46 || text.charCodeAt(t.tok.start - 1) === 47) return false;
  return t.shape === 'upper' || (mode === 'lower' && t.shape === 'lower');
}
const LETTERS = /^\p{L}+$/u;
/** Three spaces or a tab between words: a table's or a form's column gap. */
const COLUMN_GAP = /[ ]{3,}|\t/;
/** Not an everyday word, not allow-listed, letters only: could be a surname missing from the lexicon. */
function isNameLike(t: LexToken): boolean {
  return !t.isCommon && !t.isBlocked && t.lower.length >= 2 && t.shape !== 'other' && LETTERS.test(t.lower);
}
/** The character before `at` is an apostrophe (`DR'S`: the `S` closes a possessive). */
function afterApostrophe(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c === 39 || c === 0x2019;
}
/** `O'Donnell`, `O’Malley`, `O Brien`. */
function isApostropheJoin(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 39 || c === 0x2019 || c === 32;
}

/**
 * Lexicon detector for personal names (type `NAME`, source `rules/name-lexicon`).
 *
 * @example
 * ```ts
 * nameLexiconDetector.detect(createTextContext('Emily Kowalski called back.')); // one span over "Emily Kowalski"
 * ```
 */
export const nameLexiconDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['NAME'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const { mode, tokens } = analyse(ctx);
    const out: Span[] = [];
    const marked = new Uint8Array(tokens.length);
    const push = (i: number, j: number, confidence: number): void => {
      for (let k = i; k <= j; k++) marked[k] = 1;
      // a name never runs across a column's gap (`GIUSEPPE   Age: 59`): each part on its own, and
      // only a part holding a word that is no everyday word
      let from = i;
      for (let k = i; k <= j; k++) {
        if (k < j && !COLUMN_GAP.test(text.slice(tokens[k]!.tok.end, tokens[k + 1]!.tok.start))) continue;
        if (from === i && k === j) out.push({ start: tokens[i]!.tok.start, end: tokens[j]!.tok.end, type: 'NAME', source: SOURCE, confidence });
        else if (tokens.slice(from, k + 1).some((t) => !t.isCommon)) out.push({ start: tokens[from]!.tok.start, end: tokens[k]!.tok.end, type: 'NAME', source: SOURCE, confidence });
        from = k + 1;
      }
    };
    const cueBefore = (i: number): boolean => {
      const p1 = tokens[i - 1];
      const cur = tokens[i]!;
      if (p1 === undefined || !sameLine(text, p1.tok.end, cur.tok.start)) return false;
      if (NAME_PREV.has(p1.lower)) return p1.lower !== 'with' || withNamesPerson(i - 1);
      const p2 = tokens[i - 2];
      return AND.has(p1.lower) && p2 !== undefined && marked[i - 2] === 1;
    };
    /** Token `i` opens a name typed in lower case: after a word that introduces a patient (`pt`, `re`, `for`) or a comma or bracket. */
    const lowerNameOpens = (i: number): boolean => {
      const p1 = tokens[i - 1];
      const cur = tokens[i]!;
      const before = text.slice(Math.max(0, cur.tok.start - 2), cur.tok.start);
      if (/(?:^|[,(])[ \t]?$/.test(before) && (p1 === undefined || p1.tok.end <= cur.tok.start - 1)) return /[,(][ \t]?$/.test(before);
      return p1 !== undefined && sameLine(text, p1.tok.end, cur.tok.start) && LOWER_NAME_PREV.has(p1.lower);
    };
    /**
     * Token `j` closes a name typed in lower case: a comma, a bracket, a full stop or the line's
     * end follows, or the patient's room, bed, record number or age (`okafor, chidi rm 614B`).
     */
    const lowerNameCloses = (j: number): boolean =>
      /^(?:[,.;)(]|[ \t]*(?:\r?\n|$)|[ \t]{1,2}(?:\(|(?:rm|room|bed|bd|mrn|dob)\b|\d{1,3}[ \t]?(?:[mfMF]|yo|y\/o|yr)\b))/.test(text.slice(tokens[j]!.tok.end, tokens[j]!.tok.end + 12));
    /** `with` at token `w` follows a word of talking, meeting or living (see {@link WITH_PERSON_PREV}). */
    const withNamesPerson = (w: number): boolean => {
      const p = tokens[w - 1];
      return p !== undefined && sameLine(text, p.tok.end, tokens[w]!.tok.start) && WITH_PERSON_PREV.has(p.lower);
    };
    /**
     * `THICK GOLDEN TAN SECRETIONS`: where case says nothing, a pair opening with an everyday word
     * and followed by an everyday content word (not a function or charting word, not a cue such as
     * `AWARE`) describes that word.
     */
    const modifiesNext = (j: number): boolean => {
      const n = tokens[j + 1];
      if (n === undefined || !sameLine(text, tokens[j]!.tok.end, n.tok.start) || n.tok.start - tokens[j]!.tok.end !== 1) return false;
      return n.isCommon && !isNameToken(n) && !NAME_NEXT.has(n.lower) && !isStopWord(n.lower);
    };
    const cueAfter = (j: number): boolean => {
      const n = tokens[j + 1];
      return n !== undefined && sameLine(text, tokens[j]!.tok.end, n.tok.start) && NAME_NEXT.has(n.lower);
    };
    /** Extends a name ending at `j` over one more unknown, name-like word (`ROSE MARIE QUAGLIERI`). */
    const extend = (j: number): number => {
      const n = tokens[j + 1];
      if (n && isNameLike(n) && n.lower.length >= 3 && pairCase(n, mode) && spaced(text, tokens[j]!.tok, n.tok)) return j + 1;
      return j;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (endsBeforeContraction(text, t.tok.end) || eponymUse(text, tokens, i)) continue;
      const n1 = tokens[i + 1];
      // O'Donnell, o malley: "o" + a surname that the Census writes as one word
      if (
        n1 &&
        t.lower === 'o' &&
        text.charCodeAt(t.tok.start - 1) !== 47 /* c/o, r/o */ &&
        isApostropheJoin(text, t.tok.end, n1.tok.start) &&
        n1.lower.length >= 3 &&
        isNameLike(n1) &&
        surnames().has(`o${n1.lower}`) &&
        (mode !== 'mixed' || n1.shape !== 'lower' || cueBefore(i))
      ) {
        // "ellen o'malley": take the first name before it too
        const p1 = tokens[i - 1];
        const from = p1 && p1.isFirst && !p1.isBlocked && pairCase(p1, mode) && spaced(text, p1.tok, t.tok) ? i - 1 : i;
        push(from, i + 1, 0.8);
        i++;
        continue;
      }
      // in a note whose case carries meaning, a name typed in lower case (`harriet lomax`, `tobias
      // renner`): a given name and a surname that are both no everyday word, side by side
      if (
        mode === 'mixed' &&
        n1 &&
        t.shape === 'lower' &&
        n1.shape === 'lower' &&
        t.isFirst &&
        !t.isSoft &&
        isStrong(t) &&
        n1.isSurname &&
        !n1.isSoft &&
        isStrong(n1) &&
        t.lower.length >= 3 &&
        n1.lower.length >= 3 &&
        spaced(text, t.tok, n1.tok) &&
        !eponymUse(text, tokens, i + 1)
      ) {
        push(i, i + 1, 0.6);
        i++;
        continue;
      }
      // in lower case after a word that introduces a patient or between commas: a surname, a comma
      // and a given name (`pt okafor, chidi`, `re mcallister, ewan`), or a given name and a word no
      // list knows (`, amara nwosu,`)
      if (mode !== 'upper' && n1 && t.shape === 'lower' && n1.shape === 'lower' && lowerNameOpens(i)) {
        const gap = text.slice(t.tok.end, n1.tok.start);
        const given = n1.isFirst ? isStrong(n1) && !n1.isSoft : t.isSurname && isStrong(t) && isNameLike(n1) && !n1.isSurname && lowerNameCloses(i + 1);
        if (gap === ', ' && (t.isSurname ? isStrong(t) : isNameLike(t) && t.lower.length >= 4) && !t.isSoft && given && n1.lower.length >= 3) {
          push(i, i + 1, 0.6);
          i++;
          continue;
        }
        if (gap === ' ' && t.isFirst && isStrong(t) && !t.isSoft && t.lower.length >= 3 && isNameLike(n1) && !n1.isFirst && !n1.isSurname && n1.lower.length >= 4 && lowerNameCloses(i + 1)) {
          push(i, i + 1, 0.55);
          i++;
          continue;
        }
      }
      // First [M.] Last
      if (n1 && t.isFirst && isNameToken(t) && pairCase(t, mode)) {
        let j = i + 1;
        if (isInitial(text, n1) && tokens[i + 2] && n1.tok.end + 1 <= tokens[i + 2]!.tok.start) j = i + 2;
        const s = tokens[j];
        const linked = j === i + 1 ? spaced(text, t.tok, s!.tok) : spaced(text, t.tok, n1.tok) && spaced(text, { ...n1.tok, end: n1.tok.end + 1 }, s!.tok);
        // when case says nothing, an everyday word in the pair needs a cue ("LEON PAIN",
        // "WILL FAHEY")
        // a cue before the pair vouches for its first word only: "PER QUENBY WILL HOLD" is Quenby
        const after = cueAfter(j);
        const surnameOk =
          mode === 'mixed' || (isStrong(s!) && !t.isSoft && (!t.isCommon || !modifiesNext(j))) || (cueBefore(i) && !s!.isCommon) || after;
        if (s && linked && isNameToken(s) && (s.isSurname || s.isFirst) && pairCase(s, mode) && (isStrong(t) || isStrong(s)) && surnameOk) {
          const k = extend(j);
          push(i, k, 0.85);
          i = k;
          continue;
        }
        // First + an unknown word (a surname missing from the lexicon): capitalised in mixed
        // notes, or with a cue in ALL CAPS / lower-case notes
        if (j === i + 1 && isStrong(t) && isNameLike(n1) && !n1.isFirst && !n1.isSurname && pairCase(n1, mode) && spaced(text, t.tok, n1.tok)) {
          // (in a mixed-case note two or three capitals no list knows after a capitalised word are an abbreviation: `Barr PCR`, `Burgess LC`)
          if (mode === 'mixed' ? t.shape !== 'lower' && n1.shape !== 'lower' && !(t.shape === 'title' && n1.shape === 'upper' && n1.lower.length <= 3) : cueBefore(i) || cueAfter(i + 1)) {
            push(i, i + 1, 0.7);
            i++;
            continue;
          }
        }
      }
      // S. Kowalski, B. QUAGLIERI NP AWARE
      if (n1 && isInitialOf(text, t, mode) && spaced(text, { ...t.tok, end: t.tok.end + 1 }, n1.tok) && pairCase(n1, mode)) {
        if (isStrong(n1) && n1.isSurname) {
          push(i, i + 1, 0.75);
          i++;
          continue;
        }
        if (isNameLike(n1) && n1.lower.length >= 3 && (cueBefore(i) || cueAfter(i + 1))) {
          push(i, i + 1, 0.65);
          i++;
          continue;
        }
      }
      // "J SMITH ORDERED", "per d ross": an initial without its period needs a lexicon surname
      // and a cue
      if (
        n1 &&
        t.tok.text.length === 1 &&
        (t.shape === 'upper' || (mode === 'lower' && t.shape === 'lower')) &&
        !afterApostrophe(text, t.tok.start) && // "DR'S QUENBY": a possessive s, no initial
        spaced(text, t.tok, n1.tok, 1) &&
        isStrong(n1) &&
        n1.isSurname &&
        pairCase(n1, mode) &&
        (cueBefore(i) || cueAfter(i + 1))
      ) {
        push(i, i + 1, 0.65);
        i++;
        continue;
      }
      if (marked[i] || !isStrong(t) || t.lower.length < 3) continue;
      if (mode === 'mixed') {
        if (t.shape === 'title') push(i, i, 0.6);
        continue;
      }
      // ALL CAPS or all lower case: case says nothing, so a lone name token needs a cue word
      // beside it on the same line ("PER KOWALSKI", "OKAFOR AWARE", "DRS LEE AND NGUYEN").
      if (cueBefore(i) || cueAfter(i)) {
        const p1 = tokens[i - 1];
        const withFirst = p1 !== undefined && !marked[i - 1] && t.isSurname && isNameLike(p1) && p1.lower.length >= 3 && spaced(text, p1.tok, t.tok);
        push(withFirst ? i - 1 : i, i, 0.5);
      }
    }
    return out;
  },
});
