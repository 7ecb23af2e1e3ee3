/**
 * Free-text PHI scrubber: detectors (algorithm 1 rules, algorithm 2 NLP) → spans → union →
 * `___`.
 *
 * @module
 */
export type { PhiType, Span, Detector, TextContext, Algorithm } from './types.js';
export { PHI_TYPES } from './types.js';
export { createTextContext, asScrubContext } from './context.js';
export type { ScrubContext, Token, Line, Word } from './context.js';
export { checkSpan, checkSpans, mergeSpans, defineDetector } from './spans.js';
export type { MergedSpan } from './spans.js';
export { redact } from './redact.js';
export { foldText, toOriginalSpan } from './fold.js';
export type { FoldedText } from './fold.js';
export type { RedactResult, RedactedRegion } from './redact.js';
export { createScrubber, scrub, PROPAGATE_SOURCE } from './scrub.js';
export { expandNameSpans, EXPAND_NAME_SOURCE } from './expandNames.js';
export { aliasSpans, ALIAS_SOURCE } from './expandAliases.js';
export { nameBeforeTownSpans, townAfterPlaceSpans, NAME_BEFORE_TOWN_SOURCE, TOWN_AFTER_PLACE_SOURCE } from './expandTowns.js';
export { weekdayByDateSpans, WEEKDAY_BY_DATE_SOURCE } from './expandWeekdays.js';
export { orgHeadSpans, particleGapSpans, ORG_HEAD_SOURCE } from './expandHeads.js';
export { loginForms } from './loginForms.js';
export { trimEdgeWords, isFacilityHead, NAME_LEADING_WORDS, FACILITY_HEAD_WORDS } from './trimEdges.js';
export type { NameAllowed } from './expandNames.js';
export { removeSections, MIMIC_REMOVED_SECTIONS } from './removeSections.js';
export {
  createReplacer,
  replacementIssues,
  DEFAULT_REPLACEMENT,
  fixedReplacement,
  tagReplacement,
  createSurrogates,
  shiftDateRegions,
} from './replace/index.js';
export type { Replacement, DateMode, NoteScope, Replacer, Surrogates } from './replace/index.js';
export { knownIdentifiersDetector, knownIdentifierIssues, KNOWN_KINDS, KNOWN_SOURCE_PREFIX } from './detectors/known/knownIdentifiers.js';
export type { KnownIdentifier, KnownKind, KnownIdentifiersOptions } from './detectors/known/knownIdentifiers.js';
export type { ScrubberOptions, ScrubResult, RemovedSpan, Scrubber, SpanAllowlist } from './scrub.js';
export { ruleDetectors, patternDetectors, lexiconDetectors, nlpDetectors } from './detectors/index.js';
export {
  createSequenceLabellerDetector,
  sequenceLabellerDetector,
  loadSequenceModel,
  encodeSequenceModel,
  fuzzyNameDetector,
  FUZZY_NAME_THRESHOLD,
} from './detectors/nlp/index.js';
export type { SequenceModel, SequenceModelParts } from './detectors/nlp/index.js';
// Batch scrubbing on worker threads (owned by the NLP/batch helper).
export * from './batch/index.js';
