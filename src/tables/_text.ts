/**
 * The text path: scrub columns stream out of DuckDB in row order, through the scrubber on all
 * cores, and back into a `lk_text_<table>` look-up; failed rows are quarantined (their text is
 * never written), and a sidecar PHI manifest is written for notes.
 *
 * @internal
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DeidError } from '../errors.js';
import type { NoteInput, ScrubOutcome } from '../text/batch/index.js';
import type { RemovedSpan } from '../text/index.js';
import { ident, loadRows } from './_duck.js';
import type { TablePlan } from './_sql.js';
import { names } from './_sql.js';
import { removeSections } from '../text/removeSections.js';
import type { KnownIdentifier } from '../text/detectors/known/knownIdentifiers.js';
import type { ReviewSampler } from '../review/sampler.js';
import { knownForPatients } from './_known.js';

/**
 * Per-table options of the text path beyond plain scrubbing: each note's patient (surrogate
 * scope), its patient's known identifiers, dates shifted per column, and the review sample.
 */
export interface TextPathOptions {
  /** The table links to a patient (`p` in the plan): notes carry their patient and offset. */
  readonly patientLinked: boolean;
  /** Read each note's patient identifiers from `lk_known`. */
  readonly known: boolean;
  /** Per scrub column (in `columns` order): shift the note's dates by the patient's offset. */
  readonly shiftDates: readonly boolean[];
  /** Offered every scrubbed note (original and released text) for the review sample. */
  readonly review?: ReviewSampler;
}

/**
 * A scrubbing function: notes in, one outcome per note out, in the same order. The default is
 * `scrubMany` on worker threads; tests inject a fake.
 */
export type ScrubFunction = (notes: AsyncIterable<NoteInput>) => AsyncIterable<ScrubOutcome>;

/** Counts from the text path of one table. */
export interface TextOutcome {
  readonly notes: number;
  readonly chars: number;
  readonly failed: number;
  readonly spansByType: Record<string, number>;
  /** Removed regions per detector (a region with two detectors counts for both). */
  readonly spansBySource: Record<string, number>;
  readonly manifestRows: number;
}

interface Pending {
  readonly row: number;
  readonly noteId: string | null;
  readonly values: (string | null)[];
  /** Columns whose outcome has not arrived yet. */
  readonly pending: Set<number>;
  failedColumn: string | null;
  readonly spans: RemovedSpan[];
  readonly lines: string[];
  /** The scrubbed texts per column, kept only for the review sample. */
  readonly inputs: string[];
}

const csv = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Scrubs the scrub columns of one table's releasable rows.
 *
 * @param read - connection used to read chunks
 * @param write - a second connection (the appender runs while reads are in flight)
 * @param table - config table name
 * @param plan - the table's plan without text (its `reason` classifies rows)
 * @param columns - scrub columns (source names) in `lk_text` order
 * @param manifest - `{ column, path }` when a PHI manifest is written for one column
 * @param scrub - the scrubbing function
 * @param onRow - progress callback
 * @returns counts, and the quarantined rows (row, column)
 */
export async function scrubTableText(
  read: DuckDBConnection,
  write: DuckDBConnection,
  table: string,
  plan: TablePlan,
  columns: readonly string[],
  manifest: { readonly column: string; readonly path: string } | undefined,
  scrub: ScrubFunction,
  onRow?: () => void,
  sectionsToRemove: readonly (readonly string[])[] = [],
  textOptions: TextPathOptions = { patientLinked: false, known: false, shiftDates: [] },
): Promise<{ outcome: TextOutcome; failedRows: { row: number; column: string }[] }> {
  const lk = names.text(table);
  await write.run(`CREATE OR REPLACE TABLE ${ident(lk)} (row_num BIGINT, ${columns.map((_, i) => `c${i} VARCHAR`).join(', ')})`);
  const hasNoteId = plan.select.some((s) => s.startsWith('n."note_id"'));
  const bounds = (await read.runAndReadAll(`SELECT COALESCE(MAX(rowid), -1) FROM ${ident(names.src(table))}`)).getRowsJS()[0]?.[0];
  const maxRow = Number(bounds ?? -1);
  const chunk = 1000;
  const queue: Pending[] = [];
  const outcome = { notes: 0, chars: 0, failed: 0, spansByType: {} as Record<string, number>, spansBySource: {} as Record<string, number>, manifestRows: 0 };
  const failedRows: { row: number; column: string }[] = [];
  const manifestCol = manifest ? columns.indexOf(manifest.column) : -1;

  let exhausted = false;
  const linked = textOptions.patientLinked;
  async function* notes(): AsyncGenerator<NoteInput> {
    for (let lo = 0; lo <= maxRow; lo += chunk) {
      const where = `WHERE (${plan.reason}) IS NULL AND s.rowid >= ${lo} AND s.rowid < ${lo + chunk}`;
      const sql =
        `SELECT CAST(s.rowid + 1 AS BIGINT) AS r, ${hasNoteId ? 'n."note_id"' : 'NULL'} AS nid, ${linked ? 'p.canonical_key, p.offset_days' : 'NULL, NULL'}, ${columns.map((c) => `s.${ident(c)}`).join(', ')} ` +
        `FROM ${plan.from} ${where} ORDER BY s.rowid`;
      const rows = (await read.runAndReadAll(sql)).getRowsJS();
      const known = linked && textOptions.known && rows.length ? await knownForPatients(read, `SELECT DISTINCT p.canonical_key FROM ${plan.from} ${where}`) : undefined;
      for (const r of rows) {
        const values = r.slice(4).map((v) => (v === null || v === undefined ? null : String(v)));
        const pending = new Set(values.flatMap((v, i) => (v === null ? [] : [i])));
        const p: Pending = { row: Number(r[0]), noteId: r[1] === null ? null : String(r[1]), values, pending, failedColumn: null, spans: [], lines: [], inputs: [] };
        queue.push(p);
        const patient = r[2] === null || r[2] === undefined ? undefined : String(r[2]);
        const offset = r[3] === null || r[3] === undefined ? undefined : Number(r[3]);
        const ids: readonly KnownIdentifier[] | undefined = patient !== undefined ? known?.get(patient) : undefined;
        for (const [i, v] of values.entries()) {
          if (v === null) continue;
          const drop = sectionsToRemove[i];
          const text = drop && drop.length ? removeSections(v, drop) : v;
          outcome.notes++;
          outcome.chars += text.length;
          if (textOptions.review) p.inputs[i] = text;
          const shift = textOptions.shiftDates[i] === true;
          yield {
            id: `${p.row}:${i}`,
            text,
            ...(patient !== undefined ? { patient } : {}),
            ...(ids ? { known: ids } : {}),
            // a note to shift without an offset fails closed in the scrubber (INPUT_INVALID)
            ...(shift ? { dates: 'shift' as const, ...(offset !== undefined ? { shiftDays: offset } : {}) } : {}),
          };
        }
      }
    }
    exhausted = true;
  }

  let out: WriteStream | undefined;
  if (manifest) {
    out = createWriteStream(manifest.path, { mode: 0o644 });
    out.write('note_id,start,end,phi_type,detectors\n');
  }
  const app = await write.createAppender(lk);
  const finish = (p: Pending): void => {
    onRow?.();
    if (p.failedColumn !== null) {
      outcome.failed++;
      failedRows.push({ row: p.row, column: p.failedColumn });
      return;
    }
    app.appendBigInt(BigInt(p.row));
    for (const v of p.values) (v === null ? app.appendNull() : app.appendVarchar(v));
    app.endRow();
    for (const s of p.spans) {
      outcome.spansByType[s.type] = (outcome.spansByType[s.type] ?? 0) + 1;
      for (const src of s.sources) outcome.spansBySource[src] = (outcome.spansBySource[src] ?? 0) + 1;
    }
    if (out && p.lines.length) {
      out.write(p.lines.join(''));
      outcome.manifestRows += p.lines.length;
    }
  };
  // Fail closed: exactly one outcome per note, matched by id. A scrub function that skips a
  // note, repeats one, invents one or reorders them stops the run: a row is released only
  // once every one of its text values has come back scrubbed.
  const mismatch = (what: string): DeidError =>
    new DeidError('DETECTOR_FAILED', `the scrub function's outcomes do not match the notes of table ${table} (${what}); nothing was released`);
  try {
    for await (const o of scrub(notes())) {
      while (queue.length && (queue[0] as Pending).pending.size === 0) finish(queue.shift() as Pending);
      const head = queue[0];
      const m = typeof (o as { id?: unknown } | null)?.id === 'string' ? /^(\d{1,15}):(\d{1,4})$/.exec(o.id) : null;
      if (!head) throw mismatch('more outcomes than notes');
      if (!m) throw mismatch('an outcome without a note id');
      const ci = Number(m[2]);
      if (String(head.row) !== m[1]) throw mismatch('an outcome out of order or for an unknown note');
      if (!head.pending.delete(ci)) throw mismatch('a repeated outcome or one for an unknown note');
      if (o.ok) {
        const input = head.inputs[ci];
        if (textOptions.review && input !== undefined) {
          textOptions.review.offer({ table, column: columns[ci] as string, row: head.row, noteId: head.noteId, text: input, released: o.result.text, spans: o.result.spans });
        }
        head.values[ci] = o.result.text;
        head.spans.push(...o.result.spans);
        if (ci === manifestCol && out && head.noteId !== null) {
          for (const s of o.result.spans) head.lines.push(`${csv(head.noteId)},${s.outputStart},${s.outputEnd},${s.type},${csv(s.sources.join('|'))}\n`);
        }
      } else {
        head.values[ci] = null;
        head.failedColumn ??= columns[ci] as string;
      }
      if (head.pending.size === 0) finish(queue.shift() as Pending);
    }
    if (!exhausted) throw mismatch('fewer outcomes than notes');
    while (queue.length) {
      if ((queue[0] as Pending).pending.size) throw mismatch('fewer outcomes than notes');
      finish(queue.shift() as Pending);
    }
    app.flushSync();
  } finally {
    app.closeSync();
    if (out) await new Promise<void>((res, rej) => (out as WriteStream).end((err?: Error | null) => (err ? rej(err) : res())));
  }
  return { outcome, failedRows };
}

/** Creates an empty `lk_text_<table>` (for tables whose scrub step found no rows). */
export async function emptyTextTable(conn: DuckDBConnection, table: string, columns: number): Promise<void> {
  await loadRows(conn, names.text(table), [['row_num', 'BIGINT'], ...Array.from({ length: columns }, (_, i) => [`c${i}`, 'VARCHAR'] as const)], []);
}
