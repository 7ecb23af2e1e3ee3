/**
 * A private copy of a CSV source in which every line the record scan read as malformed (a
 * quoted field left open across lines) is replaced by a line DuckDB rejects on its own (one
 * field more than the header has), so the engine's reader cannot merge the records after
 * it. Line numbers are kept. Written only for a file with such lines.
 *
 * @internal
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGunzip } from 'node:zlib';
import type { CsvScan } from '../_lib/countCsvRecords.js';

/**
 * Writes the copy (uncompressed, mode 0600).
 *
 * @param path - the source file (CSV or CSV.gz)
 * @param scan - its scan, with at least one malformed line
 * @param dest - the copy's path (in a private folder)
 */
export async function writeSanitizedCopy(path: string, scan: CsvScan, dest: string): Promise<void> {
  // one more field than the header, none empty (DuckDB accepts trailing empty fields)
  const filler = Buffer.from(Array.from({ length: Math.max(1, scan.fields) + 1 }, () => '-').join(','));
  const cuts = [...scan.malformed].sort((a, b) => a.start - b.start);
  const out = createWriteStream(dest, { mode: 0o600 });
  const input = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path, { highWaterMark: 1 << 22 });
  const write = async (b: Buffer): Promise<void> => {
    if (b.length && !out.write(b)) await once(out, 'drain');
  };
  let pos = 0;
  let k = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const end = pos + chunk.length;
      let i = 0; // position in chunk
      while (i < chunk.length) {
        const c = cuts[k];
        if (!c || c.start >= end) {
          await write(chunk.subarray(i));
          break;
        }
        const abs = pos + i;
        if (abs < c.start) {
          await write(chunk.subarray(i, c.start - pos));
          i = c.start - pos;
          continue;
        }
        // inside a cut: skip to its end, write the filler once at its start
        if (abs === c.start) await write(filler);
        if (c.end <= end) {
          i = c.end - pos;
          k++;
        } else i = chunk.length;
      }
      pos = end;
    }
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    throw err;
  }
}
