/**
 * Runs compromise only where it can help, and shares the result between the three compromise
 * detectors. compromise tags about 0.1 MB/s, far below the scrubber's budget, so it is given
 * short windows (up to 12 characters either side, within the line, at most one per note) around
 * capitalised tokens that a name or place lexicon knows but that are not everyday words,
 * clinical terms or place names that are not PHI, and never mostly-upper-case notes, where
 * capitalisation says nothing. Capitalised words no lexicon knows are mostly drug brands and
 * jargon in clinical notes: each parse costs about a millisecond, so they are left to the token
 * classifier and fuzzy matcher. Seeds the token classifier has already labelled, or that a
 * detector which ran earlier in the same scrub already covers ({@link ScrubContext.found}), are
 * skipped: compromise is there for what the others miss. Each window's matches are
 * trimmed to their name-like terms (no honorifics, no everyday words).
 *
 * @internal
 */
import type { ScrubContext } from '../../context.js';
import type { PhiType, Span } from '../../types.js';
import { F, type TokenInfo } from './_features.js';
import { compromise, type CompromiseMatch } from './_resources.js';
import { _analysed, _tokenLabels } from './tokenClassifier.js';

/** Which compromise extractor a span came from. */
export type CompromiseKind = 'person' | 'place' | 'organization';

/** Spans found by compromise in one note, per extractor. */
export type CompromiseFinds = Readonly<Record<CompromiseKind, readonly Span[]>>;

const WINDOW = 12;
/** At most this many compromise calls per note (each costs ~0.3 ms however short). */
const MAX_WINDOWS = 1;
/** At most this many characters of a note go through compromise (plus 0.2% of its length). */
const BUDGET = 64;
const SKIP = F.COMMON | F.CLIN | F.NOT_PHI | F.TITLE | F.RELATION | F.FACILITY | F.DIGIT;
const NAMEISH = F.FIRST | F.LAST | F.CITY | F.PLACE;

const TYPE: Record<CompromiseKind, PhiType> = { person: 'NAME', place: 'LOCATION', organization: 'HOSPITAL' };

function isSeed(t: TokenInfo): boolean {
  return (t.flags & F.CAP) !== 0 && (t.flags & SKIP) === 0 && (t.flags & NAMEISH) !== 0 && t.text.length > 3;
}

/** Marks the tokens inside a span an earlier detector of this scrub already found. */
function coveredTokens(ctx: ScrubContext, toks: readonly TokenInfo[]): Uint8Array | undefined {
  const found = ctx.found;
  if (found.length === 0) return undefined;
  const out = new Uint8Array(toks.length);
  for (const s of found) {
    for (let i = ctx.tokenIndexAt(s.start); i < toks.length && toks[i]!.start < s.end; i++) {
      if (toks[i]!.start >= s.start && toks[i]!.end <= s.end) out[i] = 1;
    }
  }
  return out;
}

/** Character windows to parse: merged, within lines, snapped to token edges. */
export function _windows(ctx: ScrubContext, toks: readonly TokenInfo[], labels: Uint8Array = _tokenLabels(ctx)): { start: number; end: number }[] {
  const text = ctx.text;
  const out: { start: number; end: number }[] = [];
  let budget = BUDGET + Math.floor(text.length * 0.002);
  const covered = coveredTokens(ctx, toks);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // seeds: capitalised unknown words the token classifier and earlier detectors left alone
    if (!isSeed(t) || labels[k] !== 0 || (covered !== undefined && covered[k] === 1)) continue;
    // stay within the line, looking no further than the window (linear on long lines)
    let start = t.start;
    while (start > 0 && t.start - start < WINDOW && text.charCodeAt(start - 1) !== 10) start--;
    let end = t.end;
    while (end < text.length && end - t.end < WINDOW && text.charCodeAt(end) !== 10) end++;
    const lineEnd = end;
    // snap to token edges so no word is cut
    const i = ctx.tokenIndexAt(start);
    const first = toks[i];
    if (first && first.start < start) start = first.start;
    const j = ctx.tokenIndexAt(end);
    const last = toks[j];
    if (last && last.start < end) end = Math.min(lineEnd, last.end);
    const prev = out[out.length - 1];
    if (prev && start <= prev.end) {
      budget -= end - prev.end;
      if (budget < 0) break;
      prev.end = Math.max(prev.end, end);
    } else {
      budget -= end - start;
      if (budget < 0 || out.length >= MAX_WINDOWS) break;
      out.push({ start, end });
    }
  }
  return out;
}

function nameLike(text: string, toks: readonly TokenInfo[], ctx: ScrubContext, start: number, end: number): boolean {
  const i = ctx.tokenIndexAt(start);
  const t = toks[i];
  if (!t || t.start !== start || t.end !== end) return false;
  return (t.flags & (F.CAP | F.UPPER)) !== 0 && (t.flags & SKIP) === 0 && t.text.length > 1 && text.length > 0;
}

function collect(matches: readonly CompromiseMatch[], base: number, kind: CompromiseKind, ctx: ScrubContext, toks: readonly TokenInfo[], out: Span[]): void {
  for (const m of matches) {
    let run: { start: number; end: number } | undefined;
    const flush = (): void => {
      if (run) out.push({ start: run.start, end: run.end, type: TYPE[kind], source: `nlp/compromise-${kind}`, confidence: 0.6 });
      run = undefined;
    };
    for (const term of m.terms) {
      const start = base + term.offset.start;
      const end = start + term.offset.length;
      if (term.offset.length > 0 && nameLike(term.text, toks, ctx, start, end)) {
        if (run && /^[\s.'-]{0,3}$/.test(ctx.text.slice(run.end, start))) run.end = end;
        else {
          flush();
          run = { start, end };
        }
      } else flush();
    }
    flush();
  }
}

/**
 * compromise's people, places and organisations in a note, computed once per note.
 *
 * @param ctx - the shared scrub context
 * @returns spans per extractor
 */
export function compromiseFinds(ctx: ScrubContext): CompromiseFinds {
  return ctx.memo('nlp/compromise', (c) => _compromiseFinds(c, _tokenLabels(c)));
}

/**
 * compromise's finds with explicit seed exclusions (tests pass all-zero labels to see what
 * compromise finds on its own).
 *
 * @internal
 */
export function _compromiseFinds(c: ScrubContext, labels: Uint8Array): CompromiseFinds {
  {
    const found: Record<CompromiseKind, Span[]> = { person: [], place: [], organization: [] };
    if (c.isMostlyUpperCase) return found;
    const toks = _analysed(c);
    const nlp = compromise();
    for (const w of _windows(c, toks, labels)) {
      const doc = nlp(c.text.slice(w.start, w.end));
      // json({ offset }) is the costly part: only ask for it when something was tagged
      if (!doc.match('(#Person|#Place|#Organization)').found) continue;
      collect(doc.people().json({ offset: true }), w.start, 'person', c, toks, found.person);
      collect(doc.places().json({ offset: true }), w.start, 'place', c, toks, found.place);
      collect(doc.organizations().json({ offset: true }), w.start, 'organization', c, toks, found.organization);
    }
    return found;
  }
}
