/**
 * Adversarial input for the scrubber (both algorithms): one long line of words, a long digit
 * run, repeated punctuation and alternating capitals at 125 KB, 250 KB, 500 KB and 1 MB.
 * Linear time shows as time(2n)/time(n) ≈ 2 (`growth` on wall time, `cpuGrowth` on this
 * process's CPU time, which a busy shared machine disturbs less). Baseline: a tokenising
 * pass (/[\p{L}\p{N}]+/gu) over the same input.
 *
 *   npm run bench -- adversarial
 */
import { createScrubber } from '../src/text/scrub.js';
import { best, report, row, type BenchRow } from './_lib.js';

const SIZES = [125_000, 250_000, 500_000, 1_000_000];
const KINDS: Record<string, (n: number) => string> = {
  'one long line of words': (n) => 'Seen by Quimby Ashworth 3/4 617-555-1212 Foley '.repeat(Math.ceil(n / 48)).slice(0, n),
  'long digit run': (n) => '7'.repeat(n),
  'repeated punctuation': (n) => '.-/(:'.repeat(Math.ceil(n / 5)).slice(0, n),
  'alternating capitals': (n) => 'Aa Bb '.repeat(Math.ceil(n / 6)).slice(0, n),
};

/** Best CPU seconds of this process over `runs` runs: less noisy than wall time on a shared machine. */
function bestCpu(fn: () => unknown, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    min = Math.min(min, (c.user + c.system) / 1e6);
  }
  return min;
}

const scrubber = createScrubber();
const rows: BenchRow[] = [];
const TOKEN = /[\p{L}\p{N}]+/gu;
for (const [kind, make] of Object.entries(KINDS)) {
  let prev: number | undefined;
  let prevCpu: number | undefined;
  for (const n of SIZES) {
    const text = make(n);
    const baseSeconds = await best(() => {
      let k = 0;
      for (const _ of text.matchAll(TOKEN)) k++;
      return k;
    }, 3);
    const base = row(`${kind} ${n / 1000} KB: tokenise (baseline)`, baseSeconds, n / 1e6, 'MB');
    const seconds = await best(() => scrubber.scrub(text), 2);
    const cpu = bestCpu(() => scrubber.scrub(text), 2);
    const extra: Record<string, number> = prev === undefined || prevCpu === undefined ? { cpuSeconds: cpu } : { growth: seconds / prev, cpuSeconds: cpu, cpuGrowth: cpu / prevCpu };
    rows.push(base, row(`${kind} ${n / 1000} KB: scrub`, seconds, n / 1e6, 'MB', base, extra));
    prev = seconds;
    prevCpu = cpu;
  }
}
report('adversarial', rows);
