/**
 * Phase 1, stage the sources: every source header against the config (default deny), which
 * tables are streamed, their independent record counts (started on a worker thread), and the
 * other tables staged in DuckDB as `src_<table>` (every column text; malformed lines go to the
 * rejects table `rej_<table>`).
 *
 * @internal
 */
import { existsSync, rmSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { DeidError, isDeidError, type DeidIssue } from '../../errors.js';
import type { CsvScan } from '../../_lib/countCsvRecords.js';
import type { ReleaseConfig, TableConfig } from '../config.js';
import { engineFailure } from '../_engineErrors.js';
import { scanCsvRecordsInWorker } from '../_scanInWorker.js';
import { ident, lit } from '../_duck.js';
import { writeSanitizedCopy } from '../_sanitize.js';
import { readSourceSql, sourceColumns } from '../_source.js';
import { definedNamespaces, names, referencedNamespaces } from '../_sql.js';
import type { RejectedLine, Staged, StagedSource, Workspace } from './types.js';

/**
 * Tables read straight from their file in one pass (never staged): no text or note-id columns,
 * not the patients or admissions table, nothing links through them, they define no namespace,
 * and every id they carry is a patient id or a namespace defined by another table's key.
 *
 * @param config - the config
 * @returns the streamed tables' names
 */
export function streamedTables(config: ReleaseConfig): Set<string> {
  const defined = definedNamespaces(config);
  const parents = new Set<string>();
  for (const t of Object.values(config.tables)) if (t.patient !== 'none' && 'through' in t.patient) parents.add(t.patient.table);
  const out = new Set<string>();
  for (const [name, t] of Object.entries(config.tables)) {
    if (name === config.patients.table || name === config.patients.admissions.table || parents.has(name)) continue;
    if ([...defined.values()].includes(name)) continue;
    if (Object.values(t.columns).some((r) => r.rule === 'scrub' || r.rule === 'noteId')) continue;
    if ([...referencedNamespaces(config, name)].some((ns) => !defined.has(ns))) continue;
    out.add(name);
  }
  return out;
}

/**
 * Checks every source header against the config and stages the sources.
 *
 * @param ws - the workspace
 * @returns headers, streamed tables and their counts under way
 * @throws DeidError `COLUMN_UNMAPPED` (a source column without a rule: every one listed),
 *   `CONFIG_INVALID` (a missing file or column, a repeated header), `CSV_MALFORMED`
 */
export async function stageSources(ws: Workspace): Promise<Staged> {
  const { config, conn } = ws;
  const tables = Object.entries(config.tables);
  // headers: default deny, every problem at once
  const issues: DeidIssue[] = [];
  const headers = new Map<string, string[]>();
  for (const [name, t] of tables) {
    const file = join(config.input, t.file);
    if (!existsSync(file)) {
      issues.push({ path: `tables.${name}.file`, message: 'source file not found' });
      continue;
    }
    const cols = await sourceColumns(conn, file);
    headers.set(name, cols);
    issues.push(...headerIssues(name, cols, Object.keys(t.columns)));
  }
  if (issues.length) {
    const unmapped = issues.some((i) => / have no rule|header line/.test(i.message));
    throw new DeidError(unmapped ? 'COLUMN_UNMAPPED' : 'CONFIG_INVALID', `the sources do not match the config (${issues.length} problem(s))`, { issues });
  }

  // Large event tables that nothing links through are streamed from their file instead. Every
  // CSV source's records are scanned on a worker thread, the staged ones first: each is staged
  // once its scan is in (a file with lines a stray quote would merge is staged from a private
  // copy in which those lines are rejected alone), and the streamed ones are scanned while this
  // thread computes the look-ups, ready when they are written.
  const streamed = streamedTables(config);
  const fileOf = (name: string): string => join(config.input, (config.tables[name] as TableConfig).file);
  const order = [...tables.map(([n]) => n).filter((n) => !streamed.has(n)), ...streamed];
  const csvFiles = [...new Set(order.map(fileOf).filter((f) => !f.endsWith('.parquet')))];
  const worker = scanCsvRecordsInWorker(csvFiles);
  const scanOf = (name: string): Promise<CsvScan> => {
    const file = fileOf(name);
    const i = csvFiles.indexOf(file);
    return i >= 0 ? (worker.scans[i] as Promise<CsvScan>) : parquetScan(conn, file, headers.get(name) as string[]);
  };
  const sources = new Map<string, StagedSource>();
  try {
    for (const name of order) {
      const file = fileOf(name);
      if (streamed.has(name)) {
        const scan = scanOf(name);
        if (file.endsWith('.parquet')) await scan; // read on this connection now, not beside the staging
        sources.set(name, { file, scan });
        continue;
      }
      ws.progress({ phase: 'stage', table: name, done: 0, total: 1 });
      const scan = await awaitScan(scanOf(name), file);
      const read = scan.malformed.length ? join(ws.workDir, `source-${name}.csv`) : file;
      if (read !== file) await writeSanitizedCopy(file, scan, read);
      const { from, select } = readSourceSql(read, headers.get(name) as string[], `rej_${name}`);
      try {
        await conn.run(`CREATE TABLE ${ident(names.src(name))} AS SELECT ${select} FROM ${from}`);
      } catch (err) {
        // never the engine's message or a cause holding it: it quotes the offending line
        throw engineFailure(err, file, 'the source file');
      } finally {
        if (read !== file) rmSync(read, { force: true });
      }
      // the rejects table is a TEMP table of this connection: read it here
      sources.set(name, { file, scan: Promise.resolve(scan), rejects: await readRejects(conn, `rej_${name}`, scan) });
      ws.progress({ phase: 'stage', table: name, done: 1, total: 1 });
    }
  } catch (err) {
    worker.stop();
    throw err;
  }
  ws.debug('staged');
  // config order
  return { headers, streamed, sources: new Map(tables.map(([n]) => [n, sources.get(n) as StagedSource])), stopCounts: worker.stop };
}

/**
 * Waits for a file's record scan; a file that cannot be scanned fails the run.
 *
 * @param scan - the scan under way
 * @param file - the file (for the error)
 * @returns the scan
 * @throws DeidError the scan's own (e.g. `CSV_MALFORMED`), else `IO_FAILED`
 */
export async function awaitScan(scan: Promise<CsvScan>, file: string): Promise<CsvScan> {
  try {
    return await scan;
  } catch (err) {
    if (isDeidError(err)) throw err;
    throw new DeidError('IO_FAILED', 'the source file could not be re-read to count its records', { location: { file } });
  }
}

/** A Parquet file's records, from its metadata. */
async function parquetScan(conn: DuckDBConnection, file: string, columns: readonly string[]): Promise<CsvScan> {
  const r = await conn.runAndReadAll(`SELECT count(*) FROM read_parquet(${lit(file)})`);
  return { records: Number(r.getRowsJS()[0]?.[0] ?? 0), fields: columns.length, malformed: [] };
}

/**
 * The lines DuckDB rejected into a rejects table (none when there is no such table), one per
 * line; a line the record scan read as malformed is named by the scan's kind.
 *
 * @param conn - the connection that read the file (rejects tables are TEMP tables)
 * @param table - the rejects table
 * @param scan - the file's scan
 * @returns the rejected lines, by line number
 */
export async function readRejects(conn: DuckDBConnection, table: string, scan: CsvScan): Promise<RejectedLine[]> {
  let rows: unknown[][];
  try {
    rows = (await conn.runAndReadAll(`SELECT line, min(column_name), min(CAST(error_type AS VARCHAR)) FROM ${ident(table)} GROUP BY line ORDER BY line`)).getRowsJS();
  } catch {
    return []; // no rejects table: nothing was rejected
  }
  // DuckDB numbers lines as records (a quoted value spanning lines counts once)
  const kinds = new Map(scan.malformed.map((m) => [m.recordLine, m.kind]));
  return rows.map((r) => {
    const line = Number(r[0]);
    const kind = kinds.get(line);
    return { line, column: kind || r[1] === null ? null : String(r[1]), kind: kind ?? (r[2] === null ? null : String(r[2])) };
  });
}

/**
 * Issues of one source header against its config columns. Names read from the file are never
 * quoted (a file without its header line has data there): unmapped columns are given by
 * position, and a header that matches none of the configured columns is called out as such.
 *
 * @param table - the config table
 * @param cols - the names on the file's first line
 * @param configured - the config's column names
 * @returns the issues (paths name config entries, never file content)
 */
export function headerIssues(table: string, cols: readonly string[], configured: readonly string[]): DeidIssue[] {
  const issues: DeidIssue[] = [];
  const known = new Set(configured);
  const unmapped = cols.flatMap((c, i) => (known.has(c) ? [] : [i + 1]));
  if (cols.length && unmapped.length === cols.length) {
    issues.push({ path: `tables.${table}.file`, message: `none of the ${cols.length} names on the first line is a configured column: the file may lack its header line (names not shown: they may be data)` });
  } else if (unmapped.length) {
    issues.push({ path: `tables.${table}.file`, message: `${unmapped.length} source column(s) have no rule (default deny), at position(s) ${unmapped.join(', ')} of the header; add keep, drop, id, shift, scrub, allowlist or noteId for each (names not shown: a header may hold data)` });
  }
  for (const c of configured) if (!cols.includes(c)) issues.push({ path: `tables.${table}.columns.${c}`, message: 'configured column is not in the source file' });
  if (new Set(cols).size !== cols.length) issues.push({ path: `tables.${table}.file`, message: 'the source header repeats a column name' });
  return issues;
}
