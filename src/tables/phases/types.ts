/**
 * The typed hand-overs between the phases of a release run:
 *
 * ```
 * openWorkspace → stageSources → computeLookups → applyText → writeTables → accountRelease → publishRelease
 *   Workspace       Staged          Lookups          Applied     WrittenTable[]   ReleaseReport
 * ```
 *
 * Each phase reads the hand-overs before it and the work database; none keeps state of its own.
 *
 * @internal
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { CsvScan } from '../../_lib/countCsvRecords.js';
import type { IdNamespace, IdTable } from '../../ids/index.js';
import type { ReleaseConfig } from '../config.js';
import type { PatientsOutcome } from '../_patients.js';
import type { ProgressEvent, TableReport } from '../types.js';
import type { SecretPaths } from '../_secrets.js';
import type { ReviewSampler } from '../../review/sampler.js';

/** The run's resources: the config, the key, the private folders and the work database. */
export interface Workspace {
  readonly config: ReleaseConfig;
  readonly key: string | Uint8Array;
  /** Secrets folder (0700): look-up tables, offsets, note ids, quarantine. */
  readonly secretsDir: string;
  /** Private temporary folder inside the secrets folder (DuckDB spills here), removed at the end. */
  readonly workDir: string;
  /**
   * Where this run writes its quarantine files: `<workDir>/quarantine`, moved to
   * `<secrets>/quarantine/<runId>/` when the release is published (earlier runs' quarantine is kept).
   */
  readonly quarantineDir: string;
  /** This run's name among the quarantine folders: its start time and process id. */
  readonly runId: string;
  /** The secrets folder's files. */
  readonly paths: SecretPaths;
  /** Housekeeping worth a line on the terminal. */
  readonly notice: (message: string) => void;
  /**
   * Clean-ups for an interruption (SIGINT/SIGTERM in the CLI), run synchronously, most recent
   * first: phases that leave temporary files (a release draft, staged secrets) add theirs.
   */
  readonly onAbort: Set<() => void>;
  /** Awaited at phase boundaries; pauses there when `EHR_DEID_TEST_PAUSE` names the phase (tests kill runs there). */
  readonly checkpoint: (phase: string) => Promise<void>;
  readonly instance: DuckDBInstance;
  /** The main connection: staging, look-ups, and the streamed tables' writes. */
  readonly conn: DuckDBConnection;
  /** A second connection: the text path appends scrubbed text here while `conn` reads. */
  readonly conn2: DuckDBConnection;
  readonly progress: (event: ProgressEvent) => void;
  /** Timing lines on stderr when `EHR_DEID_DEBUG_TIMING` is set. */
  readonly debug: (label: string) => void;
  /** `Date.now()` at the start of the run. */
  readonly started: number;
}

/** A source line DuckDB's reader rejected (malformed), by line number; never its text. */
export interface RejectedLine {
  readonly line: number;
  readonly column: string | null;
  /** The kind of fault (DuckDB's error type, or the record scan's kind). */
  readonly kind: string | null;
}

/** One source file as staged. */
export interface StagedSource {
  /** The file as configured (absolute). */
  readonly file: string;
  /**
   * Its records, counted apart from DuckDB (CSV: our own RFC 4180 scan, which also finds the
   * lines a stray quote would merge; Parquet: its metadata), under way on a worker thread for
   * streamed tables.
   */
  readonly scan: Promise<CsvScan>;
  /** Staged tables: the lines DuckDB rejected while staging (read on the staging connection). */
  readonly rejects?: readonly RejectedLine[];
}

/** After {@link stageSources}: the checked headers, what is streamed, and the record scans. */
export interface Staged {
  /** Source header of every table (config name → columns in file order). */
  readonly headers: ReadonlyMap<string, readonly string[]>;
  /** Tables read straight from their file when written (never staged in `src_<t>`). */
  readonly streamed: ReadonlySet<string>;
  /** Every table's source (config name → source). */
  readonly sources: ReadonlyMap<string, StagedSource>;
  /** Ends the scanning worker early (a failed run). */
  readonly stopCounts: () => void;
}

/** After {@link computeLookups}: ids, patients and note ids, loaded as `lk_*` tables. */
export interface Lookups {
  readonly ids: IdTable;
  readonly namespaces: readonly IdNamespace[];
  /** Ids per namespace before this run (for the report). */
  readonly idsBefore: Readonly<Record<string, number>>;
  readonly patients: PatientsOutcome;
  /** Note ids of every run so far (`<table>:<source key>` → note id), to save. */
  readonly storedNotes: ReadonlyMap<string, readonly [string]>;
  /** Released notes per table. */
  readonly noteCounts: Readonly<Record<string, number>>;
}

/** After {@link applyText}: the scrubbed text look-ups and what the scrubber found. */
export interface Applied {
  /** Scrub columns (source names) per table, in `lk_text_<t>` column order. */
  readonly textColumns: ReadonlyMap<string, readonly string[]>;
  readonly phiByType: Readonly<Record<string, number>>;
  /** Removed regions per detector (a region counts for each of its detectors). */
  readonly phiBySource: Readonly<Record<string, number>>;
  /** The review sample drawn while scrubbing (absent when the config turns it off). */
  readonly review?: ReviewSampler;
  readonly textValues: number;
  readonly textChars: number;
  /** PHI manifests written, relative to the release folder. */
  readonly manifests: readonly string[];
}

/** After {@link writeTables}: one released table and its row accounting. */
export interface WrittenTable {
  readonly report: TableReport;
  /** The table's quarantine file (absolute, in the secrets folder), when rows were quarantined. */
  readonly quarantineFile?: string;
  /** The largest groups of its quarantine (reason, source column, rows), largest first. */
  readonly topQuarantine?: readonly { readonly reason: string; readonly column: string | null; readonly rows: number }[];
}
