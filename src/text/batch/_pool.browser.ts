/**
 * The browser build's stand-in for `_pool.ts`: a page has no worker threads, so `scrubMany`
 * accepts only `workers: 0` (its default there).
 *
 * @internal
 */
import { DeidError } from '../../errors.js';
import type { WorkerInit } from './_protocol.js';
import type { ScrubOutcome } from './scrubNote.js';

/** A running pool (never created in the browser build). */
export interface Pool {
  run(notes: readonly { readonly id: string; readonly text: unknown }[]): Promise<ScrubOutcome[]>;
  close(): Promise<void>;
}

/**
 * @param _size - ignored
 * @param _init - ignored
 * @throws DeidError `WORKER_FAILED` always
 */
export function createPool(_size: number, _init: WorkerInit): Pool {
  throw new DeidError('WORKER_FAILED', 'worker threads are not available in the browser build: use workers: 0');
}
