/**
 * Reading source files into DuckDB: header detection and the `read_csv`/`read_parquet` call.
 *
 * @internal
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../errors.js';
import { readFirstLine, splitCsvHeader } from '../_lib/csvHeader.js';

export { splitCsvHeader } from '../_lib/csvHeader.js';

/**
 * Reads the header line of a CSV or CSV.gz file.
 *
 * @param path - the file
 * @returns column names
 * @throws DeidError `IO_FAILED` (unreadable), `CSV_MALFORMED` (no header within 1 MB)
 */
export async function readCsvHeader(path: string): Promise<string[]> {
  const cols = splitCsvHeader(await readFirstLine(path));
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
