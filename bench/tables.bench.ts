/**
 * Tables benchmark (issue 5).
 *
 * Structured path: a generated chart-events table (default 5,000,000 rows; cached under
 * bench/out/tables-<rows>/), released through `deidentifyTables` (id mapping + date shifting),
 * against, in the same run:
 *   - a hand-written DuckDB query doing the same join and shift, its rows sorted by the released
 *     keys as the release is (the floor we aim at: ratio ≥ 0.8); the same query unsorted is shown
 *     too, to see what the sort costs
 *   - a papaparse read → unparse pass-through of the same file (ratio ≥ 1.5 expected)
 * and the peak RSS of the pipeline at 1× and 10× the size (each size in its own process).
 *
 * Text path: the demo notes replicated to ~BENCH_NOTES_MB MB, through the pipeline, against
 * the scrubber alone (`scrubMany`) on the same texts.
 *
 * Environment:
 *   BENCH_TABLES_ROWS   rows at 1× (default 5000000)
 *   BENCH_TABLES_RUNS   interleaved runs of the hand-written query and the pipeline; best of each (default 3)
 *   BENCH_TABLES_DENSE  events per patient of the second, denser run (default 5000; the first has 500)
 *   BENCH_TABLES_10X    0 to skip the 10× RSS run (default 1)
 *   BENCH_NOTES_MB      text path size in MB (default 5; 0 skips)
 *   BENCH_WORKERS       scrubber workers (default: all cores)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { pathToFileURL } from 'node:url';
import * as fromSource from '../src/index.js';
import { peakRssMb, report, row, time, timeCpu, type BenchRow } from './_lib.js';

const here = dirname(fileURLToPath(import.meta.url));
// Measure what users run: the built bundle when `npm run bench` has built it (its worker threads
// start from dist/scrub-worker.js, not through tsx), else the sources.
const distIndex = join(here, '..', 'dist', 'index.js');
const lib = existsSync(distIndex) ? ((await import(pathToFileURL(distIndex).href)) as typeof fromSource) : fromSource;
const { deidentifyTables, validateConfig, loadConfig, scrubMany } = lib;
const KEY = 'bench-key-0123456789abcdef-bench';
const ROWS = Number(process.env.BENCH_TABLES_ROWS ?? 5_000_000);
const TEN_X = (process.env.BENCH_TABLES_10X ?? '1') !== '0';
const NOTES_MB = Number(process.env.BENCH_NOTES_MB ?? 5);
const DENSE = Math.max(1, Number(process.env.BENCH_TABLES_DENSE ?? 5000));
const RUNS = Math.max(1, Number(process.env.BENCH_TABLES_RUNS ?? 3));
const WORKERS = process.env.BENCH_WORKERS ? Number(process.env.BENCH_WORKERS) : Math.max(1, availableParallelism());

/** Generates (once) the source extract for `rows` chart events, `perPatient` per patient, with DuckDB itself. */
async function generate(rows: number, perPatient = 500): Promise<string> {
  // v2: each event falls within its stay (before, events were spread over 9.5 years whatever
  // their stay, so some fell years before the patient's first admission, out of the release window)
  const dir = join(here, 'out', perPatient === 500 ? `tables-v2-${rows}` : `tables-v2-${rows}-${perPatient}`);
  const chart = join(dir, 'chart_events.csv');
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const patients = Math.max(100, Math.floor(rows / perPatient));
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
  await c.run(`COPY (SELECT printf('7%08d', i) AS mrn, printf('Name%d', i) AS last_name, strftime(DATE '1930-01-01' + to_days(CAST(hash(i) % 20000 AS INTEGER)), '%Y-%m-%d') AS birth_date, CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END AS sex FROM range(${patients}) t(i)) TO ${q(join(dir, 'patient_master.csv'))} (HEADER)`);
  await c.run(`COPY (SELECT printf('V%09d', i) AS encounter_id, printf('7%08d', i // 2) AS mrn, strftime(TIMESTAMP '2010-01-01' + to_days(CAST(hash(i) % 3000 AS INTEGER)) + to_minutes(CAST(hash(i + 7) % 1440 AS INTEGER)), '%Y-%m-%d %H:%M:%S') AS admit_dttm FROM range(${patients * 2}) t(i)) TO ${q(join(dir, 'encounters_a.csv'))} (HEADER)`);
  await c.run(`COPY (SELECT encounter_id, mrn, admit_dttm, strftime(CAST(admit_dttm AS TIMESTAMP) + to_days(5), '%Y-%m-%d %H:%M:%S') AS disch_dttm FROM read_csv(${q(join(dir, 'encounters_a.csv'))}, all_varchar=true)) TO ${q(join(dir, 'encounters.csv'))} (HEADER)`);
  rmSync(join(dir, 'encounters_a.csv'));
  await c.run(
    `COPY (SELECT printf('7%08d', (i % ${patients * 2}) // 2) AS mrn, printf('V%09d', i % ${patients * 2}) AS encounter_id, 220045 + (i % 7) AS item_code, ` +
      `strftime(TIMESTAMP '2010-01-01' + to_days(CAST(hash(i % ${patients * 2}) % 3000 AS INTEGER)) + to_minutes(CAST(hash(i % ${patients * 2} + 7) % 1440 AS INTEGER) + CAST(i // ${patients * 2} AS INTEGER) % 7000), '%Y-%m-%d %H:%M:%S') AS chart_dttm, ` +
      `strftime(TIMESTAMP '2010-01-01' + to_days(CAST(hash(i % ${patients * 2}) % 3000 AS INTEGER)) + to_minutes(CAST(hash(i % ${patients * 2} + 7) % 1440 AS INTEGER) + CAST(i // ${patients * 2} AS INTEGER) % 7000 + 7), '%Y-%m-%d %H:%M:%S') AS store_dttm, ` +
      `CAST(60 + i % 80 AS VARCHAR) AS value, CAST(60 + i % 80 AS VARCHAR) AS value_num, 'bpm' AS uom FROM range(${rows}) t(i)) TO ${q(chart)} (HEADER)`,
  );
  c.closeSync();
  db.closeSync();
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

function benchConfig(input: string): ReturnType<typeof validateConfig> {
  return validateConfig(
    {
      version: 1,
      input,
      patients: { table: 'patient_master', key: 'mrn', birthDate: 'birth_date', admissions: { table: 'encounters', admit: 'admit_dttm', discharge: 'disch_dttm' }, cohort: { minAge: 0 } },
      tables: {
        patient_master: { file: 'patient_master.csv', release: 'hosp/patients', patient: { column: 'mrn' }, columns: { mrn: { rule: 'id', namespace: 'subject_id', as: 'subject_id' }, last_name: { rule: 'drop' }, birth_date: { rule: 'drop' }, sex: { rule: 'keep', as: 'gender' } } },
        encounters: { file: 'encounters.csv', release: 'hosp/admissions', key: 'encounter_id', patient: { column: 'mrn' }, columns: { mrn: { rule: 'id', namespace: 'subject_id', as: 'subject_id' }, encounter_id: { rule: 'id', namespace: 'hadm_id', as: 'hadm_id' }, admit_dttm: { rule: 'shift', as: 'admittime' }, disch_dttm: { rule: 'shift', as: 'dischtime' } } },
        chart_events: {
          file: 'chart_events.csv',
          release: 'icu/chartevents',
          patient: { column: 'mrn' },
          columns: {
            mrn: { rule: 'id', namespace: 'subject_id', as: 'subject_id' },
            encounter_id: { rule: 'id', namespace: 'hadm_id', as: 'hadm_id' },
            chart_dttm: { rule: 'shift', as: 'charttime' },
            store_dttm: { rule: 'shift', as: 'storetime' },
            item_code: { rule: 'keep', as: 'itemid' },
            value: { rule: 'keep' },
            value_num: { rule: 'keep', as: 'valuenum' },
            uom: { rule: 'keep', as: 'valueuom' },
          },
        },
      },
    },
    input,
  );
}

/** The pipeline on one size; returns seconds and peak RSS. */
async function pipeline(dir: string, tag: string): Promise<{ seconds: number; cpu: number; rss: number; rowsOut: number }> {
  const out = join(here, 'out', `tables-release-${tag}`);
  const secrets = join(here, 'out', `tables-secrets-${tag}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(secrets, { recursive: true, force: true });
  let rowsOut = 0;
  const { seconds, cpu } = await timeCpu(async () => {
    const r = await deidentifyTables({ config: benchConfig(dir), key: KEY, outDir: out, secretsDir: secrets, workers: 0 });
    rowsOut = r.report.tables.find((t) => t.table === 'chart_events')?.rowsOut ?? 0;
  });
  const rss = peakRssMb();
  rmSync(out, { recursive: true, force: true });
  rmSync(secrets, { recursive: true, force: true });
  return { seconds, cpu, rss, rowsOut };
}

/** The same join and shift, written by hand in DuckDB (look-ups prepared outside the timing), sorted as the release is unless `sorted` is false. */
async function handWritten(dir: string, sorted = true): Promise<{ seconds: number; cpu: number }> {
  const db = await DuckDBInstance.create(':memory:', { memory_limit: '512MB' });
  const c = await db.connect();
  const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
  await c.run(`CREATE TABLE lk_p AS SELECT mrn AS source_key, 10000000 + row_number() OVER () AS subject_id, 50000 + CAST(hash(mrn) % 3000 AS INTEGER) AS offset_days FROM read_csv(${q(join(dir, 'patient_master.csv'))}, all_varchar=true)`);
  await c.run(`CREATE TABLE lk_h AS SELECT encounter_id AS source_key, 20000000 + row_number() OVER () AS id FROM read_csv(${q(join(dir, 'encounters.csv'))}, all_varchar=true)`);
  const out = join(here, 'out', 'tables-hand.csv');
  const timed = await timeCpu(() =>
    c.run(
      `COPY (SELECT p.subject_id, h.id AS hadm_id, strftime(TRY_CAST(s.chart_dttm AS TIMESTAMP) + to_days(p.offset_days), '%Y-%m-%d %H:%M:%S') AS charttime, strftime(TRY_CAST(s.store_dttm AS TIMESTAMP) + to_days(p.offset_days), '%Y-%m-%d %H:%M:%S') AS storetime, s.item_code AS itemid, s.value, s.value_num AS valuenum, s.uom AS valueuom ` +
        `FROM read_csv(${q(join(dir, 'chart_events.csv'))}, header=true, all_varchar=true) s JOIN lk_p p ON p.source_key = s.mrn LEFT JOIN lk_h h ON h.source_key = s.encounter_id` +
        (sorted ? ' ORDER BY subject_id NULLS LAST, hadm_id NULLS LAST, charttime NULLS LAST, storetime NULLS LAST, itemid NULLS LAST, value NULLS LAST, valuenum NULLS LAST, valueuom NULLS LAST' : '') +
        `) TO ${q(out)} (HEADER)`,
    ),
  );
  c.closeSync();
  db.closeSync();
  rmSync(out, { force: true });
  return timed;
}

/** papaparse read → unparse → write of the same file. */
async function papaPassThrough(file: string): Promise<number> {
  const out = join(here, 'out', 'tables-papa.csv');
  const seconds = await time(
    () =>
      new Promise<void>((resolve, reject) => {
        const ws = createWriteStream(out);
        let batch: string[][] = [];
        Papa.parse(createReadStream(file), {
          step: (r: Papa.ParseStepResult<string[]>) => {
            batch.push(r.data);
            if (batch.length >= 10_000) {
              ws.write(Papa.unparse(batch) + '\n');
              batch = [];
            }
          },
          complete: () => {
            if (batch.length) ws.write(Papa.unparse(batch) + '\n');
            ws.end(() => resolve());
          },
          error: (e: Error) => reject(e),
        });
      }),
  );
  rmSync(out, { force: true });
  return seconds;
}

/** Text path: demo notes replicated to ~mb MB through the pipeline, vs the scrubber alone. */
async function notes(mb: number): Promise<BenchRow[]> {
  const dir = join(here, 'out', `tables-notes-${mb}`);
  const demo = loadConfig(join(here, '..', 'examples', 'demo-config.json'));
  const src = demo.input;
  if (!existsSync(join(dir, 'done'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const factor = Math.max(1, Math.round((mb * 1e6) / statSync(join(src, 'discharge_notes.csv')).size));
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
    for (const f of ['patient_master.csv', 'encounters.csv', 'mrn_merges.csv', 'protected_patients.csv']) writeFileSync(join(dir, f), readFileSync(join(src, f)));
    await c.run(`COPY (SELECT n.note_no || '-' || k AS note_no, mrn, encounter_id, note_type, note_dttm, signed_dttm, note_text FROM read_csv(${q(join(src, 'discharge_notes.csv'))}, all_varchar=true) n, range(${factor}) t(k)) TO ${q(join(dir, 'discharge_notes.csv'))} (HEADER)`);
    c.closeSync();
    db.closeSync();
    writeFileSync(join(dir, 'done'), '');
  }
  const tables = { patient_master: demo.tables.patient_master, encounters: demo.tables.encounters, discharge_notes: demo.tables.discharge_notes };
  const config = { ...demo, input: dir, tables } as typeof demo;
  const texts: { id: string; text: string }[] = [];
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  for (const [i, r] of (await c.runAndReadAll(`SELECT note_text FROM read_csv('${join(dir, 'discharge_notes.csv')}', all_varchar=true)`)).getRowsJS().entries()) texts.push({ id: String(i), text: String(r[0]) });
  c.closeSync();
  db.closeSync();
  const chars = texts.reduce((a, t) => a + t.text.length, 0);
  const mbytes = chars / 1e6;
  let workers = WORKERS;
  const alone = async (): Promise<void> => {
    for await (const o of scrubMany(texts, { workers })) if (!o.ok) throw new Error(o.error.code);
  };
  let tAlone: number;
  try {
    tAlone = await time(alone);
  } catch {
    workers = 0; // worker threads unavailable (e.g. running from source): scrub in this thread
    tAlone = await time(alone);
  }
  const base = row(`scrubber alone (scrubMany, ${workers} workers)`, tAlone, mbytes, 'MB');
  const out = join(here, 'out', 'tables-notes-release');
  const secrets = join(here, 'out', 'tables-notes-secrets');
  rmSync(out, { recursive: true, force: true });
  rmSync(secrets, { recursive: true, force: true });
  const tPipe = await time(() => deidentifyTables({ config, key: KEY, outDir: out, secretsDir: secrets, workers }));
  rmSync(out, { recursive: true, force: true });
  rmSync(secrets, { recursive: true, force: true });
  return [base, row(`text path through the pipeline (${texts.length} notes)`, tPipe, mbytes, 'MB', base)];
}

async function child(rows: number): Promise<void> {
  const dir = await generate(rows);
  const r = await pipeline(dir, String(rows));
  process.stdout.write(JSON.stringify(r) + '\n');
}

/** Best of RUNS runs of each side, interleaved, so that a slow moment of a shared machine hits both alike. */
async function interleaved(dir: string, tag: string): Promise<{ hand: number; handCpu: number; unsorted: number; pipe: { seconds: number; cpu: number; rss: number } }> {
  let hand = Infinity;
  let handCpu = Infinity;
  let unsorted = Infinity;
  const pipe = { seconds: Infinity, cpu: Infinity, rss: 0 };
  for (let i = 0; i < RUNS; i++) {
    const h = await handWritten(dir);
    hand = Math.min(hand, h.seconds);
    handCpu = Math.min(handCpu, h.cpu);
    unsorted = Math.min(unsorted, (await handWritten(dir, false)).seconds);
    const r = await pipeline(dir, tag);
    pipe.seconds = Math.min(pipe.seconds, r.seconds);
    pipe.cpu = Math.min(pipe.cpu, r.cpu);
    pipe.rss = Math.max(pipe.rss, r.rss);
  }
  return { hand, handCpu, unsorted, pipe };
}

async function mainBench(): Promise<void> {
  const dir = await generate(ROWS);
  const file = join(dir, 'chart_events.csv');
  const fileMb = statSync(file).size / 1e6;
  const best = await interleaved(dir, '1x');
  const p = best.pipe;
  const hand = row(`hand-written DuckDB join + shift, sorted as released (${ROWS} rows, best of ${RUNS})`, best.hand, ROWS, 'rows');
  const pipe = row(`pipeline: id mapping + date shifting (best of ${RUNS})`, p.seconds, ROWS, 'rows', hand, { peakRssMb: p.rss, fileMb });
  // CPU seconds (every thread of this process): the work each side does, which a loaded shared
  // machine slows far less than the wall clock (the pipeline's record scan on its own thread
  // is work the hand-written query does not do)
  const handCpu = row(`CPU time: hand-written, sorted (best of ${RUNS})`, best.handCpu, ROWS, 'rows');
  const pipeCpu = row(`CPU time: pipeline (best of ${RUNS})`, p.cpu, ROWS, 'rows', handCpu);
  const handUnsorted = row(`hand-written, unsorted (best of ${RUNS})`, best.unsorted, ROWS, 'rows');
  const pipeVsUnsorted = row('pipeline vs the unsorted hand-written query', p.seconds, ROWS, 'rows', handUnsorted);
  // the same number of events at MIMIC-IV's density (its ~50,000 ICU patients have ~6,000 chart
  // events each): the per-patient look-ups are a fixed cost that more events per patient amortise
  const dense = await interleaved(await generate(ROWS, DENSE), 'dense');
  const handDense = row(`hand-written, sorted, ${DENSE} events per patient (best of ${RUNS})`, dense.hand, ROWS, 'rows');
  const pipeDense = row(`pipeline, ${DENSE} events per patient (best of ${RUNS})`, dense.pipe.seconds, ROWS, 'rows', handDense);
  const handDenseCpu = row(`CPU time: hand-written, sorted, ${DENSE} per patient (best of ${RUNS})`, dense.handCpu, ROWS, 'rows');
  const pipeDenseCpu = row(`CPU time: pipeline, ${DENSE} per patient (best of ${RUNS})`, dense.pipe.cpu, ROWS, 'rows', handDenseCpu);
  const handDenseUnsorted = row(`hand-written, unsorted, ${DENSE} events per patient (best of ${RUNS})`, dense.unsorted, ROWS, 'rows');
  const pipeDenseVsUnsorted = row(`pipeline vs the unsorted hand-written query, ${DENSE} per patient`, dense.pipe.seconds, ROWS, 'rows', handDenseUnsorted);
  const tPapa = await papaPassThrough(file);
  const papa = row('papaparse read → write pass-through', tPapa, ROWS, 'rows');
  const vsPapa = row('pipeline vs papaparse', p.seconds, ROWS, 'rows', papa);
  const rows: BenchRow[] = [hand, pipe, handCpu, pipeCpu, handUnsorted, pipeVsUnsorted, handDense, pipeDense, handDenseCpu, pipeDenseCpu, handDenseUnsorted, pipeDenseVsUnsorted, papa, vsPapa];
  const meta: Record<string, unknown> = { rows: ROWS, fileMb, rss1x: p.rss };
  if (TEN_X) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(ROWS * 10)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status === 0) {
      const res = JSON.parse(r.stdout.trim().split('\n').pop() as string) as { seconds: number; rss: number };
      rows.push(row(`pipeline at 10× (${ROWS * 10} rows)`, res.seconds, ROWS * 10, 'rows', pipe, { peakRssMb: res.rss }));
      meta.rss10x = res.rss;
    } else process.stdout.write(`10× run failed: ${r.stderr.slice(-2000)}\n`);
  }
  if (NOTES_MB > 0) rows.push(...(await notes(NOTES_MB)));
  report('tables', rows, meta);
}

const childIdx = process.argv.indexOf('--child');
if (childIdx >= 0) await child(Number(process.argv[childIdx + 1]));
else await mainBench();
