import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { readRows } from '../../src/tables/_duck.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRows', () => {
  it('returns every row in query order, with NULLs, quotes, newlines, non-ASCII and exact numbers intact, and leaves no file behind', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      await c.run(`CREATE TABLE t AS SELECT * FROM (VALUES (1, 'a "quoted", comma', NULL), (2, 'two' || chr(10) || 'lines' || chr(233) || ' ' || chr(128512), '2012-03-04 10:00:00'), (3, '', 'x')) v(n, s, d)`);
      const rows = await readRows(c, 'SELECT CAST(n AS VARCHAR) AS n, s, d, CAST(epoch_ms(TRY_CAST(d AS TIMESTAMP)) AS DOUBLE) AS ms FROM t ORDER BY n DESC', dir);
      expect(rows).toEqual([
        { n: '3', s: '', d: 'x', ms: null },
        { n: '2', s: 'two\nlines\u00e9 \u{1F600}', d: '2012-03-04 10:00:00', ms: Date.UTC(2012, 2, 4, 10) },
        { n: '1', s: 'a "quoted", comma', d: null, ms: null },
      ]);
      // more than one 4 MB chunk, and millisecond instants far from 1970 survive the DOUBLE → JSON round trip
      const many = await readRows<{ i: number; ms: number }>(c, `SELECT CAST(i AS DOUBLE) AS i, CAST(epoch_ms(TIMESTAMP '0001-01-01' + to_milliseconds(i * 7919)) AS DOUBLE) AS ms FROM range(300000) r(i)`, dir);
      expect(many).toHaveLength(300000);
      expect(many[299999]).toEqual({ i: 299999, ms: Date.parse('0001-01-01T00:00:00Z') + 299999 * 7919 });
      expect(many.every((r, i) => r.i === i)).toBe(true);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});
