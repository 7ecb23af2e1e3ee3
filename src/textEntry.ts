/**
 * `ehr-deid/text`: the free-text scrubber alone (detectors, allow lists, lexicons, `scrub`,
 * `createScrubber`, `scrubMany`) with the error type. Never loads DuckDB or any native module:
 * use it in services that only scrub text.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export { VERSION } from './version.js';
export * from './text/index.js';
export * from './allowlists/index.js';
