/**
 * The review pool file: `<secrets>/review/pool.jsonl`, a header line then one note a line,
 * owner-only (folder 0700, file 0600): it holds original note text.
 *
 * @module
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeidError } from '../errors.js';
import type { ReviewNote, ReviewPoolHeader } from './types.js';

/**
 * Where the pool of a secrets folder is.
 *
 * @param secretsDir - the run's secrets folder
 * @returns `<secretsDir>/review/pool.jsonl`
 */
export function reviewPoolPath(secretsDir: string): string {
  return join(secretsDir, 'review', 'pool.jsonl');
}

/**
 * Writes the pool (replacing an earlier one) with owner-only permissions.
 *
 * @param secretsDir - the run's secrets folder
 * @param startedAt - the run's `startedAt` (from its report)
 * @param notes - the pool
 * @returns the file written
 */
export function writeReviewPool(secretsDir: string, startedAt: string, notes: readonly ReviewNote[]): string {
  const dir = join(secretsDir, 'review');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = reviewPoolPath(secretsDir);
  const header: ReviewPoolHeader = { kind: 'ehr-deid-review-pool', version: 1, startedAt };
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, [header, ...notes].map((x) => JSON.stringify(x)).join('\n') + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return path;
}

/**
 * Reads the pool of a secrets folder.
 *
 * @param secretsDir - the secrets folder of a run
 * @returns its header and notes
 * @throws DeidError `IO_FAILED` when there is no pool, `INPUT_INVALID` when it is malformed (with its line)
 */
export function readReviewPool(secretsDir: string): { header: ReviewPoolHeader; notes: ReviewNote[] } {
  const path = reviewPoolPath(secretsDir);
  if (!existsSync(path)) throw new DeidError('IO_FAILED', 'no review sample in the secrets folder: run ehr-deid run (with the review sample on) first', { location: { file: path } });
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
  const parse = (line: string, i: number): unknown => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new DeidError('INPUT_INVALID', 'the review sample has a malformed line', { location: { file: path, line: i + 1 } });
    }
  };
  const header = parse(lines[0] ?? '', 0) as Partial<ReviewPoolHeader> | null;
  if (header?.kind !== 'ehr-deid-review-pool' || header.version !== 1 || typeof header.startedAt !== 'string') {
    throw new DeidError('INPUT_INVALID', 'the review sample does not start with its header', { location: { file: path, line: 1 } });
  }
  const notes = lines.slice(1).map((l, i) => {
    const n = parse(l, i + 1) as Partial<ReviewNote> | null;
    if (!n || typeof n.text !== 'string' || typeof n.released !== 'string' || !Array.isArray(n.spans) || typeof n.table !== 'string') {
      throw new DeidError('INPUT_INVALID', 'the review sample has a malformed note', { location: { file: path, line: i + 2 } });
    }
    return n as ReviewNote;
  });
  return { header: header as ReviewPoolHeader, notes };
}
