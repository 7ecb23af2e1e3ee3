/**
 * What the release pipeline reports: progress events while it runs, and `report.json` when it
 * is done (counts and names, never data values).
 *
 * @module
 */

import type { IdNamespace } from '../ids/index.js';
import type { ScrubberOptions } from '../text/index.js';
import type { ReleaseConfig } from './config.js';
import type { ScrubFunction } from './_text.js';

/**
 * A progress event: `phase` of `table`, `done` of `total` units. Staging and scrubbing report
 * one table at a time (units: the table, or its text values); writing reports tables as units,
 * and `table` names those being written at that moment (two may be written at once).
 */
export interface ProgressEvent {
  readonly phase: 'stage' | 'scrub' | 'write';
  readonly table: string;
  readonly done: number;
  readonly total: number;
}

/** Row accounting of one table: `rowsIn = rowsOut + quarantined + excluded`. */
export interface TableReport {
  readonly table: string;
  readonly source: string;
  readonly release: string;
  readonly rowsIn: number;
  readonly rowsOut: number;
  readonly quarantined: number;
  readonly excluded: number;
  readonly quarantinedByReason: Readonly<Record<string, number>>;
  readonly balanced: boolean;
}

/** `report.json`: what the run did. Holds counts and names, never data values. */
export interface ReleaseReport {
  readonly tool: 'ehr-deid';
  readonly version: string;
  readonly demo: boolean;
  readonly startedAt: string;
  readonly seconds: number;
  readonly accounting: string;
  readonly format: string;
  readonly tables: readonly TableReport[];
  readonly patients: { readonly included: number; readonly excluded: Readonly<Record<string, number>> };
  /**
   * Per namespace: source keys given an id this run and in all (`total`), and the distinct ids
   * they map to (`ids`: fewer than the keys where MRNs were merged).
   */
  readonly ids: Readonly<Record<string, { readonly assignedThisRun: number; readonly total: number; readonly ids: number }>>;
  readonly notes: Readonly<Record<string, number>>;
  readonly phi: {
    readonly spans: number;
    readonly byType: Readonly<Record<string, number>>;
    /** Removed regions per detector (`known/<column>` for known identifiers); a region counts for each of its detectors. */
    readonly bySource: Readonly<Record<string, number>>;
    readonly textValues: number;
    readonly textChars: number;
  };
  readonly quarantine: { readonly rows: number; readonly byReason: Readonly<Record<string, number>>; readonly files: readonly string[] };
}

/** Options for `deidentifyTables` (and, without `outDir`, `generateSql`). */
export interface DeidentifyTablesOptions {
  /** A validated config (see `loadConfig`). */
  readonly config: ReleaseConfig;
  /** The secret key (≥ 16 bytes). */
  readonly key: string | Uint8Array;
  /** Release folder (created; must be empty or hold an earlier release). */
  readonly outDir: string;
  /** Secrets folder for look-up tables, offsets, quarantine and temp files (0700, outside the release). */
  readonly secretsDir: string;
  /** Scrubber worker threads (default: all cores). `0` scrubs in this thread. */
  readonly workers?: number;
  /** Scrubber options for the default scrubber. */
  readonly scrubber?: ScrubberOptions;
  /** Replaces the scrubber (tests, custom engines): must yield one outcome per note, in order. */
  readonly scrub?: ScrubFunction;
  /** DuckDB memory limit, e.g. `'1GB'` (default `'512MB'`: DuckDB spills to the secrets folder beyond it). */
  readonly memoryLimit?: string;
  /** Progress events (for progress bars). */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Marks the report as a demo run (fixed public key). */
  readonly demo?: boolean;
  /** Extra id namespaces (beyond MIMIC's subject_id, hadm_id, stay_id and the config's). */
  readonly namespaces?: readonly IdNamespace[];
  /**
   * True dates of death from record linkage (source patient key, or any merged alias → date),
   * e.g. `linksToDodMap(linkRecords(patients, deathRecords))`. They fill `dod` where the
   * patients table has none (a hospital-recorded death wins), before shifting and censoring.
   */
  readonly deathDates?: ReadonlyMap<string, string>;
  /**
   * Permits source files (tables, merges, protected list) outside the input folder, through
   * `..` or symbolic links (default: refused). Sources are never read from the secrets folder.
   */
  readonly allowSourcesOutsideInput?: boolean;
  /** Told about housekeeping worth a line on the terminal (stale temporary files removed, a stale lock taken over). */
  readonly onNotice?: (message: string) => void;
}
