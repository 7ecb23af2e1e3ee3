/**
 * The review sampler: while a release is scrubbed, keeps a bounded, stratified pool of notes
 * for review: per note table the notes with the lowest sampling priority (a keyed hash: a fair
 * random sample), per detector a few notes where it fired, and per table the notes with the
 * least confident removals. Memory is bounded by the pool size, whatever the number of notes.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { ReviewNote } from './types.js';

/** Sizes of the pool kept by {@link createReviewSampler}. */
export interface ReviewSamplerOptions {
  /** Random notes kept per table. Default 200. */
  readonly perTable?: number;
  /** Notes kept per detector (source). Default 20. */
  readonly perDetector?: number;
  /** Least-confident notes kept per table. Default 50. */
  readonly lowConfidence?: number;
  /** Longer notes are not kept (a review page shows whole notes). Default 200,000 characters. */
  readonly maxChars?: number;
  /** Salt of the sampling hash (e.g. derived from the release key), so samples differ per release. */
  readonly seed?: string;
}

/** A sampler: offer every scrubbed note, then read the pool. */
export interface ReviewSampler {
  /** Offers one scrubbed note (its `priority` is computed here). */
  offer(note: Omit<ReviewNote, 'priority'>): void;
  /** The pool: every kept note once, by table then row. */
  notes(): ReviewNote[];
}

/** Keeps the `size` items with the smallest score. */
class Smallest {
  readonly items: { score: number; note: ReviewNote }[] = [];
  constructor(private readonly size: number) {}
  offer(score: number, note: ReviewNote): void {
    if (this.size <= 0) return;
    const items = this.items;
    if (items.length >= this.size && score >= (items[items.length - 1] as { score: number }).score) return;
    let i = items.length;
    while (i > 0 && (items[i - 1] as { score: number }).score > score) i--;
    items.splice(i, 0, { score, note });
    if (items.length > this.size) items.pop();
  }
}

/**
 * Creates a sampler.
 *
 * @param options - pool sizes and seed
 * @returns the sampler
 * @example
 * ```ts
 * const sampler = createReviewSampler({ perTable: 100 });
 * sampler.offer({ table: 'notes', column: 'text', row: 1, noteId: null, text, released, spans });
 * const pool = sampler.notes();
 * ```
 */
export function createReviewSampler(options: ReviewSamplerOptions = {}): ReviewSampler {
  const perTable = options.perTable ?? 200;
  const perDetector = options.perDetector ?? 20;
  const lowConfidence = options.lowConfidence ?? 50;
  const maxChars = options.maxChars ?? 200_000;
  const seed = options.seed ?? '';
  const random = new Map<string, Smallest>();
  const unsure = new Map<string, Smallest>();
  const byDetector = new Map<string, Smallest>();
  const get = (m: Map<string, Smallest>, k: string, size: number): Smallest => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Smallest(size)));
    return s;
  };
  return {
    offer(n) {
      if (n.text.length > maxChars) return;
      const h = createHash('sha256').update(`${seed}\u0000${n.table}\u0000${n.column}\u0000${n.row}`).digest();
      const note: ReviewNote = { ...n, priority: h.readUInt32BE(0) / 2 ** 32 };
      get(random, n.table, perTable).offer(note.priority, note);
      if (n.spans.length) {
        const least = Math.min(...n.spans.map((s) => s.confidence));
        get(unsure, n.table, lowConfidence).offer(least + note.priority * 1e-6, note);
      }
      for (const src of new Set(n.spans.flatMap((s) => s.sources))) get(byDetector, src, perDetector).offer(note.priority, note);
    },
    notes() {
      const all = new Map<string, ReviewNote>();
      for (const m of [random, unsure, byDetector]) for (const s of m.values()) for (const { note } of s.items) all.set(`${note.table}\u0000${note.column}\u0000${note.row}`, note);
      return [...all.values()].sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : a.row - b.row || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0)));
    },
  };
}
