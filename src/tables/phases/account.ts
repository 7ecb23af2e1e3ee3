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
  const idReport: Record<string, { assignedThisRun: number; total: number; ids: number }> = {};
  for (const ns of lookups.namespaces) {
    const total = lookups.ids.size(ns.name);
    // source keys and ids differ where keys were merged (a retired MRN shares its patient's id)
    const ids = new Set([...lookups.ids.entries(ns.name)].map(([, id]) => id)).size;
    if (total) idReport[ns.name] = { assignedThisRun: total - (lookups.idsBefore[ns.name] ?? 0), total, ids };
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

/** What to do about the rows of each quarantine reason (shown when a run fails on them). */
const FIXES: Readonly<Record<string, string>> = {
  DATE_INVALID: 'set "formats" (strptime forms) on the column, or fix the source',
  DATE_OUT_OF_RANGE: 'placeholder or implausible dates: fix the source, or widen shift.sourceYears',
  INTERVAL_INVALID: 'discharges before admissions: fix the source',
  UNKNOWN_PATIENT: 'rows name no patient of the patients table: check the table\'s patient link',
  ID_UNKNOWN: 'ids name no released row of the table that defines them: check the link',
  KEY_CONFLICT: 'keys that appear under two patients: fix the source or merge the MRNs',
  DUPLICATE_KEY: 'keys that appear twice: fix the source',
  CSV_MALFORMED: 'malformed lines: fix the file\'s quoting or column count',
  SCRUB_FAILED: 'text the scrubber failed on: see the quarantine',
  NOTE_KEY_MISSING: 'notes without a key: fix the source',
};

const pct = (n: number, of: number): string => `${of ? Math.round((100 * n) / of) : 0}%`;

/**
 * What makes a release wrong, one issue per table: rows that do not balance; a table that
 * releases nothing from a non-empty source; more of a table quarantined than
 * `quarantine.maxShare` allows. Each names the largest quarantine group and what to do.
 *
 * @param report - from {@link accountRelease}
 * @param written - from `writeTables` (the largest quarantine groups)
 * @param maxShare - the config's `quarantine.maxShare`
 * @returns the issues (empty: the release may be published)
 */
export function releaseProblems(report: ReleaseReport, written: readonly WrittenTable[] = [], maxShare = 1): DeidIssue[] {
  const issues: DeidIssue[] = [];
  for (const r of report.tables) {
    const path = `tables.${r.table}`;
    if (!r.balanced) {
      issues.push({ path, message: `in ${r.rowsIn} ≠ out ${r.rowsOut} + quarantined ${r.quarantined} + excluded ${r.excluded}` });
      continue;
    }
    const top = written.find((w) => w.report.table === r.table)?.topQuarantine?.[0];
    const why = top ? `${top.column ? `${r.table}.${top.column}` : r.table}: ${pct(top.rows, r.rowsIn)} ${top.reason}; ${FIXES[top.reason] ?? 'see the quarantine'}` : '';
    if (r.rowsIn > 0 && r.rowsOut === 0) {
      const excluded = Object.entries(report.patients.excluded).map(([k, n]) => `${k} ${n}`).join(', ');
      issues.push({ path, message: `releases nothing from ${r.rowsIn} source rows (quarantined ${r.quarantined}, excluded ${r.excluded}${r.excluded && excluded ? `: patients excluded ${excluded}` : ''})${why ? `; ${why}` : ''}` });
    } else if (r.rowsIn > 0 && r.quarantined / r.rowsIn > maxShare) {
      issues.push({ path, message: `${pct(r.quarantined, r.rowsIn)} of the rows quarantined, more than quarantine.maxShare ${maxShare}${why ? `; ${why}` : ''}` });
    }
  }
  return issues;
}

/**
 * Throws when the release must not be published.
 *
 * @param report - from {@link accountRelease}
 * @param written - from `writeTables`
 * @param maxShare - the config's `quarantine.maxShare`
 * @throws DeidError `CHECK_FAILED` listing every table that fails, with the reason and the fix
 */
export function assertReleasable(report: ReleaseReport, written: readonly WrittenTable[] = [], maxShare = 1): void {
  const issues = releaseProblems(report, written, maxShare);
  if (issues.length) {
    const unbalanced = issues.filter((i) => i.message.startsWith('in ')).length;
    throw new DeidError('CHECK_FAILED', unbalanced === issues.length ? `row accounting does not balance for ${unbalanced} table(s)` : `the release fails for ${issues.length} table(s)`, { issues });
  }
}
