/**
 * Counts CSV records (RFC 4180: newlines inside quotes do not end a record) without parsing
 * fields, so the row accounting does not rely on the engine that reads the file.
 *
 * Blank lines are not records (DuckDB skips them too). A quote left open at the end of the file
 * makes the rest of the file one record, as a strict reader sees it.
 *
 * @internal
 */
import { createReadStream } from 'node:fs';
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
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let quoted = false;
  let content = false; // the current record has a byte other than CR or LF
  let records = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
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
  }
  if (content) records++; // a last record without a final newline, or an open quote
  return Math.max(0, records - 1);
}
