import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonl, readLines, writeChunk } from '../../src/_lib/jsonl.js';
import { DeidError, isDeidError } from '../../src/errors.js';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function error(p: Promise<unknown>): Promise<DeidError> {
  try {
    await p;
  } catch (e) {
    if (isDeidError(e)) return e;
    throw e;
  }
  throw new Error('expected a DeidError');
}

describe('readLines', () => {
  it.each([
    ['LF', ['a\nb\n'], ['a', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['no final line break', ['a\nb'], ['a', 'b']],
    ['a leading BOM', ['\uFEFFa\nb'], ['a', 'b']],
    ['lines split across chunks', ['ab', 'c\nd', 'e\r', '\nf'], ['abc', 'de', 'f']],
    ['empty lines', ['\n\nx\n'], ['', '', 'x']],
  ])('splits %s', async (_, chunks, lines) => {
    expect((await all(readLines(Readable.from(chunks)))).map((l) => l.text)).toEqual(lines);
  });

  it('decodes multi-byte UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('é\n');
    const out = await all(readLines(Readable.from([bytes.subarray(0, 1), bytes.subarray(1)])));
    expect(out.map((l) => l.text)).toEqual(['é']);
  });

  it('accepts a line exactly at the limit and rejects one character more with the line number', async () => {
    expect((await all(readLines(Readable.from(['abcd\n']), { maxLineLength: 4 }))).length).toBe(1);
    const e = await error(all(readLines(Readable.from(['ok\nabcde\n']), { maxLineLength: 4, file: 'in.jsonl' })));
    expect(e.code).toBe('LINE_TOO_LONG');
    expect(e.location).toEqual({ file: 'in.jsonl', line: 2 });
  });

  it('stops a 20 MB line with LINE_TOO_LONG under the default limit, without reading it all', async () => {
    const chunk = 'x'.repeat(1024 * 1024);
    let pulled = 0;
    async function* huge(): AsyncGenerator<string> {
      for (let i = 0; i < 20; i++) {
        pulled++;
        yield chunk;
      }
      yield '\n';
    }
    const e = await error(all(readLines(huge())));
    expect(e.code).toBe('LINE_TOO_LONG');
    expect(e.location?.line).toBe(1);
    expect(pulled).toBeLessThan(20);
  });
});

describe('readJsonl', () => {
  it('parses one value per line and skips blank lines, keeping line numbers', async () => {
    const out = await all(readJsonl(Readable.from(['{"id":"a"}\n\n{"id":"b"}\n'])));
    expect(out).toEqual([
      { line: 1, value: { id: 'a' } },
      { line: 3, value: { id: 'b' } },
    ]);
  });

  it('names the line of bad JSON with INPUT_INVALID and never quotes it', async () => {
    const e = await error(all(readJsonl(Readable.from(['{"id":"a"}\n{"id": Secret Person}\n']), { file: 'notes.jsonl' })));
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.location).toEqual({ file: 'notes.jsonl', line: 2 });
    expect(e.message).not.toContain('Secret');
  });
});

describe('writeChunk', () => {
  it('waits for drain when the stream is full', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    let got = '';
    const p = writeChunk(out, 'hello world');
    setTimeout(() => out.on('data', (c) => (got += String(c))), 10);
    await p;
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toBe('hello world');
  });

  it('fails with IO_FAILED on a destroyed stream', async () => {
    const out = new PassThrough();
    out.destroy();
    expect((await error(writeChunk(out, 'x'))).code).toBe('IO_FAILED');
  });
});

describe('readJsonl keeps ids as written', () => {
  it('a numeric id too long for a double, or written 1.10, comes back as its text; ordinary numbers and other keys are left alone', async () => {
    const { readJsonl: read, keepNumbersAsWritten: keep } = await import('../../src/_lib/jsonl.js');
    const lines = ['{"text":"a \\"x\\", {y}","id":12345678901234567890,"n":12345678901234567890}', '{"id": 1.10, "patient": 98765432109876543210}', '{"id":42,"text":"b"}', '{"meta":{"id":1},"id":-0.5e3}'];
    const out: unknown[] = [];
    for await (const r of read(Readable.from([lines.join('\n') + '\n']))) out.push(r.value);
    expect(out[0]).toMatchObject({ id: '12345678901234567890', n: 12345678901234567000 });
    expect(out[1]).toEqual({ id: '1.10', patient: '98765432109876543210' });
    expect(out[2]).toEqual({ id: 42, text: 'b' });
    expect(out[3]).toEqual({ meta: { id: 1 }, id: '-0.5e3' });
    expect(keep([1], '[1]', ['id'])).toEqual([1]);
  });
});
