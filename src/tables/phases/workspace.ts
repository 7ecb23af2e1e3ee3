/**
 * Opening and closing a run's workspace: the folder checks, the private folders in the secrets
 * folder, and the embedded DuckDB work database.
 *
 * @internal
 */
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DuckDBInstance } from '@duckdb/node-api';
import { DeidError } from '../../errors.js';
import { assertKey } from '../../_lib/key.js';
import type { ReleaseConfig } from '../config.js';
import { loadDuckDb } from '../_duckdb.js';
import type { ProgressEvent } from '../types.js';
import type { Workspace } from './types.js';

/** What {@link openWorkspace} needs. */
export interface WorkspaceOptions {
  readonly config: ReleaseConfig;
  readonly key: string | Uint8Array;
  /** Where the release will be published (checked against the other folders only). */
  readonly outDir: string;
  readonly secretsDir: string;
  readonly memoryLimit?: string;
  readonly onProgress?: (event: ProgressEvent) => void;
}

/**
 * Creates a folder readable by its owner only (0700), even when it already existed.
 *
 * @param dir - the folder
 */
export function mkdirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

function inside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && r !== '..');
}

/**
 * Checks the key and the folders, creates the secrets folder (0700) with a private work folder
 * and an empty quarantine, and opens the work database (two connections).
 *
 * @param options - config, key, folders, memory limit, progress callback
 * @returns the workspace; close it with {@link closeWorkspace}
 * @throws DeidError `KEY_MISSING`/`KEY_INVALID`, `IO_FAILED` (folders contain each other)
 */
export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const started = Date.now();
  const { config } = options;
  assertKey(options.key);
  const outDir = resolve(options.outDir);
  const secretsDir = resolve(options.secretsDir);
  if (inside(secretsDir, outDir) || inside(outDir, secretsDir)) throw new DeidError('IO_FAILED', 'the secrets folder and the release folder must not contain each other', { location: { file: secretsDir } });
  if (inside(outDir, config.input) || inside(config.input, outDir)) throw new DeidError('IO_FAILED', 'the release folder and the input folder must not contain each other', { location: { file: outDir } });
  mkdirPrivate(secretsDir);
  const workDir = join(secretsDir, `tmp-${process.pid}-${Date.now()}`);
  mkdirPrivate(workDir);
  // the quarantine describes this run only
  const quarantineDir = join(secretsDir, 'quarantine');
  rmSync(quarantineDir, { recursive: true, force: true });
  mkdirPrivate(quarantineDir);
  const progress = options.onProgress ?? ((): void => undefined);
  const debug = process.env.EHR_DEID_DEBUG_TIMING ? (label: string): void => void process.stderr.write(`[timing] ${label} ${((Date.now() - started) / 1000).toFixed(2)} s\n`) : (): void => undefined;
  let instance: DuckDBInstance | undefined;
  try {
    const { DuckDBInstance } = await loadDuckDb();
    instance = await DuckDBInstance.create(':memory:', { memory_limit: options.memoryLimit ?? '512MB', temp_directory: join(workDir, 'spill') });
    const conn = await instance.connect();
    const conn2 = await instance.connect();
    // Joins run in the order written (source first, small look-ups as the build side): DuckDB
    // cannot estimate the size of a CSV read without sniffing it and otherwise hashes the source.
    await conn.run(`SET disabled_optimizers = 'join_order,build_side_probe_side'`);
    return { config, key: options.key, secretsDir, workDir, quarantineDir, instance, conn, conn2, progress, debug, started };
  } catch (err) {
    instance?.closeSync();
    rmSync(workDir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Closes the work database and removes the work folder.
 *
 * @param ws - the workspace
 */
export function closeWorkspace(ws: Workspace): void {
  ws.conn.closeSync();
  ws.conn2.closeSync();
  ws.instance.closeSync();
  rmSync(ws.workDir, { recursive: true, force: true });
}
