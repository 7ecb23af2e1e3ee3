/**
 * The secrets folder of a release: its files, their authenticated format, and how a run stages
 * them so that they change only when its release is published.
 *
 * `offsets.csv` (patient key → day offset) and `note_ids.csv` (source note key → note id) are
 * CSV with a header, one JSON-quoted key per line, and a last line `#hmac-sha256,<64 hex>`: an
 * HMAC-SHA256 of every byte before it, under a subkey of the run key for that file. A file cut
 * short (a full disk, a crash of an older version), edited, swapped with the other one or
 * written with another key fails its check, and the run stops with `ID_TABLE_CORRUPT` naming the
 * file (and line), never a key or a value. `ids.json` carries its own MAC (see `serializeIdTable`).
 *
 * @internal
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeidError } from '../errors.js';
import { deriveSubkey } from '../_lib/key.js';
import { refuseSymlink, stageFile, systemCode, type StagedFile } from '../_lib/files.js';

/** Paths of a secrets folder's files. */
export interface SecretPaths {
  readonly ids: string;
  readonly offsets: string;
  readonly notes: string;
  readonly quarantine: string;
  readonly lock: string;
}

/**
 * The files of a secrets folder.
 *
 * @param secretsDir - the folder
 * @returns their paths
 */
export function secretPaths(secretsDir: string): SecretPaths {
  return {
    ids: join(secretsDir, 'ids.json'),
    offsets: join(secretsDir, 'offsets.csv'),
    notes: join(secretsDir, 'note_ids.csv'),
    quarantine: join(secretsDir, 'quarantine'),
    lock: join(secretsDir, '.ehr-deid.lock'),
  };
}

/**
 * Throws when any secrets file is a symbolic link (a link could lead reads or writes of secrets
 * anywhere, e.g. into the release).
 *
 * @param paths - the secrets files
 * @throws DeidError `IO_FAILED` naming the link
 */
export function refuseSecretLinks(paths: SecretPaths): void {
  for (const p of [paths.ids, paths.offsets, paths.notes, paths.quarantine]) refuseSymlink(p, 'secrets file');
}

type Kind = 'offsets' | 'note_ids';
const HEADERS: Record<Kind, string> = { offsets: 'patient_key,offset_days', note_ids: 'source_key,note_id' };
const MAC_PREFIX = '#hmac-sha256,';

function mac(key: string | Uint8Array, kind: Kind, body: string): Buffer {
  return createHmac('sha256', deriveSubkey(key, `secrets:${kind}`)).update(body, 'utf8').digest();
}

function corrupt(path: string, message: string, line?: number): DeidError {
  return new DeidError('ID_TABLE_CORRUPT', message, { location: { file: path, ...(line !== undefined ? { line } : {}) } });
}

/** Reads and authenticates one keyed CSV; returns its `[key, value]` pairs with line numbers. */
function readKeyed(path: string, key: string | Uint8Array, kind: Kind): [string, string, number][] {
  if (!existsSync(path)) return [];
  refuseSymlink(path, 'secrets file');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DeidError('IO_FAILED', `cannot read the secrets file (${systemCode(err)})`, { location: { file: path } });
  }
  const cut = text.lastIndexOf(`\n${MAC_PREFIX}`);
  if (cut < 0 || !text.endsWith('\n')) throw corrupt(path, 'the file has no integrity MAC: it was cut short (a full disk or an interrupted write) or written by an older version; restore it from a backup');
  const body = text.slice(0, cut + 1);
  const macLine = text.slice(cut + 1 + MAC_PREFIX.length, -1);
  const got = /^[0-9a-f]{64}$/.test(macLine) ? Buffer.from(macLine, 'hex') : Buffer.alloc(0);
  const expected = mac(key, kind, body);
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
    throw corrupt(path, 'integrity check failed: the file was altered or cut short, or written with a different key');
  }
  const lines = body.split('\n');
  if (lines[0] !== HEADERS[kind]) throw corrupt(path, 'unexpected header line', 1);
  const out: [string, string, number][] = [];
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    const sep = line.lastIndexOf(',');
    let k: unknown;
    try {
      k = sep > 0 ? JSON.parse(line.slice(0, sep)) : undefined;
    } catch {
      k = undefined; // no cause: V8's message quotes the text
    }
    if (typeof k !== 'string') throw corrupt(path, 'a line has no quoted key', i + 1);
    out.push([k, line.slice(sep + 1), i + 1]);
  }
  return out;
}

/**
 * Reads `offsets.csv`: patient key → offset in days.
 *
 * @param path - the file (absent: an empty map)
 * @param key - the run key
 * @returns the stored offsets
 * @throws DeidError `ID_TABLE_CORRUPT` (no or bad MAC, malformed line; file and line, never a key)
 */
export function readOffsets(path: string, key: string | Uint8Array): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, v, line] of readKeyed(path, key, 'offsets')) {
    if (!/^-?\d{1,7}$/.test(v)) throw corrupt(path, 'an offset is not a whole number of days', line);
    m.set(k, Number(v));
  }
  return m;
}

/**
 * Reads `note_ids.csv`: `<table>:<source key>` → note id.
 *
 * @param path - the file (absent: an empty map)
 * @param key - the run key
 * @returns the stored note ids (each in a one-element tuple, as the pipeline keeps them)
 * @throws DeidError `ID_TABLE_CORRUPT` (no or bad MAC, malformed line; file and line, never a key)
 */
export function readNoteIds(path: string, key: string | Uint8Array): Map<string, [string]> {
  const m = new Map<string, [string]>();
  for (const [k, v, line] of readKeyed(path, key, 'note_ids')) {
    if (!/^\d{1,16}-(?:DS|RR)-\d{1,16}$/.test(v)) throw corrupt(path, 'a note id is malformed', line);
    m.set(k, [v]);
  }
  return m;
}

/**
 * Serialises offsets or note ids with their MAC.
 *
 * @param key - the run key
 * @param kind - which file
 * @param entries - `[key, value]` pairs
 * @returns the file content
 */
export function serializeKeyed(key: string | Uint8Array, kind: Kind, entries: Iterable<readonly [string, string | number]>): string {
  const parts = [HEADERS[kind], '\n'];
  for (const [k, v] of entries) parts.push(JSON.stringify(k), ',', String(v), '\n');
  const body = parts.join('');
  return `${body}${MAC_PREFIX}${mac(key, kind, body).toString('hex')}\n`;
}

/**
 * Secrets files written under temporary names, put in place together by `commit()` (when the
 * release is published) or removed by `discard()` (when the run fails or is interrupted).
 */
export interface StagedSecrets {
  commit(): void;
  discard(): void;
}

/**
 * Stages several secrets files (each synced to disk under a temporary name beside it).
 *
 * @param files - `[path, content]` pairs
 * @returns the staged set
 * @throws DeidError `IO_FAILED` (a full disk: nothing staged is left behind)
 */
export function stageSecrets(files: readonly (readonly [string, string])[]): StagedSecrets {
  const staged: StagedFile[] = [];
  try {
    for (const [p, c] of files) staged.push(stageFile(p, c, 0o600));
  } catch (err) {
    for (const s of staged) s.discard();
    throw err;
  }
  return {
    commit: () => {
      for (const s of staged) s.commit();
    },
    discard: () => {
      for (const s of staged) s.discard();
    },
  };
}
