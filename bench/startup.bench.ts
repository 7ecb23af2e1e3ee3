/**
 * Start-up of the built package (`dist/`), each case in a fresh node process, rounds
 * interleaved, best and median of N (`EHR_DEID_BENCH_RUNS`, default 5):
 *
 * - import + first scrub of a short note: `ehr-deid/text` with both algorithms, with the rules
 *   alone, and the main entry; the time inside the process (import → first result) and the
 *   peak RSS;
 * - the README's `scrubMany` example: 4 workers, two short notes, from import to the last result;
 * - the baseline: a node process that imports nothing (`node -e 0`), timed from outside like
 *   every case (`wall`), so `wall − baseline` is what the package adds to a process.
 *
 *   npm run bench -- startup
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { report, row, type BenchRow } from './_lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
if (!existsSync(join(dist, 'text.js'))) throw new Error('dist/ is missing: npm run bench builds first (or npm run build)');
const url = (f: string): string => pathToFileURL(join(dist, f)).href;
const NOTE = 'Seen by Dr. Quimby on 3/4/2012 at Mercy Hospital, call 617-555-1212.';

const cases: { name: string; script: string }[] = [
  { name: 'baseline: node -e 0 (no import)', script: `process.stdout.write(JSON.stringify({ inner: 0, rss: process.resourceUsage().maxRSS / 1024, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000 }))` },
  {
    name: 'ehr-deid/text: import + first scrub (both algorithms)',
    script: `const t0 = performance.now(); const m = await import(${JSON.stringify(url('text.js'))}); m.scrub(${JSON.stringify(NOTE)}); process.stdout.write(JSON.stringify({ inner: performance.now() - t0, rss: process.resourceUsage().maxRSS / 1024, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000 }))`,
  },
  {
    name: 'ehr-deid/text: import + first scrub (rules alone)',
    script: `const t0 = performance.now(); const m = await import(${JSON.stringify(url('text.js'))}); m.createScrubber({ algorithms: ['rules'] }).scrub(${JSON.stringify(NOTE)}); process.stdout.write(JSON.stringify({ inner: performance.now() - t0, rss: process.resourceUsage().maxRSS / 1024, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000 }))`,
  },
  {
    name: 'ehr-deid: import + first scrub (both algorithms)',
    script: `const t0 = performance.now(); const m = await import(${JSON.stringify(url('index.js'))}); m.scrub(${JSON.stringify(NOTE)}); process.stdout.write(JSON.stringify({ inner: performance.now() - t0, rss: process.resourceUsage().maxRSS / 1024, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000 }))`,
  },
  {
    name: 'scrubMany, 4 workers, 2 short notes (import to last result)',
    script: `const t0 = performance.now(); const m = await import(${JSON.stringify(url('text.js'))}); const notes = [{ id: 'a', text: ${JSON.stringify(NOTE)} }, { id: 'b', text: 'Wife Maryellen called 617-555-1212.' }]; for await (const o of m.scrubMany(notes, { workers: 4 })) if (!o.ok) throw new Error(o.error.code); process.stdout.write(JSON.stringify({ inner: performance.now() - t0, rss: process.resourceUsage().maxRSS / 1024, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1000 }))`,
  },
];

const runs = Number(process.env.EHR_DEID_BENCH_RUNS ?? 5);
const samples = cases.map(() => ({ wall: [] as number[], inner: [] as number[], rss: [] as number[], cpu: [] as number[] }));
for (let r = 0; r < runs; r++) {
  cases.forEach((c, i) => {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', c.script], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (p.status !== 0) throw new Error(`${c.name}: exit ${p.status}: ${p.stderr.slice(0, 500)}`);
    const out = JSON.parse(p.stdout) as { inner: number; rss: number; cpu: number };
    samples[i]!.wall.push(wall);
    samples[i]!.inner.push(out.inner);
    samples[i]!.rss.push(out.rss);
    samples[i]!.cpu.push(out.cpu);
  });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const rows: BenchRow[] = [];
const baseWall = Math.min(...samples[0]!.wall);
cases.forEach((c, i) => {
  const s = samples[i]!;
  const bestWall = Math.min(...s.wall);
  // one "item" per process start: items/s is starts per second, the ratio is against `node -e 0`
  rows.push(
    row(c.name, bestWall / 1000, 1, 'start', i === 0 ? undefined : rows[0], {
      innerBestMs: Math.min(...s.inner),
      innerMedianMs: median(s.inner),
      wallMedianMs: median(s.wall),
      addedToNodeMs: bestWall - baseWall,
      cpuBestMs: Math.min(...s.cpu),
      peakRssMb: Math.max(...s.rss),
    }),
  );
});
report('startup', rows, { runs });
