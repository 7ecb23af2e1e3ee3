/**
 * Token-level scoring of a scrub function against annotated cases, the same yardstick as the
 * PhysioNet corpus scorer.
 *
 * @module
 */
import { DeidError } from '../errors.js';
import { parseAnnotated } from './parseAnnotated.js';
import type { AnnotatedText, ScrubFn, ScrubSpanLike } from './types.js';
import { isFacilityHead } from '../text/trimEdges.js';

/**
 * Which gold tokens a score leaves out (neither gold nor predicted): `(token, goldType) =>
 * true` to skip. See {@link genericFacilityWord}.
 */
export type UncountedToken = (token: string, goldType: string) => boolean;

/** Options of {@link evaluateScrubber}. */
export interface EvaluateScrubberOptions {
  /**
   * Gold tokens not scored at all. Default: none, so figures agree with the PhysioNet scorer.
   * Pass {@link genericFacilityWord} to score as issue 10 does (a facility head such as
   * `Hospital` inside a gold hospital name is not counted: the scrubber keeps it, see
   * `keepEdgeWords`).
   */
  readonly uncounted?: UncountedToken;
}

/**
 * An {@link UncountedToken} rule: a generic facility head (`Hospital`, `Medical`, `Center`,
 * `Rehab`… see `FACILITY_HEAD_WORDS`, also with one typing slip: `Hospiatal`) inside a gold
 * HOSPITAL or LOCATION span. Such a word
 * identifies no place; the scrubber gives it back by default (`___ Hospital`).
 *
 * @param token - the gold token
 * @param goldType - its gold type
 * @returns true when the token is not to be scored
 * @example
 * ```ts
 * evaluateScrubber(scrub, ['from [[HOSPITAL:Calvert Hospital]]'], { uncounted: genericFacilityWord });
 * ```
 */
export function genericFacilityWord(token: string, goldType: string): boolean {
  const t = goldType.toUpperCase();
  return (t === 'HOSPITAL' || t === 'LOCATION') && isFacilityHead(token.toLowerCase());
}

/** A gold token the scrubber did not touch. */
export interface Miss {
  /** Index of the case in the input list. */
  readonly case: number;
  readonly type: string;
  /** Offsets of the token in the case's plain text. */
  readonly start: number;
  readonly end: number;
  /** The token (from your test case, never from real data). */
  readonly token: string;
}

/** Recall per gold type. */
export interface TypeScore {
  readonly gold: number;
  readonly caught: number;
  readonly recall: number;
}

/** Result of {@link evaluateScrubber}. */
export interface EvaluateScrubberResult {
  /** Gold tokens caught / gold tokens (1 when there are none). */
  readonly recall: number;
  /** Touched tokens that are gold / touched tokens (1 when none were touched). */
  readonly precision: number;
  /** 5PR / (4P + R): recall weighted 4× over precision, as usual for de-identification. */
  readonly f2: number;
  readonly goldTokens: number;
  readonly caughtTokens: number;
  readonly predictedTokens: number;
  readonly perType: Readonly<Record<string, TypeScore>>;
  /** Cases scored. */
  readonly cases: number;
  /** Cases in which at least one gold token was not caught ("notes with a miss"). */
  readonly casesWithMiss: number;
  /** Cases with no gold token at all. */
  readonly phiFreeCases: number;
  /** PHI-free cases in which the scrubber touched at least one token (over-scrubbed texts). */
  readonly phiFreeCasesTouched: number;
  /**
   * Letters and digits inside gold spans that lie inside a reported span, over all such
   * characters (1 when there are none): stricter than token recall, which forgives partial cover.
   */
  readonly charRecall: number;
  readonly misses: readonly Miss[];
  /** Predicted tokens that are not gold (over-scrubbing), with their case index. */
  readonly falsePositives: readonly Omit<Miss, 'type'>[];
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Runs the scrubber and checks its spans are inside the text. @internal */
export function runScrub(scrub: ScrubFn, text: string): { text: string; spans: readonly ScrubSpanLike[] } {
  const out = scrub(text);
  if (typeof out !== 'object' || out === null || typeof out.text !== 'string' || !Array.isArray(out.spans)) {
    throw new DeidError('INPUT_INVALID', 'the scrub function must return { text: string, spans: { start, end }[] }');
  }
  for (const s of out.spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
      throw new DeidError('SPAN_INVALID', `the scrub function returned a span outside the text or with start > end (text length ${text.length})`);
    }
  }
  return out;
}

/** Token-level comparison of one case. @internal */
export function scoreCase(annotated: AnnotatedText, predicted: readonly ScrubSpanLike[], uncounted?: UncountedToken): {
  tokens: { start: number; end: number; token: string; gold: string | null; touched: boolean }[];
  goldChars: number;
  coveredChars: number;
} {
  const { text } = annotated;
  const covered = new Uint8Array(text.length + 1);
  for (const s of predicted) covered.fill(1, s.start, s.end);
  // Prefix sums make "is any character of the token covered" O(1).
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + covered[i]!;
  const goldType: (string | null)[] = new Array<string | null>(text.length).fill(null);
  // the leftmost gold span wins a shared character, as in the PhysioNet scorer
  const ordered = [...annotated.spans].sort((a, b) => a.start - b.start);
  for (const g of ordered) for (let i = g.start; i < g.end; i++) goldType[i] ??= g.type;
  const tokens = [];
  let goldChars = 0;
  let coveredChars = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    let gold: string | null = null;
    let g = 0;
    let c = 0;
    for (let i = start; i < end; i++) {
      if (goldType[i] === null) continue;
      gold ??= goldType[i]!;
      g++;
      c += covered[i]!;
    }
    if (gold !== null && uncounted?.(m[0], gold)) continue;
    goldChars += g;
    coveredChars += c;
    tokens.push({ start, end, token: m[0], gold, touched: prefix[end]! - prefix[start]! > 0 });
  }
  return { tokens, goldChars, coveredChars };
}

/**
 * Scores a scrub function on annotated cases, token by token: a token is a maximal run of
 * letters and digits (Unicode `\p{L}`, `\p{M}`, `\p{N}`); a gold token shares a character with a
 * gold span (its type is that of the leftmost such span); a token is caught (touched) when it
 * shares a character with a reported span. This is the rule of the PhysioNet corpus scorer
 * (`score.mjs`), so figures from the two agree on the same notes.
 *
 * @param scrub - the scrub function under test
 * @param cases - annotated strings (see {@link parseAnnotated}) or already parsed cases
 * @param options - gold tokens left out of the score (`uncounted`)
 * @returns recall, precision, F2, recall per type, and every missed gold token
 * @throws DeidError `INPUT_INVALID` for malformed markup or a scrub result of the wrong shape;
 *   `SPAN_INVALID` for a reported span outside the text
 * @example
 * ```ts
 * const r = evaluateScrubber(scrub, ['Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]]', 'No PHI here.']);
 * expect(r.recall).toBe(1);
 * ```
 */
export function evaluateScrubber(scrub: ScrubFn, cases: Iterable<string | AnnotatedText>, options: EvaluateScrubberOptions = {}): EvaluateScrubberResult {
  const uncounted = options.uncounted;
  if (uncounted !== undefined && typeof uncounted !== 'function') throw new DeidError('INPUT_INVALID', 'uncounted must be a function (token, goldType) => boolean');
  let gold = 0;
  let caught = 0;
  let predicted = 0;
  let predictedGold = 0;
  const perType: Record<string, { gold: number; caught: number; recall: number }> = {};
  const misses: Miss[] = [];
  const falsePositives: Omit<Miss, 'type'>[] = [];
  let k = 0;
  let casesWithMiss = 0;
  let phiFreeCases = 0;
  let phiFreeCasesTouched = 0;
  let goldChars = 0;
  let coveredChars = 0;
  for (const c of cases) {
    const annotated = typeof c === 'string' ? parseAnnotated(c) : c;
    const out = runScrub(scrub, annotated.text);
    const scored = scoreCase(annotated, out.spans, uncounted);
    goldChars += scored.goldChars;
    coveredChars += scored.coveredChars;
    let caseGold = 0;
    let caseMissed = 0;
    let caseTouched = 0;
    for (const t of scored.tokens) {
      if (t.touched) caseTouched++;
      if (t.gold !== null) {
        caseGold++;
        if (!t.touched) caseMissed++;
      }
      if (t.touched) {
        predicted++;
        if (t.gold !== null) predictedGold++;
        else falsePositives.push({ case: k, start: t.start, end: t.end, token: t.token });
      }
      if (t.gold === null) continue;
      gold++;
      const pt = (perType[t.gold] ??= { gold: 0, caught: 0, recall: 1 });
      pt.gold++;
      if (t.touched) {
        caught++;
        pt.caught++;
      } else misses.push({ case: k, type: t.gold, start: t.start, end: t.end, token: t.token });
    }
    if (caseMissed > 0) casesWithMiss++;
    if (caseGold === 0) {
      phiFreeCases++;
      if (caseTouched > 0) phiFreeCasesTouched++;
    }
    k++;
  }
  for (const pt of Object.values(perType)) pt.recall = pt.gold ? pt.caught / pt.gold : 1;
  const recall = gold ? caught / gold : 1;
  const precision = predicted ? predictedGold / predicted : 1;
  const f2 = 4 * precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  const charRecall = goldChars ? coveredChars / goldChars : 1;
  return {
    recall,
    precision,
    f2,
    goldTokens: gold,
    caughtTokens: caught,
    predictedTokens: predicted,
    perType,
    cases: k,
    casesWithMiss,
    phiFreeCases,
    phiFreeCasesTouched,
    charRecall,
    misses,
    falsePositives,
  };
}
