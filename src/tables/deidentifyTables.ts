/**
 * The release pipeline: an identified extract (CSV, CSV.gz, Parquet) in, a de-identified,
 * MIMIC-IV-shaped release (`hosp/`, `icu/`, `note/`) out, on embedded DuckDB.
 *
 * The run is six phases, each in its own module under `phases/` with a typed hand-over
 * (`phases/types.ts`):
 *
 * 1. stage sources: headers against the config (default deny); small tables (patients,
 *    admissions, tables others link through, tables with text or note ids) staged in DuckDB,
 *    large event tables left to be streamed from their files, whose records are counted apart;
 * 2. compute look-ups: links, patients (merges, cohort, subject ids, offsets, anchors), ids, note ids;
 * 3. apply: text columns through the scrubber on all cores;
 * 4. write: every table with generated SQL, each row's outcome counted;
 * 5. account: `rowsIn` (records counted apart from DuckDB) = `rowsOut` + `quarantined` +
 *    `excluded`, for every table, and the report;
 * 6. publish: the finished release moved into place (a failed run leaves none).
 *
 * @module
 */
import { join, resolve } from 'node:path';
import type { IdNamespace } from '../ids/index.js';
import type { ScrubberOptions } from '../text/index.js';
import type { ReleaseConfig } from './config.js';
import type { ScrubFunction } from './_text.js';
import type { ProgressEvent, ReleaseReport } from './types.js';
import { accountRelease, assertReleasable } from './phases/account.js';
import { applyText } from './phases/apply.js';
import { computeLookups, saveLookups } from './phases/lookups.js';
import { discardDraft, prepareDraft, publishRelease, writeReport } from './phases/publish.js';
import { stageSources } from './phases/stage.js';
import type { Staged } from './phases/types.js';
import { writeTables } from './phases/write.js';
import { closeWorkspace, openWorkspace } from './phases/workspace.js';

export type { ScrubFunction } from './_text.js';
export type { ProgressEvent, ReleaseReport, TableReport } from './types.js';

/** Options for {@link deidentifyTables}. */
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
}

/** What {@link deidentifyTables} returns. */
export interface DeidentifyTablesResult {
  readonly report: ReleaseReport;
  /** Absolute paths of the released files (tables, manifests, report). */
  readonly files: readonly string[];
}

/**
 * Runs the release: stages every source table in DuckDB, computes ids, offsets, anchors and
 * cohort rules in TypeScript, loads them as look-up tables, scrubs text columns on all cores,
 * and writes the release with generated SQL. Rows that cannot be released safely are
 * quarantined (reason, file, row or line, column; never their values) in
 * `<secrets>/quarantine/`. Look-up tables are saved in the secrets folder and reloaded by later
 * runs, so earlier assignments are kept.
 *
 * @param options - config, key, folders, workers
 * @returns the report (also written to `<out>/report.json`) and the released files
 * @throws DeidError `KEY_MISSING`/`KEY_INVALID` (key), `COLUMN_UNMAPPED` (a source column without
 *   a rule, listing every one), `CONFIG_INVALID`, `IO_FAILED` (folders overlap or unreadable files),
 *   `CHECK_FAILED` (row accounting does not balance)
 * @example
 * ```ts
 * const config = loadConfig('examples/demo-config.json');
 * const { report } = await deidentifyTables({ config, key: process.env.EHR_DEID_KEY!, outDir: 'release', secretsDir: 'secrets' });
 * ```
 */
export async function deidentifyTables(options: DeidentifyTablesOptions): Promise<DeidentifyTablesResult> {
  const outDir = resolve(options.outDir);
  const ws = await openWorkspace(options);
  let staged: Staged | undefined;
  let draft: string | undefined;
  try {
    staged = await stageSources(ws);
    const lookups = await computeLookups(ws, staged, options);
    draft = prepareDraft(outDir);
    const applied = await applyText(ws, draft, options);
    const written = await writeTables(ws, staged, applied, draft, () => saveLookups(ws, lookups));
    const report = accountRelease(ws, lookups, applied, written, Boolean(options.demo));
    writeReport(draft, report);
    assertReleasable(report);
    publishRelease(draft, outDir);
    const files = [...applied.manifests, ...report.tables.map((t) => t.release), 'report.json'].map((f) => join(outDir, f));
    return { report, files };
  } catch (err) {
    if (draft !== undefined) discardDraft(draft);
    throw err;
  } finally {
    staged?.stopCounts();
    closeWorkspace(ws);
  }
}
