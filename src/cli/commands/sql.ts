/**
 * `ehr-deid sql --config FILE --dialect duckdb|postgres|bigquery --out DIR --secrets DIR`:
 * writes the release as a SQL script plus the look-up tables it joins.
 *
 * @module
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DeidError } from '../../errors.js';
import { loadConfig } from '../../tables/config.js';
import { generateSql } from '../../tables/generateSql.js';
import type { SqlDialect } from '../../tables/_sql.js';
import type { CliCommand } from '../main.js';
import { parseWorkers, resolveKey } from './run.js';

/** `ehr-deid sql`. */
export const sqlCommand: CliCommand = {
  name: 'sql',
  register(program: Command, io, setExit) {
    program
      .command('sql')
      .description('write the release as SQL for duckdb, postgres or bigquery, with its look-up tables')
      .requiredOption('--config <file>', 'release config (JSON)')
      .requiredOption('--dialect <name>', 'duckdb | postgres | bigquery')
      .requiredOption('--out <dir>', 'folder for release.sql and lookups/ (secret: the look-ups re-identify patients)')
      .option('--secrets <dir>', 'secrets folder (default: <out>/secrets)')
      .option('--input <dir>', 'source folder (default: the config\'s "input")')
      .option('--key-file <file>', 'file holding the secret key (default: EHR_DEID_KEY)')
      .option('--workers <n>', 'scrubber worker threads (default: all cores)')
      .option('--allow-outside-input', 'read source files outside the input folder (through .. or symbolic links); never from the secrets folder')
      .action(async (o: { config: string; dialect: string; out: string; secrets?: string; input?: string; keyFile?: string; workers?: string; allowOutsideInput?: boolean }) => {
        if (o.dialect !== 'duckdb' && o.dialect !== 'postgres' && o.dialect !== 'bigquery') {
          throw new DeidError('CONFIG_INVALID', 'unknown SQL dialect', { issues: [{ path: '--dialect', message: 'expected duckdb, postgres or bigquery' }] });
        }
        const key = resolveKey(io, o.keyFile);
        const workers = parseWorkers(o.workers);
        const config = loadConfig(resolve(io.cwd, o.config), o.input ? { input: resolve(io.cwd, o.input) } : {});
        const out = resolve(io.cwd, o.out);
        const res = await generateSql({
          config,
          key,
          dialect: o.dialect as SqlDialect,
          outDir: out,
          secretsDir: resolve(io.cwd, o.secrets ?? resolve(out, 'secrets')),
          ...(workers !== undefined ? { workers } : {}),
          ...(o.allowOutsideInput ? { allowSourcesOutsideInput: true } : {}),
          onNotice: (m) => void io.stderr.write(`ehr-deid: ${m}\n`),
        });
        io.stderr.write(`ehr-deid sql: wrote ${res.script} and ${res.lookups.length} look-up tables in ${resolve(out, 'lookups')} (keep them private)\n`);
        setExit(0);
      });
  },
};
