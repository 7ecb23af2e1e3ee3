import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { countCsvRecords } from '../../src/_lib/countCsvRecords.js';
import { countCsvRecordsInWorker } from '../../src/tables/_countInWorker.js';

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
    ['a quote left open to the end of the file is one record', 'a,b\n1,2\n3,"4\n5,6\n', 2],
  ])('%s', async (_n, text, expected) => {
    const f = join(dir, `${expected}-${Math.random()}.csv`);
    writeFileSync(f, text);
    expect(await countCsvRecords(f)).toBe(expected);
    writeFileSync(f + '.gz', gzipSync(text));
    expect(await countCsvRecords(f + '.gz')).toBe(expected);
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
    const { counts } = countCsvRecordsInWorker([a, b]);
    expect(await Promise.all(counts)).toEqual([await countCsvRecords(a), 2]);
    expect(await countCsvRecords(a)).toBe(3);
    const missing = countCsvRecordsInWorker([join(dir, 'nope.csv')]);
    await expect(missing.counts[0]).rejects.toThrow();
  }, 30_000);

  it('stop() ends the worker and rejects counts still pending', async () => {
    const a = join(dir, 'w-c.csv');
    writeFileSync(a, 'h\n1\n');
    const run = countCsvRecordsInWorker([a]);
    run.stop();
    await expect(run.counts[0]).rejects.toThrow();
  });
});
