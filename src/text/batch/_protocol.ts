/**
 * Messages exchanged between {@link scrubMany}'s pool and its worker threads.
 *
 * @internal
 */
import type { ScrubOutcome } from './scrubNote.js';
import type { NoteScope } from '../replace/types.js';
import type { CsvScan } from '../../_lib/countCsvRecords.js';

/** Data a worker starts with (structured-cloned). */
export interface WorkerInit {
  /** Serialisable scrubber options (no functions). */
  readonly scrubber: Record<string, unknown>;
  /** Optional module (absolute path or file URL) exporting `scrubberOptions` to merge in. */
  readonly optionsModule?: string;
  /**
   * The main thread's bundled assets (compiled lexicons, model weights) in shared memory:
   * the worker uses them in place instead of reading and decoding files again.
   */
  readonly assets?: Readonly<Record<string, SharedArrayBuffer>>;
}

/**
 * Data of a worker started for the other task it knows: scanning the records of CSV files
 * (the release pipeline's independent row count, run on an idle core while it computes its
 * look-ups).
 */
export interface CountInit {
  readonly task: 'count-records';
  readonly files: readonly string[];
}

/**
 * Worker → main thread for a {@link CountInit} worker: one record scan per file, or the file
 * that failed (with its `DeidError` code when it was refused, e.g. `CSV_MALFORMED`).
 */
export type FromCountWorker = { readonly type: 'counted'; readonly scans: readonly CsvScan[] } | { readonly type: 'count-error'; readonly index: number; readonly code?: string };

/** Main thread → worker. */
export type ToWorker = { readonly type: 'batch'; readonly seq: number; readonly notes: readonly ({ readonly id: string; readonly text: unknown } & NoteScope)[] };

/** Worker → main thread. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'init-error'; readonly code: string; readonly message: string }
  | { readonly type: 'done'; readonly seq: number; readonly results: readonly ScrubOutcome[] };
