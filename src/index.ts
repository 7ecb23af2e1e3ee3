/**
 * ehr-deid: de-identify electronic health records the way MIMIC-IV was built.
 *
 * Each module has a small public surface in its own `index.ts`, re-exported here.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export { VERSION } from './version.js';
export * from './ids/index.js';
export * from './dates/index.js';
export * from './anchors/index.js';
export * from './text/index.js';
export * from './allowlists/index.js';
export * from './linkage/index.js';
export * from './checks/index.js';
export * from './tables/index.js';
export * from './review/index.js';
