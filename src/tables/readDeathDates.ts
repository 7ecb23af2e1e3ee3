/**
 * Reads linked dates of death for the release pipeline.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseDateTime } from '../dates/index.js';
import { DeidError } from '../errors.js';

/**
 * Reads a two-column CSV of linked dates of death (`<source patient key>,<date of death>`, with
 * a header line) into the map `deidentifyTables({ deathDates })` takes. Write it from record
 * linkage with `linksToDodMap`. Values may be double-quoted; blank lines are skipped.
 *
 * @param path - the CSV file
 * @returns source patient key → date of death (as written in the file)
 * @throws DeidError `IO_FAILED` when unreadable; `INPUT_INVALID` (file and line, never the value)
 *   for a line without exactly two fields or a repeated key; `DATE_INVALID` for an unparseable date
 * @example
 * ```ts
 * // death-dates.csv:  mrn,dod\nMRN-001,2015-06-01
 * const deathDates = readDeathDates('death-dates.csv');
 * await deidentifyTables({ config, key, outDir, secretsDir, deathDates });
 * ```
 */
export function readDeathDates(path: string): Map<string, string> {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new DeidError('IO_FAILED', 'cannot read the death dates file', { location: { file: path } });
  }
  const out = new Map<string, string>();
  const lines = content.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const fields = line.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
    const where = { file: path, line: i + 1 };
    if (fields.length !== 2 || fields[0] === '' || fields[1] === '') {
      throw new DeidError('INPUT_INVALID', `expected 2 non-empty fields (key,dod), got ${fields.length}`, { location: where });
    }
    const [key, dod] = fields as [string, string];
    try {
      parseDateTime(dod);
    } catch {
      throw new DeidError('DATE_INVALID', 'unparseable date of death', { location: { ...where, column: 2 } });
    }
    if (out.has(key)) throw new DeidError('INPUT_INVALID', 'a patient key appears twice', { location: where });
    out.set(key, dod);
  }
  return out;
}
