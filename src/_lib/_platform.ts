/**
 * What the text scrubber needs from its platform, for Node: bundled assets read from files,
 * text files, the default number of worker threads. The browser build replaces this module
 * with `_platform.browser.ts` (assets inlined, no file system, no worker threads); nothing else
 * in the scrubber's import graph touches a Node built-in at load time.
 *
 * @internal
 */
import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeidError } from '../errors.js';
import { packageRoot } from './packageRoot.js';

function here(): string {
  // tsup's `shims: true` provides import.meta.url in CJS
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

/** Reads a whole file into shared memory (so worker threads can use it without a copy). */
function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const out = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, out, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    if (at !== size) throw new Error('short read');
    return out;
  } finally {
    closeSync(fd);
  }
}

/**
 * @param name - asset name (for the error message)
 * @param asset - its file name under `dist/assets/` and, when checked in, its source path
 * @returns the bytes, in a SharedArrayBuffer
 * @throws DeidError `IO_FAILED` when no copy of the asset can be read
 */
export function readAssetFile(name: string, asset: { readonly file: string; readonly source?: string }): Uint8Array {
  const candidates = [join(here(), 'assets', asset.file)];
  try {
    const root = packageRoot();
    if (asset.source !== undefined) candidates.push(join(root, asset.source));
    candidates.push(join(root, 'dist', 'assets', asset.file));
  } catch {
    /* not inside the package: only the copy beside the bundle counts */
  }
  const path = candidates.find((p) => existsSync(p));
  if (path === undefined) {
    throw new DeidError('IO_FAILED', `the bundled asset "${name}" (dist/assets/${asset.file}) is missing: reinstall ehr-deid, or run npm run build in a source checkout`);
  }
  try {
    return readShared(path);
  } catch (cause) {
    throw new DeidError('IO_FAILED', `the bundled asset "${name}" cannot be read`, { location: { file: `dist/assets/${asset.file}` }, cause });
  }
}

/**
 * Decodes UTF-8 text held in an asset (possibly in shared memory, which TextDecoder refuses).
 * ASCII text, the usual case, becomes a one-byte string in one copy.
 *
 * @param bytes - UTF-8 bytes
 * @returns the text
 */
export function decodeText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buf)) return buf.toString('latin1');
  return new TextDecoder().decode(bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice());
}

/**
 * @param path - a UTF-8 text file
 * @returns its content
 * @throws the file system's error (the caller turns it into a typed error)
 */
export function readTextFile(path: string): string {
  return readFileSync(path, 'utf8');
}

/** @returns the default number of worker threads for `scrubMany`: one per core */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
