/**
 * The CLI's view of the outside world, so commands can be run in-process by tests.
 *
 * @module
 */
import type { Readable, Writable } from 'node:stream';

/** Streams and environment a CLI command may use. */
export interface CliIO {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** True when stderr is an interactive terminal (progress bars are shown only then). */
  readonly isTTY: boolean;
  /** Shown every error a command ends with, before it is printed (tests inspect it). */
  readonly onError?: (error: unknown) => void;
}

/** The real process streams. */
export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}
