/**
 * `ehr-deid run --config FILE --out DIR --secrets DIR [--input DIR] [--key-file F] [--workers N]`:
 * de-identifies an extract into a MIMIC-IV-shaped release.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DeidError } from '../../errors.js';
import { checkConfigForRelease } from '../../checks/config.js';
import { loadConfig } from '../../tables/config.js';
import { deidentifyTables, type ProgressEvent, type DeidentifyTablesResult } from '../../tables/deidentifyTables.js';
import { formatReport } from '../../tables/formatReport.js';
import { readDeathDates } from '../../tables/readDeathDates.js';
import type { CliCommand } from '../main.js';
import type { CliIO } from '../io.js';

/**
 * The secret key for a run: the `--key-file` content (one final line ending removed) or the
 * `EHR_DEID_KEY` environment variable. A byte order mark, or spaces, tabs or further line breaks
 * around the key, are refused rather than stripped: the same text must give the same key from
 * the file and from the variable, and a key is never guessed.
 *
 * @param io - CLI environment
 * @param keyFile - optional key file path
 * @returns the key
 * @throws DeidError `KEY_MISSING` when neither is set (or the file is empty), `KEY_INVALID` for a
 *   byte order mark or surrounding whitespace, `IO_FAILED` when the file cannot be read
 * @example
 * ```ts
 * const key = resolveKey(io, options.keyFile); // --key-file wins over EHR_DEID_KEY
 * ```
 */
export function resolveKey(io: CliIO, keyFile: string | undefined): string {
  if (keyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, keyFile), 'utf8');
    } catch (cause) {
      throw new DeidError('IO_FAILED', 'cannot read the key file', { location: { file: keyFile }, cause });
    }
    const key = text.replace(/\r?\n$/, '');
    if (!key) throw new DeidError('KEY_MISSING', 'the key file is empty');
    checkKeyText(key, 'the key file', keyFile);
    return key;
  }
  const env = io.env.EHR_DEID_KEY;
  if (!env) throw new DeidError('KEY_MISSING', 'no secret key: set EHR_DEID_KEY or pass --key-file FILE (at least 16 bytes)');
  checkKeyText(env, 'EHR_DEID_KEY');
  return env;
}

function checkKeyText(key: string, where: string, file?: string): void {
  const location = file === undefined ? {} : { location: { file } };
  if (key.charCodeAt(0) === 0xfeff) throw new DeidError('KEY_INVALID', `${where} starts with a byte order mark (BOM); save the key without one`, location);
  if (/^\s|\s$/.test(key)) throw new DeidError('KEY_INVALID', `${where} has spaces, tabs or line breaks around the key (only one final line ending is allowed in a key file); remove them: ehr-deid refuses rather than guess which key you meant`, location);
}

/**
 * Progress reporting: a cli-progress bar on a terminal, nothing otherwise.
 *
 * @param io - CLI environment
 * @returns the callback and a stop function
 * @example
 * ```ts
 * const p = progressFor(io);
 * try { await deidentifyTables({ ...options, onProgress: p.onProgress }); } finally { p.stop(); }
 * ```
 */
export function progressFor(io: CliIO): { onProgress: (e: ProgressEvent) => void; stop: () => void } {
  if (!io.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as unknown as NodeJS.WritableStream, format: ' {phase} {table} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (e) => {
      if (!started) {
        bar.start(e.total, e.done, { phase: e.phase, table: e.table });
        started = true;
      }
      bar.setTotal(e.total);
      bar.update(e.done, { phase: e.phase, table: e.table });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/**
 * Parses `--workers`.
 *
 * @param v - the option text, if given
 * @returns the worker count, or undefined for the default (all cores)
 * @throws DeidError `CONFIG_INVALID` unless an integer from 0 to 256
 * @example
 * ```ts
 * parseWorkers('2') // 2
 * ```
 */
export function parseWorkers(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new DeidError('CONFIG_INVALID', '--workers must be an integer from 0 to 256', { issues: [{ path: '--workers', message: 'expected an integer from 0 to 256' }] });
  return n;
}

/**
 * Loads the config, runs the pipeline with a progress bar (on a terminal) and prints the summary.
 *
 * @param io - CLI environment (paths resolve against `io.cwd`)
 * @param args - config, folders, key, workers, demo flag
 * @returns the pipeline result
 * @throws DeidError as `loadConfig` and `deidentifyTables`
 * @example
 * ```ts
 * await runRelease(io, { config: 'release.json', out: 'rel', secrets: 'sec', key });
 * ```
 */
export async function runRelease(io: CliIO, args: { config: string; input?: string; out: string; secrets: string; key: string; workers?: number; demo?: boolean; deathDates?: string; allowOutsideInput?: boolean }): Promise<DeidentifyTablesResult> {
  const config = loadConfig(resolve(io.cwd, args.config), args.input ? { input: resolve(io.cwd, args.input) } : {});
  // the checks section (read by `ehr-deid check --config` on the same file) is checked now, not after the run
  checkConfigForRelease(config);
  const p = progressFor(io);
  let result: DeidentifyTablesResult;
  try {
    result = await deidentifyTables({
      config,
      key: args.key,
      outDir: resolve(io.cwd, args.out),
      secretsDir: resolve(io.cwd, args.secrets),
      onProgress: p.onProgress,
      onNotice: (m) => void io.stderr.write(`ehr-deid: ${m}\n`),
      ...(args.allowOutsideInput ? { allowSourcesOutsideInput: true } : {}),
      ...(args.workers !== undefined ? { workers: args.workers } : {}),
      ...(args.demo ? { demo: true } : {}),
      ...(args.deathDates ? { deathDates: readDeathDates(resolve(io.cwd, args.deathDates)) } : {}),
    });
  } finally {
    p.stop();
  }
  io.stderr.write(formatReport(result.report, { out: args.out, secrets: args.secrets }));
  return result;
}

/** `ehr-deid run`. */
export const runCommand: CliCommand = {
  name: 'run',
  register(program: Command, io, setExit) {
    program
      .command('run')
      .description('de-identify an extract into a MIMIC-IV-shaped release (hosp/, icu/, note/)')
      .requiredOption('--config <file>', 'release config (JSON)')
      .option('--input <dir>', 'source folder (default: the config\'s "input")')
      .requiredOption('--out <dir>', 'release folder')
      .requiredOption('--secrets <dir>', 'secrets folder for look-up tables and quarantine (never inside the release)')
      .option('--key-file <file>', 'file holding the secret key (default: EHR_DEID_KEY)')
      .option('--workers <n>', 'scrubber worker threads (default: all cores)')
      .option('--death-dates <file>', 'CSV (key,dod with a header) of dates of death from record linkage; fills dod where the patients table has none')
      .option('--allow-outside-input', 'read source files outside the input folder (through .. or symbolic links); never from the secrets folder')
      .action(async (o: { config: string; input?: string; out: string; secrets: string; keyFile?: string; workers?: string; deathDates?: string; allowOutsideInput?: boolean }) => {
        const key = resolveKey(io, o.keyFile);
        const workers = parseWorkers(o.workers);
        await runRelease(io, { config: o.config, out: o.out, secrets: o.secrets, key, ...(o.input ? { input: o.input } : {}), ...(workers !== undefined ? { workers } : {}), ...(o.deathDates ? { deathDates: o.deathDates } : {}), ...(o.allowOutsideInput ? { allowOutsideInput: true } : {}) });
        setExit(0);
      });
  },
};
