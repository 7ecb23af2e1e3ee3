/**
 * Small DuckDB helpers: loading look-up rows with the appender, quoting.
 *
 * @internal
 */
import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

/** Column types the loader supports. */
export type LoadType = 'VARCHAR' | 'BIGINT' | 'INTEGER' | 'BOOLEAN';

/** Quotes an identifier for DuckDB. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
/** Quotes a string literal for DuckDB. */
export const lit = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates (or replaces) a table and appends rows to it with the DuckDB appender.
 *
 * @param conn - connection
 * @param table - table name
 * @param columns - `[name, type]` pairs
 * @param rows - values per row (null for NULL)
 */
export async function loadRows(conn: DuckDBConnection, table: string, columns: readonly (readonly [string, LoadType])[], rows: Iterable<readonly unknown[]>): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE ${ident(table)} (${columns.map(([n, t]) => `${ident(n)} ${t}`).join(', ')})`);
  const app = await conn.createAppender(table);
  try {
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) {
        const v = row[i];
        const type = (columns[i] as readonly [string, LoadType])[1];
        if (v === null || v === undefined) app.appendNull();
        else if (type === 'VARCHAR') app.appendVarchar(String(v));
        else if (type === 'BIGINT') app.appendBigInt(BigInt(v as number));
        else if (type === 'INTEGER') app.appendInteger(Number(v));
        else app.appendBoolean(Boolean(v));
      }
      app.endRow();
    }
    app.flushSync();
  } finally {
    app.closeSync();
  }
}

/**
 * Reads every row of a query as plain objects (column alias → string, number or null), through
 * a newline-delimited JSON file DuckDB writes in `dir`. For result sets of more than a few
 * thousand rows this is several times faster than materialising the result in JavaScript value
 * by value (each string over 12 bytes is a native call there), and the file is parsed a chunk at
 * a time, so no single string grows with the table. Rows keep the query's order. Numbers come
 * back as numbers when the query casts them to DOUBLE (JSON has no 64-bit integers). The file is
 * removed before returning.
 *
 * @param conn - connection
 * @param sql - a SELECT with distinct column aliases
 * @param dir - a private working folder
 * @returns the rows
 */
export async function readRows<T extends Record<string, string | number | boolean | null>>(conn: DuckDBConnection, sql: string, dir: string): Promise<T[]> {
  const file = join(dir, `rows-${++readSeq}.ndjson`);
  await conn.run(`COPY (${sql}) TO ${lit(file)} (FORMAT json)`);
  try {
    const rows: T[] = [];
    let rest = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 22 })) {
      const text = rest + (chunk as string);
      const cut = text.lastIndexOf('\n');
      rest = text.slice(cut + 1);
      if (cut < 0) continue;
      // one parse per chunk: the records joined into one JSON array
      const body = text.slice(0, cut).replace(/\n+/g, ',').replace(/^,|,$/g, '');
      if (body) for (const o of JSON.parse(`[${body}]`) as T[]) rows.push(o);
    }
    if (rest.trim()) rows.push(JSON.parse(rest) as T);
    return rows;
  } finally {
    rmSync(file, { force: true });
  }
}
let readSeq = 0;
