/**
 * The release pipeline: an identified extract (CSV, CSV.gz, Parquet) in, a de-identified,
 * MIMIC-IV-shaped release (`hosp/`, `icu/`, `note/`) out, on embedded DuckDB.
 *
 * Small tables (patients, admissions, tables others link through, tables with text or note ids)
 * are staged in DuckDB (all columns text, row numbers in file order). Large event tables are
 * streamed: one pass from the file to the release, whose filter also counts every row's outcome.
 * Row accounting: `rowsIn` (parsed rows + malformed CSV lines) = `rowsOut` (records counted in
 * the written file) + `quarantined` + `excluded` (cohort rules), for every table.
 *
 * @module
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadDuckDb } from './_duckdb.js';
import { DeidError, type DeidIssue } from '../errors.js';
import { assertKey } from '../_lib/key.js';
import { createIdTable, formatNoteId, loadIdTable, MIMIC_ID_NAMESPACES, saveIdTable, type IdNamespace, type IdTable } from '../ids/index.js';
import { scrubMany } from '../text/batch/index.js';
import type { ScrubberOptions } from '../text/index.js';
import { VERSION } from '../version.js';
import type { ReleaseConfig, TableConfig } from './config.js';
import { ident, lit, loadRows, readRows } from './_duck.js';
import { buildPatients } from './_patients.js';
import { countCsvRecords, countCsvRecordsInWorker } from './_count.js';
import { readSourceSql, sourceColumns } from './_source.js';
import { definedNamespaces, DIALECTS, linkOrder, linkTableSql, names, outName, patientNamespace, planTable, type TablePlan } from './_sql.js';
import { scrubTableText, type ScrubFunction } from './_text.js';
import type { SqlExportState } from './generateSql.js';
import { MIMIC_REMOVED_SECTIONS } from '../text/removeSections.js';

export type { ScrubFunction } from './_text.js';

/** Options for {@link deidentifyTables}. */
export interface DeidentifyTablesOptions {
  /** A validated config (see `loadConfig`). */
  readonly config: ReleaseConfig;
  /** The secret key (≥ 16 bytes). */
  readonly key: string | Uint8Array;
  /** Release folder (created; must be empty or hold an earlier release). */
  readonly outDir: string;
  /** Secrets folder for look-up tables, offsets, quarantine and temp files (0700, outside the release). */
  readonly secretsDir: string;
  /** Scrubber worker threads (default: all cores). `0` scrubs in this thread. */
  readonly workers?: number;
  /** Scrubber options for the default scrubber. */
  readonly scrubber?: ScrubberOptions;
  /** Replaces the scrubber (tests, custom engines): must yield one outcome per note, in order. */
  readonly scrub?: ScrubFunction;
  /** DuckDB memory limit, e.g. `'1GB'` (default `'512MB'`: DuckDB spills to the secrets folder beyond it). */
  readonly memoryLimit?: string;
  /** Progress events (for progress bars). */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Marks the report as a demo run (fixed public key). */
  readonly demo?: boolean;
  /** Extra id namespaces (beyond MIMIC's subject_id, hadm_id, stay_id and the config's). */
  readonly namespaces?: readonly IdNamespace[];
  /**
   * True dates of death from record linkage (source patient key, or any merged alias → date),
   * e.g. `linksToDodMap(linkRecords(patients, deathRecords))`. They fill `dod` where the
   * patients table has none (a hospital-recorded death wins), before shifting and censoring.
   */
  readonly deathDates?: ReadonlyMap<string, string>;
  /** @internal called with the work database before it is closed (used by `generateSql`). */
  readonly sqlExport?: (state: SqlExportState) => Promise<void>;
}

/**
 * A progress event: `phase` of `table`, `done` of `total` units. Staging and scrubbing report
 * one table at a time (units: the table, or its text values); writing reports tables as units,
 * and `table` names those being written at that moment (two may be written at once).
 */
export interface ProgressEvent {
  readonly phase: 'stage' | 'scrub' | 'write';
  readonly table: string;
  readonly done: number;
  readonly total: number;
}

/** Row accounting of one table: `rowsIn = rowsOut + quarantined + excluded`. */
export interface TableReport {
  readonly table: string;
  readonly source: string;
  readonly release: string;
  readonly rowsIn: number;
  readonly rowsOut: number;
  readonly quarantined: number;
  readonly excluded: number;
  readonly quarantinedByReason: Readonly<Record<string, number>>;
  readonly balanced: boolean;
}

/** `report.json`: what the run did. Holds counts and names, never data values. */
export interface ReleaseReport {
  readonly tool: 'ehr-deid';
  readonly version: string;
  readonly demo: boolean;
  readonly startedAt: string;
  readonly seconds: number;
  readonly accounting: string;
  readonly format: string;
  readonly tables: readonly TableReport[];
  readonly patients: { readonly included: number; readonly excluded: Readonly<Record<string, number>> };
  readonly ids: Readonly<Record<string, { readonly assignedThisRun: number; readonly total: number }>>;
  readonly notes: Readonly<Record<string, number>>;
  readonly phi: { readonly spans: number; readonly byType: Readonly<Record<string, number>>; readonly textValues: number; readonly textChars: number };
  readonly quarantine: { readonly rows: number; readonly byReason: Readonly<Record<string, number>>; readonly files: readonly string[] };
}

/** What {@link deidentifyTables} returns. */
export interface DeidentifyTablesResult {
  readonly report: ReleaseReport;
  /** Absolute paths of the released files (tables, manifests, report). */
  readonly files: readonly string[];
}

const ACCOUNTING = 'rowsIn (records in the source file, counted by ehr-deid apart from DuckDB) = rowsOut (rows DuckDB wrote) + quarantined (malformed, unknown patient, invalid date, unknown id, duplicate key, scrub failure) + excluded (cohort rules)';

function mkdirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

function inside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && r !== '..');
}

function prepareOut(outDir: string): void {
  if (existsSync(outDir)) {
    const entries = readdirSync(outDir);
    const ours = new Set(['hosp', 'icu', 'note', 'report.json']);
    const foreign = entries.filter((e) => !ours.has(e));
    if (foreign.length) throw new DeidError('IO_FAILED', `the output folder is not empty and does not hold an earlier release (${foreign.length} other entries)`, { location: { file: outDir } });
    for (const e of entries) rmSync(join(outDir, e), { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
}

function ext(format: string): string {
  return format === 'parquet' ? '.parquet' : format === 'csv.gz' ? '.csv.gz' : '.csv';
}

/** The kind of a DuckDB error (e.g. `Out of Memory Error`), never its message, which may quote data. */
function engineErrorKind(err: unknown): string {
  const m = /^([A-Z][A-Za-z]{1,30}(?: [A-Za-z]{1,30}){0,4} Error):/.exec(err instanceof Error ? err.message : '');
  return m ? (m[1] as string) : 'engine error';
}

/**
 * Records in a source file, counted apart from the run that reads it: CSV and CSV.gz by our own
 * RFC 4180 counter (so rows the engine's reader dropped or merged show up as an imbalance),
 * Parquet from its metadata. `started` is a count already under way (on a worker thread).
 */
async function countSource(conn: DuckDBConnection, path: string, started?: Promise<number>): Promise<number> {
  try {
    if (started) return await started; // counted on a worker thread while the look-ups were built
    if (path.endsWith('.parquet')) return await scalar(conn, `SELECT count(*) FROM read_parquet(${lit(path)})`);
    return await countCsvRecords(path);
  } catch {
    throw new DeidError('IO_FAILED', 'the source file could not be re-read to count its records', { location: { file: path } });
  }
}

function copyOptions(format: string): string {
  return format === 'parquet' ? '(FORMAT parquet)' : format === 'csv.gz' ? '(HEADER, COMPRESSION gzip)' : '(HEADER)';
}

async function scalar(conn: DuckDBConnection, sql: string): Promise<number> {
  const v = (await conn.runAndReadAll(sql)).getRowsJS()[0]?.[0];
  return Number(v ?? 0);
}

async function readList(conn: DuckDBConnection, file: string, columns: readonly string[], what: string): Promise<string[][]> {
  if (!existsSync(file)) throw new DeidError('IO_FAILED', `the ${what} file does not exist`, { location: { file } });
  const header = await sourceColumns(conn, file);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw new DeidError('CONFIG_INVALID', `the ${what} file lacks configured columns`, { location: { file }, issues: missing.map((c) => ({ path: `${what}.${c}`, message: 'no such column in the file' })) });
  const { from } = readSourceSql(file, header);
  const rows = (await conn.runAndReadAll(`SELECT ${columns.map(ident).join(', ')} FROM ${from}`)).getRowsJS();
  return rows.filter((r) => r.every((v) => v !== null && v !== undefined)).map((r) => r.map(String));
}

function readOffsets(path: string): Map<string, number> {
  const m = new Map<string, number>();
  if (!existsSync(path)) return m;
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    const cut = line.lastIndexOf(',');
    const k = JSON.parse(line.slice(0, cut)) as unknown;
    const d = Number(line.slice(cut + 1));
    if (typeof k !== 'string' || !Number.isInteger(d)) throw new DeidError('ID_TABLE_CORRUPT', 'the stored offsets file has a malformed line', { location: { file: path, line: i + 2 } });
    m.set(k, d);
  }
  return m;
}

function writePrivate(path: string, content: string): void {
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * Runs the release: stages every source table in DuckDB, computes ids, offsets, anchors and
 * cohort rules in TypeScript, loads them as look-up tables, scrubs text columns on all cores,
 * and writes the release with generated SQL. Rows that cannot be released safely are
 * quarantined (reason, file, row or line, column; never their values) in
 * `<secrets>/quarantine/`. Look-up tables are saved in the secrets folder and reloaded by later
 * runs, so earlier assignments are kept.
 *
 * @param options - config, key, folders, workers
 * @returns the report (also written to `<out>/report.json`) and the released files
 * @throws DeidError `KEY_MISSING`/`KEY_INVALID` (key), `COLUMN_UNMAPPED` (a source column without
 *   a rule, listing every one), `CONFIG_INVALID`, `IO_FAILED` (folders overlap or unreadable files),
 *   `CHECK_FAILED` (row accounting does not balance)
 * @example
 * ```ts
 * const config = loadConfig('examples/demo-config.json');
 * const { report } = await deidentifyTables({ config, key: process.env.EHR_DEID_KEY!, outDir: 'release', secretsDir: 'secrets' });
 * ```
 */
export async function deidentifyTables(options: DeidentifyTablesOptions): Promise<DeidentifyTablesResult> {
  const started = Date.now();
  const { config } = options;
  assertKey(options.key);
  const outDir = resolve(options.outDir);
  const secretsDir = resolve(options.secretsDir);
  if (inside(secretsDir, outDir) || inside(outDir, secretsDir)) throw new DeidError('IO_FAILED', 'the secrets folder and the release folder must not contain each other', { location: { file: secretsDir } });
  if (inside(outDir, config.input) || inside(config.input, outDir)) throw new DeidError('IO_FAILED', 'the release folder and the input folder must not contain each other', { location: { file: outDir } });
  mkdirPrivate(secretsDir);
  const work = join(secretsDir, `tmp-${process.pid}-${Date.now()}`);
  mkdirPrivate(work);
  // the quarantine describes this run only
  rmSync(join(secretsDir, 'quarantine'), { recursive: true, force: true });
  mkdirPrivate(join(secretsDir, 'quarantine'));
  const progress = options.onProgress ?? ((): void => undefined);
  const debug = process.env.EHR_DEID_DEBUG_TIMING ? (label: string): void => void process.stderr.write(`[timing] ${label} ${((Date.now() - started) / 1000).toFixed(2)} s\n`) : (): void => undefined;
  const { BOOLEAN, DuckDBInstance, DuckDBScalarFunction, INTEGER } = await loadDuckDb();
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: options.memoryLimit ?? '512MB', temp_directory: join(work, 'spill') });
  const conn = await instance.connect();
  const conn2 = await instance.connect();
  // Joins run in the order written (source first, small look-ups as the build side): DuckDB
  // cannot estimate the size of a CSV read without sniffing it and otherwise hashes the source.
  await conn.run(`SET disabled_optimizers = 'join_order,build_side_probe_side'`);
  let prepared = false;
  let stopEarlyCounts = (): void => undefined;
  try {
    const d = DIALECTS.duckdb;
    const tables = Object.entries(config.tables);

    // 1. headers: default deny, every problem at once
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
      for (const c of cols) if (!(c in t.columns)) issues.push({ path: `tables.${name}.columns.${c}`, message: 'source column has no rule (default deny): add keep, drop, id, shift, scrub, allowlist or noteId' });
      for (const c of Object.keys(t.columns)) if (!cols.includes(c)) issues.push({ path: `tables.${name}.columns.${c}`, message: 'configured column is not in the source file' });
      if (new Set(cols).size !== cols.length) issues.push({ path: `tables.${name}.file`, message: 'the source header repeats a column name' });
    }
    if (issues.length) {
      const unmapped = issues.some((i) => i.message.startsWith('source column has no rule'));
      throw new DeidError(unmapped ? 'COLUMN_UNMAPPED' : 'CONFIG_INVALID', `the sources do not match the config (${issues.length} problem(s))`, { issues });
    }

    // 2. stage the source tables (all columns text; malformed lines go to the rejects table);
    // large event tables that nothing links through are streamed from their file instead
    const streamed = streamedTables(config);
    // the independent record count of each streamed CSV starts now, on a worker thread: it runs
    // on an idle core while this thread computes the look-ups, and is ready when the table is
    // written (counting alongside DuckDB's write would slow the write)
    const earlyFiles = [...streamed].map((n) => join(config.input, (config.tables[n] as TableConfig).file)).filter((f) => !f.endsWith('.parquet'));
    const early = countCsvRecordsInWorker(earlyFiles);
    stopEarlyCounts = early.stop;
    const earlyCounts = new Map(earlyFiles.map((f, i) => [f, early.counts[i] as Promise<number>]));
    for (const [name, t] of tables) {
      if (streamed.has(name)) continue;
      const file = join(config.input, t.file);
      const { from, select } = readSourceSql(file, headers.get(name) as string[], `rej_${name}`);
      progress({ phase: 'stage', table: name, done: 0, total: 1 });
      try {
        await conn.run(`CREATE TABLE ${ident(names.src(name))} AS SELECT ${select} FROM ${from}`);
      } catch (cause) {
        throw new DeidError('CSV_MALFORMED', 'the source file could not be read', { location: { file }, cause });
      }
      progress({ phase: 'stage', table: name, done: 1, total: 1 });
    }

    debug('staged');
    // 3. links, then patients (merges, cohort, subject ids, offsets, anchors)
    const order = linkOrder(config);
    for (const name of order) if (config.tables[name]?.key && config.tables[name]?.patient !== 'none') await conn.run(linkTableSql(name, config, d));
    const key = options.key;
    const namespaces = mergeNamespaces([...config.namespaces, ...(options.namespaces ?? [])]);
    const idsPath = join(secretsDir, 'ids.json');
    const ids: IdTable = existsSync(idsPath) ? await loadIdTable(idsPath, { key, namespaces }) : createIdTable({ key, namespaces });
    const before: Record<string, number> = {};
    for (const ns of namespaces) before[ns.name] = ids.size(ns.name);
    const offsetsPath = join(secretsDir, 'offsets.csv');
    const pc = config.patients;
    const merges = pc.merges ? (await readList(conn, join(config.input, pc.merges.file), [pc.merges.from, pc.merges.to], 'merges')).map(([a, b]) => [a, b] as [string, string]) : [];
    const protectedKeys = pc.cohort?.protected ? (await readList(conn, join(config.input, pc.cohort.protected.file), [pc.cohort.protected.column], 'protected')).map(([a]) => a as string) : [];
    const patients = await buildPatients(conn, config, { workDir: work, key, ids, storedOffsets: readOffsets(offsetsPath), merges, protectedKeys, ...(options.deathDates ? { deathDates: options.deathDates } : {}) });

    debug('patients');
    // 4. quarantine look-ups, empty id and note look-ups so every plan binds
    const pns = patientNamespace(config);
    const usedNs = new Set<string>();
    for (const [, t] of tables) for (const r of Object.values(t.columns)) if (r.rule === 'id' && r.namespace !== pns) usedNs.add(r.namespace);
    for (const ns of usedNs) if (!namespaces.some((n) => n.name === ns)) throw new DeidError('CONFIG_INVALID', 'an id rule names an unknown namespace', { issues: [{ path: 'namespace', message: `unknown namespace (known: ${namespaces.map((n) => n.name).join(', ')})` }] });
    for (const [name] of tables) {
      const rows = name === pc.table ? patients.rowIssues.map((i) => [i.row, i.reason, i.column]) : [];
      await loadRows(conn, names.quarantine(name), [['row_num', 'BIGINT'], ['reason', 'VARCHAR'], ['column_name', 'VARCHAR']], rows);
    }
    for (const ns of usedNs) await loadRows(conn, names.ids(ns), [['source_key', 'VARCHAR'], ['id', 'BIGINT']], []);
    const noteTables = tables.filter(([, t]) => Object.values(t.columns).some((r) => r.rule === 'noteId'));
    for (const [name] of noteTables) await loadRows(conn, names.notes(name), [['source_key', 'VARCHAR'], ['note_id', 'VARCHAR']], []);

    // 5. ids. A namespace defined by a table's key (hadm_id by admissions, stay_id by ICU stays)
    // gets ids from that table's released rows, in dependency order; other references must hit
    // a known key (else ID_UNKNOWN). Other namespaces get ids from every released value.
    const plain = (name: string): TablePlan => planTable(name, { config, dialect: d, hasQuarantine: true, textColumns: [] });
    const defined = definedNamespaces(config);
    const assign = async (ns: string, values: Iterable<string>): Promise<void> => {
      for (const k of [...new Set(values)].sort()) ids.assign(ns, k);
      await loadRows(conn, names.ids(ns), [['source_key', 'VARCHAR'], ['id', 'BIGINT']], ids.entries(ns));
    };
    const waiting = new Map(defined);
    while (waiting.size) {
      const ready = [...waiting].find(([ns, table]) => [...referencedNamespaces(config, table)].every((r) => r === ns || !waiting.has(r)));
      if (!ready) throw new DeidError('CONFIG_INVALID', 'id namespaces defined by table keys depend on each other in a cycle', { issues: [...waiting].map(([ns, table]) => ({ path: `tables.${table}.key`, message: `defines ${ns}` })) });
      const [ns, table] = ready;
      const key = (config.tables[table] as TableConfig).key as string;
      const plan = plain(table);
      const vals = await readRows<{ v: string }>(conn, `SELECT DISTINCT CAST(s.${ident(key)} AS VARCHAR) AS v FROM ${plan.from} WHERE (${plan.reason}) IS NULL AND s.${ident(key)} IS NOT NULL`, work);
      await assign(ns, vals.map((r) => r.v));
      waiting.delete(ns);
    }
    const keysByNs = new Map<string, Set<string>>();
    for (const [name, t] of tables) {
      if (streamed.has(name)) continue;
      const plan = plain(name);
      const parentIds = t.patient !== 'none' && 'through' in t.patient ? inheritableMap(config, t.patient.table) : new Map<string, string>();
      const exprs: [string, string][] = [];
      for (const [c, r] of Object.entries(t.columns)) if (r.rule === 'id' && r.namespace !== pns && !defined.has(r.namespace)) exprs.push([r.namespace, `s.${ident(c)}`]);
      for (const inh of t.inherit ?? []) {
        const ns = parentIds.get(inh);
        if (inh !== 'subject_id' && ns !== undefined && ns !== pns && !defined.has(ns)) exprs.push([ns, `l.${ident(inh)}`]);
      }
      for (const [ns, e] of exprs) {
        const vals = await readRows<{ v: string }>(conn, `SELECT DISTINCT CAST(${e} AS VARCHAR) AS v FROM ${plan.from} WHERE (${plan.reason}) IS NULL AND ${e} IS NOT NULL`, work);
        const set = keysByNs.get(ns) ?? new Set<string>();
        for (const { v } of vals) set.add(v);
        keysByNs.set(ns, set);
      }
    }
    for (const [ns, set] of keysByNs) await assign(ns, set);

    debug('ids');
    // 6. note ids: <subject_id>-<DS|RR>-<seq>, seq per patient in time order, kept across runs
    const notesPath = join(secretsDir, 'note_ids.csv');
    const storedNotes = readNoteIds(notesPath);
    const noteCounts: Record<string, number> = {};
    for (const [name, t] of noteTables) {
      const [col, rule] = Object.entries(t.columns).find(([, r]) => r.rule === 'noteId') as [string, Extract<TableConfig['columns'][string], { rule: 'noteId' }>];
      const plan = plain(name);
      const orderExpr = rule.orderBy ? d.parseTs(`s.${ident(rule.orderBy)}`) : 'NULL';
      const rows = (await conn.runAndReadAll(`SELECT p.canonical_key, s.${ident(col)}, ${orderExpr} AS o, s.rowid FROM ${plan.from} WHERE (${plan.reason}) IS NULL ORDER BY 1, 3 NULLS LAST, 4`)).getRowsJS();
      const nextSeq = new Map<string, number>();
      for (const [noteId] of storedNotes.values()) {
        const m = /^(\d+)-(DS|RR)-(\d+)$/.exec(noteId);
        if (m) nextSeq.set(`${m[1]}-${m[2]}`, Math.max(nextSeq.get(`${m[1]}-${m[2]}`) ?? 0, Number(m[3])));
      }
      const lk: [string, string][] = [];
      for (const [canon, src] of rows) {
        const sk = `${name}:${String(src)}`;
        let nid = storedNotes.get(sk)?.[0];
        if (!nid) {
          const subject = patients.subjectIds.get(String(canon)) as number;
          const k = `${subject}-${rule.kind}`;
          const seq = (nextSeq.get(k) ?? 0) + 1;
          nextSeq.set(k, seq);
          nid = formatNoteId(subject, rule.kind, seq);
          storedNotes.set(sk, [nid]);
        }
        lk.push([String(src), nid]);
      }
      noteCounts[name] = lk.length;
      await loadRows(conn, names.notes(name), [['source_key', 'VARCHAR'], ['note_id', 'VARCHAR']], lk);
    }

    debug('notes');
    // 7. text columns through the scrubber, in row order, on all cores
    const scrubFn: ScrubFunction = options.scrub ?? ((notes) => scrubMany(notes, { workers: options.workers ?? Math.max(1, availableParallelism()), ...(options.scrubber ? { scrubber: options.scrubber } : {}) }));
    const phiByType: Record<string, number> = {};
    let textValues = 0;
    let textChars = 0;
    const files: string[] = [];
    prepareOut(outDir);
    prepared = true;
    const textCols = new Map<string, string[]>();
    for (const [name, t] of tables) {
      const cols = Object.entries(t.columns).filter(([, r]) => r.rule === 'scrub').map(([c]) => c);
      if (!cols.length) continue;
      textCols.set(name, cols);
      const manifestCol = Object.entries(t.columns).find(([, r]) => r.rule === 'scrub' && r.manifest)?.[0];
      let manifest: { column: string; path: string } | undefined;
      if (manifestCol) {
        mkdirSync(join(outDir, dirname(t.release)), { recursive: true });
        manifest = { column: manifestCol, path: join(outDir, `${t.release}_phi_manifest.csv`) };
        files.push(manifest.path);
      }
      const total = await scalar(conn, `SELECT count(*) FROM ${ident(names.src(name))}`);
      let done = 0;
      const sections = cols.map((c) => {
        const r = t.columns[c];
        const rs = r && r.rule === 'scrub' ? r.removeSections : undefined;
        return rs === 'mimic' ? MIMIC_REMOVED_SECTIONS : (rs ?? []);
      });
      const { outcome, failedRows } = await scrubTableText(conn, conn2, name, plain(name), cols, manifest, scrubFn, () => {
        if (++done % 50 === 0) progress({ phase: 'scrub', table: name, done, total });
      }, sections);
      progress({ phase: 'scrub', table: name, done: total, total });
      for (const [k, v] of Object.entries(outcome.spansByType)) phiByType[k] = (phiByType[k] ?? 0) + v;
      textValues += outcome.notes;
      textChars += outcome.chars;
      if (failedRows.length) {
        const app = await conn.createAppender(names.quarantine(name));
        for (const f of failedRows) {
          app.appendBigInt(BigInt(f.row));
          app.appendVarchar('SCRUB_FAILED');
          app.appendVarchar(f.column);
          app.endRow();
        }
        app.flushSync();
        app.closeSync();
      }
    }

    debug('text');
    // 9. write every table, quarantine, and check the accounting
    // Tables are written on two connections at once: the streamed event tables (most of the
    // rows, each one pass over its file) on one, and the staged tables on the other, after the
    // secrets are saved. The secrets are final now; their
    // fsync runs while the first large table is still young, not behind gigabytes of release data.
    // Both chains always run to the end (an error in one does not leave the other running on a
    // closing engine); the first error then fails the run, and no partial release is kept.
    interface Written { releasePath: string; report: TableReport; quarantineFile?: string }
    const qdir = join(secretsDir, 'quarantine');
    let tallyIndex = 0;
    const inFlight = new Set<string>();
    let tablesWritten = 0;
    const writeProgress = (): void => progress({ phase: 'write', table: [...inFlight].join(', '), done: tablesWritten, total: tables.length });
    const writeTable = async (name: string, t: TableConfig, wc: DuckDBConnection): Promise<Written> => {
      inFlight.add(name);
      writeProgress();
      const file = join(config.input, t.file);
      const releasePath = join(outDir, t.release + ext(config.output.format));
      mkdirSync(dirname(releasePath), { recursive: true });
      const fmt = config.output.format;
      const readRejects = async (): Promise<[number, string | null, string | null][]> => {
        try {
          return (await wc.runAndReadAll(`SELECT line, min(column_name), min(CAST(error_type AS VARCHAR)) FROM ${ident(`rej_${name}`)} GROUP BY line ORDER BY line`)).getRowsJS().map((r) => [Number(r[0]), r[1] === null ? null : String(r[1]), r[2] === null ? null : String(r[2])]);
        } catch {
          return []; // no rejects table: nothing was rejected
        }
      };
      let rejected: [number, string | null, string | null][];
      let rowsIn: number;
      let rowsOut: number;
      let excluded: number;
      let balanced: boolean;
      let detailSql: string | undefined; // SELECT reason, "row", "column" of quarantined rows
      let balancedDetail = true;
      const byReason: Record<string, number> = {};
      if (streamed.has(name)) {
        // Streamed straight from the file, in one pass. The release filter is
        // `code = 0 OR tally(code)`: rows that pass (code 0) are counted by the writer (COPY
        // returns the rows it wrote), and every other row reaches the tally function, which counts
        // it under its outcome (excluded, each quarantine reason) and drops it. Released rows
        // never cross into JavaScript, so the filter costs almost nothing when most rows pass.
        // Meanwhile the main thread counts the source file's records on its own (RFC 4180), so
        // rows in is not the engine's word: in = out + quarantined + excluded is a real check.
        // The file is read strictly (a malformed line is an error) and only on error re-read with
        // DuckDB's rejects table, which is slower. A second pass runs only when rows were
        // quarantined, to record their row numbers.
        const cols = headers.get(name) as string[];
        const plans = (rejects: boolean): { plan: TablePlan; select: string; from: string } => {
          const { from, select } = readSourceSql(file, cols, rejects ? `rej_${name}` : undefined, 2 * 1024 * 1024);
          return { plan: planTable(name, { config, dialect: d, hasQuarantine: false, textColumns: [], source: select === '*' ? from : `(SELECT ${select} FROM ${from})` }), select, from };
        };
        let current = plans(false);
        const conditions = current.plan.conditions;
        const counts = new Float64Array(conditions.length + 2);
        const tally = `ehr_tally_${tallyIndex++}`;
        wc.registerScalarFunction(
          DuckDBScalarFunction.create({
            name: tally,
            returnType: BOOLEAN,
            parameterTypes: [INTEGER],
            volatile: true,
            mainFunction: (_info, input, output) => {
              const v = input.getColumnVector(0);
              const n = input.rowCount; // a native call: read once per chunk
              for (let i = 0; i < n; i++) {
                const code = v.getItem(i);
                // code 0 reaches here only when DuckDB tries this side of the OR first; the
                // other side then keeps the row and the writer counts it
                if (code !== 0) {
                  const k = typeof code === 'number' && code > 0 && code <= conditions.length ? code : conditions.length + 1;
                  counts[k] = (counts[k] as number) + 1;
                }
                output.setItem(i, false);
              }
              output.flush();
            },
          }),
        );
        const write = async (): Promise<number> => {
          counts.fill(0);
          const code = conditions.length ? `(CASE ${conditions.map((c, i) => `WHEN ${c.when} THEN ${i + 1}`).join(' ')} ELSE 0 END)` : '0';
          const r = await wc.runAndReadAll(`COPY (SELECT ${current.plan.select.join(', ')} FROM ${current.plan.from} WHERE ${code} = 0 OR ${tally}(${code})) TO ${lit(releasePath)} ${copyOptions(fmt)}`);
          return Number(r.getRowsJS()[0]?.[0] ?? -1);
        };
        try {
          rowsOut = await write();
        } catch (first) {
          // never surface the engine's message (it may quote the offending line), only its kind
          if (engineErrorKind(first) !== 'Invalid Input Error' && engineErrorKind(first) !== 'Conversion Error') {
            throw new DeidError('IO_FAILED', `the table could not be written (${engineErrorKind(first)})`, { location: { file } });
          }
          current = plans(true);
          try {
            rowsOut = await write();
          } catch (second) {
            throw new DeidError('CSV_MALFORMED', `the source file could not be read (${engineErrorKind(second)})`, { location: { file } });
          }
        }
        debug(`${name}: written`);
        const records = await countSource(wc, file, earlyCounts.get(file));
        excluded = 0;
        for (const [i, c] of conditions.entries()) {
          const n = counts[i + 1] as number;
          if (!n) continue;
          if (c.reasonName === 'EXCLUDED') excluded += n;
          else byReason[c.reasonName ?? 'OTHER'] = (byReason[c.reasonName ?? 'OTHER'] ?? 0) + n;
        }
        if (counts[conditions.length + 1]) byReason.OTHER = (byReason.OTHER ?? 0) + (counts[conditions.length + 1] as number);
        rejected = await readRejects();
        if (Object.keys(byReason).length) {
          // row numbers are taken on the raw scan, before any join can reorder rows
          const numbered = planTable(name, { config, dialect: d, hasQuarantine: false, textColumns: [], source: `(SELECT row_number() OVER () AS "__row", ${current.select} FROM ${current.from})` });
          await wc.run(`CREATE OR REPLACE TABLE ${ident(`qd_${name}`)} AS SELECT * FROM (SELECT s."__row" AS "row", (${numbered.reason}) AS reason, (${numbered.column}) AS "column" FROM ${numbered.from}) WHERE reason IS NOT NULL AND reason <> 'EXCLUDED'`);
          detailSql = `SELECT reason, "row", "column" FROM ${ident(`qd_${name}`)}`;
          const detailed = await scalar(wc, `SELECT count(*) FROM ${ident(`qd_${name}`)}`);
          if (detailed !== Object.values(byReason).reduce((a, b) => a + b, 0)) balancedDetail = false;
        }
        if (rejected.length) byReason.CSV_MALFORMED = rejected.length;
        rowsIn = records;
        balanced = rowsOut >= 0 && balancedDetail;
      } else {
        const plan = planTable(name, { config, dialect: d, hasQuarantine: true, textColumns: textCols.get(name) ?? [] });
        const parsed = await scalar(wc, `SELECT count(*) FROM ${ident(names.src(name))}`);
        rejected = await readRejects();
        for (const [reason, n] of (await wc.runAndReadAll(`SELECT ${plan.reason} AS r, count(*) FROM ${plan.from} GROUP BY 1`)).getRowsJS()) {
          byReason[reason === null ? 'RELEASED' : String(reason)] = Number(n);
        }
        if (rejected.length) byReason.CSV_MALFORMED = (byReason.CSV_MALFORMED ?? 0) + rejected.length;
        excluded = byReason.EXCLUDED ?? 0;
        const released = byReason.RELEASED ?? 0;
        delete byReason.EXCLUDED;
        delete byReason.RELEASED;
        rowsOut = Number((await wc.runAndReadAll(`COPY (${plan.releaseSql}) TO ${lit(releasePath)} ${copyOptions(fmt)}`)).getRowsJS()[0]?.[0] ?? -1);
        rowsIn = await countSource(wc, file);
        balanced = rowsOut === released && rowsIn === parsed + rejected.length;
        detailSql = `SELECT ${plan.reason} AS reason, CAST(s.rowid + 1 AS BIGINT) AS "row", ${plan.column} AS "column" FROM ${plan.from}`;
      }
      const quarantined = Object.values(byReason).reduce((a, b) => a + b, 0);
      balanced &&= rowsIn === rowsOut + quarantined + excluded;
      const written: Written = { releasePath, report: { table: name, source: t.file, release: relative(outDir, releasePath).split(sep).join('/'), rowsIn, rowsOut, quarantined, excluded, quarantinedByReason: byReason, balanced } };
      if (quarantined) {
        const qfile = join(qdir, `${name}.csv`);
        const rej = rejected.map(([line, c, e]) => `SELECT 'CSV_MALFORMED' AS reason, CAST(NULL AS BIGINT) AS "row", CAST(${line} AS BIGINT) AS line, ${c === null ? 'CAST(NULL AS VARCHAR)' : lit(c)} AS "column", ${e === null ? 'CAST(NULL AS VARCHAR)' : lit(e)} AS detail`);
        const rows = detailSql ? [`SELECT reason, CAST("row" AS BIGINT) AS "row", CAST(NULL AS BIGINT) AS line, "column", CAST(NULL AS VARCHAR) AS detail FROM (${detailSql})`] : [];
        const sql = `COPY (SELECT ${lit(name)} AS "table", ${lit(basename(file))} AS file, reason, "row", line, "column", detail FROM (${[...rej, ...rows].join(' UNION ALL ')}) WHERE reason IS NOT NULL AND reason <> 'EXCLUDED' ORDER BY line NULLS LAST, "row") TO ${lit(qfile)} (HEADER)`;
        await wc.run(sql);
        chmodSync(qfile, 0o600);
        written.quarantineFile = qfile;
      }
      inFlight.delete(name);
      tablesWritten++;
      writeProgress();
      return written;
    };
    const saveSecrets = async (): Promise<void> => {
      // 8. secrets: ids, offsets, note ids (0600)
      await saveIdTable(ids, idsPath, 'json');
      chmodSync(idsPath, 0o600);
      const stored = readOffsets(offsetsPath);
      for (const [k, v] of patients.offsets) stored.set(k, v);
      writePrivate(offsetsPath, 'patient_key,offset_days\n' + [...stored].map(([k, v]) => `${JSON.stringify(k)},${v}`).join('\n') + '\n');
      writePrivate(notesPath, 'source_key,note_id\n' + [...storedNotes].map(([k, [v]]) => `${JSON.stringify(k)},${v}`).join('\n') + '\n');
    };
    const conn3 = await instance.connect();
    const done = new Map<string, Written>();
    const writeAll = async (c: DuckDBConnection, list: [string, TableConfig][]): Promise<void> => {
      for (const [name, t] of list) done.set(name, await writeTable(name, t, c));
    };
    let settled: PromiseSettledResult<void>[];
    try {
      settled = await Promise.allSettled([
        writeAll(conn, tables.filter(([n]) => streamed.has(n))),
        saveSecrets().then(() => writeAll(conn3, tables.filter(([n]) => !streamed.has(n)))),
      ]);
    } finally {
      conn3.closeSync();
    }
    for (const r of settled) if (r.status === 'rejected') throw r.reason;
    // the report lists tables in config order, whichever finished first
    const reports: TableReport[] = [];
    const quarantineByReason: Record<string, number> = {};
    const quarantineFiles: string[] = [];
    let quarantineRows = 0;
    for (const [name] of tables) {
      const w = done.get(name) as Written;
      files.push(w.releasePath);
      reports.push(w.report);
      for (const [r, n] of Object.entries(w.report.quarantinedByReason)) quarantineByReason[r] = (quarantineByReason[r] ?? 0) + n;
      quarantineRows += w.report.quarantined;
      if (w.quarantineFile) quarantineFiles.push(w.quarantineFile);
    }
    debug('written');
    // 10. the report
    const idReport: Record<string, { assignedThisRun: number; total: number }> = {};
    for (const ns of namespaces) {
      const total = ids.size(ns.name);
      if (total) idReport[ns.name] = { assignedThisRun: total - (before[ns.name] ?? 0), total };
    }
    const report: ReleaseReport = {
      tool: 'ehr-deid',
      version: VERSION,
      demo: Boolean(options.demo),
      startedAt: new Date(started).toISOString(),
      seconds: (Date.now() - started) / 1000,
      accounting: ACCOUNTING,
      format: config.output.format,
      tables: reports,
      patients: { included: patients.included, excluded: patients.excluded },
      ids: idReport,
      notes: noteCounts,
      phi: { spans: Object.values(phiByType).reduce((a, b) => a + b, 0), byType: phiByType, textValues, textChars },
      quarantine: { rows: quarantineRows, byReason: quarantineByReason, files: quarantineFiles.map((f) => relative(secretsDir, f).split(sep).join('/')) },
    };
    const reportPath = join(outDir, 'report.json');
    writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
    files.push(reportPath);
    if (options.sqlExport) await options.sqlExport({ conn, config, headers, textColumns: textCols });
    const unbalanced = reports.filter((r) => !r.balanced);
    if (unbalanced.length) {
      throw new DeidError('CHECK_FAILED', `row accounting does not balance for ${unbalanced.length} table(s)`, { issues: unbalanced.map((r) => ({ path: `tables.${r.table}`, message: `in ${r.rowsIn} ≠ out ${r.rowsOut} + quarantined ${r.quarantined} + excluded ${r.excluded}` })) });
    }
    return { report, files };
  } catch (err) {
    // fail closed: no partial release is left behind (report.json, when written, says why)
    if (prepared) for (const sub of ['hosp', 'icu', 'note']) rmSync(join(outDir, sub), { recursive: true, force: true });
    throw err;
  } finally {
    stopEarlyCounts();
    conn.closeSync();
    conn2.closeSync();
    instance.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Namespaces a table refers to (its id columns and inherited ids), patients excluded. */
function referencedNamespaces(config: ReleaseConfig, table: string): Set<string> {
  const t = config.tables[table] as TableConfig;
  const pns = patientNamespace(config);
  const out = new Set<string>();
  for (const r of Object.values(t.columns)) if (r.rule === 'id' && r.namespace !== pns) out.add(r.namespace);
  if (t.patient !== 'none' && 'through' in t.patient) {
    const parent = inheritableMap(config, t.patient.table);
    for (const inh of t.inherit ?? []) {
      const ns = parent.get(inh);
      if (ns !== undefined && ns !== pns) out.add(ns);
    }
  }
  return out;
}

/**
 * Tables read straight from their file in one pass (never staged): no text or note-id columns,
 * not the patients or admissions table, nothing links through them, they define no namespace,
 * and every id they carry is a patient id or a namespace defined by another table's key.
 */
function streamedTables(config: ReleaseConfig): Set<string> {
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

function mergeNamespaces(extra: readonly IdNamespace[] | undefined): IdNamespace[] {
  const out = [...MIMIC_ID_NAMESPACES];
  for (const ns of extra ?? []) if (!out.some((n) => n.name === ns.name)) out.push(ns);
  return out;
}

function inheritableMap(config: ReleaseConfig, table: string): Map<string, string> {
  const m = new Map<string, string>();
  const t = config.tables[table];
  if (!t) return m;
  if (t.patient !== 'none' && 'through' in t.patient) for (const [k, v] of inheritableMap(config, t.patient.table)) if ((t.inherit ?? []).includes(k)) m.set(k, v);
  for (const [c, r] of Object.entries(t.columns)) if (r.rule === 'id') m.set(outName(c, r), r.namespace);
  return m;
}

function readNoteIds(path: string): Map<string, [string]> {
  const m = new Map<string, [string]>();
  if (!existsSync(path)) return m;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const cut = line.lastIndexOf(',');
    m.set(JSON.parse(line.slice(0, cut)) as string, [line.slice(cut + 1)]);
  }
  return m;
}

/** @internal size of a file or 0. */
export function _fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
