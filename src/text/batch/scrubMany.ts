/**
 * Batch scrubbing on all cores: notes stream through a pool of worker threads, results come
 * back in input order, and the input is never read more than a few batches ahead.
 *
 * @module
 */
import { DeidError, type DeidIssue } from '../../errors.js';
import { createScrubber, type Scrubber, type ScrubberOptions } from '../scrub.js';
import { createPool } from './_pool.js';
import { sharedAssets } from '../../_lib/assets.js';
import { defaultWorkers } from '../../_lib/_platform.js';
import { scrubNote, type NoteInput, type ScrubOutcome } from './scrubNote.js';
import type { NoteScope } from '../replace/types.js';

/** Options for {@link scrubMany}. */
export interface ScrubManyOptions {
  /**
   * Worker threads. Default `os.availableParallelism()` (in the browser build: `0`, which is
   * the only value it accepts). `0` scrubs in the calling thread
   * (best for a few notes: no worker start-up cost).
   */
  readonly workers?: number;
  /**
   * Scrubber options. With workers they must be serialisable (structured clone): `replacement`,
   * `algorithms`, `types`, `allowlist: false`. Pass detectors or allow-list objects through
   * `optionsModule` instead.
   */
  readonly scrubber?: ScrubberOptions;
  /**
   * Absolute path (or file URL) of an ES module whose `scrubberOptions` export (or default
   * export) is merged under `scrubber` in every worker and in the calling thread: the way to use
   * custom detectors or allow lists with workers.
   */
  readonly optionsModule?: string;
  /** Notes per message to a worker. Default 32. */
  readonly batchSize?: number;
  /** A batch is closed early once its texts reach this many UTF-16 units. Default 1 Mi. */
  readonly maxBatchChars?: number;
  /** Batches in flight per worker (read-ahead). Default 2. */
  readonly batchesPerWorker?: number;
}

type NoteSource = Iterable<NoteInput> | AsyncIterable<NoteInput>;

function validate(options: ScrubManyOptions): { workers: number; batchSize: number; maxBatchChars: number; perWorker: number } {
  const issues: DeidIssue[] = [];
  const int = (v: unknown, path: string, min: number): void => {
    if (v !== undefined && (!Number.isInteger(v) || (v as number) < min)) issues.push({ path, message: `expected an integer >= ${min}` });
  };
  int(options.workers, 'workers', 0);
  int(options.batchSize, 'batchSize', 1);
  int(options.maxBatchChars, 'maxBatchChars', 1);
  int(options.batchesPerWorker, 'batchesPerWorker', 1);
  if (options.optionsModule !== undefined && typeof options.optionsModule !== 'string') issues.push({ path: 'optionsModule', message: 'expected a module path' });
  if ((options.workers ?? 1) > 0 && options.scrubber) {
    for (const [k, v] of Object.entries(options.scrubber)) {
      try {
        structuredClone(v);
      } catch {
        issues.push({ path: `scrubber.${k}`, message: 'cannot be sent to worker threads (not serialisable); use optionsModule or workers: 0' });
      }
    }
  }
  if (issues.length) throw new DeidError('CONFIG_INVALID', `invalid scrubMany options (${issues.length} issue${issues.length > 1 ? 's' : ''})`, { issues });
  return {
    workers: options.workers ?? defaultWorkers(),
    batchSize: options.batchSize ?? 32,
    maxBatchChars: options.maxBatchChars ?? 1024 * 1024,
    perWorker: options.batchesPerWorker ?? 2,
  };
}

function iterate(notes: NoteSource): AsyncIterator<NoteInput> | Iterator<NoteInput> {
  const a = notes as AsyncIterable<NoteInput>;
  if (typeof a[Symbol.asyncIterator] === 'function') return a[Symbol.asyncIterator]();
  const s = notes as Iterable<NoteInput>;
  if (typeof s[Symbol.iterator] === 'function') return s[Symbol.iterator]();
  throw new DeidError('CONFIG_INVALID', 'notes must be an iterable or async iterable of { id, text }');
}

type Normalised = { id: string; text: unknown } & NoteScope;

/**
 * Shapes an input note into something cloneable; a bad note's text becomes null (→ INPUT_INVALID).
 * Per-note data (patient, shiftDays, known) is passed on as given: the scrubber checks it.
 */
function normalise(note: unknown): Normalised {
  if (typeof note !== 'object' || note === null) return { id: '', text: null };
  const { id, text, patient, shiftDays, known, dates } = note as { id?: unknown; text?: unknown } & Record<string, unknown>;
  const sid = typeof id === 'string' ? id : typeof id === 'number' || typeof id === 'bigint' ? String(id) : '';
  const out: { id: string; text: unknown; patient?: unknown; shiftDays?: unknown; known?: unknown; dates?: unknown } = { id: sid, text: typeof text === 'string' ? text : text === undefined ? undefined : null };
  if (patient !== undefined) out.patient = patient;
  if (shiftDays !== undefined) out.shiftDays = shiftDays;
  if (known !== undefined) out.known = known;
  if (dates !== undefined) out.dates = dates;
  return out as Normalised;
}

async function resolveOptions(options: ScrubManyOptions): Promise<ScrubberOptions> {
  if (options.optionsModule === undefined) return options.scrubber ?? {};
  const { isAbsolute } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const spec = isAbsolute(options.optionsModule) ? pathToFileURL(options.optionsModule).href : options.optionsModule;
  const mod = (await import(spec)) as { scrubberOptions?: unknown; default?: unknown };
  const extra = (mod.scrubberOptions ?? mod.default ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...extra };
  for (const [k, v] of Object.entries(options.scrubber ?? {})) if (v !== undefined) merged[k] = v;
  return merged as ScrubberOptions;
}

/**
 * Scrubs notes in the calling thread, one at a time, with the same fail-closed outcomes as
 * {@link scrubMany}. Reads one note ahead at most.
 *
 * @param notes - an iterable or async iterable of `{ id, text }`
 * @param scrubber - a scrubber from `createScrubber`
 * @returns an async iterable of outcomes, in input order
 * @example
 * ```ts
 * for await (const out of scrubInThread(notes, createScrubber())) console.log(out.id, out.ok);
 * ```
 */
export async function* scrubInThread(notes: NoteSource, scrubber: Scrubber): AsyncGenerator<ScrubOutcome> {
  for await (const note of notes as AsyncIterable<NoteInput>) yield scrubNote(scrubber, normalise(note));
}

/**
 * Scrubs many notes using worker threads (all cores by default), yielding one outcome per note
 * **in input order**. Memory stays bounded: the input is read at most
 * `workers × batchesPerWorker` batches ahead of the consumer, so a slow consumer slows the
 * reading. Each note fails closed on its own: a detector error gives `{ ok: false, error }`
 * (never the raw text), and a worker that dies gives `WORKER_FAILED` for the notes it held
 * and is replaced.
 *
 * @param notes - an iterable or async iterable of `{ id, text }`
 * @param options - workers, scrubber options, batch size
 * @returns an async iterable of {@link ScrubOutcome}s, one per input note, in order
 * @throws DeidError `CONFIG_INVALID` for bad options (before any note is read);
 *   `WORKER_FAILED` (or the scrubber's own `CONFIG_INVALID`) when a worker cannot start
 * @example
 * ```ts
 * import { scrubMany } from 'ehr-deid';
 * const notes = [{ id: 'n1', text: 'Seen by Dr. Smith on 3/4.' }];
 * for await (const out of scrubMany(notes, { workers: 2 })) {
 *   if (out.ok) console.log(out.id, out.result.text);
 *   else console.error(out.id, out.error.code);
 * }
 * ```
 */
export async function* scrubMany(notes: NoteSource, options: ScrubManyOptions = {}): AsyncGenerator<ScrubOutcome> {
  const o = validate(options);
  const scrubberOptions = await resolveOptions(options);
  // Validate the scrubber options once, here, so a typo fails before any worker starts.
  const local = createScrubber(scrubberOptions);
  const it = iterate(notes);
  if (o.workers === 0) {
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield scrubNote(local, normalise(r.value));
      }
    } finally {
      await it.return?.();
    }
  }
  const pool = createPool(o.workers, {
    scrubber: { ...(options.scrubber ?? {}) } as Record<string, unknown>,
    // the lexicons and model the main thread has loaded, shared with every worker (no copy)
    assets: sharedAssets(),
    ...(options.optionsModule !== undefined ? { optionsModule: options.optionsModule } : {}),
  });
  const queue: Promise<ScrubOutcome[]>[] = [];
  const maxAhead = o.workers * o.perWorker;
  let exhausted = false;
  const readBatch = async (): Promise<Normalised[]> => {
    const batch: Normalised[] = [];
    let chars = 0;
    while (batch.length < o.batchSize && chars < o.maxBatchChars) {
      const r = await it.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      const n = normalise(r.value);
      batch.push(n);
      if (typeof n.text === 'string') chars += n.text.length;
    }
    return batch;
  };
  try {
    for (;;) {
      while (!exhausted && queue.length < maxAhead) {
        const batch = await readBatch();
        if (batch.length > 0) {
          const p = pool.run(batch);
          p.catch(() => undefined); // observed when it reaches the head of the queue
          queue.push(p);
        }
      }
      const head = queue.shift();
      if (head === undefined) return;
      for (const outcome of await head) yield outcome;
    }
  } finally {
    await pool.close();
    if (!exhausted) await it.return?.();
  }
}
