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
 * 6. publish: the finished release, built in a draft folder beside the release folder, moved
 *    into place with its secrets and quarantine only now (a failed or interrupted run leaves
 *    the release folder and the secrets as they were).
 *
 * @module
 */
import { join, resolve } from 'node:path';
import type { ScrubFunction } from './_text.js';
import type { DeidentifyTablesOptions, ReleaseReport } from './types.js';
import { accountRelease, assertReleasable } from './phases/account.js';
import { applyText } from './phases/apply.js';
import { computeLookups, stageLookups } from './phases/lookups.js';
import { discardDraft, prepareDraft, publishRelease, writeReport } from './phases/publish.js';
import { stageSources } from './phases/stage.js';
import type { Staged, Workspace } from './phases/types.js';
import { failClosed } from './_engineErrors.js';
import type { StagedSecrets } from './_secrets.js';
import { writeTables } from './phases/write.js';
import { closeWorkspace, openWorkspace } from './phases/workspace.js';
import { stageReviewSample } from './_textPhase.js';

export type { ScrubFunction } from './_text.js';
export type { DeidentifyTablesOptions, ProgressEvent, ReleaseReport, TableReport } from './types.js';


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
 * `<secrets>/quarantine/<run>/`. Look-up tables are saved in the secrets folder and reloaded by
 * later runs, so earlier assignments are kept. The release, the secrets and the quarantine
 * change only when the whole run has succeeded; one run at a time holds a secrets folder.
 *
 * @param options - config, key, folders, workers
 * @returns the report (also written to `<out>/report.json`) and the released files
 * @throws DeidError `KEY_MISSING`/`KEY_INVALID` (key; the public demo key outside a demo),
 *   `COLUMN_UNMAPPED` (source columns without a rule, by position), `CONFIG_INVALID`,
 *   `IO_FAILED` (folders overlap, unreadable files, a symbolic link among the secrets),
 *   `ID_TABLE_CORRUPT` (a secrets file failed its integrity check), `LOCKED` (another run holds
 *   the secrets or release folder), `ENGINE_FAILED` (the database engine failed: out of memory,
 *   …), `CHECK_FAILED` (row accounting does not balance)
 * @example
 * ```ts
 * const config = loadConfig('examples/demo-config.json');
 * const { report } = await deidentifyTables({ config, key: process.env.EHR_DEID_KEY!, outDir: 'release', secretsDir: 'secrets' });
 * ```
 */
export async function deidentifyTables(options: DeidentifyTablesOptions): Promise<DeidentifyTablesResult> {
  const outDir = resolve(options.outDir);
  let ws: Workspace | undefined;
  let staged: Staged | undefined;
  let draft: string | undefined;
  let secrets: StagedSecrets | undefined;
  try {
    ws = await openWorkspace(options);
    const w = ws;
    staged = await stageSources(w);
    await w.checkpoint('staged');
    const lookups = await computeLookups(w, staged, options);
    await w.checkpoint('lookups');
    const d = prepareDraft(outDir);
    draft = d;
    w.onAbort.add(() => discardDraft(d));
    const applied = await applyText(w, d, options);
    await w.checkpoint('applied');
    const written = await writeTables(w, staged, applied, d, async () => {
      secrets = stageLookups(w, lookups);
      const s = secrets;
      w.onAbort.add(() => s.discard());
    });
    const report = accountRelease(w, lookups, applied, written, Boolean(options.demo));
    writeReport(d, report);
    assertReleasable(report, written, options.config.quarantine.maxShare);
    await w.checkpoint('written');
    const review = stageReviewSample(applied, w.workDir, w.secretsDir, report.startedAt);
    publishRelease(d, outDir, { ...(secrets ? { secrets } : {}), quarantine: { from: w.quarantineDir, to: join(w.paths.quarantine, w.runId) } });
    review?.();
    draft = undefined;
    secrets = undefined;
    const files = [...applied.manifests, ...report.tables.map((t) => t.release), 'report.json'].map((f) => join(outDir, f));
    return { report, files };
  } catch (err) {
    secrets?.discard();
    if (draft !== undefined) discardDraft(draft);
    throw failClosed(err);
  } finally {
    staged?.stopCounts();
    if (ws) closeWorkspace(ws);
  }
}
