import { afterAll } from 'vitest';
import { runChecks, type CheckResult, type CheckSpec, type CheckReport } from '../../src/checks/index.js';
import { removeDir, writeRelease, type ReleaseTables } from './_fixture.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) removeDir(d);
});

/** Writes the release to a temp folder (removed after the file's tests). */
export function release(tables: ReleaseTables, format: 'csv' | 'csv.gz' = 'csv'): string {
  const dir = writeRelease(tables, format);
  dirs.push(dir);
  return dir;
}

/** Runs one check spec alone on a release. */
export async function runOne(tables: ReleaseTables | string, spec: CheckSpec, extra: { source?: string; baseDir?: string } = {}): Promise<CheckResult & { report: CheckReport }> {
  const dir = typeof tables === 'string' ? tables : release(tables);
  const report = await runChecks(dir, { config: { defaults: false, checks: [spec] }, threads: 1, ...extra });
  return { ...report.checks[0]!, report };
}
