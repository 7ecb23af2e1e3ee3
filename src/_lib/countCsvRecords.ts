/**
 * Counts CSV records (RFC 4180: newlines inside quotes do not end a record) without parsing
 * fields, so the row accounting does not rely on the engine that reads the file.
 *
 * Blank lines are not records (DuckDB skips them too). A quote left open at the end of the file
 * makes the rest of the file one record, as a strict reader sees it.
 *
 * Shared by the release pipeline (`tables`) and the worker thread that counts on an idle core
 * (`text/batch/worker`), so neither module depends on the other for it.
 *
 * @internal
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * Number of data records in a CSV or CSV.gz file with a header line.
 *
 * @param path - the file
 * @returns non-blank records after the header
 */
export async function countCsvRecords(path: string): Promise<number> {
  const counter = createRecordCounter();
  if (path.endsWith('.gz')) {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(createGunzip()) as AsyncIterable<Buffer>) counter.add(chunk);
    return counter.done();
  }
  // plain files: one reused 4 MB buffer, no stream machinery
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 22);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      counter.add(bytesRead < buf.length ? buf.subarray(0, bytesRead) : buf);
    }
  } finally {
    await fh.close();
  }
  return counter.done();
}

/** An incremental record counter fed chunk by chunk. */
function createRecordCounter(): { add(chunk: Buffer): void; done(): number } {
  let quoted = false;
  let content = false; // the current record has a byte other than CR or LF
  let records = 0;
  return {
    add(chunk: Buffer): void {
      if (!quoted && chunk.indexOf(QUOTE) < 0) {
        // no quotes in this chunk: find line ends with the native search
        let start = 0;
        for (let i = chunk.indexOf(LF); i >= 0; i = chunk.indexOf(LF, start)) {
          const len = i - start;
          if (len > 1 || (len === 1 && chunk[start] !== CR)) content = true;
          if (content) records++;
          content = false;
          start = i + 1;
        }
        const rest = chunk.length - start;
        if (rest > 1 || (rest === 1 && chunk[start] !== CR)) content = true;
      } else {
        for (let i = 0; i < chunk.length; i++) {
          const b = chunk[i] as number;
          if (b === QUOTE) {
            quoted = !quoted;
            content = true;
          } else if (b === LF && !quoted) {
            if (content) records++;
            content = false;
          } else if (b !== CR && b !== LF) content = true;
        }
      }
    },
    done(): number {
      const n = records + (content ? 1 : 0); // a last record without a final newline, or an open quote
      return Math.max(0, n - 1);
    },
  };
}
