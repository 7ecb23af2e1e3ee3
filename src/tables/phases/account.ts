/**
 * Phase 5, account: the release report from the written tables and the look-ups, and the
 * release's verdict (every table's rows balance).
 *
 * @internal
 */
import { basename } from 'node:path';
import { DeidError, type DeidIssue } from '../../errors.js';
import { VERSION } from '../../version.js';
import type { ReleaseReport } from '../types.js';
import type { Applied, Lookups, Workspace, WrittenTable } from './types.js';

const ACCOUNTING = 'rowsIn (records in the source file, counted by ehr-deid apart from DuckDB) = rowsOut (rows DuckDB wrote) + quarantined (malformed, unknown patient, invalid date, unknown id, duplicate key, scrub failure) + excluded (cohort rules)';

/**
 * Builds the report of a run.
 *
 * @param ws - the workspace
 * @param lookups - from `computeLookups`
 * @param applied - from `applyText`
 * @param written - from `writeTables`, in config order
 * @param demo - a demo run (fixed public key)
 * @returns the report (counts and names only)
 */
export function accountRelease(ws: Workspace, lookups: Lookups, applied: Applied, written: readonly WrittenTable[], demo: boolean): ReleaseReport {
  const quarantineByReason: Record<string, number> = {};
  const quarantineFiles: string[] = [];
  let quarantineRows = 0;
  for (const w of written) {
    for (const [r, n] of Object.entries(w.report.quarantinedByReason)) quarantineByReason[r] = (quarantineByReason[r] ?? 0) + n;
    quarantineRows += w.report.quarantined;
    if (w.quarantineFile) quarantineFiles.push(w.quarantineFile);
  }
  const idReport: Record<string, { assignedThisRun: number; total: number }> = {};
  for (const ns of lookups.namespaces) {
    const total = lookups.ids.size(ns.name);
    if (total) idReport[ns.name] = { assignedThisRun: total - (lookups.idsBefore[ns.name] ?? 0), total };
  }
  return {
    tool: 'ehr-deid',
    version: VERSION,
    demo,
    startedAt: new Date(ws.started).toISOString(),
    seconds: (Date.now() - ws.started) / 1000,
    accounting: ACCOUNTING,
    format: ws.config.output.format,
    tables: written.map((w) => w.report),
    patients: { included: lookups.patients.included, excluded: lookups.patients.excluded },
    ids: idReport,
    notes: lookups.noteCounts,
    phi: { spans: Object.values(applied.phiByType).reduce((a, b) => a + b, 0), byType: applied.phiByType, bySource: applied.phiBySource, textValues: applied.textValues, textChars: applied.textChars },
    quarantine: { rows: quarantineRows, byReason: quarantineByReason, files: quarantineFiles.map((f) => ['quarantine', ws.runId, basename(f)].join('/')) },
  };
}

/**
 * What makes a release wrong, one issue per table: rows that do not balance.
 *
 * @param report - from {@link accountRelease}
 * @returns the issues (empty: the release may be published)
 */
export function releaseProblems(report: ReleaseReport): DeidIssue[] {
  return report.tables.filter((r) => !r.balanced).map((r) => ({ path: `tables.${r.table}`, message: `in ${r.rowsIn} ≠ out ${r.rowsOut} + quarantined ${r.quarantined} + excluded ${r.excluded}` }));
}

/**
 * Throws when the release must not be published.
 *
 * @param report - from {@link accountRelease}
 * @throws DeidError `CHECK_FAILED` listing every table whose rows do not balance
 */
export function assertReleasable(report: ReleaseReport): void {
  const issues = releaseProblems(report);
  if (issues.length) throw new DeidError('CHECK_FAILED', `row accounting does not balance for ${issues.length} table(s)`, { issues });
}
