/**
 * Every dialect of `ehr-deid sql` releases what `ehr-deid run` releases, on the demo and on a
 * source whose dates are written DD/MM/YYYY (item 10 of issue 12). DuckDB runs here; PostgreSQL
 * needs a server (EHR_DEID_TEST_PG, a libpq connection string such as
 * "host=/tmp port=5432 user=postgres"; `.ci/run` starts one), else those tests are skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/_lib/packageRoot.js';
import { fixtureConfig, runCli, walk, writeFixture } from '../e2e/_helpers.js';

const PG = process.env.EHR_DEID_TEST_PG;
if (!PG) process.stderr.write('sqlDialects: the PostgreSQL comparisons are skipped (set EHR_DEID_TEST_PG to a libpq connection string; .ci/run starts a server)\n');

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'ehr-deid-dialects-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { EHR_DEID_KEY: 'dialects-test-key-0123456789abcdef' };

/** The released tables (not manifests) of a release folder, each as its sorted lines. */
function tables(root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of walk(root)) if (f.endsWith('.csv') && !f.endsWith('_phi_manifest.csv')) out[relative(root, f)] = readFileSync(f, 'utf8').trim().split('\n').sort();
  return out;
}

async function runDuckDb(script: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const statements = await conn.extractStatements(readFileSync(script, 'utf8'));
    for (let i = 0; i < statements.count; i++) await (await statements.prepare(i)).run();
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

function runPostgres(folder: string): void {
  const db = `ehr_deid_dialects_${process.pid}_${Date.now()}`;
  const psql = (args: string[], cwd?: string) => spawnSync('psql', args, { encoding: 'utf8', cwd });
  expect(psql([PG as string, '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE ${db}`]).status).toBe(0);
  try {
    const r = psql([`${PG} dbname=${db}`, '-v', 'ON_ERROR_STOP=1', '-q', '-f', 'release.sql'], folder);
    expect(r.status, r.stderr).toBe(0);
  } finally {
    psql([PG as string, '-c', `DROP DATABASE IF EXISTS ${db}`]);
  }
}

/** `run` and `sql --dialect` on one config; the script run on its engine; both releases' tables. */
async function compare(name: string, config: string, dialect: 'duckdb' | 'postgres', input?: string): Promise<{ run: Record<string, string[]>; sql: Record<string, string[]> }> {
  const inp = input ? ['--input', input] : [];
  const r = await runCli(['run', '--config', config, ...inp, '--out', `${name}-run`, '--secrets', `${name}-run-secrets`, '--workers', '0'], env, dir);
  expect(r.code, r.stderr).toBe(0);
  const s = await runCli(['sql', '--config', config, ...inp, '--dialect', dialect, '--out', `${name}-${dialect}`, '--secrets', `${name}-${dialect}-secrets`, '--workers', '0'], env, dir);
  expect(s.code, s.stderr).toBe(0);
  const folder = join(dir, `${name}-${dialect}`);
  if (dialect === 'duckdb') await runDuckDb(join(folder, 'release.sql'));
  else runPostgres(folder);
  return { run: tables(join(dir, `${name}-run`)), sql: tables(join(folder, 'release')) };
}

/** The fixture extract with every date written DD/MM/YYYY, read through `formats`. */
function nonUsConfig(): string {
  const fixture = join(dir, 'dmy');
  writeFixture(fixture);
  const dmy = (v: string): string => v.replace(/(\d{4})-(\d{2})-(\d{2})/g, '$3/$2/$1');
  for (const f of ['people.csv', 'visits.csv', 'vitals.csv']) writeFileSync(join(fixture, 'in', f), dmy(readFileSync(join(fixture, 'in', f), 'utf8')));
  const c = fixtureConfig(join(fixture, 'in'));
  for (const [t, cols] of [['visits', ['admit', 'disch']], ['vitals', ['t']]] as const) for (const col of cols) c.tables[t].columns[col].formats = ['%d/%m/%Y %H:%M:%S'];
  c.tables.people.columns.dob.formats = ['%d/%m/%Y'];
  const path = join(fixture, 'config.json');
  writeFileSync(path, JSON.stringify(c));
  return path;
}

describe('ehr-deid sql releases what run releases', () => {
  // in CI (.ci/run) a server is started: these tests must run, never skip
  it.runIf(process.env.EHR_DEID_PG_TESTS === 'required')('has a PostgreSQL server when the PostgreSQL tests are required', () => {
    expect(PG, 'EHR_DEID_PG_TESTS=required but EHR_DEID_TEST_PG is not set').toBeTruthy();
  });

  it('in DuckDB, on the demo', async () => {
    const { run, sql } = await compare('demo', packagePath('examples', 'demo-config.json'), 'duckdb', packagePath('examples', 'demo-data'));
    expect(Object.keys(run).length).toBeGreaterThan(8);
    expect(sql).toEqual(run);
  }, 240_000);

  it('in DuckDB, on dates written DD/MM/YYYY', async () => {
    const { run, sql } = await compare('dmy', nonUsConfig(), 'duckdb');
    expect(run['hosp/admissions.csv']).toHaveLength(3); // header + V1, V3 (V4's discharge is impossible)
    expect(run['hosp/patients.csv']).toHaveLength(3); // header + M1, M3 (M2 is a minor), birth dates read DD/MM/YYYY
    expect(sql).toEqual(run);
  }, 120_000);

  it.runIf(PG)('in PostgreSQL, on the demo (psql; skipped without EHR_DEID_TEST_PG)', async () => {
    const { run, sql } = await compare('demo-pg', packagePath('examples', 'demo-config.json'), 'postgres', packagePath('examples', 'demo-data'));
    expect(sql).toEqual(run);
  }, 240_000);

  it.runIf(PG)('in PostgreSQL, on dates written DD/MM/YYYY (psql; skipped without EHR_DEID_TEST_PG)', async () => {
    const { run, sql } = await compare('dmy-pg', nonUsConfig(), 'postgres');
    expect(run['hosp/admissions.csv']).toHaveLength(3);
    expect(sql).toEqual(run);
  }, 120_000);

  it('refuses a config a dialect cannot honour: a strptime directive PostgreSQL or BigQuery cannot read', async () => {
    const path = nonUsConfig();
    const c = JSON.parse(readFileSync(path, 'utf8'));
    c.tables.visits.columns.admit.formats = ['%d/%m/%Y %H:%M:%S', '%A %d %B %Y'];
    writeFileSync(path, JSON.stringify(c));
    for (const dialect of ['postgres', 'bigquery']) {
      const r = await runCli(['sql', '--config', path, '--dialect', dialect, '--out', `refused-${dialect}`, '--workers', '0'], env, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('CONFIG_INVALID');
      expect(r.stderr).toContain('tables.visits.columns.admit.formats[1]');
      expect(readdirSync(dir)).not.toContain(`refused-${dialect}`);
    }
  });
});
