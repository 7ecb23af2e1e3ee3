/**
 * A release folder opened in embedded DuckDB: table discovery (`hosp/`, `icu/`, `note/`, any
 * other folder, or the root; `.csv`, `.csv.gz` or `.parquet`) and lazily created views.
 *
 * DuckDB error messages can quote the offending CSV line, so they are never surfaced: a failed
 * query becomes a `CheckQueryError` carrying only the table id.
 *
 * @internal
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadDuckDb } from '../tables/_duckdb.js';
import { DeidError } from '../errors.js';
import { readFirstLine, splitCsvHeader } from '../_lib/csvHeader.js';

/** A table file found in a release. */
export interface TableFile {
  /** `module/name` (e.g. `hosp/patients`) or `name` for a file at the root. */
  readonly id: string;
  readonly path: string;
  readonly format: 'csv' | 'parquet';
}

const EXT = /^(.{1,200}?)\.(csv|csv\.gz|parquet)$/i;

/**
 * Lists the tables of a folder: files at its root and one level down.
 *
 * @throws DeidError `IO_FAILED` when the folder cannot be read; `INPUT_INVALID` when one table
 *   exists in two formats
 */
export function discoverTables(dir: string): Map<string, TableFile> {
  const out = new Map<string, TableFile>();
  let top: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    top = readdirSync(dir).sort();
  } catch (err) {
    throw new DeidError('IO_FAILED', 'cannot read the release folder', { location: { file: dir }, cause: err });
  }
  const add = (id: string, path: string, ext: string): void => {
    if (out.has(id)) throw new DeidError('INPUT_INVALID', `table ${id} exists in more than one file format`, { location: { file: dir } });
    out.set(id, { id, path, format: ext.toLowerCase() === 'parquet' ? 'parquet' : 'csv' });
  };
  for (const name of top) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      let inner: string[];
      try {
        inner = readdirSync(full).sort();
      } catch {
        continue;
      }
      for (const f of inner) {
        const m = EXT.exec(f);
        if (m && !f.startsWith('.')) add(`${name}/${m[1]}`, join(full, f), m[2]!);
      }
    } else {
      const m = EXT.exec(name);
      if (m) add(m[1]!, full, m[2]!);
    }
  }
  return out;
}

/** Quotes an SQL string literal. */
export const sqlString = (v: string): string => `'${v.replace(/'/g, "''")}'`;
/** Quotes an SQL identifier. */
export const sqlIdent = (v: string): string => `"${v.replace(/"/g, '""')}"`;

/** A query on a table failed (unreadable or malformed file); the DuckDB message is dropped. */
export class CheckQueryError extends Error {
  constructor(readonly table: string | undefined, options?: { cause?: unknown }) {
    super(table ? `table ${table} could not be read or queried` : 'a query failed', options);
    this.name = 'CheckQueryError';
  }
}

/** Splits one RFC 4180 header line. */
export const splitHeader = splitCsvHeader;

/**
 * Reads the header line of a CSV or CSV.gz file (DuckDB's sniffer is not used: it can take a
 * malformed data line for the header).
 */
async function readHeader(t: TableFile): Promise<string[]> {
  let line: string;
  try {
    line = await readFirstLine(t.path);
  } catch (err) {
    throw new CheckQueryError(t.id, { cause: err });
  }
  const cols = splitHeader(line);
  if (cols.length === 0 || cols.some((c) => c === '') || new Set(cols).size !== cols.length) throw new CheckQueryError(t.id);
  return cols;
}

/** One column of a table with the type DuckDB detects for it. */
export interface ColumnInfo {
  readonly name: string;
  readonly type: string;
}

/** An opened release (or source) folder. */
export class Release {
  private readonly views = new Map<string, string>();
  private readonly cols = new Map<string, ColumnInfo[]>();
  private readonly headers = new Map<string, string[]>();
  private counter = 0;

  private constructor(
    readonly dir: string,
    readonly tables: Map<string, TableFile>,
    private readonly conn: DuckDBConnection,
    private readonly prefix: string,
    private readonly lenient: boolean,
  ) {}

  /**
   * Opens `dir` on an existing connection; `prefix` keeps view names apart. `lenient` (for an
   * identified source folder, which may hold malformed lines) skips lines that cannot be read.
   */
  static open(dir: string, conn: DuckDBConnection, prefix: string, lenient = false): Release {
    return new Release(dir, discoverTables(dir), conn, prefix, lenient);
  }

  /** Resolves `hosp/patients` or a bare `patients` (when only one table has that name). */
  resolve(ref: string): TableFile | undefined {
    const exact = this.tables.get(ref);
    if (exact) return exact;
    if (ref.includes('/')) {
      const base = ref.slice(ref.lastIndexOf('/') + 1);
      const root = this.tables.get(base);
      if (root) return root;
      return undefined;
    }
    const hits = [...this.tables.values()].filter((t) => t.id.endsWith(`/${ref}`));
    return hits.length === 1 ? hits[0] : undefined;
  }

  private async fromClause(t: TableFile): Promise<string> {
    if (t.format === 'parquet') return `read_parquet(${sqlString(t.path)})`;
    let header = this.headers.get(t.id);
    if (!header) {
      header = await readHeader(t);
      this.headers.set(t.id, header);
    }
    // Explicit dialect and columns, no sniffing: a line with the wrong number of fields or an
    // unterminated quote is an error, never silently re-read as a header or padded.
    const columns = `{${header.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ')}}`;
    return `read_csv(${sqlString(t.path)}, header=true, delim=',', quote='"', escape='"', auto_detect=false, columns=${columns}${this.lenient ? ', ignore_errors=true' : ''})`;
  }

  /**
   * The view of a table, every column as read (CSV: VARCHAR, so codes keep leading zeros),
   * created once.
   */
  async view(t: TableFile): Promise<string> {
    const have = this.views.get(t.id);
    if (have) return have;
    const name = `${this.prefix}_${++this.counter}`;
    await this.run(`CREATE OR REPLACE TEMP VIEW ${sqlIdent(name)} AS SELECT * FROM ${await this.fromClause(t)}`, t.id);
    this.views.set(t.id, name);
    return name;
  }

  /** A fresh name for a temporary table of this folder's checks. */
  tempName(tag: string): string {
    return `${this.prefix}_${tag}_${++this.counter}`;
  }

  /** A subquery adding `__row`: the 1-based data row number in file order (header excluded). */
  async numbered(t: TableFile): Promise<string> {
    const v = await this.view(t);
    return `(SELECT row_number() OVER () AS __row, * FROM ${sqlIdent(v)})`;
  }

  /**
   * Columns with their types: Parquet's stored types; for CSV, `TIMESTAMP` when every non-null
   * value among the first 1000 rows parses as a date or datetime, else `VARCHAR`.
   */
  async columns(t: TableFile): Promise<ColumnInfo[]> {
    const have = this.cols.get(t.id);
    if (have) return have;
    let out: ColumnInfo[];
    if (t.format === 'parquet') {
      const rows = await this.rows(`DESCRIBE SELECT * FROM ${await this.fromClause(t)}`, t.id);
      out = rows.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
    } else {
      const view = sqlIdent(await this.view(t));
      const names = this.headers.get(t.id) ?? [];
      const aggs = names.flatMap((c) => [`count(${sqlIdent(c)})`, `count(try_cast(${sqlIdent(c)} AS TIMESTAMP))`]);
      const [r] = names.length ? await this.rows(`SELECT ${aggs.join(', ')} FROM (SELECT * FROM ${view} LIMIT 1000)`, t.id) : [[]];
      out = names.map((name, i) => {
        const n = num(r?.[2 * i]);
        return { name, type: n > 0 && n === num(r?.[2 * i + 1]) ? 'TIMESTAMP' : 'VARCHAR' };
      });
    }
    this.cols.set(t.id, out);
    return out;
  }

  /** Runs a statement; a failure becomes a {@link CheckQueryError}. */
  async run(sql: string, table?: string): Promise<void> {
    try {
      await this.conn.run(sql);
    } catch (err) {
      throw new CheckQueryError(table, { cause: err });
    }
  }

  /** Runs a query and returns its rows as JS values (BIGINT → bigint). */
  async rows(sql: string, table?: string): Promise<unknown[][]> {
    try {
      const r = await this.conn.runAndReadAll(sql);
      return r.getRowsJS() as unknown[][];
    } catch (err) {
      throw new CheckQueryError(table, { cause: err });
    }
  }

  /** Runs a prepared statement with bound values (used for values that may be PHI). */
  async runWith(sql: string, values: (string | number)[], table?: string): Promise<void> {
    try {
      await this.conn.run(sql, values);
    } catch (err) {
      throw new CheckQueryError(table, { cause: err });
    }
  }
}

/** Opens a fresh in-memory DuckDB. */
export async function openDuckDb(threads?: number): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const { DuckDBInstance } = await loadDuckDb();
  const instance = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : undefined);
  const conn = await instance.connect();
  return {
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** A number from a query result (BIGINT arrives as bigint). */
export function num(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) return 0;
  return Number(v);
}
