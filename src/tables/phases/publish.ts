/**
 * Phase 6, publish: the release is written into a draft folder, which is moved into place
 * only once the run has accounted for every row; a failed run discards it.
 *
 * The draft is currently the release folder itself, emptied first (it may only hold an earlier
 * release), and {@link discardDraft} removes the tables written so far. Publishing is one
 * function, {@link publishRelease}, so the move can be made atomic without touching the phases
 * before it.
 *
 * @internal
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeidError } from '../../errors.js';
import type { ReleaseReport } from '../types.js';

/** What a release folder may hold: an earlier release is replaced, anything else is refused. */
const RELEASE_ENTRIES = new Set(['hosp', 'icu', 'note', 'report.json']);

/**
 * Prepares the folder the run writes the release into.
 *
 * @param outDir - the release folder (absolute)
 * @returns the draft folder (absolute)
 * @throws DeidError `IO_FAILED` when the release folder holds anything but an earlier release
 */
export function prepareDraft(outDir: string): string {
  if (existsSync(outDir)) {
    const entries = readdirSync(outDir);
    const foreign = entries.filter((e) => !RELEASE_ENTRIES.has(e));
    if (foreign.length) throw new DeidError('IO_FAILED', `the output folder is not empty and does not hold an earlier release (${foreign.length} other entries)`, { location: { file: outDir } });
    for (const e of entries) rmSync(join(outDir, e), { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  return outDir;
}

/**
 * Writes `report.json` into a draft (also for a run that fails after writing: it says why).
 *
 * @param draftDir - the draft
 * @param report - the report
 * @returns the report's path in the draft
 */
export function writeReport(draftDir: string, report: ReleaseReport): string {
  const path = join(draftDir, 'report.json');
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
  return path;
}

/**
 * Moves a finished draft into place as the release.
 *
 * @param draftDir - the draft, every table written and accounted for
 * @param outDir - the release folder
 */
export function publishRelease(draftDir: string, outDir: string): void {
  if (draftDir === outDir) return; // written in place
  mkdirSync(outDir, { recursive: true });
  for (const e of readdirSync(draftDir)) renameSync(join(draftDir, e), join(outDir, e));
  rmSync(draftDir, { recursive: true, force: true });
}

/**
 * Removes what a failed run wrote: no partial release is left behind (`report.json`, when
 * written, stays and says why).
 *
 * @param draftDir - the draft
 */
export function discardDraft(draftDir: string): void {
  for (const sub of ['hosp', 'icu', 'note']) rmSync(join(draftDir, sub), { recursive: true, force: true });
}
