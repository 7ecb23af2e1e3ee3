import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';

/** A CliIO backed by memory, for running `main()` in-process; `out()`/`err()` read what was written. */
export type MemoryIO = CliIO & { out: () => string; err: () => string };

/**
 * @param options.stdin - text on standard input (ended after it); omitted: an open, empty stdin
 * @param options.cwd - working directory the command sees (default: the test's)
 */
export function memoryIO(options: { stdin?: string; cwd?: string } = {}): MemoryIO {
  const stdin = new PassThrough();
  if (options.stdin !== undefined) stdin.end(options.stdin);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  return { stdin, stdout, stderr, env: {}, cwd: options.cwd ?? process.cwd(), isTTY: false, out: () => out, err: () => err };
}
