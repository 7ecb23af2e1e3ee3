/**
 * Reading source files into DuckDB: header detection and the `read_csv`/`read_parquet` call.
 *
 * @internal
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../errors.js';

const MAX_HEADER_BYTES = 1 << 20;

/** Splits one CSV header line (RFC 4180 quoting). */
export function splitCsvHeader(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out.map((h) => h.replace(/^\uFEFF/, '').trim());
}

/**
 * Reads the header line of a CSV or CSV.gz file.
 *
 * @param path - the file
 * @returns column names
 * @throws DeidError `IO_FAILED` (unreadable), `CSV_MALFORMED` (no header within 1 MB)
 */
export async function readCsvHeader(path: string): Promise<string[]> {
  const raw = createReadStream(path);
  const stream = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let buf = '';
  try {
    for await (const chunk of stream) {
      buf += (chunk as Buffer).toString('utf8');
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        buf = buf.slice(0, nl);
        break;
      }
      if (buf.length > MAX_HEADER_BYTES) throw new DeidError('CSV_MALFORMED', 'no header line within the first 1 MB', { location: { file: path, line: 1 } });
    }
  } catch (err) {
    if (err instanceof DeidError) throw err;
    throw new DeidError('IO_FAILED', 'cannot read the source file', { location: { file: path }, cause: err });
  } finally {
    raw.destroy();
  }
  const cols = splitCsvHeader(buf.replace(/\r$/, ''));
  if (cols.length === 0 || cols.some((c) => c === '')) throw new DeidError('CSV_MALFORMED', 'the header line has an empty column name', { location: { file: path, line: 1 } });
  return cols;
}

const str = (v: string): string => `'${v.replace(/'/g, "''")}'`;
const ident = (v: string): string => `"${v.replace(/"/g, '""')}"`;

/**
 * The DuckDB table function call reading a source file, every column as VARCHAR.
 *
 * @param path - the file
 * @param columns - header columns (CSV) or undefined for Parquet
 * @param rejects - rejects table name (CSV)
 * @param maxLineSize - longest line accepted, in bytes (notes need long lines; DuckDB sizes its buffers by it)
 * @returns SQL for the FROM clause and the select list
 */
export function readSourceSql(path: string, columns: readonly string[], rejects?: string, maxLineSize = 16 * 1024 * 1024): { from: string; select: string } {
  if (path.endsWith('.parquet')) {
    return { from: `read_parquet(${str(path)})`, select: columns.map((c) => `CAST(${ident(c)} AS VARCHAR) AS ${ident(c)}`).join(', ') };
  }
  const cols = `{${columns.map((c) => `${str(c)}: 'VARCHAR'`).join(', ')}}`;
  const rej = rejects ? `, store_rejects=true, rejects_table=${str(rejects)}, rejects_scan=${str(rejects + '_scan')}` : '';
  return {
    from: `read_csv(${str(path)}, header=true, auto_detect=false, columns=${cols}, delim=',', quote='"', escape='"', max_line_size=${maxLineSize}${rej})`,
    select: '*',
  };
}

/**
 * Column names of a source file.
 *
 * @param conn - a DuckDB connection (for Parquet)
 * @param path - the file
 * @returns the column names
 */
export async function sourceColumns(conn: DuckDBConnection, path: string): Promise<string[]> {
  if (path.endsWith('.parquet')) {
    try {
      const r = await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${str(path)})`);
      return r.getRowObjectsJS().map((row) => String(row.column_name));
    } catch (cause) {
      throw new DeidError('IO_FAILED', 'cannot read the Parquet source file', { location: { file: path }, cause });
    }
  }
  return readCsvHeader(path);
}
