/**
 * CSV header reading shared by the tables pipeline and the checks: DuckDB's sniffer is not used
 * for headers because it can take a malformed data line for the header.
 *
 * @internal
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { DeidError } from '../errors.js';

const MAX_HEADER_CHARS = 1 << 20;

/**
 * Splits one CSV header line (RFC 4180 quoting); strips a byte-order mark and spaces.
 *
 * @param line - the header line without its line break
 * @returns the column names
 */
export function splitCsvHeader(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out.map((h) => h.replace(/^\uFEFF/, '').trim());
}

/**
 * Reads the first line of a CSV or CSV.gz file (without its line break).
 *
 * @param path - the file
 * @returns the first line
 * @throws DeidError `CSV_MALFORMED` when there is no line break within the first 1 MB,
 *   `IO_FAILED` when the file cannot be read
 */
export async function readFirstLine(path: string): Promise<string> {
  const raw = createReadStream(path);
  const stream = path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let buf = '';
  try {
    for await (const chunk of stream) {
      buf += (chunk as Buffer).toString('utf8');
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        buf = buf.slice(0, nl);
        break;
      }
      if (buf.length > MAX_HEADER_CHARS) throw new DeidError('CSV_MALFORMED', 'no header line within the first 1 MB', { location: { file: path, line: 1 } });
    }
  } catch (err) {
    if (err instanceof DeidError) throw err;
    throw new DeidError('IO_FAILED', 'cannot read the source file', { location: { file: path } });
  } finally {
    raw.destroy();
  }
  return buf.replace(/\r$/, '');
}
