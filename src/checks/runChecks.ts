/**
 * Runs the validation checks on a release folder with embedded DuckDB.
 *
 * @module
 */
import { resolve } from 'node:path';
import { DeidError } from '../errors.js';
import { CheckQueryError, openDuckDb, Release } from './_release.js';
import { isResolvedCheckConfig, resolveCheckConfig } from './config.js';
import { CHECK_TYPES } from './registry.js';
import type { CheckContext, CheckReport, CheckResult, CheckStatus } from './types.js';

/** Options of {@link runChecks}. */
export interface RunChecksOptions {
  /** A {@link CheckConfig} object (validated here) or the result of `loadCheckConfig`. Default: the defaults. */
  readonly config?: unknown;
  /**
   * Identified source folder: adds "no date equals the source" to every `datesShifted` check
   * and "no source identifier value in the release" to every `sourceValues` check without its
   * own `source`.
   */
  readonly source?: string;
  /** Folder that relative allow list paths are resolved against (default: the current folder). */
  readonly baseDir?: string;
  /** DuckDB threads (default: DuckDB's choice, all cores). */
  readonly threads?: number;
}

/**
 * Runs integrity, consistency and de-identification checks on a release (a folder of
 * `hosp/`, `icu/`, `note/` tables as `.csv`, `.csv.gz` or `.parquet`, as written by the tables
 * pipeline). Each check passes, fails, warns (a failed check of severity `warn`) or is skipped
 * (its tables are absent). Results hold counts and row numbers only (1-based data rows in file
 * order, header excluded), never values, so the report can be shared.
 *
 * A table that cannot be read fails the checks that use it (the DuckDB message, which may
 * quote the line, is not reported).
 *
 * @param release - the release folder
 * @param options - config, source folder, DuckDB threads
 * @returns the report; `ok` is false when any check failed
 * @throws DeidError `CONFIG_INVALID` (bad config: every issue with its path); `IO_FAILED`
 *   (the release or source folder cannot be read); `INPUT_INVALID` (a table in two formats)
 * @example
 * ```ts
 * const report = await runChecks('deid-demo-out');
 * if (!report.ok) for (const c of report.checks.filter((c) => c.status === 'fail')) console.log(c.id, c.counts, c.examples);
 * ```
 */
export async function runChecks(release: string, options: RunChecksOptions = {}): Promise<CheckReport> {
  const t0 = performance.now();
  const config = isResolvedCheckConfig(options.config) ? options.config : resolveCheckConfig(options.config);
  const db = await openDuckDb(options.threads);
  try {
    const rel = Release.open(release, db.conn, 'rel');
    const sources = new Map<string, Release>();
    const ctx: CheckContext = {
      release: rel,
      maxExamples: config.maxExamples,
      baseDir: options.baseDir ?? process.cwd(),
      openSource: (dir) => {
        const key = resolve(dir);
        let r = sources.get(key);
        if (!r) {
          r = Release.open(dir, db.conn, `src${sources.size + 1}`, true);
          sources.set(key, r);
        }
        return r;
      },
    };
    const results: CheckResult[] = [];
    for (const spec0 of config.checks) {
      const spec = (spec0.type === 'datesShifted' || spec0.type === 'sourceValues') && options.source && !spec0.source ? { ...spec0, source: options.source } : spec0;
      const def = CHECK_TYPES[spec.type];
      let result: CheckResult;
      try {
        const out = await def.run(spec, ctx);
        const status: CheckStatus = out.status === 'fail' && spec.severity === 'warn' ? 'warn' : out.status;
        result = { id: spec.id, type: spec.type, kind: def.kind, status, description: out.description, counts: out.counts, examples: out.examples, ...(out.reason ? { reason: out.reason } : {}) };
      } catch (err) {
        // A table that cannot be read fails this check; anything else (a bad source folder,
        // an internal error) stops the run.
        if (!(err instanceof CheckQueryError)) throw err;
        result = { id: spec.id, type: spec.type, kind: def.kind, status: 'fail', description: `${spec.type} check`, counts: {}, examples: [], reason: err.message };
      }
      results.push(result);
    }
    const totals: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
    for (const r of results) totals[r.status]++;
    return { ok: totals.fail === 0, release, seconds: (performance.now() - t0) / 1000, totals, checks: results };
  } finally {
    db.close();
  }
}

/**
 * A readable summary of a report: one line per check with its status and counts, and the row
 * numbers of failing examples. Contains no values.
 *
 * @param report - the result of {@link runChecks}
 * @returns text ending with a newline
 * @example
 * ```ts
 * process.stdout.write(formatCheckReport(await runChecks('deid-demo-out')));
 * ```
 */
export function formatCheckReport(report: CheckReport): string {
  const mark: Record<CheckStatus, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP' };
  const lines: string[] = [];
  for (const c of report.checks) {
    lines.push(`${mark[c.status]}  ${c.id}: ${c.description}`);
    const counts = Object.entries(c.counts)
      .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(4)}`)
      .join(' ');
    if (counts) lines.push(`      ${counts}`);
    if (c.reason) lines.push(`      ${c.status === 'skip' ? 'skipped' : 'reason'}: ${c.reason}`);
    for (const e of c.examples) if (e.rows.length) lines.push(`      rows of ${e.table}: ${e.rows.join(', ')}`);
  }
  const t = report.totals;
  lines.push('', `${report.ok ? 'OK' : 'FAILED'}: ${t.pass} passed, ${t.fail} failed, ${t.warn} warned, ${t.skip} skipped (${report.seconds.toFixed(1)} s)`);
  return lines.join('\n') + '\n';
}

/**
 * Throws when a report has a failed check, for callers (tests, build scripts) that want an error.
 *
 * @param report - the result of {@link runChecks}
 * @throws DeidError `CHECK_FAILED` with one issue per failed check id
 * @example
 * ```ts
 * assertChecksPass(await runChecks('release'));
 * ```
 */
export function assertChecksPass(report: CheckReport): void {
  if (!report.ok) {
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    throw new DeidError('CHECK_FAILED', `${failed.length} check(s) failed`, { issues: failed.map((id) => ({ path: id, message: 'failed' })) });
  }
}
