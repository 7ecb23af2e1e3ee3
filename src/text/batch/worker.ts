/**
 * Worker-thread entry for {@link scrubMany} (built to `dist/scrub-worker.js`). Builds one
 * scrubber from the options it is started with, then scrubs each batch it is sent, replying
 * with one fail-closed outcome per note, in order.
 *
 * Started with a `CountInit` instead, it scans the records of CSV files for the release
 * pipeline and exits (the scrubber is then never loaded).
 *
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeidError } from '../../errors.js';
import type { ScrubberOptions } from '../scrub.js';
import type { CsvScan } from '../../_lib/countCsvRecords.js';
import type { CountInit, FromCountWorker, FromWorker, ToWorker, WorkerInit } from './_protocol.js';

async function loadOptions(init: WorkerInit): Promise<ScrubberOptions> {
  const base: Record<string, unknown> = {};
  if (init.optionsModule !== undefined) {
    const spec = isAbsolute(init.optionsModule) ? pathToFileURL(init.optionsModule).href : init.optionsModule;
    const mod = (await import(spec)) as { scrubberOptions?: unknown; default?: unknown };
    const extra = mod.scrubberOptions ?? mod.default;
    if (typeof extra === 'object' && extra !== null) Object.assign(base, extra);
  }
  for (const [k, v] of Object.entries(init.scrubber)) if (v !== undefined) base[k] = v;
  return base as ScrubberOptions;
}

async function count(init: CountInit): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const post = (m: FromCountWorker): void => port.postMessage(m);
  const { scanCsvRecords } = await import('../../_lib/countCsvRecords.js');
  const scans: CsvScan[] = [];
  for (const [index, file] of init.files.entries()) {
    try {
      scans.push(await scanCsvRecords(file));
    } catch (err) {
      post({ type: 'count-error', index, ...(isDeidError(err) ? { code: err.code } : {}) });
      return;
    }
  }
  post({ type: 'counted', scans });
}

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  if ((workerData as Partial<CountInit> | undefined)?.task === 'count-records') return count(workerData as CountInit);
  const post = (m: FromWorker): void => port.postMessage(m);
  // loaded here, not at the top, so that a counting worker never loads the scrubber
  const { installAssets } = await import('../../_lib/assets.js');
  const assets = (workerData as WorkerInit).assets;
  if (assets !== undefined) installAssets(assets as Parameters<typeof installAssets>[0]);
  const { createScrubber } = await import('../scrub.js');
  const { scrubNote } = await import('./scrubNote.js');
  let scrubber;
  try {
    scrubber = createScrubber(await loadOptions(workerData as WorkerInit));
  } catch (err) {
    const code = isDeidError(err) ? err.code : 'WORKER_FAILED';
    const message = isDeidError(err) ? err.message : `WORKER_FAILED: the worker could not build its scrubber (${err instanceof Error ? err.name : typeof err})`;
    post({ type: 'init-error', code, message });
    return;
  }
  const ready = scrubber;
  port.on('message', (m: ToWorker) => {
    if (m.type !== 'batch') return;
    post({ type: 'done', seq: m.seq, results: m.notes.map((n) => scrubNote(ready, n)) });
  });
  post({ type: 'ready' });
}

void start();
