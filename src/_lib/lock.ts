/**
 * Run locks: one ehr-deid run at a time on a secrets folder (and on a release folder), so two
 * runs never assign ids from the same look-up tables or publish over each other.
 *
 * A lock is a file created exclusively (`O_EXCL`) holding the owner's pid, host and start time.
 * A lock whose owner is gone (same host, no such process: a run killed with `kill -9`) is stale
 * and is taken over, with a notice.
 *
 * @internal
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { DeidError } from '../errors.js';
import { systemCode } from './files.js';

/** A held lock. */
export interface Lock {
  /** The lock file. */
  readonly path: string;
  /** Removes the lock file (idempotent). */
  release(): void;
}

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

function readOwner(path: string): Owner | undefined {
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as Partial<Owner>;
    if (typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.started === 'string') return o as Owner;
  } catch {
    // unreadable or torn: treated below
  }
  return undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return systemCode(err) === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Takes the lock at `path`, or throws when a live run holds it.
 *
 * @param path - the lock file
 * @param what - what it guards ("secrets folder"), for messages
 * @param onNotice - told when a stale lock is taken over
 * @returns the lock
 * @throws DeidError `LOCKED` when another live run holds it, `IO_FAILED` when it cannot be created
 */
export function acquireLock(path: string, what: string, onNotice: (message: string) => void = () => undefined): Lock {
  const me: Owner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (err) {
      if (systemCode(err) !== 'EEXIST') throw new DeidError('IO_FAILED', `cannot create the lock on the ${what} (${systemCode(err)})`, { location: { file: path } });
      const owner = readOwner(path);
      if (owner && owner.host === me.host && owner.pid !== process.pid && !alive(owner.pid)) {
        rmSync(path, { force: true });
        onNotice(`removed a stale lock on the ${what} left by run ${owner.pid} (started ${owner.started}), which ended without cleaning up`);
        continue;
      }
      const who = owner ? `run ${owner.pid} on ${owner.host === me.host ? 'this host' : 'another host'}, started ${owner.started}` : 'another run';
      throw new DeidError('LOCKED', `the ${what} is in use by ${who}; wait for it to finish (remove the lock file only if no run is active)`, { location: { file: path } });
    }
    try {
      writeSync(fd, JSON.stringify(me) + '\n');
    } finally {
      closeSync(fd);
    }
    let held = true;
    return {
      path,
      release() {
        if (!held) return;
        held = false;
        const owner = readOwner(path);
        if (!owner || (owner.pid === me.pid && owner.started === me.started)) rmSync(path, { force: true });
      },
    };
  }
  throw new DeidError('LOCKED', `the ${what} is in use by another run`, { location: { file: path } });
}
