/**
 * Small DuckDB helpers: loading look-up rows with the appender, quoting.
 *
 * @internal
 */
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
