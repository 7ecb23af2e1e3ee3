/**
 * Counts CSV records without building fields, so the row accounting does not rely on the
 * engine that reads the file, and finds the records a stray quote would merge.
 *
 * The reading follows RFC 4180 with the lenient cases DuckDB accepts: a quote opens a quoted
 * field only at the start of a field (spaces before it allowed), so an inch mark in an
 * unquoted field (`NG tube 12" depth`) is a literal character; `""` inside quotes is one quote;
 * spaces may follow a closing quote. Blank lines are not records (DuckDB skips them too).
 *
 * A record whose quoted field spans lines must be well formed, or a stray quote would swallow
 * the records after it: when such a record is left open at the end of the file, has text after
 * a closing quote, or holds a different number of fields than the header, its first line alone
 * is one malformed record, and reading resumes on the next line. (A malformed record on one
 * line is one record either way: DuckDB rejects that line alone.)
 *
 * Shared by the release pipeline (`tables`) and the worker thread that counts on an idle core
 * (`text/batch/worker`), so neither module depends on the other for it.
 *
 * @internal
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { DeidError } from '../errors.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const SPACE = 32;

/** Why a record spanning lines was cut back to its first line. */
export type MalformedKind = 'UNTERMINATED QUOTE' | 'TEXT AFTER QUOTE' | 'FIELD COUNT';

/**
 * A line read as one malformed record: its physical line number (1-based, header = 1), its
 * number as DuckDB counts lines (records, a quoted value spanning lines counting once), and its
 * bytes `[start, end)` without the line end.
 */
export interface MalformedLine {
  readonly line: number;
  readonly recordLine: number;
  readonly start: number;
  readonly end: number;
  readonly kind: MalformedKind;
}

/** What {@link scanCsvRecords} finds. */
export interface CsvScan {
  /** Data records (non-blank, after the header), malformed lines included. */
  readonly records: number;
  /** Fields of the header. */
  readonly fields: number;
  /** Lines read as malformed records because a quoted field spanning lines was not well formed. */
  readonly malformed: readonly MalformedLine[];
}

/** More malformed multi-line records than this: the file is refused (each costs a re-read of its span). */
const MAX_MALFORMED = 1000;

/**
 * Number of data records in a CSV or CSV.gz file with a header line.
 *
 * @param path - the file
 * @returns non-blank records after the header
 */
export async function countCsvRecords(path: string): Promise<number> {
  return (await scanCsvRecords(path)).records;
}

/**
 * Scans a CSV or CSV.gz file: its records, and the lines read as malformed records.
 *
 * @param path - the file
 * @returns the scan
 * @throws DeidError `CSV_MALFORMED` when more than 1000 records spanning lines are malformed
 */
export async function scanCsvRecords(path: string): Promise<CsvScan> {
  const scanner = createScanner();
  let from = 0;
  for (;;) {
    const resume = await feedFrom(path, from, scanner);
    if (resume === undefined) return scanner.result();
    if (scanner.malformedCount() > MAX_MALFORMED) throw new DeidError('CSV_MALFORMED', `more than ${MAX_MALFORMED} records have a quoted field left open across lines`, { location: { file: path } });
    from = resume;
  }
}

/** Feeds the file from byte `from` (of its decompressed content) until the end or a restart; returns the restart offset. */
async function feedFrom(path: string, from: number, scanner: Scanner): Promise<number | undefined> {
  if (path.endsWith('.gz')) {
    let pos = 0;
    const stream = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(createGunzip());
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const end = pos + chunk.length;
        if (end > from) {
          const part = from > pos ? chunk.subarray(from - pos) : chunk;
          const r = scanner.feed(part, Math.max(pos, from));
          if (r !== undefined) return r;
        }
        pos = end;
      }
    } finally {
      stream.destroy();
    }
    return scanner.end();
  }
  // plain files: one reused 4 MB buffer, no stream machinery
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 22);
    let pos = from;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) break;
      const r = scanner.feed(bytesRead < buf.length ? buf.subarray(0, bytesRead) : buf, pos);
      if (r !== undefined) return r;
      pos += bytesRead;
    }
  } finally {
    await fh.close();
  }
  return scanner.end();
}

interface Scanner {
  /** Reads a chunk that starts at byte `base`; returns a byte offset to re-read from, or undefined. */
  feed(chunk: Buffer, base: number): number | undefined;
  /** The end of the file; returns a byte offset to re-read from, or undefined when done. */
  end(): number | undefined;
  malformedCount(): number;
  result(): CsvScan;
}

// states of a field
const FIELD_START = 0; // at the start of a field (spaces seen so far, if any)
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3; // a quote inside a quoted field: closes it, or starts "" (one quote)
const AFTER_CLOSE = 4; // spaces after a closing quote
const BAD_LINE = 5; // text after a closing quote on a record of one line: DuckDB rejects that line

/** The incremental scanner; restarts after a malformed record spanning lines. */
function createScanner(): Scanner {
  let state = FIELD_START;
  let fields = 0; // separators seen in the current record
  let content = false; // the current record has a byte other than CR or LF
  let records = 0; // including the header
  let expected = -1; // header fields, once read
  let line = 1; // current line
  let recStart = 0; // offset of the current record's first byte
  let recLine = 1;
  let firstLineEnd = -1; // offset after the first LF inside the current record's quotes (-1: one line so far)
  let firstLineCut = -1; // where that first line ends, before its LF (and a CR before it)
  let prevCR = false; // the byte before, inside quotes, was a CR
  const malformed: MalformedLine[] = [];

  const reset = (next: number): void => {
    state = FIELD_START;
    fields = 0;
    content = false;
    firstLineEnd = -1;
    firstLineCut = -1;
    prevCR = false;
    recStart = next;
    recLine = line;
  };
  /** Cuts the current record back to its first line; returns where to resume. */
  const cut = (kind: MalformedKind): number => {
    malformed.push({ line: recLine, recordLine: records + 1, start: recStart, end: firstLineCut, kind });
    records++;
    const resume = firstLineEnd;
    line = recLine + 1;
    reset(resume);
    return resume;
  };
  /** The end of the current record at the LF at offset `at`; returns a restart offset or undefined. */
  const endRecord = (at: number): number | undefined => {
    if (content) {
      const n = fields + 1;
      if (expected < 0) expected = n;
      else if (firstLineEnd >= 0 && n !== expected) return cut('FIELD COUNT');
      records++;
    }
    line++;
    reset(at + 1);
    return undefined;
  };

  return {
    feed(chunk: Buffer, base: number): number | undefined {
      const n = chunk.length;
      let i = 0;
      let nextQuote = -2;
      while (i < n) {
        if ((state === FIELD_START || state === UNQUOTED) && expected >= 0 && firstLineEnd < 0) {
          // fast path: whole lines before the next quote need no field-by-field reading
          if (nextQuote < i && nextQuote !== -1) nextQuote = chunk.indexOf(QUOTE, i);
          const stop = nextQuote < 0 ? n : nextQuote;
          let lf = chunk.indexOf(LF, i);
          while (lf >= 0 && lf < stop) {
            const len = lf - i;
            if (len > 1 || (len === 1 && chunk[i] !== CR)) content = true;
            if (content) records++;
            line++;
            reset(base + lf + 1);
            i = lf + 1;
            lf = chunk.indexOf(LF, i);
          }
          // the rest of this line up to the quote (or the chunk's end): content and separators
          for (; i < stop; i++) {
            const b = chunk[i] as number;
            if (b === COMMA) {
              fields++;
              state = FIELD_START;
              content = true;
            } else if (b === SPACE) {
              content = true;
            } else if (b !== CR) {
              content = true;
              state = UNQUOTED;
            }
          }
          if (i >= n) break;
        }
        // byte by byte
        const b = chunk[i] as number;
        switch (state) {
          case FIELD_START:
            if (b === QUOTE) {
              state = QUOTED;
              prevCR = false;
              content = true;
            } else if (b === COMMA) {
              fields++;
              content = true;
            } else if (b === LF) {
              const r = endRecord(base + i);
              if (r !== undefined) return r;
            } else if (b === SPACE) content = true;
            else if (b !== CR) {
              state = UNQUOTED;
              content = true;
            }
            break;
          case UNQUOTED:
          case BAD_LINE:
            if (b === COMMA && state === UNQUOTED) {
              fields++;
              state = FIELD_START;
            } else if (b === LF) {
              const r = endRecord(base + i);
              if (r !== undefined) return r;
            }
            break;
          case QUOTED:
            if (b === QUOTE) state = QUOTE_SEEN;
            else if (b === LF) {
              if (firstLineEnd < 0) {
                firstLineEnd = base + i + 1;
                firstLineCut = base + i - (prevCR ? 1 : 0);
              }
              line++;
            }
            prevCR = b === CR;
            break;
          case QUOTE_SEEN:
          case AFTER_CLOSE:
            if (b === QUOTE && state === QUOTE_SEEN) state = QUOTED;
            else if (b === COMMA) {
              fields++;
              state = FIELD_START;
            } else if (b === LF) {
              const r = endRecord(base + i);
              if (r !== undefined) return r;
            } else if (b === SPACE || b === CR) state = AFTER_CLOSE;
            else if (firstLineEnd >= 0) return cut('TEXT AFTER QUOTE');
            else state = BAD_LINE;
            break;
        }
        i++;
      }
      return undefined;
    },
    end(): number | undefined {
      if (state === QUOTED && firstLineEnd >= 0) return cut('UNTERMINATED QUOTE');
      if (content) {
        const nf = fields + 1;
        if (expected >= 0 && firstLineEnd >= 0 && nf !== expected) return cut('FIELD COUNT');
        records++; // a last record without a final newline, or a quote opened on the last line
      }
      return undefined;
    },
    malformedCount: () => malformed.length,
    result: () => ({ records: Math.max(0, records - 1), fields: Math.max(0, expected), malformed }),
  };
}
