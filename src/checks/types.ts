/**
 * Types shared by the validation checks: specs (config as data), results, and the definition
 * each check file exports.
 *
 * @module
 */
import type { DeidIssue } from '../errors.js';

/** The three families of the MIMIC-IV technical validation. */
export type CheckKind = 'integrity' | 'consistency' | 'deidentification';

/** Outcome of one check. `warn` is a failure of a check whose severity is `warn` (exit code 0). */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/** Fields every check spec may have. */
export interface CheckSpecBase {
  /** Unique id; defaults to `<type>#<index>`. A config check with a default's id replaces it. */
  readonly id?: string;
  /** `fail` (default) makes the run fail; `warn` only reports. */
  readonly severity?: 'fail' | 'warn';
  /** `skip` (used by the defaults) skips the check when a column it needs is absent; `fail` (default) fails it. */
  readonly ifColumnMissing?: 'fail' | 'skip';
}

/** Every code in a fact table exists in its dimension table. */
export interface CodesInDimensionSpec extends CheckSpecBase {
  readonly type: 'codesInDimension';
  /** Fact table, e.g. `hosp/diagnoses_icd`. */
  readonly fact: string;
  /** Dimension table, e.g. `hosp/d_icd_diagnoses`. */
  readonly dimension: string;
  /** Key columns in the fact table, e.g. `["icd_code", "icd_version"]`. */
  readonly columns: readonly string[];
  /** Key columns in the dimension table (default: the same names). */
  readonly dimensionColumns?: readonly string[];
}

/** Every row with a key (e.g. `subject_id`) has its parent row (e.g. in `hosp/patients`). */
export interface RowsHaveParentSpec extends CheckSpecBase {
  readonly type: 'rowsHaveParent';
  /** Parent table, e.g. `hosp/patients`. */
  readonly parent: string;
  /** Key column, in the parent and in the child tables. */
  readonly key: string;
  /** Child tables; default every other table of the release that has the key column. */
  readonly tables?: readonly string[];
}

/** At least `min` of the distinct keys of a table appear in another table (optionally filtered). */
export interface CoverageSpec extends CheckSpecBase {
  readonly type: 'coverage';
  /** Table whose keys must be covered, e.g. `icu/icustays`. */
  readonly table: string;
  /** Key column in `table`, e.g. `stay_id`. */
  readonly key: string;
  /** Where the keys must appear. */
  readonly in: {
    readonly table: string;
    /** Key column there (default: the same name). */
    readonly key?: string;
    /** Only rows whose `column` is one of `values` (e.g. `itemid` 220045, heart rate). */
    readonly where?: { readonly column: string; readonly values: readonly (string | number)[] };
  };
  /** Minimum share of keys covered, from 0 to 1 (e.g. 0.99). */
  readonly min: number;
}

/** Anything with a `has(text)` method, such as an allow list loaded by `loadAllowlist`. */
export interface AllowlistLike {
  has(text: string): boolean;
}

/** Every distinct value of a column is on an allow list. */
export interface AllowlistSpec extends CheckSpecBase {
  readonly type: 'allowlist';
  readonly table: string;
  readonly column: string;
  /** The allowed values (exact, case-sensitive). */
  readonly values?: readonly string[];
  /** A file with one allowed value per line (blank lines and lines starting with `#` ignored), relative to the config file. */
  readonly file?: string;
  /** An allow list object (programmatic use only, not JSON). */
  readonly allowlist?: AllowlistLike;
  /** Accept `___`, the pipeline's replacement for values not on the list (default true). */
  readonly allowRedacted?: boolean;
  /** Fail when the column has more distinct values than this (default 1,000,000): not an allow-list column. */
  readonly maxDistinct?: number;
}

/** Dates were shifted: none outside the target window, none equal to the source. */
export interface DatesShiftedSpec extends CheckSpecBase {
  readonly type: 'datesShifted';
  /** Tables to check (default: every table of the release). */
  readonly tables?: readonly string[];
  /**
   * Date columns (names) to check. Default: every column DuckDB types as DATE or TIMESTAMP, plus
   * columns named like dates (`*time`, `*date`, `dod`, `dob`, `*_dt`).
   */
  readonly columns?: readonly string[];
  /** Inclusive window of shifted dates, `YYYY-MM-DD` (default 2100-01-01 to 2200-12-31). */
  readonly window?: { readonly from: string; readonly to: string };
  /** Integer year columns that must fall in the window's years (default `hosp/patients.anchor_year`). */
  readonly yearColumns?: readonly { readonly table: string; readonly column: string }[];
  /**
   * The identified source folder. When given, no release date may equal a date of the same
   * column in the same-named source table (value sets are compared because ids are remapped
   * and rows cannot be aligned).
   */
  readonly source?: string;
}

/** Cells of quasi-identifiers with fewer than `k` rows are reported. */
export interface KAnonymitySpec extends CheckSpecBase {
  readonly type: 'kAnonymity';
  readonly table: string;
  readonly columns: readonly string[];
  /** Smallest allowed cell size (≥ 2). */
  readonly k: number;
  /** Adds columns from another table joined on `on` (each distinct combination once). */
  readonly join?: { readonly table: string; readonly on: string; readonly columns: readonly string[] };
  /**
   * Use the quasi-identifiers present: columns (and the join) that are absent are left out
   * instead of skipping the check, which is skipped only when none is present.
   */
  readonly present?: boolean;
}

/** The release holds these tables (an empty folder, or a renamed table, fails). */
export interface TablesPresentSpec extends CheckSpecBase {
  readonly type: 'tablesPresent';
  /** Tables, e.g. `hosp/patients`. */
  readonly tables: readonly string[];
}

/** Every value of an id column, in every table that has it, is an integer in its range. */
export interface IdRangeSpec extends CheckSpecBase {
  readonly type: 'idRange';
  /** The column, e.g. `subject_id`. */
  readonly column: string;
  readonly min: number;
  readonly max: number;
  /** Tables to check (default: every table with the column). */
  readonly tables?: readonly string[];
}

/** No two rows of a table share a key. */
export interface UniqueSpec extends CheckSpecBase {
  readonly type: 'unique';
  readonly table: string;
  /** The key columns, e.g. `["hadm_id"]`. */
  readonly columns: readonly string[];
}

/** Every value of a column is an integer in `[min, max]` or one of `also`. */
export interface ValueRangeSpec extends CheckSpecBase {
  readonly type: 'valueRange';
  readonly table: string;
  readonly column: string;
  readonly min: number;
  readonly max: number;
  /** Other allowed values, e.g. `[91]` for MIMIC's over-89 `anchor_age`. */
  readonly also?: readonly number[];
}

/** Released columns: none whose name is denied, and (with `allow`) only the allowed ones. */
export interface ColumnsAllowedSpec extends CheckSpecBase {
  readonly type: 'columnsAllowed';
  /** Column names no table may have (case-insensitive), e.g. `last_name`, `mrn`. */
  readonly deny?: readonly string[];
  /** Table → its allowed columns; a table not listed fails (the release config's allow list). */
  readonly allow?: Readonly<Record<string, readonly string[]>>;
}

/**
 * No value of the source's identifier columns (names, MRNs, phones, streets…) appears in any
 * released text value: whole words, case-insensitive.
 */
export interface SourceValuesSpec extends CheckSpecBase {
  readonly type: 'sourceValues';
  /** The identified source folder (default: `--source`); the check is skipped without one. */
  readonly source?: string;
  /** Source columns as `table.column` (default: columns named like identifiers). */
  readonly columns?: readonly string[];
  /** Shorter values are not looked for (default 3). */
  readonly minLength?: number;
}

/** Any check spec. */
export type CheckSpec =
  | CodesInDimensionSpec
  | RowsHaveParentSpec
  | CoverageSpec
  | AllowlistSpec
  | DatesShiftedSpec
  | KAnonymitySpec
  | TablesPresentSpec
  | IdRangeSpec
  | UniqueSpec
  | ValueRangeSpec
  | ColumnsAllowedSpec
  | SourceValuesSpec;

/** Row numbers (1-based data rows in file order, header excluded) of some failing rows: never values. */
export interface CheckExamples {
  readonly table: string;
  readonly rows: readonly number[];
}

/** The result of one check. Holds counts and row numbers only, never values. */
export interface CheckResult {
  readonly id: string;
  readonly type: CheckSpec['type'];
  readonly kind: CheckKind;
  readonly status: CheckStatus;
  /** What was checked, in words (table and column names only). */
  readonly description: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly examples: readonly CheckExamples[];
  /** Why it was skipped or failed, when not obvious from the counts. */
  readonly reason?: string;
}

/** The result of {@link runChecks}. */
export interface CheckReport {
  /** False when any check has status `fail`. */
  readonly ok: boolean;
  readonly release: string;
  readonly seconds: number;
  readonly totals: Readonly<Record<CheckStatus, number>>;
  readonly checks: readonly CheckResult[];
}

/** What a check implementation receives. @internal */
export interface CheckContext {
  readonly release: import('./_release.js').Release;
  /** Opens the source folder (for `datesShifted.source`). */
  readonly openSource: (dir: string) => import('./_release.js').Release;
  readonly maxExamples: number;
  /** Folder relative paths in the spec (allow list files) are resolved against. */
  readonly baseDir: string;
}

/** A partial result returned by a check implementation. @internal */
export interface CheckOutcome {
  readonly status: 'pass' | 'fail' | 'skip';
  readonly description: string;
  readonly counts: Record<string, number>;
  readonly examples: CheckExamples[];
  readonly reason?: string;
}

/** One check type: validation of its spec and its implementation. @internal */
export interface CheckDefinition<S extends CheckSpec = CheckSpec> {
  readonly type: S['type'];
  readonly kind: CheckKind;
  /** Pushes every problem of the spec (type-specific fields) with its path. */
  readonly validate: (spec: Record<string, unknown>, path: string, issues: DeidIssue[]) => void;
  readonly run: (spec: S, ctx: CheckContext) => Promise<CheckOutcome>;
}
