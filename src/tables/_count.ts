/**
 * Counts CSV records (RFC 4180: newlines inside quotes do not end a record) without parsing
 * fields, so the row accounting does not rely on the engine that wrote the file.
 *
 * @internal
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * Number of data records in a CSV or CSV.gz file with a header line.
 *
 * @param path - the file
 * @returns records after the header
 */
export async function countCsvRecords(path: string): Promise<number> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let quoted = false;
  let lines = 0;
  let last = 10;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (!quoted && chunk.indexOf(34) < 0) {
      // no quotes in this chunk: count newlines with the native search
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    } else {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i] as number;
        if (b === 34) quoted = !quoted;
        else if (b === 10 && !quoted) lines++;
      }
    }
    if (chunk.length) last = chunk[chunk.length - 1] as number;
  }
  if (last !== 10) lines++; // a last record without a final newline
  return Math.max(0, lines - 1);
}
