import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { scanCsvRecords } from '../../src/_lib/countCsvRecords.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-csvprop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A field value: letters, spaces, commas, quotes, inch marks, newlines. */
const value = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '1', '\r\n') });
/** RFC 4180 writing: quoted when needed, quotes doubled. */
const quote = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

let n = 0;
async function scan(text: string): Promise<Awaited<ReturnType<typeof scanCsvRecords>>> {
  const f = join(dir, `p${n++}.csv`);
  writeFileSync(f, text);
  return scanCsvRecords(f);
}

describe('scanCsvRecords (properties)', () => {
  it('counts every record of a well-formed file, whatever its fields hold, and finds nothing malformed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 20 }), async (width, rows) => {
        const lines = [Array.from({ length: width }, (_, i) => `c${i}`).join(','), ...rows.map((r) => r.slice(0, width).map(quote).join(','))];
        // a record of one empty field is a blank line, which is no record
        const expected = rows.filter((r) => width > 1 || r[0] !== '').length;
        const s = await scan(lines.join('\n') + '\n');
        expect(s.records).toBe(expected);
        expect(s.malformed).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a single stray quote anywhere in a file of one-line records never merges records', async () => {
    const plain = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'b', ' ', '1') });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(plain, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 15 }), fc.nat(), async (rows, at) => {
        const body = rows.map((r) => r.join(',')).join('\n') + '\n';
        const header = 'x,y,z\n';
        const pos = header.length + (at % body.length);
        const text = header + body.slice(0, pos - header.length) + '"' + body.slice(pos - header.length);
        const s = await scan(text);
        expect(s.records).toBe(rows.length);
        expect(s.malformed.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
