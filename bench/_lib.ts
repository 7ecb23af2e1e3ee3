/**
 * Small helpers shared by the benchmarks: timing, throughput and a JSON result file.
 */
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One measured figure. */
export interface BenchRow {
  readonly name: string;
  readonly seconds: number;
  readonly items: number;
  readonly unit: string;
  readonly perSecond: number;
  /** throughput divided by the baseline's throughput (1 for the baseline itself) */
  readonly ratio?: number;
  readonly extra?: Record<string, number | string>;
}

/** Runs `fn` once and returns seconds elapsed (high-resolution clock). */
export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Runs `fn` once and returns seconds elapsed and the CPU seconds this process spent (every thread, native ones included). */
export async function timeCpu(fn: () => unknown | Promise<unknown>): Promise<{ seconds: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const seconds = await time(fn);
  const c = process.cpuUsage(c0);
  return { seconds, cpu: (c.user + c.system) / 1e6 };
}

/** Runs `fn` `runs` times (after one warm-up) and returns the best time in seconds. */
export async function best(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, await time(fn));
  return min;
}

/** Builds a row; pass the baseline row to get a ratio. */
export function row(name: string, seconds: number, items: number, unit: string, baseline?: BenchRow, extra?: Record<string, number | string>): BenchRow {
  const perSecond = items / seconds;
  return { name, seconds, items, unit, perSecond, ...(baseline ? { ratio: perSecond / baseline.perSecond } : {}), ...(extra ? { extra } : {}) };
}

/** Prints rows as an aligned table and writes them to bench/out/<file>.json. */
export function report(file: string, rows: readonly BenchRow[], meta: Record<string, unknown> = {}): void {
  const fmt = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4));
  for (const r of rows) {
    const ratio = r.ratio === undefined ? 'baseline' : `ratio ${r.ratio.toFixed(2)}`;
    const extra = r.extra ? '  ' + Object.entries(r.extra).map(([k, v]) => `${k}=${typeof v === 'number' ? fmt(v) : v}`).join(' ') : '';
    process.stdout.write(`${r.name.padEnd(48)} ${fmt(r.perSecond).padStart(12)} ${r.unit}/s  ${r.seconds.toFixed(3)} s  ${ratio}${extra}\n`);
  }
  const out = join(dirname(fileURLToPath(import.meta.url)), 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${file}.json`), JSON.stringify({ when: new Date().toISOString(), node: process.version, ...meta, rows }, null, 2));
}

/** Peak resident set size so far, in MB (from the OS, includes native memory). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * The PhysioNet deid corpus (`notes.jsonl`), measured only, never copied: `EHR_DEID_CORPUS` or
 * `EHR_DEID_PHYSIONET` when set, else `shared/corpora/physionet-deid/notes.jsonl` beside the
 * checkout (`/work/main`) or beside its worktree folder (`/work/wt/<branch>`).
 *
 * @returns the path, or undefined when no copy is found
 */
export function physionetCorpus(): string | undefined {
  const env = process.env.EHR_DEID_CORPUS ?? process.env.EHR_DEID_PHYSIONET;
  if (env) return existsSync(env) ? env : undefined;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  return [join(root, '..', 'shared', 'corpora', 'physionet-deid', 'notes.jsonl'), join(root, '..', '..', 'shared', 'corpora', 'physionet-deid', 'notes.jsonl')].find((p) => existsSync(p));
}
