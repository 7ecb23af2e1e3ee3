/**
 * `ehr-deid sql`: the release as a SQL script for DuckDB, PostgreSQL or BigQuery, plus the
 * look-up tables it joins (ids, offsets, anchors, note ids, scrubbed text), for runs on a
 * warehouse engine.
 *
 * @module
 */
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../errors.js';
import { hasControlCharacter, type ReleaseConfig } from './config.js';
import { failClosed } from './_engineErrors.js';
import type { StagedSecrets } from './_secrets.js';
import type { DeidentifyTablesOptions } from './types.js';
import { ident, lit } from './_duck.js';
import { applyText } from './phases/apply.js';
import { computeLookups, stageLookups } from './phases/lookups.js';
import { awaitScan, stageSources } from './phases/stage.js';
import { readSourceSql } from './_source.js';
import { writeSanitizedCopy } from './_sanitize.js';
import type { Staged, Workspace } from './phases/types.js';
import { closeWorkspace, openWorkspace } from './phases/workspace.js';
import { dialectIssues, DIALECTS, linkOrder, names, planTable, sessionSql, type Dialect, type SqlDialect } from './_sql.js';

/** Options for {@link generateSql}. */
export interface GenerateSqlOptions extends Omit<DeidentifyTablesOptions, 'outDir'> {
  /** Target engine. */
  readonly dialect: SqlDialect;
  /** Folder for `release.sql` and `lookups/` (0700; the look-ups are secrets). */
  readonly outDir: string;
}

/** What {@link generateSql} returns. */
export interface GenerateSqlResult {
  /** Path of the SQL script. */
  readonly script: string;
  /** Paths of the look-up CSV files. */
  readonly lookups: readonly string[];
}

/** What the export reads: the work database with every look-up table loaded. */
interface SqlExportState {
  readonly conn: DuckDBConnection;
  readonly config: ReleaseConfig;
  readonly headers: ReadonlyMap<string, readonly string[]>;
  readonly textColumns: ReadonlyMap<string, readonly string[]>;
  /** The file the script reads per table, when not the source itself (a clean copy). */
  readonly read: ReadonlyMap<string, string>;
}

/**
 * Clean private copies of the CSV sources that hold lines the run rejects (malformed, or
 * merged by a stray quote): those lines left out, the rest in order, so every engine reads and
 * numbers the rows as the run does (PostgreSQL's COPY would abort on them, or read them
 * differently). Written to `<out>/sources/` (0600: source data).
 */
async function cleanSources(ws: Workspace, staged: Staged, outDir: string): Promise<Map<string, string>> {
  const read = new Map<string, string>();
  const dir = join(outDir, 'sources');
  for (const [name, t] of Object.entries(ws.config.tables)) {
    const file = join(ws.config.input, t.file);
    if (file.endsWith('.parquet')) continue;
    const source = staged.sources.get(name);
    if (!source) continue;
    const scan = await awaitScan(source.scan, file);
    const clean = join(dir, `${name}.csv`);
    const save = async (select: string): Promise<void> => {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      await ws.conn.run(`COPY (${select}) TO ${lit(clean)} (HEADER)`);
      chmodSync(clean, 0o600);
      read.set(name, clean);
    };
    if (!staged.streamed.has(name)) {
      if ((source.rejects?.length ?? 0) > 0 || scan.malformed.length) await save(`SELECT * FROM ${ident(names.src(name))} ORDER BY rowid`);
      continue;
    }
    const copy = scan.malformed.length ? join(ws.workDir, `source-${name}.csv`) : undefined;
    try {
      if (copy) await writeSanitizedCopy(file, scan, copy);
      const { from, select } = readSourceSql(copy ?? file, staged.headers.get(name) as string[], `gx_rej_${name}`);
      await ws.conn.run(`CREATE OR REPLACE TEMP TABLE ${ident(`gx_${name}`)} AS SELECT ${select} FROM ${from}`);
      let rejected = 0;
      try {
        rejected = Number((await ws.conn.runAndReadAll(`SELECT count(*) FROM ${ident(`gx_rej_${name}`)}`)).getRowsJS()[0]?.[0] ?? 0);
      } catch {
        // no rejects table: nothing was rejected
      }
      if (rejected || copy) await save(`SELECT * FROM ${ident(`gx_${name}`)}`);
      await ws.conn.run(`DROP TABLE ${ident(`gx_${name}`)}`);
    } finally {
      if (copy) rmSync(copy, { force: true });
    }
  }
  return read;
}

/**
 * Computes the look-up tables (ids, offsets, anchors, cohort, note ids, scrubbed text) exactly
 * as `deidentifyTables` does, and writes them with a SQL script that rebuilds the release on
 * another engine. The DuckDB script runs as is (`duckdb < release.sql`, paths are absolute);
 * PostgreSQL uses psql `\copy`; BigQuery needs the CSV files loaded first (see the script).
 *
 * @param options - as {@link deidentifyTables}, plus `dialect` and `outDir`
 * @returns the script and look-up paths
 * @throws DeidError as {@link deidentifyTables}
 * @example
 * ```ts
 * await generateSql({ config, key, dialect: 'postgres', outDir: 'warehouse', secretsDir: 'secrets' });
 * ```
 */
export async function generateSql(options: GenerateSqlOptions): Promise<GenerateSqlResult> {
  // every option of the config is honoured by the dialect, or the config is refused up front
  const issues = dialectIssues(options.config, options.dialect);
  if (issues.length) throw new DeidError('CONFIG_INVALID', `the config cannot be written for ${options.dialect} (${issues.length} problem(s))`, { issues });
  const outDir = resolve(options.outDir);
  // every path and name reaches the script: a newline in one could start a statement or a psql
  // meta-command (names in the config are checked by validateConfig)
  const paths: [string, string][] = [
    ['outDir', outDir],
    ['secretsDir', resolve(options.secretsDir)],
    ['input', options.config.input],
    ...Object.entries(options.config.tables).map(([n, t]) => [`tables.${n}.file`, t.file] as [string, string]),
  ];
  const bad = paths.filter(([, p]) => hasControlCharacter(p));
  if (bad.length) throw new DeidError('CONFIG_INVALID', 'a path that reaches the SQL script contains a control character', { issues: bad.map(([path]) => ({ path, message: 'contains a control character (newline, tab, NUL, …)' })) });
  let ws: Workspace | undefined;
  let staged: Staged | undefined;
  let secrets: StagedSecrets | undefined;
  try {
    // the phases of a run up to the look-ups and the scrubbed text; PHI manifests go to a
    // throw-away draft in the run's private work folder under the secrets folder, never the
    // system temp folder (the release itself is built by the script)
    ws = await openWorkspace({ ...options, outDir: undefined });
    mkdirSync(outDir, { recursive: true, mode: 0o700 });
    chmodSync(outDir, 0o700);
    const draft = join(ws.workDir, 'draft');
    mkdirSync(draft, { mode: 0o700 });
    staged = await stageSources(ws);
    const lookups = await computeLookups(ws, staged, options);
    const applied = await applyText(ws, draft, options);
    secrets = stageLookups(ws, lookups);
    const s = secrets;
    ws.onAbort.add(() => s.discard());
    const read = await cleanSources(ws, staged, outDir);
    const result = await writeExport({ conn: ws.conn, config: options.config, headers: staged.headers, textColumns: applied.textColumns, read }, DIALECTS[options.dialect], outDir);
    secrets.commit();
    return result;
  } catch (err) {
    secrets?.discard();
    throw failClosed(err);
  } finally {
    staged?.stopCounts();
    if (ws) closeWorkspace(ws);
  }
}

function typeName(t: string, d: Dialect): string {
  if (d.name === 'duckdb') return t === 'text' ? 'VARCHAR' : t.toUpperCase();
  if (d.name === 'bigquery') return t === 'text' ? 'STRING' : t === 'boolean' ? 'BOOL' : t === 'timestamp' ? 'DATETIME' : 'INT64';
  return t;
}

async function writeExport(state: SqlExportState, d: Dialect, outDir: string): Promise<GenerateSqlResult> {
  const { conn, config } = state;
  const lkDir = join(outDir, 'lookups');
  mkdirSync(lkDir, { recursive: true, mode: 0o700 });
  chmodSync(lkDir, 0o700);
  const tables = (await conn.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'lk\\_%' ESCAPE '\\' ORDER BY 1`)).getRowsJS().map((r) => String(r[0]));
  const lookups: string[] = [];
  const out: string[] = [];
  const I = d.ident;
  out.push(`-- ehr-deid release script (dialect: ${d.name}), generated ${new Date().toISOString()}`);
  out.push('-- The look-up tables in lookups/ re-identify patients: keep them as secret as the source data.');
  if (d.name === 'bigquery') {
    out.push('-- BigQuery: load each source file into table src_<name> (all columns STRING) with an extra INT64');
    out.push('-- column _row numbering data rows from 1 in file order, and each lookups/<name>.csv into <name>');
    out.push('-- (types as in the CREATE TABLE statements below), then run the statements of section 3.');
  }
  const zone = config.shift.timeZone;
  const session = sessionSql(d, zone);
  if (session.length) out.push('', '-- 0. session: times with a zone offset are converted to this zone, times without one read in it', ...session.map((x) => `${x};`));
  if (d.name === 'postgres') {
    // PostgreSQL has no TRY_CAST: this session-local function gives NULL for a value that has the
    // shape of a datetime but names no real one (2014-02-30), so its row is left out (DATE_INVALID)
    // instead of aborting the script; a zone offset is converted, not dropped
    out.push(
      `CREATE FUNCTION pg_temp.ehr_try_timestamp(v text, fmt text) RETURNS timestamp LANGUAGE plpgsql IMMUTABLE AS $$\nBEGIN\n  IF fmt IS NULL THEN\n    IF v ~ '[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)$' THEN RETURN CAST(CAST(v AS timestamptz) AT TIME ZONE ${lit(zone)} AS timestamp); END IF;\n    RETURN CAST(v AS timestamp);\n  END IF;\n  RETURN CAST(to_timestamp(v, fmt) AS timestamp);\nEXCEPTION WHEN others THEN RETURN NULL;\nEND $$;`,
    );
  }
  out.push('', '-- 1. source tables (every column text; _row = 1-based row number in file order)');
  for (const [name, t] of Object.entries(config.tables)) {
    const cols = state.headers.get(name) ?? [];
    const file = state.read.get(name) ?? join(config.input, t.file);
    if (d.name === 'duckdb') {
      const colSpec = `{${cols.map((c) => `${lit(c)}: 'VARCHAR'`).join(', ')}}`;
      const from = file.endsWith('.parquet') ? `read_parquet(${lit(file)})` : `read_csv(${lit(file)}, header=true, auto_detect=false, columns=${colSpec}, delim=',', quote='"', escape='"', max_line_size=16777216, ignore_errors=true)`;
      out.push(`CREATE TABLE ${I(names.src(name))} AS SELECT ${file.endsWith('.parquet') ? cols.map((c) => `CAST(${I(c)} AS VARCHAR) AS ${I(c)}`).join(', ') : '*'} FROM ${from};`);
    } else {
      out.push(`CREATE TABLE ${I(names.src(name))} (${d.name === 'postgres' ? '_row bigserial' : '_row INT64'}, ${cols.map((c) => `${I(c)} ${d.text}`).join(', ')});`);
      if (d.name === 'postgres') {
        const target = `${I(names.src(name))} (${cols.map(I).join(', ')})`;
        if (file.endsWith('.parquet')) out.push(`-- psql cannot read Parquet: load ${file} into ${names.src(name)} (columns as above, in file order) before section 3`);
        // psql's \copy reads plain files only: a .csv.gz goes through gzip on the client
        else if (file.endsWith('.gz')) out.push(`\\copy ${target} FROM PROGRAM ${lit(`gzip -dc ${shellQuote(file)}`)} WITH (FORMAT csv, HEADER true)`);
        else out.push(`\\copy ${target} FROM ${lit(file)} WITH (FORMAT csv, HEADER true)`);
      }
    }
  }
  out.push('', '-- 2. look-up tables');
  for (const lk of tables) {
    const colsInfo = (await conn.runAndReadAll(`SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ${lit(lk)} ORDER BY column_index`)).getRowsJS().map((r) => [String(r[0]), String(r[1])] as const);
    const path = join(lkDir, `${lk}.csv`);
    await conn.run(`COPY ${ident(lk)} TO ${lit(path)} (HEADER)`);
    chmodSync(path, 0o600);
    lookups.push(path);
    const typed = colsInfo.map(([c, dt]) => [c, dt === 'BIGINT' ? 'bigint' : dt === 'INTEGER' ? 'integer' : dt === 'BOOLEAN' ? 'boolean' : dt === 'TIMESTAMP' ? 'timestamp' : 'text'] as const);
    if (d.name === 'duckdb') {
      out.push(`CREATE TABLE ${I(lk)} AS SELECT * FROM read_csv(${lit(path)}, header=true, auto_detect=false, columns={${typed.map(([c, t]) => `${lit(c)}: ${lit(typeName(t, d))}`).join(', ')}}, delim=',', quote='"', escape='"', max_line_size=16777216);`);
    } else {
      out.push(`CREATE TABLE ${I(lk)} (${typed.map(([c, t]) => `${I(c)} ${typeName(t, d)}`).join(', ')});`);
      if (d.name === 'postgres') out.push(`\\copy ${I(lk)} FROM ${lit(path)} WITH (FORMAT csv, HEADER true)`);
    }
  }
  out.push('', '-- 3. the release: one statement per table (rows failing a check are left out; see the quarantine in the run)');
  const releaseDir = join(outDir, 'release');
  if (d.name !== 'bigquery') mkdirSync(releaseDir, { recursive: true });
  for (const name of linkOrder(config)) {
    const t = config.tables[name];
    if (!t) continue;
    const plan = planTable(name, { config, dialect: d, hasQuarantine: true, textColumns: state.textColumns.get(name) ?? [] });
    const outTable = `release_${t.release.replace('/', '_')}`;
    out.push(`-- ${t.release}`);
    if (d.name !== 'bigquery') mkdirSync(join(releaseDir, t.release.split('/')[0] as string), { recursive: true });
    if (d.name === 'duckdb') {
      out.push(`COPY (${plan.releaseSql}) TO ${lit(join(releaseDir, `${t.release}.csv`))} (HEADER);`);
    } else {
      out.push(`CREATE TABLE ${I(outTable)} AS\n${plan.releaseSql};`);
      if (d.name === 'postgres') out.push(`\\copy (SELECT * FROM ${I(outTable)} ORDER BY ${plan.orderBy}) TO ${lit(join(releaseDir, `${t.release}.csv`))} WITH (FORMAT csv, HEADER true)`);
    }
  }
  const script = join(outDir, 'release.sql');
  writeFileSync(script, out.join('\n') + '\n', { mode: 0o600 });
  chmodSync(script, 0o600);
  return { script, lookups };
}

/** A path quoted for a POSIX shell (psql runs `\\copy … FROM PROGRAM` through one). */
function shellQuote(path: string): string {
  return `'${path.replace(/'/g, `'\\''`)}'`;
}
