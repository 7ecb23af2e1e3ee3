/**
 * Name expansion: a detected name usually has a first name or surname right beside it that no
 * detector found on its own ("Patient Zuleika Bellweather": the lexicon knows "Zuleika", not
 * "Bellweather"). This step adds the neighbouring word when everything says it is the other
 * half of the name, so a half-removed name ("Patient ___ Bellweather") cannot leak. A word
 * joined to a name by a hyphen ("Quenby-Hargrove") and an initial with its period right before
 * a name ("J. Hargrove") are taken too.
 *
 * @module
 */
import { loadLexicon } from '../allowlists/index.js';
import type { ScrubContext, Token } from './context.js';
import type { Span } from './types.js';
import { classifyWord, isCapitalised, isStopWord } from './detectors/rules/patterns/_lib.js';

/** The source name of spans added by name expansion. */
export const EXPAND_NAME_SOURCE = 'scrub/name-expansion';

/** Whether `[start, end)` of `text` is allow-listed as `NAME` (the scrubber's allow list). */
export type NameAllowed = (text: string, start: number, end: number) => boolean;

const LETTERS = /^\p{L}[\p{L}'’-]{0,40}$/u;
/** Titles, honorifics and credentials: beside a name, but never part of it. */
const TITLES: ReadonlySet<string> = new Set([
  'dr', 'drs', 'doctor', 'mr', 'mrs', 'ms', 'mss', 'miss', 'mx', 'messrs', 'prof', 'professor', 'rev', 'sr', 'sir', 'dame', 'madam',
  'md', 'do', 'rn', 'np', 'pa', 'pac', 'lpn', 'cna', 'crna', 'phd', 'pharmd', 'dds', 'dmd', 'msw', 'licsw', 'lcsw', 'pt', 'ot', 'rt', 'slp',
  'psyd', 'edd', 'dnp', 'aprn', 'fnp', 'anp', 'cnm', 'cns', 'rdms', 'rvt', 'rdcs', 'lmft', 'lpc', 'lcpc', 'bcba', 'cde', 'rd', 'rdn', 'dpt', 'otr', 'mph', 'mba', 'facs', 'facp',
  'attending', 'resident', 'fellow', 'intern', 'nurse', 'patient', 'pt', 'father', 'mother', 'son', 'daughter', 'wife', 'husband',
]);
const MAX_STEPS = 2;
/** Between an initial and the name after it: its period and at most two spaces. */
const INITIAL_GAP = /^\.[ ]{0,2}$/;
/** Name particles written abbreviated with a period (`St. Onge`, `Ste. Marie`). */
const DOTTED_PARTICLES: ReadonlySet<string> = new Set(['st', 'ste', 'mt']);

interface Lexicons {
  readonly common: ReadonlySet<string>;
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
}
let lexicons: Lexicons | undefined;
function getLexicons(): Lexicons {
  lexicons ??= { common: loadLexicon('common-words'), first: loadLexicon('first-names'), last: loadLexicon('surnames') };
  return lexicons;
}

/**
 * Spans for the words right beside detected names that complete them: a neighbour joined to
 * the name by one space (or, on the right, by `", "` when it is a known first name, the
 * `Last, First` form; a known first name in ALL-CAPS notes), made of letters only, not an everyday word, not allow-listed, and either
 * capitalised (in notes where case carries meaning) or a known first name/surname (in ALL-CAPS
 * or all-lower-case notes). A word joined by a hyphen (`Quenby-Hargrove`; capitalised, or a
 * lexicon name in caseless notes; not an everyday prefix like `Non-`) and, on the left, a
 * single-letter initial with its period (`J. Hargrove`; not the end of `p.o.` or `I & O.`) are
 * taken as well. At most two words are added on each side of a name.
 *
 * @param ctx - the note's context (its tokens and case profile are used)
 * @param detected - spans accepted so far (only `NAME` spans are expanded)
 * @param isAllowed - the scrubber's allow-list predicate, or undefined for none
 * @returns new `NAME` spans (source {@link EXPAND_NAME_SOURCE}); never overlapping a detected span
 * @example
 * ```ts
 * const ctx = createTextContext('Patient Zuleika Bellweather, MRN 123.');
 * expandNameSpans(ctx, [{ start: 8, end: 15, type: 'NAME', source: 'rules/name-lexicon', confidence: 0.8 }]);
 * // → [{ start: 16, end: 27, type: 'NAME', source: 'scrub/name-expansion', confidence: 0.6 }]
 * ```
 */
export function expandNameSpans(ctx: ScrubContext, detected: readonly Span[], isAllowed?: NameAllowed): Span[] {
  const names = detected.filter((s) => s.type === 'NAME');
  if (names.length === 0) return [];
  const { text, tokens } = ctx;
  const lex = getLexicons();
  const added: Span[] = [];
  // Tokens already inside a span, marked once (linear in spans + tokens, not spans × candidates).
  const isCovered = new Uint8Array(tokens.length);
  const mark = (start: number, end: number): void => {
    for (let i = ctx.tokenIndexAt(start); i < tokens.length && tokens[i]!.start < end; i++) isCovered[i] = 1;
  };
  for (const s of detected) mark(s.start, s.end);
  const covered = (i: number): boolean => isCovered[i] === 1;

  const accept = (t: Token, i: number, viaComma: boolean, rightOfName: boolean, viaParticle = false, afterGivenName = false): boolean => {
    if (!LETTERS.test(t.text) || t.text.length < 2) return false;
    const lower = t.lower;
    const known = lex.first.has(lower) || lex.last.has(lower);
    if (TITLES.has(lower)) return false;
    // An everyday word is a name only as a Title-case surname right after a name in a note
    // where case carries meaning ("Agnieszka Stanhope", "Mary White").
    const titleCase = t.text.length > 1 && t.text[0] !== t.text[0]!.toLowerCase() && t.text.slice(1) === t.text.slice(1).toLowerCase();
    if (lex.common.has(lower) && !(rightOfName && !viaComma && !ctx.isCaseless && titleCase && lex.last.has(lower))) return false;
    // after a comma (`Last, First`), ALL-CAPS or lower-case notes need a known first name
    if (viaComma && ctx.isCaseless && !lex.first.has(lower)) return false;
    if (ctx.isCaseless) {
      // after `ST.` the word is the rest of the name whether or not a list knows it (DR. ST. ONGE)
      // right after a one-word name a word no list knows, with a vowel, is the surname (OSKAR LINDQVIST)
      if (!known && !viaParticle && !(afterGivenName && t.text.length >= 4 && !isStopWord(lower) && /[aeiouy]/.test(lower))) return false;
    } else {
      const first = t.text[0]!;
      if (first === first.toLowerCase()) return false; // not capitalised
      // short all-caps words in mixed-case notes are abbreviations (RN, MD, ICU), not names
      if (t.text.length <= 3 && t.text === t.text.toUpperCase() && !known) return false;
    }
    if (covered(i)) return false;
    // a word no name list knows right before a colon is the next field's label (`Dict: gtl Trans: VR`)
    if (!known && text.charCodeAt(t.end) === 58) return false;
    if (isAllowed && isAllowed(text, t.start, t.end)) return false;
    return true;
  };

  // "Quenby-Hargrove": a word joined to a name by a hyphen is the other half of a double surname
  const acceptHyphenated = (t: Token, i: number): boolean => {
    if (!LETTERS.test(t.text) || t.text.length < 2 || TITLES.has(t.lower) || isStopWord(t.lower)) return false;
    if (lex.common.has(t.lower) && !lex.last.has(t.lower)) return false; // "Non-Hodgkin", "Anti-Smith"
    if (ctx.isCaseless ? !(lex.first.has(t.lower) || lex.last.has(t.lower)) : !isCapitalised(t.text)) return false;
    if (covered(i) || (isAllowed && isAllowed(text, t.start, t.end))) return false;
    return true;
  };
  // "J. Smith": an initial with its period right before a name (not "p.o.", "I & O.")
  const acceptInitial = (t: Token, i: number, gap: string): boolean => {
    if (!INITIAL_GAP.test(gap) || t.text.length !== 1 || !/[A-Za-z]/.test(t.text)) return false;
    if (!ctx.isCaseless && !isCapitalised(t.text)) return false;
    const before = text.slice(Math.max(0, t.start - 3), t.start);
    if (t.start > 0 && !/(?:^|[\s(])$/.test(before)) return false;
    if (/[&\/+]\s{0,2}$/.test(before)) return false;
    return !covered(i);
  };

  // "Tolentino, E.": one capital with its period after the comma, then a space, a dash, a bracket or the line's end
  const isCommaInitial = (t: Token, i: number): boolean =>
    t.text.length === 1 && /[A-Z]/.test(t.text) && text[t.end] === '.' && /^(?:[ \t]|$|\r?\n|[-–—),;])/.test(text.slice(t.end + 1, t.end + 2)) && !covered(i);

  for (const span of names) {
    // rightwards
    let end = span.end;
    // a one-word name, not after a title ("OSKAR" in "DICTATED BY: OSKAR LINDQVIST", not "DR. SMITH")
    const given = ctx.isCaseless && /^\p{L}{2,}$/u.test(text.slice(span.start, span.end)) && !/\b(?:dr|mr|mrs|ms|miss|prof)\.?\s{1,2}$/i.test(text.slice(Math.max(0, span.start - 6), span.start));
    for (let step = 0; step < MAX_STEPS; step++) {
      const i = ctx.tokenIndexAt(end);
      const t = tokens[i];
      if (!t || t.start < end) break;
      const gap = text.slice(end, t.start);
      const viaComma = gap === ', ' || gap === ',';
      // "St. Onge", "Ste. Marie": an abbreviated particle with its period is half of the name
      const viaParticle = INITIAL_GAP.test(gap) && i > 0 && DOTTED_PARTICLES.has(tokens[i - 1]!.lower) && tokens[i - 1]!.end === end;
      if (viaComma && step === 0 && isCommaInitial(t, i)) {
        // "Tolentino, E.": a surname, a comma, then the given name's initial with its period
        added.push({ start: t.start, end: t.end, type: 'NAME', source: EXPAND_NAME_SOURCE, confidence: 0.6 });
        isCovered[i] = 1;
        break;
      }
      if (gap === '-') {
        if (!acceptHyphenated(t, i)) break;
      } else if (viaParticle) {
        if (!accept(t, i, false, true, true)) break;
      } else {
        if (gap !== ' ' && !viaComma) break;
        if (!accept(t, i, viaComma, true, false, given && step === 0 && !viaComma)) break;
      }
      added.push({ start: t.start, end: t.end, type: 'NAME', source: EXPAND_NAME_SOURCE, confidence: 0.6 });
      isCovered[i] = 1;
      end = t.end;
      if (viaComma) break;
    }
    // leftwards
    let start = span.start;
    for (let step = 0; step < MAX_STEPS; step++) {
      const i = ctx.tokenIndexAt(start) - 1;
      const t = i >= 0 ? tokens[i] : undefined;
      if (!t || t.end > start) break;
      const gap = text.slice(t.end, start);
      if (gap === '-' ? !acceptHyphenated(t, i) : gap === ' ' ? !accept(t, i, false, false) : !acceptInitial(t, i, gap)) break;
      added.push({ start: t.start, end: t.end, type: 'NAME', source: EXPAND_NAME_SOURCE, confidence: 0.6 });
      isCovered[i] = 1;
      start = t.start;
    }
  }
  if (!ctx.isCaseless) added.push(...sandwichedWords(ctx, names, added, isCovered, isAllowed));
  return added;
}

/** A newborn's placeholder words (`Baby Girl Lopez`): beside a name, never inside it. */
const NEWBORN: ReadonlySet<string> = new Set(['baby', 'girl', 'boy', 'twin', 'infant', 'newborn']);
/** A courtesy title right before a word: the word after it begins a name. */
const COURTESY_TITLE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx)\.?$/u;

/**
 * A Title-case word between two parts of one name, in a note where case carries meaning: between
 * two names (`Jon Two Crow`, `Marvin Yellow Horse`) or between a courtesy title and a name
 * (`Mr. Two Crow`). Everyday words count (many compound surnames are made of them); function
 * words, titles and a newborn's placeholders never do, and after a title the allow list decides.
 */
function sandwichedWords(ctx: ScrubContext, names: readonly Span[], added: readonly Span[], isCovered: Uint8Array, isAllowed?: NameAllowed): Span[] {
  const { text, tokens } = ctx;
  const nameStarts = new Set<number>();
  const nameEnds = new Set<number>();
  for (const s of [...names, ...added]) {
    nameStarts.add(s.start);
    nameEnds.add(s.end);
  }
  const out: Span[] = [];
  for (const nameStart of nameStarts) {
    const i = ctx.tokenIndexAt(nameStart) - 1;
    const t = i >= 0 ? tokens[i] : undefined;
    if (!t || t.end !== nameStart - 1 || text[t.end] !== ' ' || text[t.start - 1] !== ' ' || isCovered[i] === 1) continue;
    if (!LETTERS.test(t.text) || t.text.length < 2 || !isCapitalised(t.text) || t.text.slice(1) !== t.text.slice(1).toLowerCase()) continue;
    if (TITLES.has(t.lower) || NEWBORN.has(t.lower) || classifyWord(t.text) === 'stop') continue;
    // between two names an everyday word is the middle of the name though the allow list keeps it elsewhere
    // ("Two" in "Jon Two Crow"); after a title the allow list decides as it does for any word there
    if (!nameEnds.has(t.start - 1) && (!COURTESY_TITLE.test(text.slice(Math.max(0, t.start - 6), t.start - 1)) || (isAllowed && isAllowed(text, t.start, t.end)))) continue;
    out.push({ start: t.start, end: t.end, type: 'NAME', source: EXPAND_NAME_SOURCE, confidence: 0.6 });
    isCovered[i] = 1;
  }
  return out;
}
