/**
 * Allow lists and lexicons. Allow lists hold terms that are not PHI (medical eponyms, drugs,
 * clinical abbreviations, permitted column values); the scrubber drops a detected span only
 * when its whole text is allow-listed. Lexicons (first names, surnames, cities, streets,
 * hospitals, common words) feed the lexicon detectors and the NLP algorithm. Data files live in
 * `allowlists/` at the package root (sources and licences in `allowlists/README.md`).
 *
 * @module
 */
export { loadAllowlist, builtinAllowlist, combineAllowlists, BUILTIN_ALLOWLIST_FILES, type Allowlist, type SpanCheckOptions } from './allowlist.js';
export { filterColumn, type FilterColumnResult } from './filterColumn.js';
export { loadLexicon, LEXICON_NAMES, type LexiconName } from './loadLexicon.js';
export { normaliseEntry as normaliseLexiconEntry } from './_normalise.js';
