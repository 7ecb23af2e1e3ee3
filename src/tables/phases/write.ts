/**
 * Phase 4, write: every table of the release into the draft, each with its row outcomes
 * counted (released, excluded, quarantined by reason) and its quarantine file (reason, file,
 * row or line, column; never values) in the secrets folder.
 *
 * Tables are written on two connections at once: the streamed event tables (most of the rows,
 * each one pass over its file) on one, and the staged tables on the other, after `beforeStaged`
 * (the look-ups are saved there, so their fsync runs while the first large table is still
 * young, not behind gigabytes of release data). Both chains always run to the end (an error in
 * one does not leave the other running on a closing engine); the first error then fails the run.
 *
 * @internal
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../../errors.js';
import { engineErrorKind, engineFailure } from '../_engineErrors.js';
import { countCsvRecords } from '../../_lib/countCsvRecords.js';
import type { TableConfig } from '../config.js';
import { loadDuckDb } from '../_duckdb.js';
import { ident, lit } from '../_duck.js';
import { readSourceSql } from '../_source.js';
import { DIALECTS, names, planTable, type TablePlan } from '../_sql.js';
import type { Applied, Staged, Workspace, WrittenTable } from './types.js';

const d = DIALECTS.duckdb;

/** File extension of a release format. */
function ext(format: string): string {
  return format === 'parquet' ? '.parquet' : format === 'csv.gz' ? '.csv.gz' : '.csv';
}

function copyOptions(format: string): string {
  return format === 'parquet' ? '(FORMAT parquet)' : format === 'csv.gz' ? '(HEADER, COMPRESSION gzip)' : '(HEADER)';
}

async function scalar(conn: DuckDBConnection, sql: string): Promise<number> {
  const v = (await conn.runAndReadAll(sql)).getRowsJS()[0]?.[0];
  return Number(v ?? 0);
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

/**
 * Writes every table into the draft.
 *
 * @param ws - the workspace (look-ups and text applied)
 * @param staged - from `stageSources`
 * @param applied - from `applyText`
 * @param draftDir - the release draft
 * @param beforeStaged - runs first on the staged tables' chain (saving the look-ups)
 * @returns one written table per config table, in config order
 * @throws DeidError `CSV_MALFORMED` (a streamed file DuckDB cannot read), `IO_FAILED`
 */
export async function writeTables(ws: Workspace, staged: Staged, applied: Applied, draftDir: string, beforeStaged: () => Promise<void>): Promise<WrittenTable[]> {
  const { config } = ws;
  const { BOOLEAN, DuckDBScalarFunction, INTEGER } = await loadDuckDb();
  const tables = Object.entries(config.tables);
  const inFlight = new Set<string>();
  let tablesWritten = 0;
  const writeProgress = (): void => ws.progress({ phase: 'write', table: [...inFlight].join(', '), done: tablesWritten, total: tables.length });
  let tallyIndex = 0;
  const writeTable = async (name: string, t: TableConfig, wc: DuckDBConnection): Promise<WrittenTable> => {
    inFlight.add(name);
    writeProgress();
    const file = join(config.input, t.file);
    const release = t.release + ext(config.output.format);
    const releasePath = join(draftDir, release);
    mkdirSync(dirname(releasePath), { recursive: true });
    const fmt = config.output.format;
    const readRejects = async (): Promise<[number, string | null, string | null][]> => {
      try {
        // a staged table's rejects were copied at staging (DuckDB's own table is temporary, on the staging connection)
        const rejects = staged.streamed.has(name) ? `rej_${name}` : `rejected_${name}`;
        return (await wc.runAndReadAll(`SELECT line, min(column_name), min(CAST(error_type AS VARCHAR)) FROM ${ident(rejects)} GROUP BY line ORDER BY line`)).getRowsJS().map((r) => [Number(r[0]), r[1] === null ? null : String(r[1]), r[2] === null ? null : String(r[2])]);
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
    if (staged.streamed.has(name)) {
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
      const cols = staged.headers.get(name) as string[];
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
          throw engineFailure(first, file, 'the table');
        }
        current = plans(true);
        try {
          rowsOut = await write();
        } catch (second) {
          throw new DeidError('CSV_MALFORMED', `the source file could not be read (${engineErrorKind(second)})`, { location: { file } });
        }
      }
      ws.debug(`${name}: written`);
      const records = await countSource(wc, file, staged.earlyCounts.get(file));
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
      const plan = planTable(name, { config, dialect: d, hasQuarantine: true, textColumns: applied.textColumns.get(name) ?? [] });
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
    const written: { report: WrittenTable['report']; quarantineFile?: string } = { report: { table: name, source: t.file, release, rowsIn, rowsOut, quarantined, excluded, quarantinedByReason: byReason, balanced } };
    if (quarantined) {
      const qfile = join(ws.quarantineDir, `${name}.csv`);
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

  const conn3 = await ws.instance.connect();
  const done = new Map<string, WrittenTable>();
  const writeAll = async (c: DuckDBConnection, list: [string, TableConfig][]): Promise<void> => {
    for (const [name, t] of list) done.set(name, await writeTable(name, t, c));
  };
  let settled: PromiseSettledResult<void>[];
  try {
    settled = await Promise.allSettled([
      writeAll(ws.conn, tables.filter(([n]) => staged.streamed.has(n))),
      beforeStaged().then(() => writeAll(conn3, tables.filter(([n]) => !staged.streamed.has(n)))),
    ]);
  } finally {
    conn3.closeSync();
  }
  for (const r of settled) if (r.status === 'rejected') throw r.reason;
  ws.debug('written');
  // config order, whichever finished first
  return tables.map(([name]) => done.get(name) as WrittenTable);
}
