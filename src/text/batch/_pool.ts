/**
 * A small pool of scrub worker threads. Each batch goes to the live worker with the fewest
 * batches in flight; every batch promise resolves with one outcome per note, in order. A
 * worker that dies fails the notes of the batch it was scrubbing with `WORKER_FAILED` (never
 * dropping them), its queued batches go to a replacement worker, and a worker that cannot
 * even start rejects with a typed error.
 *
 * @internal
 */
import { Worker } from 'node:worker_threads';
import { DeidError, type DeidErrorCode } from '../../errors.js';
import type { FromWorker, ToWorker, WorkerInit } from './_protocol.js';
import type { ScrubOutcome } from './scrubNote.js';
import { workerEntry } from './_workerEntry.js';

interface Pending {
  readonly notes: readonly { readonly id: string; readonly text: unknown }[];
  readonly resolve: (r: ScrubOutcome[]) => void;
  readonly reject: (e: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly inflight: Map<number, Pending>;
  ready: boolean;
  dead: boolean;
}

/** A running pool. */
export interface Pool {
  /** Scrubs a batch; resolves with one outcome per note, rejects only if no worker can start. */
  run(notes: readonly { readonly id: string; readonly text: unknown }[]): Promise<ScrubOutcome[]>;
  /** Stops every worker. */
  close(): Promise<void>;
}

const failed = (ids: readonly string[], message: string): ScrubOutcome[] =>
  ids.map((id) => ({ id, ok: false as const, error: { code: 'WORKER_FAILED', message } }));

/**
 * @param size - maximum number of worker threads
 * @param init - what each worker is started with
 * @returns a pool; call `close()` when done
 */
export function createPool(size: number, init: WorkerInit): Pool {
  const entry = workerEntry();
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(entry.script, {
      eval: entry.eval,
      workerData: init,
      // node's flags are inherited, except under `node --input-type=module -e "…"`: that flag
      // makes a worker started from a file fail, and flags passed explicitly are checked (a
      // process-wide one such as --expose-gc is refused), so the worker then gets none
      ...(process.execArgv.some((a) => a.startsWith('--input-type')) ? { execArgv: [] } : {}),
      stdout: true,
      stderr: true,
    });
    // A worker must never write to our stdout (it may be the output file); drop its output.
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, inflight: new Map(), ready: false, dead: false };
    let initError: DeidError | undefined;
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') slot.ready = true;
      else if (m.type === 'init-error') {
        initError = new DeidError(m.code as DeidErrorCode, m.message.replace(/^[A-Z_]+: /, ''));
        void worker.terminate();
      } else if (m.type === 'done') {
        const p = slot.inflight.get(m.seq);
        if (p) {
          slot.inflight.delete(m.seq);
          p.resolve(m.results as ScrubOutcome[]);
        }
      }
    });
    worker.on('error', () => {
      /* the 'exit' handler fails the batches; the error text may quote input, so it is dropped */
    });
    worker.on('exit', (code) => {
      slot.dead = true;
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      const started = slot.ready;
      // A worker handles its batches in order: the oldest one in flight is the one it died on;
      // the others never started and go to another worker.
      const pending = [...slot.inflight.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
      slot.inflight.clear();
      pending.forEach((p, i) => {
        if (!started) p.reject(initError ?? new DeidError('WORKER_FAILED', `a scrub worker exited with code ${code} before it was ready`));
        else if (i === 0 || closed) p.resolve(failed(p.notes.map((n) => n.id), `WORKER_FAILED: the worker scrubbing this note exited with code ${code}`));
        else dispatch(p);
      });
    });
    slots.push(slot);
    return slot;
  };

  const pick = (): Slot => {
    let best: Slot | undefined;
    for (const s of slots) if (!s.dead && (best === undefined || s.inflight.size < best.inflight.size)) best = s;
    if (best === undefined || (best.inflight.size > 0 && slots.length < size)) return spawn();
    return best;
  };

  function dispatch(p: Pending): void {
    const slot = pick();
    const id = seq++;
    slot.inflight.set(id, p);
    const msg: ToWorker = { type: 'batch', seq: id, notes: p.notes };
    try {
      slot.worker.postMessage(msg);
    } catch (cause) {
      slot.inflight.delete(id);
      p.reject(new DeidError('INPUT_INVALID', 'a note could not be sent to a worker thread (it must hold only an id and a string text)', { cause }));
    }
  }

  return {
    run(notes) {
      if (closed) return Promise.reject(new DeidError('WORKER_FAILED', 'the worker pool is closed'));
      return new Promise<ScrubOutcome[]>((resolve, reject) => dispatch({ notes, resolve, reject }));
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
