/**
 * Scrubber throughput on the PhysioNet deid corpus (outside the repo; skipped when absent):
 * head to head with redact-pii on the corpus x10 (one core, same process, interleaved), the
 * share of each detector in a union scrub, and
 * rules alone, NLP alone and the union, single-thread (MB/s per core) and on all cores with
 * scrubMany, each as a ratio to a JSONL read/parse/write pass of the same file in the same run.
 *
 *   npm run bench -- scrub
 *   EHR_DEID_CORPUS=/path/to/notes.jsonl npm run bench -- scrub
 *   EHR_DEID_BENCH_RUNS=5 npm run bench -- scrub   (best of 5 instead of 3 timed runs)
 *
 * Each single-thread row reports wall MB/s (the main figure), `cpuMBs` (MB of note text per
 * CPU-second of this thread: the per-core throughput, robust to other load on the machine) and
 * `cpuRatio` (the same against the baseline's CPU time). The scrubber measured is the build in
 * `dist/` (source only when there is none); `EHR_DEID_BENCH_COMPARE=<other dist/>` adds another
 * build to the head-to-head (interleaved, same run).
 */
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { finished } from 'node:stream/promises';
import { readJsonl, writeChunk } from '../src/_lib/jsonl.js';
import type { ScrubberOptions } from '../src/text/scrub.js';
import * as fromSource from '../src/textEntry.js';
import { peakRssMb, physionetCorpus, report, row, time, type BenchRow } from './_lib.js';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
// The scrubber under test is the built package (`dist/text.js`, what users run; `npm run bench`
// builds first): run from source, tsx's module transform adds a getter call to every use of
// another module's binding, which costs hot loops up to a third of their time.
const distText = join(here, '..', 'dist', 'text.js');
const fromDist = existsSync(distText);
const lib = (fromDist ? await import(pathToFileURL(distText).href) : fromSource) as typeof fromSource;
const { createScrubber, createTextContext, nlpDetectors, patternDetectors, scrubMany } = lib;
// Another build to compare with in the same run, interleaved (e.g. the previous release's dist/):
//   EHR_DEID_BENCH_COMPARE=/path/to/other/dist npm run bench -- scrub
const compareDir = process.env.EHR_DEID_BENCH_COMPARE;
const other = compareDir ? ((await import(pathToFileURL(join(compareDir, 'text.js')).href)) as typeof fromSource) : undefined;
const corpus = physionetCorpus() ?? join(here, '..', '..', 'shared', 'corpora', 'physionet-deid', 'notes.jsonl');
if (!existsSync(corpus)) {
  process.stdout.write(`scrub.bench: corpus not found at ${corpus}; set EHR_DEID_CORPUS to a notes.jsonl to run it. Skipped.\n`);
  process.exit(0);
}

const notes = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; text: string });
const mb = notes.reduce((a, n) => a + Buffer.byteLength(n.text), 0) / 1e6;
const fileMb = statSync(corpus).size / 1e6;
const out = join(tmpdir(), `ehr-deid-bench-${process.pid}.jsonl`);

/** Baseline: read, parse and write the same JSONL file (no scrubbing). */
async function jsonlPass(): Promise<void> {
  const w = createWriteStream(out);
  for await (const { value } of readJsonl(createReadStream(corpus))) {
    const v = value as { id: string; text: string };
    await writeChunk(w, JSON.stringify({ id: v.id, text: v.text, phi: [] }) + '\n');
  }
  w.end();
  await finished(w);
}

/**
 * Best wall time and best CPU time of `runs` runs (after a warm-up). On a shared machine the
 * CPU time of this thread is the fairer "per core" figure: wall time also counts waiting for
 * other processes.
 */
async function bestWallAndCpu(fn: () => unknown, runs: number): Promise<{ wall: number; cpu: number }> {
  await fn();
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  return { wall, cpu };
}

function singleThread(options: ScrubberOptions): () => void {
  const s = createScrubber(options);
  return () => {
    for (const n of notes) JSON.stringify({ id: n.id, text: s.scrub(n.text).text });
  };
}

const runs = Number(process.env.EHR_DEID_BENCH_RUNS ?? 3);
const rows: BenchRow[] = [];
const baseTimes = await bestWallAndCpu(jsonlPass, 3);
const base = row('baseline: JSONL read/parse/write', baseTimes.wall, mb, 'MB', undefined, { cpuMBs: mb / baseTimes.cpu });
rows.push(base);
// `ratio` compares wall times; `cpuRatio` compares CPU time of this thread, the fairer figure
// on a shared machine. `cpuMBs` is MB of note text per CPU-second: the "per core" throughput.
for (const [name, options] of [
  ['patterns alone, 1 thread', { algorithms: [], detectors: patternDetectors }],
  ['rules alone (algorithm 1), 1 thread', { algorithms: ['rules'] }],
  ['nlp alone (algorithm 2), 1 thread', { algorithms: ['nlp'] }],
  ['union rules+nlp, 1 thread', {}],
] as const) {
  const { wall, cpu } = await bestWallAndCpu(singleThread(options as ScrubberOptions), runs);
  rows.push(row(name, wall, mb, 'MB', base, { notesPerSec: notes.length / wall, cpuMBs: mb / cpu, cpuRatio: baseTimes.cpu / cpu }));
}

// Each NLP detector on its own (fresh context per note, so shared views are counted once each).
for (const d of nlpDetectors) {
  const { wall, cpu } = await bestWallAndCpu(() => {
    for (const n of notes) d.detect(createTextContext(n.text));
  }, 1);
  rows.push(row(`  ${d.name} alone (incl. shared token analysis)`, wall, mb, 'MB', base, { cpuMBs: mb / cpu, cpuRatio: baseTimes.cpu / cpu }));
}

const workers = availableParallelism();
for (const [name, options] of [
  [`rules alone, scrubMany ${workers} workers`, { algorithms: ['rules'] }],
  [`union rules+nlp, scrubMany ${workers} workers`, {}],
] as const) {
  const run = async (): Promise<void> => {
    for await (const o of scrubMany(notes, { workers, scrubber: options as ScrubberOptions })) if (!o.ok) throw new Error(o.error.code);
  };
  // includes worker start-up (module and lexicon loading, about 2 CPU-seconds per worker),
  // which dominates on a corpus this small
  const c0 = process.cpuUsage();
  const seconds = await time(run);
  const c = process.cpuUsage(c0); // every thread of the process, workers included
  rows.push(row(`${name}${fromDist ? ' (dist)' : ' (source)'}`, seconds, mb, 'MB', base, { perCoreMBs: mb / seconds / workers, cpuMBs: mb / ((c.user + c.system) / 1e6) }));
}
// Head to head with redact-pii (a devDependency baseline, same process, one core): the corpus
// repeated EHR_DEID_BENCH_REPEAT times (default 10, 20 MB), interleaved runs, best CPU time of
// each. redact-pii finds far less PHI; the figure is speed only.
const repeat = Number(process.env.EHR_DEID_BENCH_REPEAT ?? 10);
const big = Array.from({ length: repeat }, () => notes).flat();
const bigMb = mb * repeat;
const { SyncRedactor } = createRequire(import.meta.url)('redact-pii') as { SyncRedactor: new () => { redact(text: string): string } };
const redactor = new SyncRedactor();
const union = createScrubber({});
const rulesOnly = createScrubber({ algorithms: ['rules'] });
const contenders: [string, (t: string) => unknown][] = [
  [`redact-pii SyncRedactor, corpus x${repeat}, 1 thread`, (t) => redactor.redact(t)],
  [`ehr-deid union rules+nlp, corpus x${repeat}, 1 thread`, (t) => union.scrub(t).text],
  [`ehr-deid rules alone, corpus x${repeat}, 1 thread`, (t) => rulesOnly.scrub(t).text],
];
if (other !== undefined) {
  const otherUnion = other.createScrubber({});
  contenders.push([`other build (${compareDir}) union rules+nlp, corpus x${repeat}, 1 thread`, (t) => otherUnion.scrub(t).text]);
}
for (const [, f] of contenders) for (const n of notes) f(n.text); // warm-up
const cpuBest = contenders.map(() => Infinity);
const wallBest = contenders.map(() => Infinity);
for (let r = 0; r < runs; r++) {
  contenders.forEach(([, f], i) => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const n of big) f(n.text);
    wallBest[i] = Math.min(wallBest[i]!, Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpuBest[i] = Math.min(cpuBest[i]!, (c.user + c.system) / 1e6);
  });
}
const redactPiiRow = row(contenders[0]![0], wallBest[0]!, bigMb, 'MB', undefined, { cpuMBs: bigMb / cpuBest[0]! });
rows.push(redactPiiRow);
for (let i = 1; i < contenders.length; i++) {
  const vsOther: Record<string, number> = other !== undefined && i === 1 ? { cpuRatioVsOtherBuild: cpuBest[contenders.length - 1]! / cpuBest[1]! } : {};
  rows.push(row(contenders[i]![0], wallBest[i]!, bigMb, 'MB', redactPiiRow, { cpuMBs: bigMb / cpuBest[i]!, cpuRatioVsRedactPii: cpuBest[0]! / cpuBest[i]!, ...vsOther }));
}

// Where the union's time goes: every detector in pipeline order on one shared context per note
// (as the scrubber runs them), so a shared view (tokens, lexicon analysis) is charged to the
// first detector that reads it; then the scrubber's own steps (fold, allow list, propagation,
// union, redaction) as the rest of a full scrub.
const perDetector = new Map<string, number>();
let detectorsTotal = 0;
for (const n of notes) {
  const ctx = createTextContext(n.text);
  for (const d of union.detectors) {
    const t0 = process.hrtime.bigint();
    d.detect(ctx);
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    perDetector.set(d.name, (perDetector.get(d.name) ?? 0) + dt);
    detectorsTotal += dt;
  }
}
const fullScrub = await bestWallAndCpu(() => {
  for (const n of notes) union.scrub(n.text);
}, 1);
for (const [name, seconds] of [...perDetector].sort((a, b) => b[1] - a[1])) {
  rows.push(row(`  share: ${name}`, seconds, mb, 'MB', undefined, { shareOfScrub: seconds / fullScrub.wall }));
}
rows.push(row('  share: scrubber steps (fold, allow list, propagation, union, redaction)', Math.max(1e-6, fullScrub.wall - detectorsTotal), mb, 'MB', undefined, { shareOfScrub: Math.max(0, fullScrub.wall - detectorsTotal) / fullScrub.wall }));

rmSync(out, { force: true });
process.stdout.write(`load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (on ${availableParallelism()} cores)\n`);
report('scrub', rows, { scrubber: fromDist ? 'dist' : 'source', loadAverage: loadavg(), corpusNotes: notes.length, corpusTextMB: mb, corpusFileMB: fileMb, workers, peakRssMb: peakRssMb() });
