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
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../../errors.js';
import { engineErrorKind, engineFailure } from '../_engineErrors.js';
import type { TableConfig } from '../config.js';
import { loadDuckDb } from '../_duckdb.js';
import { ident, lit } from '../_duck.js';
import { readSourceSql } from '../_source.js';
import { writeSanitizedCopy } from '../_sanitize.js';
import { awaitScan, readRejects } from './stage.js';
import { DIALECTS, names, planTable, type TablePlan } from '../_sql.js';
import type { Applied, RejectedLine, Staged, StagedSource, Workspace, WrittenTable } from './types.js';

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

/** The source columns a table's row checks read (ids, links, shifted times, note keys). */
function conditionColumns(t: TableConfig): string[] {
  const out = new Set<string>();
  if (t.key) out.add(t.key);
  if (t.patient !== 'none') out.add('column' in t.patient ? t.patient.column : t.patient.through);
  for (const [c, r] of Object.entries(t.columns)) if (r.rule === 'id' || r.rule === 'shift' || r.rule === 'noteId') out.add(c);
  return [...out];
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
    const source = staged.sources.get(name) as StagedSource;
    let rejected: readonly RejectedLine[];
    let rowsIn: number;
    let rowsOut = -1;
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
      // Meanwhile a worker thread scans the source file's records on its own (RFC 4180), so
      // rows in is not the engine's word: in = out + quarantined + excluded is a real check.
      // The file is read strictly (a malformed line is an error) and only on error re-read with
      // DuckDB's rejects table, which is slower. A second pass runs only when rows were
      // quarantined, to record their row numbers (numbering the first pass, which sorts, would
      // double its cost).
      const cols = staged.headers.get(name) as string[];
      const plans = (rejects: boolean, read = file): { plan: TablePlan; select: string; from: string } => {
        const { from, select } = readSourceSql(read, cols, rejects ? `rej_${name}` : undefined, 2 * 1024 * 1024);
        return { plan: planTable(name, { config, dialect: d, hasQuarantine: false, textColumns: [], source: select === '*' ? from : `(SELECT ${select} FROM ${from})` }), select, from };
      };
      let current = plans(false);
      const conditions = current.plan.conditions;
      const codeOf = `(CASE ${conditions.map((c, i) => `WHEN ${c.when} THEN ${i + 1}`).join(' ')} ELSE 0 END)`;
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
        const code = conditions.length ? codeOf : '0';
        // sorted by the released keys: the order carries nothing from the source's
        const r = await wc.runAndReadAll(`COPY (SELECT ${current.plan.select.join(', ')} FROM ${current.plan.from} WHERE ${code} = 0 OR ${tally}(${code}) ORDER BY ${current.plan.orderBy}) TO ${lit(releasePath)} ${copyOptions(fmt)}`);
        return Number(r.getRowsJS()[0]?.[0] ?? -1);
      };
      let strictFailed = false;
      try {
        rowsOut = await write();
      } catch (first) {
        // never surface the engine's message (it may quote the offending line), only its kind
        if (engineErrorKind(first) !== 'Invalid Input Error' && engineErrorKind(first) !== 'Conversion Error') {
          throw engineFailure(first, file, 'the table');
        }
        strictFailed = true;
      }
      const scan = await awaitScan(source.scan, file);
      const copy = scan.malformed.length ? join(ws.workDir, `source-${name}.csv`) : undefined;
      try {
        if (copy || strictFailed) {
          // read again with DuckDB's rejects table: from a private copy in which the lines a
          // stray quote would merge are rejected alone, or from the file itself
          if (copy) await writeSanitizedCopy(file, scan, copy);
          current = plans(true, copy);
          try {
            rowsOut = await write();
          } catch (second) {
            throw new DeidError('CSV_MALFORMED', `the source file could not be read (${engineErrorKind(second)})`, { location: { file } });
          }
        }
        ws.debug(`${name}: written`);
        rejected = await readRejects(wc, `rej_${name}`, scan);
        excluded = 0;
        for (const [i, c] of conditions.entries()) {
          const n = counts[i + 1] as number;
          if (!n) continue;
          if (c.reasonName === 'EXCLUDED') excluded += n;
          else byReason[c.reasonName ?? 'OTHER'] = (byReason[c.reasonName ?? 'OTHER'] ?? 0) + n;
        }
        if (counts[conditions.length + 1]) byReason.OTHER = (byReason.OTHER ?? 0) + (counts[conditions.length + 1] as number);
        const quarantinedHere = conditions.reduce((a, c, i) => a + (c.reasonName === 'EXCLUDED' ? 0 : (counts[i + 1] as number)), 0) + (counts[conditions.length + 1] as number);
        if (quarantinedHere) {
          // Row numbers of the quarantined rows, on the raw scan before any join can reorder rows.
          // Numbering materialises the scan: only the columns the checks read are kept, and
          // only each row's condition number is computed.
          const used = conditionColumns(t).filter((c) => cols.includes(c));
          const numbered = planTable(name, { config, dialect: d, hasQuarantine: false, textColumns: [], source: `(SELECT "__row", ${current.select === '*' ? used.map(ident).join(', ') : current.select} FROM ${current.from} WITH ORDINALITY AS r(${[...cols, '__row'].map(ident).join(', ')}))` });
          const codes = numbered.conditions.map((c, i) => `(${i + 1}, ${lit(c.reasonName ?? 'OTHER')}, ${c.column === null ? 'NULL' : lit(c.column)})`).join(', ');
          const excludedCodes = numbered.conditions.flatMap((c, i) => (c.reasonName === 'EXCLUDED' ? [i + 1] : []));
          await wc.run(
            `CREATE OR REPLACE TABLE ${ident(`qd_${name}`)} AS SELECT q."row", c.reason, c."column" FROM (SELECT s."__row" AS "row", ${`(CASE ${numbered.conditions.map((c, i) => `WHEN ${c.when} THEN ${i + 1}`).join(' ')} ELSE 0 END)`} AS code FROM ${numbered.from}) AS q JOIN (VALUES ${codes}) AS c(code, reason, "column") ON c.code = q.code WHERE q.code <> 0${excludedCodes.length ? ` AND q.code NOT IN (${excludedCodes.join(', ')})` : ''}`,
          );
          detailSql = `SELECT reason, "row", "column" FROM ${ident(`qd_${name}`)}`;
          ws.debug(`${name}: quarantine detail`);
          if ((await scalar(wc, `SELECT count(*) FROM ${ident(`qd_${name}`)}`)) !== quarantinedHere) balancedDetail = false;
        }
      } finally {
        if (copy) rmSync(copy, { force: true });
      }
      if (rejected.length) byReason.CSV_MALFORMED = rejected.length;
      rowsIn = scan.records;
      balanced = rowsOut >= 0 && balancedDetail;
    } else {
      const plan = planTable(name, { config, dialect: d, hasQuarantine: true, textColumns: applied.textColumns.get(name) ?? [] });
      const parsed = await scalar(wc, `SELECT count(*) FROM ${ident(names.src(name))}`);
      rejected = source.rejects ?? [];
      for (const [reason, n] of (await wc.runAndReadAll(`SELECT ${plan.reason} AS r, count(*) FROM ${plan.from} GROUP BY 1`)).getRowsJS()) {
        byReason[reason === null ? 'RELEASED' : String(reason)] = Number(n);
      }
      if (rejected.length) byReason.CSV_MALFORMED = (byReason.CSV_MALFORMED ?? 0) + rejected.length;
      excluded = byReason.EXCLUDED ?? 0;
      const released = byReason.RELEASED ?? 0;
      delete byReason.EXCLUDED;
      delete byReason.RELEASED;
      rowsOut = Number((await wc.runAndReadAll(`COPY (${plan.releaseSql}) TO ${lit(releasePath)} ${copyOptions(fmt)}`)).getRowsJS()[0]?.[0] ?? -1);
      rowsIn = (await awaitScan(source.scan, file)).records;
      balanced = rowsOut === released && rowsIn === parsed + rejected.length;
      detailSql = `SELECT ${plan.reason} AS reason, CAST(s.rowid + 1 AS BIGINT) AS "row", ${plan.column} AS "column" FROM ${plan.from}`;
    }
    const quarantined = Object.values(byReason).reduce((a, b) => a + b, 0);
    balanced &&= rowsIn === rowsOut + quarantined + excluded;
    const written: { report: WrittenTable['report']; quarantineFile?: string; topQuarantine?: WrittenTable['topQuarantine'] } = { report: { table: name, source: t.file, release, rowsIn, rowsOut, quarantined, excluded, quarantinedByReason: byReason, balanced } };
    if (quarantined) {
      const qfile = join(ws.quarantineDir, `${name}.csv`);
      const rej = rejected.map(({ line, column: c, kind: e }) => `SELECT 'CSV_MALFORMED' AS reason, CAST(NULL AS BIGINT) AS "row", CAST(${line} AS BIGINT) AS line, ${c === null ? 'CAST(NULL AS VARCHAR)' : lit(c)} AS "column", ${e === null ? 'CAST(NULL AS VARCHAR)' : lit(e)} AS detail`);
      const rows = detailSql ? [`SELECT reason, CAST("row" AS BIGINT) AS "row", CAST(NULL AS BIGINT) AS line, "column", CAST(NULL AS VARCHAR) AS detail FROM (${detailSql})`] : [];
      const sql = `COPY (SELECT ${lit(name)} AS "table", ${lit(basename(file))} AS file, reason, "row", line, "column", detail FROM (${[...rej, ...rows].join(' UNION ALL ')}) WHERE reason IS NOT NULL AND reason <> 'EXCLUDED' ORDER BY line NULLS LAST, "row") TO ${lit(qfile)} (HEADER)`;
      await wc.run(sql);
      ws.debug(`${name}: quarantine file`);
      chmodSync(qfile, 0o600);
      written.quarantineFile = qfile;
      // what most of the quarantine is (reason and column), for the verdict's message
      written.topQuarantine = (await wc.runAndReadAll(`SELECT reason, "column", count(*) FROM read_csv(${lit(qfile)}, header=true, all_varchar=true) GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 3`)).getRowsJS().map((r) => ({ reason: String(r[0]), column: r[1] === null ? null : String(r[1]), rows: Number(r[2]) }));
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
