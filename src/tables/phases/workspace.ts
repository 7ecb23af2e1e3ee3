/**
 * Opening and closing a run's workspace: the folder checks, the private folders in the secrets
 * folder, and the embedded DuckDB work database.
 *
 * @internal
 */
import { chmodSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DuckDBInstance } from '@duckdb/node-api';
import { assertKey } from '../../_lib/key.js';
import { STAGED_PREFIX } from '../../_lib/files.js';
import { onInterrupt } from '../../_lib/interrupt.js';
import { acquireLock, type Lock } from '../../_lib/lock.js';
import { checkFolders, checkNotDemoKey, checkSources } from '../_preflight.js';
import { refuseSecretLinks, secretPaths } from '../_secrets.js';
import { releaseLockPath, removeStaleDrafts } from './publish.js';
import type { ReleaseConfig } from '../config.js';
import { loadDuckDb } from '../_duckdb.js';
import { DIALECTS, sessionSql } from '../_sql.js';
import type { ProgressEvent } from '../types.js';
import type { Workspace } from './types.js';

/** What {@link openWorkspace} needs. */
export interface WorkspaceOptions {
  readonly config: ReleaseConfig;
  readonly key: string | Uint8Array;
  /** Where the release will be published; undefined when none is (`generateSql`). */
  readonly outDir: string | undefined;
  readonly secretsDir: string;
  readonly memoryLimit?: string;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** A demo run (the public demo key is refused otherwise). */
  readonly demo?: boolean;
  /** Permit sources outside the input folder (never in the secrets folder). */
  readonly allowSourcesOutsideInput?: boolean;
  /** Housekeeping notices (stale temporary files removed, a stale lock taken over). */
  readonly onNotice?: (message: string) => void;
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

/** What closing a workspace must undo besides the database: locks and the interrupt clean-up. */
const held = new WeakMap<Workspace, { locks: Lock[]; unregister: () => void }>();

/**
 * Checks the key (never the public demo key outside a demo), the folders (real paths: the
 * release, secrets and input folders never overlap) and every source path (inside the input
 * folder, never in the secrets folder); creates the secrets folder (0700); takes the run locks
 * on the secrets folder and the release folder (a second run stops with `LOCKED`); removes what
 * interrupted runs left (with a notice); creates a private work folder; and opens the work
 * database (two connections). Every temporary file of the run lives in the work folder.
 *
 * @param options - config, key, folders, memory limit, callbacks
 * @returns the workspace; close it with {@link closeWorkspace}
 * @throws DeidError `KEY_MISSING`/`KEY_INVALID`, `IO_FAILED` (folders overlap, a secrets file is
 *   a symbolic link), `CONFIG_INVALID` (a source outside the input folder), `LOCKED`
 */
export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const started = Date.now();
  const { config } = options;
  assertKey(options.key);
  checkNotDemoKey(options.key, Boolean(options.demo));
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir);
  const secretsDir = resolve(options.secretsDir);
  const folders = checkFolders(outDir, secretsDir, config.input);
  checkSources(config, folders, Boolean(options.allowSourcesOutsideInput));
  const notice = options.onNotice ?? ((): void => undefined);
  mkdirPrivate(secretsDir);
  const paths = secretPaths(secretsDir);
  refuseSecretLinks(paths);
  // one run at a time on these secrets (ids are assigned from them) and into this release folder
  const locks: Lock[] = [acquireLock(paths.lock, 'secrets folder', notice)];
  const onAbort = new Set<() => void>();
  let workDir: string | undefined;
  let instance: DuckDBInstance | undefined;
  const abort = (): void => {
    for (const fn of [...onAbort].reverse()) fn();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
    for (const l of [...locks].reverse()) l.release();
  };
  const unregister = onInterrupt(abort);
  try {
    if (outDir !== undefined) {
      mkdirSync(dirname(outDir), { recursive: true });
      locks.push(acquireLock(releaseLockPath(outDir), 'release folder', notice));
      removeStaleDrafts(outDir, notice);
    }
    removeStaleWork(secretsDir, notice);
    const runId = `${new Date(started).toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
    workDir = join(secretsDir, `tmp-${process.pid}-${started}`);
    mkdirPrivate(workDir);
    const quarantineDir = join(workDir, 'quarantine');
    mkdirPrivate(quarantineDir);
    const progress = options.onProgress ?? ((): void => undefined);
    const debug = process.env.EHR_DEID_DEBUG_TIMING ? (label: string): void => void process.stderr.write(`[timing] ${label} ${((Date.now() - started) / 1000).toFixed(2)} s (cpu ${(process.cpuUsage().user / 1e6).toFixed(1)} s)\n`) : (): void => undefined;
    const { DuckDBInstance } = await loadDuckDb();
    instance = await DuckDBInstance.create(':memory:', { memory_limit: options.memoryLimit ?? '512MB', temp_directory: join(workDir, 'spill') });
    const conn = await instance.connect();
    // times with a zone offset are converted to this zone, and times without one read in it
    for (const sql of sessionSql(DIALECTS.duckdb, config.shift.timeZone)) await conn.run(sql.replace(/^SET /, 'SET GLOBAL '));
    const conn2 = await instance.connect();
    // Joins run in the order written (source first, small look-ups as the build side): DuckDB
    // cannot estimate the size of a CSV read without sniffing it and otherwise hashes the source.
    await conn.run(`SET disabled_optimizers = 'join_order,build_side_probe_side'`);
    const ws: Workspace = { config, key: options.key, secretsDir, workDir, quarantineDir, runId, paths, notice, onAbort, checkpoint, instance, conn, conn2, progress, debug, started };
    held.set(ws, { locks, unregister });
    return ws;
  } catch (err) {
    instance?.closeSync();
    unregister();
    abort();
    throw err;
  }
}

/**
 * Closes the work database, removes the work folder and releases the locks.
 *
 * @param ws - the workspace
 */
export function closeWorkspace(ws: Workspace): void {
  ws.conn.closeSync();
  ws.conn2.closeSync();
  ws.instance.closeSync();
  rmSync(ws.workDir, { recursive: true, force: true });
  const h = held.get(ws);
  if (h) {
    h.unregister();
    for (const l of [...h.locks].reverse()) l.release();
    held.delete(ws);
  }
}

/** Removes what interrupted runs left in the secrets folder (the caller holds its lock). */
function removeStaleWork(secretsDir: string, notice: (message: string) => void): void {
  const stale = readdirSync(secretsDir).filter((e) => /^tmp-\d+-\d+$/.test(e) || e.startsWith(STAGED_PREFIX));
  for (const e of stale) rmSync(join(secretsDir, e), { recursive: true, force: true });
  if (stale.length) notice(`removed ${stale.length} temporary file(s) or folder(s) left in the secrets folder by an interrupted run`);
}

/**
 * A test hook: when `EHR_DEID_TEST_PAUSE` names `phase`, says so on stderr and waits forever
 * (until the test kills the process); otherwise returns at once.
 */
async function checkpoint(phase: string): Promise<void> {
  if (process.env.EHR_DEID_TEST_PAUSE !== phase) return;
  process.stderr.write(`[paused] ${phase}\n`);
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
