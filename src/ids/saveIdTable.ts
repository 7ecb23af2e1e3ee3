/**
 * Id tables on disk: written atomically with mode 0600, read back with their integrity check.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { DeidError, isDeidError, withLocation } from '../errors.js';
import type { IdTable, IdTableOptions } from './idTable.js';
import { parseIdTable, serializeIdTable } from './serializeIdTable.js';
import { fsyncDir } from '../_lib/files.js';

/**
 * Saves an id table: writes a temporary file (mode 0600) beside `path`, syncs it, then renames it
 * over `path`, so a crash never leaves a half-written table. A missing parent folder is created
 * with mode 0700.
 *
 * @param table - the table
 * @param path - destination file
 * @param format - `'json'` or `'csv'`; default: `'csv'` when `path` ends in `.csv`, else `'json'`
 * @returns resolves when the file is in place
 * @throws DeidError `IO_FAILED` when the file cannot be written (the temporary file is removed)
 * @example
 * ```ts
 * await saveIdTable(table, 'secrets/ids.csv')
 * ```
 */
export async function saveIdTable(table: IdTable, path: string, format?: 'json' | 'csv'): Promise<void> {
  const fmt = format ?? (path.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
  const content = serializeIdTable(table, fmt);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(content, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await chmod(tmp, 0o600);
    await rename(tmp, path);
    fsyncDir(dir);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw new DeidError('IO_FAILED', 'could not write the id table', { location: { file: path }, cause: err });
  }
}

/**
 * Loads an id table saved by {@link saveIdTable} (format detected from the content).
 *
 * @param path - the file
 * @param options - the key it was written with, and the namespaces
 * @returns the table, ready to assign further ids without reusing any
 * @throws DeidError `IO_FAILED` when the file cannot be read; `ID_TABLE_CORRUPT` /
 *   `CONFIG_INVALID` / `KEY_*` as {@link parseIdTable}
 * @example
 * ```ts
 * const table = await loadIdTable('secrets/ids.csv', { key })
 * ```
 */
export async function loadIdTable(path: string, options: IdTableOptions): Promise<IdTable> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    throw new DeidError('IO_FAILED', 'could not read the id table', { location: { file: path }, cause: err });
  }
  try {
    return parseIdTable(content, options);
  } catch (err) {
    throw isDeidError(err) ? withLocation(err, { file: path }) : err;
  }
}
