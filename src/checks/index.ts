/**
 * Validation checks on a release (MIMIC-IV "Technical Validation"): integrity, consistency and
 * de-identification, run on embedded DuckDB. One file per check type, listed in `registry.ts`.
 *
 * @module
 */
export { runChecks, formatCheckReport, assertChecksPass } from './runChecks.js';
export type { RunChecksOptions } from './runChecks.js';
export { DEFAULT_CHECKS, IDENTIFYING_COLUMNS, MIMIC_HEART_RATE_ITEMID, resolveCheckConfig, loadCheckConfig, checkConfigForRelease } from './config.js';
export type { CheckConfig, ResolvedCheckConfig } from './config.js';
export { DEFAULT_SHIFT_WINDOW } from './datesShifted.js';
export { readAllowlistFile } from './allowlist.js';
export type {
  CheckKind,
  CheckStatus,
  CheckSpec,
  CheckSpecBase,
  CodesInDimensionSpec,
  RowsHaveParentSpec,
  CoverageSpec,
  AllowlistSpec,
  AllowlistLike,
  DatesShiftedSpec,
  KAnonymitySpec,
  TablesPresentSpec,
  IdRangeSpec,
  UniqueSpec,
  ValueRangeSpec,
  ColumnsAllowedSpec,
  SourceValuesSpec,
  CheckResult,
  CheckExamples,
  CheckReport,
} from './types.js';
