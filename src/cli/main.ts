/**
 * `ehr-deid` command line: parses argv with commander and dispatches to one file per command
 * under `commands/`. Returns an exit code instead of calling `process.exit`, so tests can run it
 * in-process.
 *
 * Exit codes: 0 success, 1 a {@link DeidError} (expected failure: bad input, failed check, missing
 * key), 2 usage error, 70 an unexpected internal error (printed with its stack).
 *
 * @module
 */
import { Command, CommanderError } from 'commander';
import { isDeidError } from '../errors.js';
import type { CliIO } from './io.js';
import { processIO } from './io.js';
import { commands } from './commands/index.js';
import { VERSION } from '../version.js';
import { runInterruptCleanups } from '../_lib/interrupt.js';

/** A subcommand: registers itself on the program and runs with the given IO. */
export interface CliCommand {
  readonly name: string;
  /** Adds the subcommand; its action must set the exit code through `setExit`. */
  readonly register: (program: Command, io: CliIO, setExit: (code: number) => void) => void;
}

/**
 * Runs the CLI.
 *
 * @param argv - arguments after `node cli.js` (i.e. `process.argv.slice(2)`)
 * @param io - streams and environment (defaults to the real process)
 * @returns the process exit code
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = code;
  };
  const program = new Command();
  program
    .name('ehr-deid')
    .description('De-identify EHR extracts and clinical notes the way MIMIC-IV was built.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError();
  for (const cmd of commands) cmd.register(program, io, setExit);
  // no command: the help on stderr, and a usage error (a script that forgot its arguments fails)
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    io.onError?.(err);
    return handleError(err, io);
  }
}

/**
 * Maps an error to a message on stderr and an exit code: DeidError → message with location,
 * exit 1; commander usage errors → 2 (help and version → 0); anything else → stack, exit 70.
 *
 * @param err - what was thrown
 * @param io - where to print
 * @returns the exit code
 */
export function handleError(err: unknown, io: CliIO): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return err.exitCode === 0 ? 0 : 2;
  }
  if (isDeidError(err)) {
    io.stderr.write(`ehr-deid: ${err.message}\n`);
    for (const issue of err.issues) io.stderr.write(`  - ${issue.path}: ${issue.message}\n`);
    return 1;
  }
  const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.stderr.write(`ehr-deid: internal error\n${stack}\n`);
  return 70;
}

/**
 * Makes the process fail closed on SIGINT and SIGTERM: every run in progress removes its
 * temporary work (work folder, release draft, staged secrets) and its locks, synchronously, and
 * the process exits 130 (SIGINT) or 143 (SIGTERM) with nothing published. Also sets the umask
 * to 077, so every file the run creates (engine spill files, row exports, quarantine) is
 * private; the published release gets its modes (0755/0644) explicitly.
 *
 * @param stderr - where to say so
 * @example
 * ```ts
 * installProcessGuards(process.stderr); // in the bin, before main()
 * ```
 */
export function installProcessGuards(stderr: NodeJS.WritableStream): void {
  process.umask(0o077);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      const runs = runInterruptCleanups();
      stderr.write(`\nehr-deid: interrupted (${signal})${runs ? '; temporary files removed, nothing published' : ''}\n`);
      process.exit(code);
    });
  }
}
