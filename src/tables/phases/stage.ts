/**
 * Phase 1, stage the sources: every source header against the config (default deny), which
 * tables are streamed, their independent record counts (started on a worker thread), and the
 * other tables staged in DuckDB as `src_<table>` (every column text; malformed lines go to the
 * rejects table `rej_<table>`).
 *
 * @internal
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeidError, type DeidIssue } from '../../errors.js';
import type { ReleaseConfig, TableConfig } from '../config.js';
import { countCsvRecordsInWorker } from '../_countInWorker.js';
import { engineFailure } from '../_engineErrors.js';
import { ident } from '../_duck.js';
import { readSourceSql, sourceColumns } from '../_source.js';
import { definedNamespaces, names, referencedNamespaces } from '../_sql.js';
import type { Staged, Workspace } from './types.js';

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

  // large event tables that nothing links through are streamed from their file instead; the
  // independent record count of each streamed CSV starts now, on a worker thread: it runs on an
  // idle core while this thread computes the look-ups, and is ready when the table is written
  // (counting alongside DuckDB's write would slow the write)
  const streamed = streamedTables(config);
  const earlyFiles = [...streamed].map((n) => join(config.input, (config.tables[n] as TableConfig).file)).filter((f) => !f.endsWith('.parquet'));
  const early = countCsvRecordsInWorker(earlyFiles);
  const earlyCounts = new Map(earlyFiles.map((f, i) => [f, early.counts[i] as Promise<number>]));
  try {
    for (const [name, t] of tables) {
      if (streamed.has(name)) continue;
      const file = join(config.input, t.file);
      const { from, select } = readSourceSql(file, headers.get(name) as string[], `rej_${name}`);
      ws.progress({ phase: 'stage', table: name, done: 0, total: 1 });
      try {
        await conn.run(`CREATE TABLE ${ident(names.src(name))} AS SELECT ${select} FROM ${from}`);
        // DuckDB's rejects table is temporary, seen by this connection only: the staged tables
        // are written on another one, which must still count the malformed lines
        await conn.run(`CREATE TABLE ${ident(`rejected_${name}`)} AS SELECT line, column_name, CAST(error_type AS VARCHAR) AS error_type FROM ${ident(`rej_${name}`)}`);
      } catch (err) {
        // never the engine's message or a cause holding it: it quotes the offending line
        throw engineFailure(err, file, 'the source file');
      }
      ws.progress({ phase: 'stage', table: name, done: 1, total: 1 });
    }
  } catch (err) {
    early.stop();
    throw err;
  }
  ws.debug('staged');
  return { headers, streamed, earlyCounts, stopCounts: early.stop };
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
