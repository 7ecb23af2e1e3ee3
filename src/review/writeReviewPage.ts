/**
 * `ehr-deid review`'s work: reads the run's review pool from the secrets folder, checks that it
 * belongs to the release, picks the sample and writes the page into the secrets folder only
 * (it shows PHI), owner-only.
 *
 * @module
 */
import { chmodSync, existsSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DeidError } from '../errors.js';
import { readReviewPool } from './pool.js';
import { renderReviewPage } from './renderReviewPage.js';
import { selectReviewSample } from './selectSample.js';

/** Options of {@link writeReviewPage}. */
export interface WriteReviewPageOptions {
  /** The release folder (its `report.json` identifies the run). */
  readonly release: string;
  /** The run's secrets folder: holds the pool and receives the page. */
  readonly secrets: string;
  /** Notes to show. Default 50. */
  readonly sample?: number;
}

const inside = (child: string, parent: string): boolean => {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep));
};

/**
 * Writes `<secrets>/review/review.html` (mode 0600).
 *
 * @param options - release, secrets, sample size
 * @returns the page's path and how many notes it shows
 * @throws DeidError `IO_FAILED` (no release report, no pool, folders nested), `INPUT_INVALID`
 *   (the pool belongs to another run, or is malformed), `CONFIG_INVALID` (bad sample size)
 * @example
 * ```ts
 * const { path } = writeReviewPage({ release: 'release', secrets: 'secrets', sample: 50 });
 * ```
 */
export function writeReviewPage(options: WriteReviewPageOptions): { path: string; shown: number; pool: number } {
  const sample = options.sample ?? 50;
  if (!Number.isInteger(sample) || sample < 1 || sample > 100_000) {
    throw new DeidError('CONFIG_INVALID', 'the review sample size must be a whole number from 1 to 100000', { issues: [{ path: '--sample', message: 'expected an integer from 1 to 100000' }] });
  }
  const release = resolve(options.release);
  const secrets = resolve(options.secrets);
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : p);
  if (inside(real(secrets), real(release)) || inside(real(release), real(secrets))) {
    throw new DeidError('IO_FAILED', 'the secrets folder and the release folder must not contain each other', { location: { file: secrets } });
  }
  const reportPath = join(release, 'report.json');
  if (!existsSync(reportPath)) throw new DeidError('IO_FAILED', 'the release has no report.json', { location: { file: reportPath } });
  let startedAt: unknown;
  try {
    startedAt = (JSON.parse(readFileSync(reportPath, 'utf8')) as { startedAt?: unknown }).startedAt;
  } catch (cause) {
    throw new DeidError('INPUT_INVALID', 'the release report is not JSON', { location: { file: reportPath }, cause });
  }
  const pool = readReviewPool(secrets);
  if (pool.header.startedAt !== startedAt) {
    throw new DeidError('INPUT_INVALID', 'the review sample in the secrets folder belongs to another run than this release (run started at a different time)', { location: { file: reportPath } });
  }
  const shown = selectReviewSample(pool.notes, sample);
  const html = renderReviewPage(shown, { release, startedAt: pool.header.startedAt, poolSize: pool.notes.length });
  const path = join(secrets, 'review', 'review.html');
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, html, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return { path, shown: shown.length, pool: pool.notes.length };
}
