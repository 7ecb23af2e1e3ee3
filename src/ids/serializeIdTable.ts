/**
 * Id table serialisation (JSON and CSV) with a keyed integrity MAC.
 *
 * Both formats carry the same content and the same MAC, computed over a canonical form:
 * per namespace its name, range and counter, then its primary `[key, id]` pairs, then its
 * merged aliases, all in file order. The MAC is HMAC-SHA256 under `deriveSubkey(key, 'ids:table-mac')`,
 * so a file altered by anyone without the key, or written under another key, is rejected.
 *
 * JSON:
 * ```json
 * {"format":"ehr-deid-idtable","version":1,"namespaces":[{"name":"subject_id","min":10000000,
 *  "max":19999999,"counter":2,"ids":[["MRN1",14830297],["MRN2",11022394]],"aliases":[["MRN1-OLD",14830297]]}],
 *  "mac":"<64 hex>"}
 * ```
 * CSV (RFC 4180, header `kind,namespace,source_key,id`):
 * ```
 * kind,namespace,source_key,id
 * format,,ehr-deid-idtable,1
 * namespace,subject_id,10000000..19999999,2      (source_key holds the range, id the counter)
 * id,subject_id,MRN1,14830297
 * id,subject_id,MRN2,11022394
 * alias,subject_id,MRN1-OLD,14830297
 * mac,,hmac-sha256,<64 hex>
 * ```
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DeidError } from '../errors.js';
import { deriveSubkey } from '../_lib/key.js';
import { _tableState, createIdTable, type IdTable, type IdTableOptions } from './idTable.js';

const FORMAT = 'ehr-deid-idtable';
const VERSION = 1;

/** @internal one namespace as stored in a file */
export interface _RawNamespace {
  name: string;
  min: number;
  max: number;
  counter: number;
  ids: [string, number][];
  aliases: [string, number][];
}

/** @internal computes the MAC (hex) of a table's canonical form. */
export function _macHex(key: string | Uint8Array, namespaces: readonly _RawNamespace[]): string {
  const h = createHmac('sha256', deriveSubkey(key, 'ids:table-mac'));
  let buf = `${FORMAT}\n${VERSION}\n`;
  const flush = (): void => {
    h.update(buf, 'utf8');
    buf = '';
  };
  for (const ns of namespaces) {
    // Strings are length-prefixed (UTF-16 units), so the encoding is unambiguous whatever they hold.
    buf += `N\t${ns.name.length}:${ns.name}\t${ns.min}\t${ns.max}\t${ns.counter}\t${ns.ids.length}\t${ns.aliases.length}\n`;
    for (const [k, id] of ns.ids) {
      buf += `P\t${k.length}:${k}\t${id}\n`;
      if (buf.length > 65536) flush();
    }
    for (const [k, id] of ns.aliases) {
      buf += `A\t${k.length}:${k}\t${id}\n`;
      if (buf.length > 65536) flush();
    }
  }
  flush();
  return h.digest('hex');
}

function rawFromTable(table: IdTable): { key: Uint8Array; namespaces: _RawNamespace[] } {
  const st = _tableState(table);
  const namespaces: _RawNamespace[] = [];
  for (const s of st.byName.values()) {
    const ids: [string, number][] = [];
    const aliases: [string, number][] = [];
    for (const [k, id] of s.ids) (s.aliases.has(k) ? aliases : ids).push([k, id]);
    namespaces.push({ name: s.ns.name, min: s.ns.min, max: s.ns.max, counter: s.counter, ids, aliases });
  }
  return { key: st.key, namespaces };
}

const NEEDS_QUOTES = /[",\r\n]/;
function csvField(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Serialises an id table with its integrity MAC. The output re-identifies patients: store it
 * like the key (see {@link saveIdTable}, which writes mode 0600).
 *
 * @param table - a table made by {@link createIdTable} or {@link parseIdTable}
 * @param format - `'json'` or `'csv'` (same content and MAC)
 * @returns the file content
 * @throws DeidError `INPUT_INVALID` for a table not made by this library or an unknown format
 * @example
 * ```ts
 * const text = serializeIdTable(table, 'csv')
 * const again = parseIdTable(text, { key })
 * ```
 */
export function serializeIdTable(table: IdTable, format: 'json' | 'csv'): string {
  if (format !== 'json' && format !== 'csv') throw new DeidError('INPUT_INVALID', "format must be 'json' or 'csv'");
  const { key, namespaces } = rawFromTable(table);
  const mac = _macHex(key, namespaces);
  if (format === 'json') return `${JSON.stringify({ format: FORMAT, version: VERSION, namespaces, mac })}\n`;
  const lines: string[] = ['kind,namespace,source_key,id', `format,,${FORMAT},${VERSION}`];
  for (const ns of namespaces) {
    lines.push(`namespace,${ns.name},${ns.min}..${ns.max},${ns.counter}`);
    const idPrefix = `id,${ns.name},`;
    for (const [k, id] of ns.ids) lines.push(idPrefix + csvField(k) + ',' + id);
    const aliasPrefix = `alias,${ns.name},`;
    for (const [k, id] of ns.aliases) lines.push(aliasPrefix + csvField(k) + ',' + id);
  }
  lines.push(`mac,,hmac-sha256,${mac}`, '');
  return lines.join('\n');
}

function corrupt(message: string, line?: number): DeidError {
  return new DeidError('ID_TABLE_CORRUPT', message, line === undefined ? {} : { location: { line } });
}

const INT = /^-?\d{1,16}$/;
const LONE_SURROGATE = /\p{Cs}/u;
function int(s: string | undefined, what: string, line: number): number {
  if (s === undefined || !INT.test(s)) throw corrupt(`${what} is not an integer`, line);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw corrupt(`${what} is out of the safe integer range`, line);
  return n;
}

/**
 * Parses RFC 4180 CSV, calling `onRow` with each record's fields and 1-based record number.
 * Linear time: a line without quotes is split directly; quoted fields are scanned with indexOf.
 * Throws ID_TABLE_CORRUPT on malformed quoting.
 */
function parseCsv(text: string, onRow: (fields: string[], line: number) => void): void {
  const n = text.length;
  let i = 0;
  let line = 0;
  let q = -1; // position of the next quote at or after i (n when none): found once, reused
  while (i < n) {
    line++;
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = n;
    if (q < i) {
      q = text.indexOf('"', i);
      if (q < 0) q = n;
    }
    if (q > nl) {
      // fast path: no quote on this line
      const end = nl > i && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onRow(text.slice(i, end).split(','), line);
      i = nl + 1;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === 34) {
        let j = i + 1;
        field = '';
        for (;;) {
          const e = text.indexOf('"', j);
          if (e < 0) throw corrupt('unterminated quoted field', line);
          field += text.slice(j, e);
          if (text.charCodeAt(e + 1) === 34) {
            field += '"';
            j = e + 2;
          } else {
            i = e + 1;
            break;
          }
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          if (c === 34) throw corrupt('stray quote in an unquoted field', line);
          j++;
        }
        field = text.slice(i, j);
        i = j;
      }
      row.push(field);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        i += 2;
        break;
      }
      if (c === 10) {
        i++;
        break;
      }
      throw corrupt('unexpected character after a quoted field', line);
    }
    onRow(row, line);
  }
}

function rawFromCsv(content: string): { namespaces: _RawNamespace[]; mac: string } {
  const namespaces: _RawNamespace[] = [];
  let cur: _RawNamespace | undefined;
  let mac: string | undefined;
  parseCsv(content, (row, line) => {
    if (line === 1) {
      if (row.join(',') !== 'kind,namespace,source_key,id') throw corrupt('not an ehr-deid id table: missing CSV header kind,namespace,source_key,id', 1);
      return;
    }
    if (line === 2) {
      if (row.length !== 4 || row[0] !== 'format' || row[2] !== FORMAT) throw corrupt('not an ehr-deid id table: missing format row', 2);
      if (row[3] !== String(VERSION)) throw corrupt(`unsupported id table version (this library reads version ${VERSION})`, 2);
      return;
    }
    if (mac !== undefined) throw corrupt('rows after the mac row', line);
    if (row.length !== 4) throw corrupt(`expected 4 fields, found ${row.length}`, line);
    const [kind, name, sk, idText] = row as [string, string, string, string];
    if (kind === 'id' || kind === 'alias') {
      if (!cur || cur.name !== name) throw corrupt(`${kind} row outside its namespace block`, line);
      (kind === 'id' ? cur.ids : cur.aliases).push([sk, int(idText, 'id', line)]);
    } else if (kind === 'namespace') {
      const m = /^(-?\d{1,16})\.\.(-?\d{1,16})$/.exec(sk);
      if (!m) throw corrupt('namespace row: range is not of the form min..max', line);
      cur = { name, min: int(m[1], 'namespace min', line), max: int(m[2], 'namespace max', line), counter: int(idText, 'namespace counter', line), ids: [], aliases: [] };
      namespaces.push(cur);
    } else if (kind === 'mac') {
      if (sk !== 'hmac-sha256') throw corrupt('unknown integrity algorithm', line);
      mac = idText;
    } else throw corrupt('unknown row kind', line);
  });
  if (mac === undefined) throw corrupt('not an ehr-deid id table, or truncated: the integrity MAC row is missing');
  return { namespaces, mac };
}

function rawFromJson(content: string): { namespaces: _RawNamespace[]; mac: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch {
    throw corrupt('not valid JSON');
  }
  const d = doc as { format?: unknown; version?: unknown; namespaces?: unknown; mac?: unknown };
  if (typeof d !== 'object' || d === null || d.format !== FORMAT) throw corrupt('not an ehr-deid id table: format field missing');
  if (d.version !== VERSION) throw corrupt(`unsupported id table version (this library reads version ${VERSION})`);
  if (typeof d.mac !== 'string') throw corrupt('the integrity MAC is missing');
  if (!Array.isArray(d.namespaces)) throw corrupt('namespaces is not an array');
  const isPair = (p: unknown): p is [string, number] => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && Number.isSafeInteger(p[1]);
  const namespaces = d.namespaces.map((x: unknown, i: number): _RawNamespace => {
    const ns = x as Partial<_RawNamespace>;
    if (typeof ns !== 'object' || ns === null || typeof ns.name !== 'string' || !Number.isSafeInteger(ns.min) || !Number.isSafeInteger(ns.max) || !Number.isSafeInteger(ns.counter)) {
      throw corrupt(`namespaces[${i}] lacks name, min, max or counter`);
    }
    if (!Array.isArray(ns.ids) || !ns.ids.every(isPair)) throw corrupt(`namespaces[${i}].ids is not a list of [string, integer] pairs`);
    if (!Array.isArray(ns.aliases) || !ns.aliases.every(isPair)) throw corrupt(`namespaces[${i}].aliases is not a list of [string, integer] pairs`);
    return { name: ns.name, min: ns.min as number, max: ns.max as number, counter: ns.counter as number, ids: ns.ids, aliases: ns.aliases };
  });
  return { namespaces, mac: d.mac };
}

/**
 * Parses a serialised id table (JSON or CSV, detected from the content), checks its MAC and its
 * consistency, and returns a live table that continues assigning after the last issued id
 * (never reusing one).
 *
 * @param content - text from {@link serializeIdTable}
 * @param options - the same key it was written with; the namespaces to serve (default MIMIC's).
 *   Every namespace in the file must be declared in `options` with the same range.
 * @returns the table
 * @throws DeidError `ID_TABLE_CORRUPT` on a malformed file, MAC mismatch (tampered or other key),
 *   duplicate source key or id, id out of range, or counter inconsistent with the ids;
 *   `CONFIG_INVALID` when the file's namespaces do not match `options`;
 *   `KEY_MISSING` / `KEY_INVALID` for a bad key
 * @example
 * ```ts
 * const table = parseIdTable(readFileSync('ids.json', 'utf8'), { key })
 * ```
 */
export function parseIdTable(content: string, options: IdTableOptions): IdTable {
  const table = createIdTable(options);
  if (typeof content !== 'string') throw corrupt('expected the table file content as a string');
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const raw = text.trimStart().startsWith('{') ? rawFromJson(text) : rawFromCsv(text);
  const st = _tableState(table);
  const expected = Buffer.from(_macHex(st.key, raw.namespaces), 'hex');
  const got = /^[0-9a-f]{64}$/.test(raw.mac) ? Buffer.from(raw.mac, 'hex') : Buffer.alloc(0);
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
    throw corrupt('integrity check failed: the table was altered, or written with a different key');
  }
  _loadRaw(table, raw.namespaces);
  return table;
}

/**
 * @internal fills an empty table from raw namespaces, checking every invariant. On a throw the
 * table is left half-filled: callers must discard it (parseIdTable does).
 */
export function _loadRaw(table: IdTable, namespaces: readonly _RawNamespace[]): void {
  const st = _tableState(table);
  const seenNs = new Set<string>();
  for (const raw of namespaces) {
    const s = st.byName.get(raw.name);
    if (!s) {
      throw new DeidError('CONFIG_INVALID', 'the id table holds a namespace that the options do not declare', { issues: [{ path: 'namespaces', message: `missing namespace ${JSON.stringify(raw.name).slice(0, 80)}` }] });
    }
    if (s.ns.min !== raw.min || s.ns.max !== raw.max) {
      throw new DeidError('CONFIG_INVALID', `the id table was written with a different range for namespace ${s.ns.name}`, { issues: [{ path: 'namespaces', message: `range of ${s.ns.name} differs from the file` }] });
    }
    if (seenNs.has(raw.name)) throw corrupt(`namespace ${s.ns.name} appears twice`);
    seenNs.add(raw.name);
    if (raw.counter < 0 || raw.counter > s.size) throw corrupt(`namespace ${s.ns.name}: counter outside [0, range size]`);
    if (raw.ids.length !== raw.counter) throw corrupt(`namespace ${s.ns.name}: ${raw.ids.length} ids listed but the counter says ${raw.counter}`);
    // Every id issued is min + P(i) for a unique i < counter; mark those i. Entries go straight
    // into the fresh table: if a check fails, parseIdTable throws and the table is discarded.
    const used = new Uint8Array(raw.counter);
    const ids = s.ids;
    const indexOf = (id: number, what: string): number => {
      if (id < s.ns.min || id > s.ns.max) throw corrupt(`namespace ${s.ns.name}: ${what} outside the namespace range`);
      const i = s.perm.inverse(id - s.ns.min);
      if (i >= raw.counter) throw corrupt(`namespace ${s.ns.name}: ${what} was never issued under this key`);
      return i;
    };
    for (const [k, id] of raw.ids) {
      if (typeof k !== 'string' || k.length === 0) throw corrupt(`namespace ${s.ns.name}: empty source key`);
      if (LONE_SURROGATE.test(k)) throw corrupt(`namespace ${s.ns.name}: a source key is not well-formed Unicode`);
      if (ids.has(k)) throw corrupt(`namespace ${s.ns.name}: duplicate source key`);
      const i = indexOf(id, 'an id');
      if (used[i]) throw corrupt(`namespace ${s.ns.name}: duplicate id`);
      used[i] = 1;
      ids.set(k, id);
    }
    for (const [k, id] of raw.aliases) {
      if (typeof k !== 'string' || k.length === 0) throw corrupt(`namespace ${s.ns.name}: empty alias key`);
      if (LONE_SURROGATE.test(k)) throw corrupt(`namespace ${s.ns.name}: a source key is not well-formed Unicode`);
      if (ids.has(k)) throw corrupt(`namespace ${s.ns.name}: duplicate source key`);
      const i = indexOf(id, 'an alias id');
      if (!used[i]) throw corrupt(`namespace ${s.ns.name}: alias of an id no key holds`);
      ids.set(k, id);
      s.aliases.add(k);
    }
    s.counter = raw.counter;
  }
}
