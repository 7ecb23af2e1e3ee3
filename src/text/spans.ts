/**
 * Span mechanics: bounds checking and the union of overlapping spans.
 *
 * @module
 */
import { DeidError, type DeidIssue } from '../errors.js';
import { PHI_TYPES, type Detector, type PhiType, type Span, type TextContext } from './types.js';

/** A region of the original text covered by one or more detected spans (their union). */
export interface MergedSpan {
  readonly start: number;
  readonly end: number;
  /** The type of the longest span in the region (ties: the earliest, then {@link PHI_TYPES} order). */
  readonly type: PhiType;
  /** Every detector that contributed, sorted and without duplicates. */
  readonly sources: readonly string[];
  /** The highest confidence of the contributing spans. */
  readonly confidence: number;
}

const TYPE_SET: ReadonlySet<string> = new Set(PHI_TYPES);

/**
 * Checks one span against the text length and the span shape: integer offsets with
 * `0 <= start < end <= textLength`, a known {@link PhiType}, a non-empty `source` and a
 * confidence in `[0, 1]`. The message names the detector and the problem, never the text.
 *
 * @param span - the span to check
 * @param textLength - length of the note in UTF-16 code units
 * @param detectorName - the detector that returned it, for the error message
 * @param allowedTypes - when given, the span type must be one of these
 * @throws DeidError `SPAN_INVALID` when any check fails
 * @example
 * ```ts
 * checkSpan({ start: 0, end: 3, type: 'NAME', source: 'x', confidence: 1 }, 10, 'x'); // ok
 * ```
 */
export function checkSpan(span: Span, textLength: number, detectorName: string, allowedTypes?: readonly PhiType[]): void {
  const fail = (what: string): never => {
    throw new DeidError('SPAN_INVALID', `detector ${detectorName} returned a span ${what} (text length ${textLength})`);
  };
  if (typeof span !== 'object' || span === null) fail('that is not an object');
  const { start, end, type, source, confidence } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail('with non-integer offsets');
  if (start < 0 || end > textLength) fail(`outside the text [${start}, ${end})`);
  if (start >= end) fail(`with start >= end [${start}, ${end})`);
  if (typeof type !== 'string' || !TYPE_SET.has(type)) fail('with an unknown type');
  if (allowedTypes && !allowedTypes.includes(type)) fail(`of type ${type} it does not declare`);
  if (typeof source !== 'string' || source.length === 0) fail('without a source');
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) fail('with a confidence outside [0, 1]');
}

/**
 * Checks every span (see {@link checkSpan}).
 *
 * @param spans - spans returned by one detector
 * @param textLength - length of the note
 * @param detectorName - the detector, for the message
 * @param allowedTypes - optional declared types
 * @returns the same array
 * @throws DeidError `SPAN_INVALID` on the first bad span, or when `spans` is not an array
 * @example
 * ```ts
 * checkSpans(detector.detect(ctx), ctx.text.length, detector.name);
 * ```
 */
export function checkSpans(spans: readonly Span[], textLength: number, detectorName: string, allowedTypes?: readonly PhiType[]): readonly Span[] {
  if (!Array.isArray(spans)) throw new DeidError('SPAN_INVALID', `detector ${detectorName} did not return an array`);
  for (const s of spans) checkSpan(s, textLength, detectorName, allowedTypes);
  return spans;
}

/**
 * The union of spans: overlapping or touching spans (of any type) become one region. The
 * region's type is the type of its **longest** contributing span (ties: the one starting first,
 * then the first in {@link PHI_TYPES} order); its sources are the union of the contributors'.
 * Linear after an `O(n log n)` sort; the input is not modified.
 *
 * @param spans - checked spans, in any order
 * @returns merged regions sorted by start, pairwise separated by at least one character
 * @example
 * ```ts
 * mergeSpans([
 *   { start: 0, end: 5, type: 'NAME', source: 'a', confidence: 0.9 },
 *   { start: 3, end: 12, type: 'HOSPITAL', source: 'b', confidence: 0.8 },
 * ]); // [{ start: 0, end: 12, type: 'HOSPITAL', sources: ['a', 'b'], confidence: 0.9 }]
 * ```
 */
export function mergeSpans(spans: readonly Span[]): MergedSpan[] {
  if (spans.length === 0) return [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MergedSpan[] = [];
  let cur = sorted[0]!;
  let start = cur.start;
  let end = cur.end;
  let best = cur;
  let sources = new Set<string>([cur.source]);
  let confidence = cur.confidence;
  const better = (s: Span, b: Span): boolean => {
    const ls = s.end - s.start;
    const lb = b.end - b.start;
    if (ls !== lb) return ls > lb;
    if (s.start !== b.start) return s.start < b.start;
    return PHI_TYPES.indexOf(s.type) < PHI_TYPES.indexOf(b.type);
  };
  const flush = (): void => {
    out.push({ start, end, type: best.type, sources: [...sources].sort(), confidence });
  };
  for (let i = 1; i < sorted.length; i++) {
    cur = sorted[i]!;
    if (cur.start <= end) {
      if (cur.end > end) end = cur.end;
      if (better(cur, best)) best = cur;
      sources.add(cur.source);
      if (cur.confidence > confidence) confidence = cur.confidence;
    } else {
      flush();
      start = cur.start;
      end = cur.end;
      best = cur;
      sources = new Set([cur.source]);
      confidence = cur.confidence;
    }
  }
  flush();
  return out;
}

/**
 * Whether `[start, end)` lies wholly inside one region of `merged` (the sorted, separated regions
 * {@link mergeSpans} returns): a binary search, so checking many candidates stays `O(m log n)`.
 *
 * @param merged - regions sorted by start, pairwise separated
 * @param start - the candidate's start
 * @param end - the candidate's end
 * @returns true when one region covers the whole candidate
 * @internal shared by the scrubber's steps that add spans beside detected ones
 */
export function coveredByMerged(merged: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = merged[mid]!;
    if (c.end <= start) lo = mid + 1;
    else if (c.start > start) hi = mid - 1;
    else return c.end >= end;
  }
  return false;
}

/**
 * The spans of `found` that are new: each position once, and none lying wholly inside text the
 * `detected` spans already cover (one merge of `detected`, then a binary search per span).
 *
 * @param found - spans a step proposes beside the detected ones
 * @param detected - the spans found so far
 * @returns the new spans, in `found`'s order
 * @internal shared by the scrubber's steps that add spans beside detected ones (aliases, towns, weekdays)
 */
export function onlyNewSpans(found: readonly Span[], detected: readonly Span[]): Span[] {
  if (found.length === 0) return [];
  const covered = mergeSpans(detected);
  const seen = new Set<string>();
  return found.filter((t) => {
    const key = `${t.start}:${t.end}`;
    if (seen.has(key) || coveredByMerged(covered, t.start, t.end)) return false;
    seen.add(key);
    return true;
  });
}

const NAME_RE = /^[a-z0-9][a-z0-9._-]{0,63}(?:\/[a-z0-9][a-z0-9._-]{0,63}){0,4}$/;
const ALGORITHMS: readonly string[] = ['rules', 'nlp'];

/**
 * Validates a detector and wraps its `detect` so every span it returns is bounds-checked.
 *
 * Checks: `name` is lower-case path-like (`rules/phone`, `custom/ward-codes`), `algorithm` is
 * `rules` or `nlp`, `types` is a non-empty list of known {@link PhiType}s without duplicates
 * and `detect` is a function. At run time each returned span must satisfy
 * `0 <= start < end <= text.length`, carry one of the declared types, a non-empty source and a
 * confidence in `[0, 1]`.
 *
 * @param d - the detector
 * @returns a frozen detector with the same name, algorithm and types whose `detect` checks its output
 * @throws DeidError `CONFIG_INVALID` (with `issues`) when the definition is malformed;
 *   the wrapped `detect` throws `SPAN_INVALID` on a bad span
 * @example
 * ```ts
 * const wardCodes = defineDetector({
 *   name: 'custom/ward-codes', algorithm: 'rules', types: ['LOCATION'],
 *   detect: ({ text }) => [...text.matchAll(/\bWARD-\d{1,3}\b/g)].map((m) => ({
 *     start: m.index, end: m.index + m[0].length, type: 'LOCATION', source: 'custom/ward-codes', confidence: 0.9,
 *   })),
 * });
 * ```
 */
export function defineDetector<C extends TextContext = TextContext>(d: Detector<C>): Detector<C> {
  const issues: DeidIssue[] = [];
  if (typeof d !== 'object' || d === null) {
    throw new DeidError('CONFIG_INVALID', 'detector must be an object', { issues: [{ path: '$', message: 'expected an object' }] });
  }
  if (typeof d.name !== 'string' || !NAME_RE.test(d.name)) {
    issues.push({ path: 'name', message: 'expected a lower-case path-like name such as rules/phone' });
  }
  if (!ALGORITHMS.includes(d.algorithm as string)) issues.push({ path: 'algorithm', message: "expected 'rules' or 'nlp'" });
  if (!Array.isArray(d.types) || d.types.length === 0) {
    issues.push({ path: 'types', message: 'expected a non-empty array of PHI types' });
  } else {
    d.types.forEach((t, i) => {
      if (!PHI_TYPES.includes(t)) issues.push({ path: `types[${i}]`, message: 'unknown PHI type' });
      else if (d.types.indexOf(t) !== i) issues.push({ path: `types[${i}]`, message: 'duplicate PHI type' });
    });
  }
  if (typeof d.detect !== 'function') issues.push({ path: 'detect', message: 'expected a function' });
  if (issues.length > 0) {
    throw new DeidError('CONFIG_INVALID', `invalid detector definition (${issues.length} issue${issues.length > 1 ? 's' : ''})`, { issues });
  }
  const { name, algorithm, types } = d;
  const inner = d.detect;
  const frozenTypes = Object.freeze([...types]);
  return Object.freeze({
    name,
    algorithm,
    types: frozenTypes,
    detect: (ctx: C) => checkSpans(inner(ctx), ctx.text.length, name, frozenTypes),
  });
}
