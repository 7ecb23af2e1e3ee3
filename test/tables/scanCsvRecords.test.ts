import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { countCsvRecords, scanCsvRecords } from '../../src/_lib/countCsvRecords.js';
import { scanCsvRecordsInWorker } from '../../src/tables/_scanInWorker.js';

const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-count-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('countCsvRecords', () => {
  it.each([
    ['header only', 'a,b\n', 0],
    ['two plain records', 'a,b\n1,2\n3,4\n', 2],
    ['no final newline', 'a,b\n1,2\n3,4', 2],
    ['newlines inside quotes', 'a,b\n1,"x\ny\nz"\n3,4\n', 2],
    ['escaped quotes', 'a,b\n1,"say ""hi""\nthere"\n', 1],
    ['empty file', '', 0],
    ['blank lines between and after records', 'a,b\n1,2\n\n3,4\n\n\n', 2],
    ['CRLF line ends and a blank CRLF line', 'a,b\r\n1,2\r\n\r\n3,4\r\n', 2],
    ['a lone CR at the end', 'a,b\n1,2\n\r', 1],
    ['a quoted empty field is content', 'a\n""\n', 1],
    ['a quote left open across lines to the end of the file swallows nothing: its line is one record', 'a,b\n1,2\n3,"4\n5,6\n', 3],
    ['a quote opened on the last line is one record', 'a,b\n1,2\n3,"4', 2],
    ['an inch mark in an unquoted field is a literal character (as DuckDB reads it)', 'a,b\n1,NG tube 12" depth\n2,x\n', 2],
    ['a quote after spaces at the start of a field opens it', 'a,b\n1, "x\ny" \n2,z\n', 2],
    ['a record spanning lines with the header\'s field count is one record', 'a,b\n1,"line1\nline2, more"\n2,x\n', 2],
    ['a stray quote closed by another, text after it: the first line alone is malformed', 'a,b\n1,"x\n2,y\n3,z"w\n4,v\n', 4],
    ['a stray quote closed cleanly but the record has too many fields: the first line alone', 'a,b\n1,"x\n2",3\n4,5\n', 3],
  ])('%s', async (_n, text, expected) => {
    const f = join(dir, `${expected}-${Math.random()}.csv`);
    writeFileSync(f, text);
    expect(await countCsvRecords(f)).toBe(expected);
    writeFileSync(f + '.gz', gzipSync(text));
    expect(await countCsvRecords(f + '.gz')).toBe(expected);
  });

  it('reports each line read alone, with its number, kind and bytes, and resumes on the next line', async () => {
    const text = 'a,b\r\n1,2\r\n3,"4\r\n5,6\r\n7,"x\r\n8,9"y\r\n10,11\r\n12,"z\r\n13,14\r\n';
    for (const f of [join(dir, 'm.csv'), join(dir, 'm.csv.gz')]) {
      writeFileSync(f, f.endsWith('.gz') ? gzipSync(text) : text);
      const scan = await scanCsvRecords(f);
      expect(scan.records).toBe(8);
      expect(scan.fields).toBe(2);
      // 3,"4 is closed by the quote of 7,"x (text after it); read again from 5,6, 7,"x is closed
      // by 9"y (text after it); 12,"z runs to the end of the file
      expect(scan.malformed.map(({ line, kind }) => [line, kind])).toEqual([[3, 'TEXT AFTER QUOTE'], [5, 'TEXT AFTER QUOTE'], [8, 'UNTERMINATED QUOTE']]);
      expect(scan.malformed.map((m) => text.slice(m.start, m.end))).toEqual(['3,"4', '7,"x', '12,"z']);
    }
  });

  it('counts a 1 MB quoted value spanning many chunks as one record', async () => {
    const f = join(dir, 'big.csv');
    writeFileSync(f, `a\n"${'x\n'.repeat(1 << 20)}"\nb\n`);
    expect(await countCsvRecords(f)).toBe(2);
  });

  it('counts files on a worker thread with the same result, one promise per file, and rejects for a missing file', async () => {
    const a = join(dir, 'w-a.csv');
    const b = join(dir, 'w-b.csv.gz');
    writeFileSync(a, 'h\n1\n\n"2\n3"\n4');
    writeFileSync(b, gzipSync('h\n1\n2\n'));
    const { scans } = scanCsvRecordsInWorker([a, b]);
    expect((await Promise.all(scans)).map((s) => s.records)).toEqual([await countCsvRecords(a), 2]);
    expect(await countCsvRecords(a)).toBe(3);
    const missing = scanCsvRecordsInWorker([join(dir, 'nope.csv')]);
    await expect(missing.scans[0]).rejects.toThrow();
  }, 30_000);

  it('stop() ends the worker and rejects counts still pending', async () => {
    const a = join(dir, 'w-c.csv');
    writeFileSync(a, 'h\n1\n');
    const run = scanCsvRecordsInWorker([a]);
    run.stop();
    await expect(run.scans[0]).rejects.toThrow();
  });
});
