/**
 * The release pipeline: config (one rule per source column, default deny), embedded DuckDB,
 * MIMIC-IV-shaped output, quarantine, row accounting and a report.
 *
 * @module
 */
export { loadConfig, validateConfig, type ReleaseConfig, type TableConfig, type ColumnRule, type PatientLink, type PatientsConfig, type ReleaseFormat } from './config.js';
export {
  deidentifyTables,
  type DeidentifyTablesOptions,
  type DeidentifyTablesResult,
  type ReleaseReport,
  type TableReport,
  type ProgressEvent,
  type ScrubFunction,
} from './deidentifyTables.js';
export { formatReport } from './formatReport.js';
export { generateSql, type GenerateSqlOptions, type GenerateSqlResult } from './generateSql.js';
export type { SqlDialect } from './_sql.js';
export { readDeathDates } from './readDeathDates.js';
