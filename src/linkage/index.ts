/**
 * Record linkage of patients to death records (MIMIC-IV "Out-of-hospital mortality"):
 * blocking, Jaro-Winkler / Levenshtein / date edit distance comparisons, an ordered rule
 * cascade and a one-to-one assignment.
 *
 * @module
 */
export { linkRecords, linksToDodMap } from './linkRecords.js';
export type { PersonRecord, DeathRecord, Link, LinkScores, LinkSummary, LinkRecordsResult, RuleCount, OversizedBlocks } from './linkRecords.js';
export { DEFAULT_LINKAGE_RULES, BLOCKING_KEYS, validateLinkOptions } from './rules.js';
export type { LinkageRule, NameCriterion, EditCriterion, BlockingKey, LinkRecordsOptions } from './rules.js';
export { jaroWinkler } from './jaroWinkler.js';
export { ssnDistance } from './ssnDistance.js';
export { dateEditDistance, MAX_DATE_EDIT_DISTANCE } from './dateEditDistance.js';
