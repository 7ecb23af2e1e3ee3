import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeReviewPool } from '../../src/review/pool.js';
import type { ReviewNote, ReviewSpan } from '../../src/review/types.js';
import type { PhiType } from '../../src/text/types.js';

/** A review note built from its text and [text, type, source, confidence] regions (replaced by ___). */
export function reviewNote(table: string, row: number, text: string, regions: [string, PhiType, string, number][], priority = row / 100): ReviewNote {
  const spans: ReviewSpan[] = [];
  let released = '';
  let pos = 0;
  for (const [piece, type, source, confidence] of regions) {
    const start = text.indexOf(piece, pos);
    if (start < 0) throw new Error(`fixture: ${piece} not in text`);
    released += text.slice(pos, start);
    spans.push({ start, end: start + piece.length, outputStart: released.length, outputEnd: released.length + 3, type, sources: [source], confidence });
    released += '___';
    pos = start + piece.length;
  }
  released += text.slice(pos);
  return { table, column: 'text', row, noteId: `${table}-${row}`, text, released, spans, priority };
}

/** Invented notes (no real person). */
export const NOTES: ReviewNote[] = [
  reviewNote('notes', 1, 'Seen by Dr. Quenby on 3/4/2012 for Parkinson disease. Daughter Zorblat visited.', [
    ['Quenby', 'NAME', 'rules/titled-name', 0.95],
    ['3/4/2012', 'DATE', 'rules/date', 0.9],
    ['Parkinson', 'NAME', 'rules/name-lexicon', 0.55],
  ]),
  reviewNote('notes', 2, 'Call 617-555-0142 with questions. Follow up at Lakeside Clinic.', [
    ['617-555-0142', 'PHONE', 'rules/phone', 0.99],
    ['Lakeside Clinic', 'HOSPITAL', 'rules/hospital', 0.7],
  ]),
  reviewNote('reports', 1, 'CHEST X-RAY 5/6/2013: no acute process.', [['5/6/2013', 'DATE', 'rules/date', 0.9]]),
];

/** Writes a release report and a pool so `writeReviewPage` accepts them. */
export function writeFixtureRun(dir: string, notes: readonly ReviewNote[] = NOTES, startedAt = '2026-01-02T03:04:05.000Z'): { release: string; secrets: string } {
  const release = join(dir, 'release');
  const secrets = join(dir, 'secrets');
  mkdirSync(release, { recursive: true });
  mkdirSync(secrets, { recursive: true, mode: 0o700 });
  writeFileSync(join(release, 'report.json'), JSON.stringify({ tool: 'ehr-deid', startedAt }));
  writeReviewPool(secrets, startedAt, notes);
  return { release, secrets };
}
