/**
 * Human review of a release's scrubbing (as MIMIC-IV's de-identification was validated): a
 * run keeps a stratified sample of notes in its secrets folder; `writeReviewPage` turns it into
 * one offline HTML page where a reviewer marks missed PHI and over-scrubs, exported as JSONL in
 * the corpus format; `suggestAllowlist` turns over-scrubs into allow-list suggestions.
 *
 * @module
 */
export type { ReviewNote, ReviewSpan, ReviewPoolHeader } from './types.js';
export { createReviewSampler, type ReviewSampler, type ReviewSamplerOptions } from './sampler.js';
export { selectReviewSample } from './selectSample.js';
export { writeReviewPool, readReviewPool, reviewPoolPath } from './pool.js';
export { renderReviewPage, type ReviewPageInfo } from './renderReviewPage.js';
export { writeReviewPage, type WriteReviewPageOptions } from './writeReviewPage.js';
export { suggestAllowlist, formatAllowlistSuggestions, type AllowlistSuggestion } from './suggestAllowlist.js';
