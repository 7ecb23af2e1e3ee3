/**
 * Runs regexes against adversarial strings in a worker thread that is terminated when one
 * (regex, string) pair runs past the time bound: a catastrophic regex cannot be interrupted
 * from JavaScript, so the guard must not run it on the test's own thread.
 *
 * @internal
 */
import { Worker } from 'node:worker_threads';

/** One regex to run. */
export interface RunnableRegex {
  readonly source: string;
  readonly flags: string;
}

/** The outcome for one regex: the slowest string and its time, or why it failed. */
export interface RunOutcome {
  /** Per input name: elapsed milliseconds, or `'timeout'` when it was stopped at the bound. */
  readonly times: Record<string, number | 'timeout'>;
  /** Set when the pattern could not be compiled. */
  readonly error?: string;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { regexes, inputs, start } = workerData;
for (let i = start; i < regexes.length; i++) {
  const { source, flags } = regexes[i];
  let re;
  try {
    re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  } catch (e) {
    parentPort.postMessage({ type: 'error', i, message: String(e && e.message) });
    continue;
  }
  for (let j = 0; j < inputs.length; j++) {
    parentPort.postMessage({ type: 'start', i, j });
    const s = inputs[j].text;
    re.lastIndex = 0;
    const t0 = performance.now();
    let m;
    while ((m = re.exec(s)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      if (re.lastIndex > s.length) break;
    }
    parentPort.postMessage({ type: 'done', i, j, ms: performance.now() - t0 });
  }
}
parentPort.postMessage({ type: 'finished' });
`;

type Msg = { type: 'start' | 'done'; i: number; j: number; ms?: number } | { type: 'error'; i: number; message: string } | { type: 'finished' };

/**
 * Runs every regex (with `g` added) over every input with a `lastIndex` loop that steps past
 * empty matches. A pair still running after `boundMs` is recorded as a timeout, the worker is
 * terminated and a new one continues with the next regex (the remaining inputs of the timed-out
 * regex are skipped: one timeout is enough to fail it).
 */
export async function runRegexes(
  regexes: readonly RunnableRegex[],
  inputs: readonly { readonly name: string; readonly text: string }[],
  boundMs: number,
): Promise<RunOutcome[]> {
  const outcomes: { times: Record<string, number | 'timeout'>; error?: string }[] = regexes.map(() => ({ times: {} }));
  let start = 0;
  while (start < regexes.length) {
    start = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(WORKER, { eval: true, workerData: { regexes, inputs, start } });
      let timer: NodeJS.Timeout | undefined;
      let current: { i: number; j: number } | undefined;
      let settled = false;
      const settle = (next: number): void => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        void worker.terminate();
        resolve(next);
      };
      worker.on('message', (msg: Msg) => {
        if (msg.type === 'start') {
          current = { i: msg.i, j: msg.j };
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            const { i, j } = current!;
            outcomes[i]!.times[inputs[j]!.name] = 'timeout';
            settle(i + 1);
          }, boundMs);
        } else if (msg.type === 'done') {
          if (timer) clearTimeout(timer);
          outcomes[msg.i]!.times[inputs[msg.j]!.name] = msg.ms!;
        } else if (msg.type === 'error') {
          outcomes[msg.i]!.error = msg.message;
        } else settle(regexes.length);
      });
      worker.on('error', (e) => {
        if (!settled) {
          settled = true;
          if (timer) clearTimeout(timer);
          reject(e);
        }
      });
    });
  }
  return outcomes;
}
