/**
 * Line-delimited JSON (JSONL) reading and writing with bounded memory.
 *
 * Reading streams the input chunk by chunk and never holds more than one line (at most
 * `maxLineLength` characters) plus one chunk: a line longer than the limit stops the read with
 * `LINE_TOO_LONG` before the rest of it is buffered. A line that is not JSON stops it with
 * `INPUT_INVALID` naming the file and 1-based line. Error messages never quote the input.
 *
 * @internal
 */
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import type { Writable } from 'node:stream';
import { DeidError } from '../errors.js';

/** Default longest accepted line: 16 Mi UTF-16 code units (a very long clinical note is < 1 MB). */
export const DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

/** Options for {@link readLines} and {@link readJsonl}. */
export interface ReadJsonlOptions {
  /** Longest accepted line, in UTF-16 code units, excluding the line break. Default 16 Mi. */
  readonly maxLineLength?: number;
  /** File name used in error locations (e.g. the path, or `stdin`). */
  readonly file?: string;
}

/** One line of input with its 1-based line number. */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/** One parsed JSONL record with its 1-based line number. */
export interface JsonlRecord {
  readonly line: number;
  readonly value: unknown;
}

/**
 * Splits a stream (or any async iterable of strings or bytes, decoded as UTF-8) into lines.
 * `\n` and `\r\n` end lines; a leading byte-order mark is dropped; a final line without a line
 * break is returned too.
 *
 * @param input - a readable stream or async iterable of chunks
 * @param options - line limit and file name for errors
 * @returns an async generator of numbered lines
 * @throws DeidError `LINE_TOO_LONG` (with file and line) when a line exceeds the limit
 * @example
 * ```ts
 * for await (const { line, text } of readLines(createReadStream('notes.jsonl'))) console.log(line, text.length);
 * ```
 */
export async function* readLines(input: AsyncIterable<string | Uint8Array>, options: ReadJsonlOptions = {}): AsyncGenerator<NumberedLine> {
  const max = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let partLength = 0;
  let lineNo = 1;
  let first = true;
  const tooLong = (): DeidError =>
    new DeidError('LINE_TOO_LONG', `line is longer than the limit of ${max} characters`, {
      location: { ...(options.file !== undefined ? { file: options.file } : {}), line: lineNo },
    });
  const finish = (tail: string): string => {
    let s = parts.length === 0 ? tail : parts.join('') + tail;
    parts = [];
    partLength = 0;
    if (s.endsWith('\r')) s = s.slice(0, -1);
    return s;
  };
  const feed = function* (chunk: string): Generator<NumberedLine> {
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', pos);
      if (nl === -1) break;
      // a trailing \r is not counted against the limit
      const len = partLength + (nl - pos) - (nl > pos && chunk.charCodeAt(nl - 1) === 13 ? 1 : 0);
      if (len > max) throw tooLong();
      yield { line: lineNo, text: finish(chunk.slice(pos, nl)) };
      lineNo++;
      pos = nl + 1;
    }
    if (pos < chunk.length) {
      const rest = chunk.slice(pos);
      partLength += rest.length;
      // allow one pending \r beyond the limit (it may be the first half of \r\n)
      if (partLength > max + 1 || (partLength === max + 1 && !rest.endsWith('\r'))) throw tooLong();
      parts.push(rest);
    }
  };
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    yield* feed(s);
  }
  yield* feed(decoder.end());
  if (partLength > 0) {
    const text = finish('');
    if (text.length > max) throw tooLong();
    yield { line: lineNo, text };
  }
}

/**
 * Parses one JSONL line.
 *
 * @param text - the line (without its line break)
 * @param line - its 1-based line number, for the error location
 * @param file - file name for the error location
 * @returns the parsed value
 * @throws DeidError `INPUT_INVALID` (with file and line) when the line is not JSON
 * @example
 * ```ts
 * parseJsonlLine('{"id":"a"}', 1); // { id: 'a' }
 * ```
 */
export function parseJsonlLine(text: string, line: number, file?: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // No `cause`: V8's SyntaxError quotes the text around the fault, which may be PHI.
    throw new DeidError('INPUT_INVALID', `line is not valid JSON (${text.length} characters)`, {
      location: { ...(file !== undefined ? { file } : {}), line },
    });
  }
}

/**
 * Reads JSONL: one JSON value per line; blank lines are skipped (but counted).
 *
 * @param input - a readable stream or async iterable of chunks
 * @param options - line limit and file name for errors
 * @returns an async generator of parsed records with their line numbers
 * @throws DeidError `LINE_TOO_LONG` or `INPUT_INVALID` naming the file and line
 * @example
 * ```ts
 * for await (const { line, value } of readJsonl(process.stdin, { file: 'stdin' })) handle(line, value);
 * ```
 */
export async function* readJsonl(input: AsyncIterable<string | Uint8Array>, options: ReadJsonlOptions = {}): AsyncGenerator<JsonlRecord> {
  for await (const { line, text } of readLines(input, options)) {
    if (text.trim() === '') continue;
    // ids (and patient keys) are kept as written: a long numeric id is never rounded
    yield { line, value: keepNumbersAsWritten(parseJsonlLine(text, line, options.file), text, ['id', 'patient']) };
  }
}

/**
 * Writes a string to a stream, waiting for `drain` when the stream's buffer is full
 * (backpressure), and failing if the stream errors or closes first.
 *
 * @param out - the destination
 * @param chunk - text to write
 * @returns a promise that resolves once the stream can take more
 * @throws DeidError `IO_FAILED` when the stream errors or is destroyed
 * @example
 * ```ts
 * await writeChunk(process.stdout, JSON.stringify(row) + '\n');
 * ```
 */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new DeidError('IO_FAILED', 'output stream is closed');
  if (out.write(chunk)) return;
  const ac = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: ac.signal }),
      once(out, 'close', { signal: ac.signal }).then(() => {
        throw new DeidError('IO_FAILED', 'output stream closed while writing');
      }),
    ]);
  } catch (cause) {
    if (cause instanceof DeidError) throw cause;
    throw new DeidError('IO_FAILED', 'output stream failed while writing', { cause });
  } finally {
    ac.abort();
  }
}

/**
 * A parsed JSONL object whose top-level numbers under `keys` that JavaScript does not hold as
 * written (`12345678901234567890`, `1.10`) are put back as the text they were written as, so an
 * id is kept as written, never rounded. Other values are returned as they are.
 *
 * @param value - the parsed line
 * @param text - the line's text
 * @param keys - the top-level keys to keep as written
 * @returns the value, such numbers as strings
 * @example
 * ```ts
 * keepNumbersAsWritten(JSON.parse('{"id":12345678901234567890}'), '{"id":12345678901234567890}', ['id']) // { id: '12345678901234567890' }
 * ```
 */
export function keepNumbersAsWritten(value: unknown, text: string, keys: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const rec = value as Record<string, unknown>;
  if (!keys.some((k) => typeof rec[k] === 'number')) return value;
  const raw = topLevelNumbers(text);
  for (const k of keys) {
    const v = rec[k];
    const t = raw.get(k);
    if (typeof v === 'number' && t !== undefined && String(v) !== t) rec[k] = t;
  }
  return rec;
}

/** The text of every top-level number of a JSON object, by key (one pass, no backtracking). */
function topLevelNumbers(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = text.indexOf('{') + 1;
  const n = text.length;
  const ws = (): void => {
    while (i < n && ' \t\r\n'.includes(text[i] as string)) i++;
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skip = (): void => {
    // a nested value: strings skipped whole, brackets counted
    let depth = 0;
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        str();
        if (depth === 0) return;
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      } else if (depth === 0 && c === ',') return;
      i++;
    }
  };
  while (i > 0 && i < n) {
    ws();
    if (text[i] !== '"') break;
    const key = str();
    ws();
    if (text[i] !== ':') break;
    i++;
    ws();
    const c = text[i] as string;
    if (c === '-' || (c >= '0' && c <= '9')) {
      const start = i;
      while (i < n && '+-.0123456789eE'.includes(text[i] as string)) i++;
      out.set(key, text.slice(start, i));
    } else skip();
    ws();
    if (text[i] !== ',') break;
    i++;
  }
  return out;
}
