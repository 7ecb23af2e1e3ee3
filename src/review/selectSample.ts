/**
 * Choosing the notes a reviewer sees: stratified by note table and by detector, least
 * confident removals first.
 *
 * @module
 */
import type { ReviewNote } from './types.js';

const leastConfidence = (n: ReviewNote): number => (n.spans.length ? Math.min(...n.spans.map((s) => s.confidence)) : 1);
const keyOf = (n: ReviewNote): string => `${n.table}\u0000${n.column}\u0000${n.row}`;

/**
 * Picks up to `size` notes: first, for each detector (rarest first), the note where its least
 * confident removal is; then the tables in turn, each giving its next note by least confident
 * removal (then sampling priority). The result is ordered least confident first.
 *
 * @param pool - the notes kept by the run
 * @param size - how many to show
 * @returns the chosen notes
 * @example
 * ```ts
 * const shown = selectReviewSample(readReviewPool(secrets).notes, 50);
 * ```
 */
export function selectReviewSample(pool: readonly ReviewNote[], size: number): ReviewNote[] {
  const chosen = new Map<string, ReviewNote>();
  const take = (n: ReviewNote): void => {
    if (chosen.size < size) chosen.set(keyOf(n), n);
  };
  // each detector, rarest first
  const bySource = new Map<string, { note: ReviewNote; confidence: number }[]>();
  for (const n of pool) {
    for (const s of n.spans) {
      for (const src of s.sources) {
        const list = bySource.get(src) ?? [];
        list.push({ note: n, confidence: s.confidence });
        bySource.set(src, list);
      }
    }
  }
  const sources = [...bySource.entries()].sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [, list] of sources) {
    if (chosen.size >= size) break;
    list.sort((a, b) => a.confidence - b.confidence || a.note.priority - b.note.priority);
    if (!list.some((x) => chosen.has(keyOf(x.note)))) take((list[0] as { note: ReviewNote }).note);
  }
  // then the tables in turn
  const tables = new Map<string, ReviewNote[]>();
  for (const n of pool) tables.set(n.table, [...(tables.get(n.table) ?? []), n]);
  const queues = [...tables.values()].map((l) => l.sort((a, b) => leastConfidence(a) - leastConfidence(b) || a.priority - b.priority));
  for (let round = 0; chosen.size < size; round++) {
    let any = false;
    for (const q of queues) {
      const n = q[round];
      if (n === undefined) continue;
      any = true;
      if (!chosen.has(keyOf(n))) take(n);
    }
    if (!any) break;
  }
  return [...chosen.values()].sort((a, b) => leastConfidence(a) - leastConfidence(b) || a.priority - b.priority);
}
