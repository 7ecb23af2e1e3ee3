/**
 * Anchors and cohort rules: anchor_year, anchor_age, anchor_year_group, censored dod, and who
 * may be released at all.
 *
 * @module
 */
export { deriveAnchors, type AnchorOptions, type PatientTimeline, type AdmissionTimes, type Anchors } from './deriveAnchors.js';
export { anchorYearGroup, type YearGroupOptions } from './anchorYearGroup.js';
export { censorDeath } from './censorDeath.js';
export { applyCohortRules, type CohortPatient, type CohortOptions, type CohortResult, type CohortExclusionReason } from './applyCohortRules.js';
export { ageInYears } from './ageInYears.js';
