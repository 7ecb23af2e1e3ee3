/**
 * Phase 6, publish: the release is built in a draft folder beside the release folder
 * (`.<name>.ehr-deid-draft-<pid>-<time>`, 0700 while it is written) and moved into place only
 * once the run has accounted for every row; a failed or interrupted run removes the draft, and
 * the release folder (an earlier release, or nothing) is never touched before that.
 *
 * Publishing is synchronous, so a signal cannot interleave with it: the staged secrets are put
 * in place first (they only ever add assignments), then this run's quarantine folder, then the
 * draft replaces the release folder (the earlier release is moved aside and removed after the
 * rename). A run killed with `kill -9` in the middle leaves an aside folder, which the next run
 * puts back (when no release is in place) or removes, with a notice.
 *
 * @internal
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DeidError } from '../../errors.js';
import { fsyncDir, setReleaseModes } from '../../_lib/files.js';
import type { StagedSecrets } from '../_secrets.js';
import type { ReleaseReport } from '../types.js';

/** What a release folder may hold: an earlier release is replaced, anything else is refused. */
const RELEASE_ENTRIES = new Set(['hosp', 'icu', 'note', 'report.json']);

const draftPrefix = (outDir: string): string => `.${basename(outDir)}.ehr-deid-draft-`;
const asidePrefix = (outDir: string): string => `.${basename(outDir)}.ehr-deid-old-`;

/**
 * The lock file of a release folder (beside it: the folder itself is replaced when publishing).
 *
 * @param outDir - the release folder (absolute)
 * @returns the lock path
 */
export function releaseLockPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.ehr-deid.lock`);
}

/**
 * Creates the draft folder the run writes the release into, beside the release folder (same
 * file system, so publishing is a rename). The release folder is checked, not emptied.
 *
 * @param outDir - the release folder (absolute)
 * @returns the draft folder (absolute, 0700)
 * @throws DeidError `IO_FAILED` when the release folder holds anything but an earlier release
 */
export function prepareDraft(outDir: string): string {
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) throw new DeidError('IO_FAILED', 'the output path exists and is not a folder', { location: { file: outDir } });
    const foreign = readdirSync(outDir).filter((e) => !RELEASE_ENTRIES.has(e));
    if (foreign.length) throw new DeidError('IO_FAILED', `the output folder is not empty and does not hold an earlier release (${foreign.length} other entries)`, { location: { file: outDir } });
  }
  mkdirSync(dirname(outDir), { recursive: true });
  const draft = join(dirname(outDir), `${draftPrefix(outDir)}${process.pid}-${Date.now()}`);
  mkdirSync(draft, { mode: 0o700 });
  chmodSync(draft, 0o700);
  return draft;
}

/**
 * Writes `report.json` into a draft.
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

/** What is put in place together with the release. */
export interface PublishParts {
  /** Look-up tables staged beside their files. */
  readonly secrets?: StagedSecrets;
  /** This run's quarantine folder (in the work folder) and where it goes (`<secrets>/quarantine/<runId>`). */
  readonly quarantine?: { readonly from: string; readonly to: string };
}

/**
 * Moves a finished draft into place as the release, with its secrets and quarantine: folders
 * 0755 and files 0644 whatever the umask, the secrets committed, the quarantine moved, then the
 * draft renamed over the release folder. Synchronous from start to end.
 *
 * @param draftDir - the draft, every table written and accounted for
 * @param outDir - the release folder
 * @param parts - staged secrets and quarantine
 * @throws DeidError `IO_FAILED` when a rename fails (the earlier release is then back in place)
 */
export function publishRelease(draftDir: string, outDir: string, parts: PublishParts = {}): void {
  setReleaseModes(draftDir);
  parts.secrets?.commit();
  const q = parts.quarantine;
  if (q && existsSync(q.from) && readdirSync(q.from).length) {
    mkdirSync(dirname(q.to), { recursive: true, mode: 0o700 });
    chmodSync(dirname(q.to), 0o700);
    renameSync(q.from, q.to);
  }
  let aside: string | undefined;
  if (existsSync(outDir)) {
    aside = join(dirname(outDir), `${asidePrefix(outDir)}${process.pid}-${Date.now()}`);
    renameSync(outDir, aside);
  }
  try {
    renameSync(draftDir, outDir);
  } catch {
    if (aside) renameSync(aside, outDir);
    throw new DeidError('IO_FAILED', 'the release could not be moved into place; the earlier release is unchanged', { location: { file: outDir } });
  }
  fsyncDir(dirname(outDir));
  if (aside) rmSync(aside, { recursive: true, force: true });
}

/**
 * Removes a draft: a failed run leaves no partial release behind.
 *
 * @param draftDir - the draft
 */
export function discardDraft(draftDir: string): void {
  rmSync(draftDir, { recursive: true, force: true });
}

/**
 * Removes drafts that interrupted runs left beside the release folder, and an earlier release
 * moved aside by a run killed while publishing: put back when no release is in place, removed
 * otherwise. The caller holds the release folder's lock.
 *
 * @param outDir - the release folder (absolute)
 * @param notice - told what was removed or restored
 */
export function removeStaleDrafts(outDir: string, notice: (message: string) => void): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const entries = readdirSync(parent);
  let removed = 0;
  for (const e of entries.filter((x) => x.startsWith(asidePrefix(outDir)))) {
    if (!existsSync(outDir)) {
      renameSync(join(parent, e), outDir);
      notice('put back the earlier release, which an interrupted run had moved aside');
    } else {
      rmSync(join(parent, e), { recursive: true, force: true });
      removed++;
    }
  }
  for (const e of entries.filter((x) => x.startsWith(draftPrefix(outDir)))) {
    rmSync(join(parent, e), { recursive: true, force: true });
    removed++;
  }
  if (removed) notice(`removed ${removed} unfinished release folder(s) left beside the release folder by an interrupted run`);
}
