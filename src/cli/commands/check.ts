/**
 * `ehr-deid check`: runs the validation checks (integrity, consistency, de-identification) on a
 * release folder written by the tables pipeline.
 *
 * ```
 * ehr-deid check --release DIR [--config checks.json] [--source DIR] [--json [FILE]] [--threads N]
 * ehr-deid check DIR ...
 * ```
 *
 * Without `--config`, the defaults for a MIMIC-IV-shaped release run (checks whose tables are
 * absent are skipped). `--json FILE` writes the machine-readable report to FILE and the readable
 * summary to stdout; `--json` alone (or `--json -`) writes the report to stdout and the summary
 * to stderr. Reports hold counts and row numbers, never values. Exit code 1 when a check fails
 * (a `warn` check never changes the exit code).
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { DeidError } from '../../errors.js';
import { formatCheckReport, runChecks } from '../../checks/runChecks.js';
import { loadCheckConfig } from '../../checks/config.js';
import type { CliCommand } from '../main.js';

/** Options of `ehr-deid check` as parsed by commander. */
interface CheckCliOptions {
  readonly release?: string;
  readonly config?: string;
  readonly source?: string;
  readonly json?: string | boolean;
  readonly threads?: string;
}

/** `ehr-deid check`. */
export const checkCommand: CliCommand = {
  name: 'check',
  register(program: Command, io, setExit) {
    program
      .command('check')
      .description('Validate a release: integrity, consistency and de-identification checks (exit 1 when one fails).')
      .argument('[release]', 'release folder (same as --release)')
      .option('--release <dir>', 'release folder (hosp/, icu/, note/ of .csv, .csv.gz or .parquet)')
      .option('--config <file>', 'check config (JSON); default: the MIMIC-IV defaults')
      .option('--source <dir>', 'identified source folder: also check that no date equals the source')
      .option('--json [file]', 'write the JSON report to FILE (or to stdout with no FILE or "-")')
      .option('--threads <n>', 'DuckDB threads (default: all cores)')
      .action(async (positional: string | undefined, o: CheckCliOptions, cmd: Command) => {
        if (positional !== undefined && o.release !== undefined && positional !== o.release) cmd.error('error: give the release folder once (as an argument or with --release)', { exitCode: 2 });
        const releaseDir = o.release ?? positional;
        if (releaseDir === undefined) cmd.error('error: missing the release folder (ehr-deid check DIR, or --release DIR)', { exitCode: 2 });
        let threads: number | undefined;
        if (o.threads !== undefined) {
          if (!/^\d{1,3}$/.test(o.threads) || Number(o.threads) < 1) {
            throw new DeidError('CONFIG_INVALID', 'invalid option', { issues: [{ path: '--threads', message: 'expected a whole number >= 1' }] });
          }
          threads = Number(o.threads);
        }
        const configPath = o.config === undefined ? undefined : resolve(io.cwd, o.config);
        const config = configPath === undefined ? undefined : loadCheckConfig(configPath);
        const report = await runChecks(resolve(io.cwd, releaseDir), {
          ...(config ? { config } : {}),
          ...(o.source ? { source: resolve(io.cwd, o.source) } : {}),
          baseDir: configPath ? dirname(configPath) : io.cwd,
          ...(threads ? { threads } : {}),
        });
        const json = JSON.stringify(report, null, 2) + '\n';
        const summary = formatCheckReport(report);
        if (o.json === true || o.json === '-') {
          io.stdout.write(json);
          io.stderr.write(summary);
        } else {
          if (typeof o.json === 'string') {
            const file = resolve(io.cwd, o.json);
            try {
              writeFileSync(file, json);
            } catch (err) {
              throw new DeidError('IO_FAILED', 'cannot write the JSON report', { location: { file }, cause: err });
            }
          }
          io.stdout.write(summary);
        }
        setExit(report.ok ? 0 : 1);
      });
  },
};
