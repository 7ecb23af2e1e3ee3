import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextRows } from '../../src/tables/_duck.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTextRows', () => {
  it('returns every row as text in query order, with NULLs, quotes, newlines and non-ASCII intact, and leaves no file behind', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      await c.run(`CREATE TABLE t AS SELECT * FROM (VALUES (1, 'a "quoted", comma', NULL), (2, 'two' || chr(10) || 'lines' || chr(233) || ' ' || chr(128512), '2012-03-04 10:00:00'), (3, '', 'x')) v(n, s, d)`);
      const rows = await readTextRows(c, 'SELECT n, s, d FROM t ORDER BY n DESC', 3, dir);
      expect(rows).toEqual([
        ['3', '', 'x'],
        ['2', 'two\nlines\u00e9 \u{1F600}', '2012-03-04 10:00:00'],
        ['1', 'a "quoted", comma', null],
      ]);
      const many = await readTextRows(c, 'SELECT i, i * 2 FROM range(100000) r(i)', 2, dir);
      expect(many).toHaveLength(100000);
      expect(many[99999]).toEqual(['99999', '199998']);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});
