/**
 * `ehr-deid/testing`: helpers to unit-test de-identification rules. Inline-annotated strings
 * (`"Seen by [[NAME:Dr. Ames]]"`), assertions, token-level recall/precision, and matchers for
 * vitest or Jest. Works with any scrub function of shape
 * `(text) => { text, spans: { start, end }[] }`. Never imports a test framework.
 *
 * @packageDocumentation
 */
export { parseAnnotated } from './parseAnnotated.js';
export { evaluateScrubber, genericFacilityWord } from './evaluateScrubber.js';
export { readCorpus, type CorpusCase } from './readCorpus.js';
export type { EvaluateScrubberResult, EvaluateScrubberOptions, UncountedToken, Miss, TypeScore } from './evaluateScrubber.js';
export { assertScrubs, checkScrubs } from './assertScrubs.js';
export type { AssertScrubsOptions, CheckScrubsResult } from './assertScrubs.js';
export { createDeidMatchers, deidMatchers, installDeidMatchers } from './matchers.js';
export type { DeidMatchers, DeidMatchersOptions, ExpectLike, MatcherContextLike, MatcherResult } from './matchers.js';
export type { ScrubFn, ScrubSpanLike, GoldSpan, AnnotatedText } from './types.js';
