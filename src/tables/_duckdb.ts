/**
 * DuckDB, loaded on first use: importing ehr-deid (or scrubbing text) never loads DuckDB's
 * native engine (about 68 MB of code and 100 MB of memory); only the tables pipeline and the
 * checks do, when they open a database.
 *
 * @internal
 */
import { DeidError } from '../errors.js';

/** The `@duckdb/node-api` module. */
export type DuckDbModule = typeof import('@duckdb/node-api');

let loading: Promise<DuckDbModule> | undefined;

/**
 * @returns the `@duckdb/node-api` module (imported once)
 * @throws DeidError `IO_FAILED` when the package or its native engine cannot be loaded
 */
export function loadDuckDb(): Promise<DuckDbModule> {
  loading ??= import('@duckdb/node-api').catch((cause: unknown) => {
    loading = undefined;
    throw new DeidError('IO_FAILED', 'cannot load DuckDB (@duckdb/node-api): is it installed for this platform?', { cause });
  });
  return loading;
}
