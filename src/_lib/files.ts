/**
 * File-system primitives for fail-closed writes: atomic replacement (temporary file, fsync,
 * rename, directory fsync), real-path containment that sees through symbolic links, and refusal
 * of symbolic links where a secret file is expected.
 *
 * @internal
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, lstatSync, openSync, readdirSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DeidError } from '../errors.js';

/**
 * True when `child` is `parent` or lies below it (plain path arithmetic: compare real paths,
 * see {@link realPath}, when symbolic links matter).
 *
 * @param child - an absolute path
 * @param parent - an absolute path
 * @returns whether `child` is inside `parent`
 */
export function pathInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/**
 * The real path of `path`: symbolic links resolved in its nearest existing ancestor, the rest
 * (not yet created) appended as written. Two paths overlap on disk exactly when their real
 * paths do, whatever links lead to them.
 *
 * @param path - any path (resolved against the working folder)
 * @returns an absolute path free of symbolic links in its existing part
 */
export function realPath(path: string): string {
  let head = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(head), ...rest);
    } catch {
      const up = dirname(head);
      if (up === head) return join(head, ...rest);
      rest.unshift(basename(head));
      head = up;
    }
  }
}

/**
 * Throws when `path` is a symbolic link (a secret file must be the file itself: a link could
 * lead a write, or a read, anywhere).
 *
 * @param path - the expected file or folder
 * @param what - what it is, for the message
 * @throws DeidError `IO_FAILED` naming the path
 */
export function refuseSymlink(path: string, what: string): void {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    return; // absent: nothing to follow
  }
  if (link) throw new DeidError('IO_FAILED', `the ${what} is a symbolic link; ehr-deid does not follow links in the secrets folder`, { location: { file: path } });
}

/** Flushes a folder's entries (a rename in it) to disk; best effort where folders cannot be opened. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on a folder; the rename itself is still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file written under a temporary name, not yet in place. */
export interface StagedFile {
  /** The final path. */
  readonly path: string;
  /** The temporary path beside it. */
  readonly tmp: string;
  /** Renames the temporary file over the final path and syncs the folder. */
  commit(): void;
  /** Removes the temporary file (no-op once committed). */
  discard(): void;
}

/** Prefix of temporary files written beside their final path (cleaned at the next run). */
export const STAGED_PREFIX = '.ehr-deid-staged-';

/**
 * Writes `content` to a temporary file beside `path` (mode `mode`, created exclusively, synced
 * to disk) without touching `path`. `commit()` then replaces `path` in one rename; a crash or a
 * full disk at any moment leaves either the old file or the new one, never a torn one.
 *
 * @param path - the final path (a symbolic link there is refused)
 * @param content - the full content
 * @param mode - file mode (default 0600)
 * @returns the staged file
 * @throws DeidError `IO_FAILED` naming `path` (the temporary file is removed)
 */
export function stageFile(path: string, content: string | Uint8Array, mode = 0o600): StagedFile {
  refuseSymlink(path, 'secret file');
  const tmp = join(dirname(path), `${STAGED_PREFIX}${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(tmp, { force: true });
    throw new DeidError('IO_FAILED', `could not write the file (${systemCode(err)}); the previous version is unchanged`, { location: { file: path } });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let done = false;
  return {
    path,
    tmp,
    commit() {
      if (done) return;
      refuseSymlink(path, 'secret file');
      try {
        renameSync(tmp, path);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw new DeidError('IO_FAILED', `could not put the file in place (${systemCode(err)}); the previous version is unchanged`, { location: { file: path } });
      }
      done = true;
      fsyncDir(dirname(path));
    },
    discard() {
      if (!done) rmSync(tmp, { force: true });
      done = true;
    },
  };
}

/**
 * Replaces `path` atomically with `content` ({@link stageFile} then commit).
 *
 * @param path - the final path
 * @param content - the full content
 * @param mode - file mode (default 0600)
 * @throws DeidError `IO_FAILED` naming `path`; the previous file is then unchanged
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, mode = 0o600): void {
  stageFile(path, content, mode).commit();
}

/** The system error code of a failed call (`ENOSPC`, `EACCES`, …), never its message. */
export function systemCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]{1,20}$/.test(code) ? code : 'error';
}

/**
 * Gives a published tree its modes whatever the umask: folders 0755, files 0644 (readable by
 * all, writable by the owner only). Symbolic links are left alone (a release holds none).
 *
 * @param dir - the root folder
 */
export function setReleaseModes(dir: string): void {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) setReleaseModes(p);
    else if (e.isFile()) chmodSync(p, 0o644);
  }
}
