/**
 * The release pipeline's independent record scan, run on a worker thread (an idle core while
 * the pipeline computes its look-ups).
 *
 * @internal
 */
import { Worker } from 'node:worker_threads';
import { DeidError, type DeidErrorCode } from '../errors.js';
import { scanCsvRecords, type CsvScan } from '../_lib/countCsvRecords.js';
import type { FromCountWorker } from '../text/batch/_protocol.js';
import { workerEntry } from '../text/batch/_workerEntry.js';

/**
 * Scans the records of CSV files on a worker thread, one file after the other. Each promise
 * settles with its file's scan, or rejects when that file cannot be scanned there (a
 * `DeidError` with the worker's code when it refused the file); when no worker can be started
 * (an unusual install), the files are scanned on this thread instead.
 *
 * @param files - CSV or CSV.gz files
 * @returns one promise per file, in order, and `stop()` to end the worker early (a failed run)
 */
export function scanCsvRecordsInWorker(files: readonly string[]): { readonly scans: Promise<CsvScan>[]; stop(): void } {
  const settle = files.map(() => {
    let resolve!: (s: CsvScan) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<CsvScan>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // each is awaited later; an early failure must not be unhandled
    return { promise, resolve, reject };
  });
  if (files.length === 0) return { scans: [], stop: () => undefined };
  const inThread = (): void => {
    for (const [i, f] of files.entries()) scanCsvRecords(f).then(settle[i]!.resolve, settle[i]!.reject);
  };
  let worker: Worker;
  try {
    const entry = workerEntry();
    // a built entry needs none of this process's loader flags (such as --import tsx), which only
    // slow the worker's start
    worker = new Worker(entry.script, { eval: entry.eval, workerData: { task: 'count-records', files: [...files] }, stdout: true, stderr: true, ...(entry.eval ? {} : { execArgv: [] }) });
  } catch {
    inThread();
    return { scans: settle.map((s) => s.promise), stop: () => undefined };
  }
  worker.stdout.resume();
  worker.stderr.resume();
  let done = false;
  const fail = (from: number, err: Error = new Error('count failed')): void => {
    for (let i = from; i < files.length; i++) settle[i]!.reject(err);
  };
  worker.on('message', (m: FromCountWorker) => {
    done = true;
    if (m.type === 'counted') m.scans.forEach((s, i) => settle[i]!.resolve(s));
    else {
      // the run fails: the refused file says why, the others are not awaited
      if (m.code) settle[m.index]!.reject(new DeidError(m.code as DeidErrorCode, 'the source file could not be scanned', { location: { file: files[m.index] as string } }));
      fail(0);
    }
    void worker.terminate();
  });
  worker.on('error', () => {
    if (!done) {
      done = true;
      inThread(); // the worker could not run (e.g. no tsx when running from source): count here
    }
  });
  worker.on('exit', () => {
    if (!done) {
      done = true;
      inThread();
    }
  });
  worker.unref();
  return {
    scans: settle.map((s) => s.promise),
    stop: () => {
      if (done) return;
      done = true;
      fail(0);
      void worker.terminate();
    },
  };
}
