/**
 * Assertions that a scrub function removes annotated PHI and keeps named words.
 *
 * @module
 */
import { AssertionError } from 'node:assert';
import { DeidError } from '../errors.js';
import { parseAnnotated } from './parseAnnotated.js';
import { runScrub, scoreCase, type UncountedToken } from './evaluateScrubber.js';
import type { AnnotatedText, ScrubFn } from './types.js';

/** Options of {@link assertScrubs} and {@link checkScrubs}. */
export interface AssertScrubsOptions {
  /** Only these annotation types must be removed (default: all). */
  readonly types?: readonly string[];
  /** Words that must survive scrubbing (whole words, case-sensitive), e.g. `'Parkinson'`. */
  readonly keep?: string | readonly string[];
  /**
   * Gold tokens that need not be removed, e.g. {@link genericFacilityWord} (the scrubber keeps
   * `Hospital` of `Calvert Hospital` by default). Default: every gold token must be removed.
   */
  readonly uncounted?: UncountedToken;
}

/** Result of {@link checkScrubs}. */
export interface CheckScrubsResult {
  readonly pass: boolean;
  /** One line per problem: a missed token, a leaked span or a word not kept. */
  readonly problems: readonly string[];
  /** The parsed input. */
  readonly input: AnnotatedText;
  /** The scrubbed text. */
  readonly output: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function hasWholeWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return false;
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text[i + word.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
    from = i + 1;
  }
}

/**
 * Runs a scrub function on an annotated string and lists what went wrong, without throwing:
 * gold tokens not covered by a reported span ("missed"), gold spans whose exact text is still in
 * the output ("leaked"), and `keep` words missing from the output.
 *
 * @param scrub - the scrub function under test
 * @param annotated - an annotated string, e.g. `'Seen by [[NAME:Dr. Ames]] for Parkinson'`
 * @param options - types to check and words to keep
 * @returns pass/fail, the problems, the parsed input and the output text
 * @throws DeidError `INPUT_INVALID` for malformed markup, a bad scrub result, or a `keep` word
 *   that is not in the input; `SPAN_INVALID` for a span outside the text
 * @example
 * ```ts
 * checkScrubs(scrub, 'Seen by [[NAME:Dr. Ames]]').pass // true when "Dr" and "Ames" are covered
 * ```
 */
export function checkScrubs(scrub: ScrubFn, annotated: string | AnnotatedText, options: AssertScrubsOptions = {}): CheckScrubsResult {
  const input = typeof annotated === 'string' ? parseAnnotated(annotated) : annotated;
  const keep = options.keep === undefined ? [] : typeof options.keep === 'string' ? [options.keep] : options.keep;
  for (const w of keep) {
    if (typeof w !== 'string' || w === '' || !hasWholeWord(input.text, w)) {
      throw new DeidError('INPUT_INVALID', 'a word to keep does not occur (as a whole word) in the input text');
    }
  }
  const types = options.types ? new Set(options.types) : undefined;
  const gold: AnnotatedText = types ? { text: input.text, spans: input.spans.filter((s) => types.has(s.type)) } : input;
  const out = runScrub(scrub, input.text);
  const problems: string[] = [];
  for (const t of scoreCase(gold, out.spans, options.uncounted).tokens) {
    if (t.gold !== null && !t.touched) problems.push(`missed ${t.gold} token "${t.token}" at ${t.start}-${t.end}`);
  }
  for (const g of gold.spans) {
    const s = g.text.trim();
    if (options.uncounted !== undefined && s.split(/[^\p{L}\p{M}\p{N}]+/u).every((w) => w === '' || options.uncounted!(w, g.type))) continue;
    if (s.length >= 2 && out.text.includes(s)) problems.push(`leaked ${g.type} "${s}": the output still contains it`);
  }
  for (const w of keep) if (!hasWholeWord(out.text, w)) problems.push(`did not keep "${w}"`);
  return { pass: problems.length === 0, problems, input, output: out.text };
}

/**
 * Asserts that a scrub function removes every annotated span (token-level: every letter/digit
 * run of a gold span touched by a reported span, and no gold span's text left in the output)
 * and keeps the given words.
 *
 * @param scrub - the scrub function under test, e.g. `createScrubber().scrub`
 * @param annotated - an annotated string (see {@link parseAnnotated})
 * @param options - types to check and words to keep
 * @returns the scrubbed text, for further assertions
 * @throws AssertionError listing every problem with the input and output; DeidError
 *   `INPUT_INVALID` / `SPAN_INVALID` as {@link checkScrubs}
 * @example
 * ```ts
 * assertScrubs(scrub, 'Seen by [[NAME:Dr. Ames]] on [[DATE:3/4/2012]] for Parkinson', { keep: 'Parkinson' });
 * ```
 */
export function assertScrubs(scrub: ScrubFn, annotated: string | AnnotatedText, options: AssertScrubsOptions = {}): string {
  const r = checkScrubs(scrub, annotated, options);
  if (!r.pass) {
    throw new AssertionError({ message: formatProblems(r), actual: r.output, expected: undefined, operator: 'assertScrubs' });
  }
  return r.output;
}

/** Multi-line failure message. @internal */
export function formatProblems(r: CheckScrubsResult): string {
  return [`scrubber failed on ${JSON.stringify(r.input.text)}`, ...r.problems.map((p) => `  - ${p}`), `  output: ${JSON.stringify(r.output)}`].join('\n');
}
