import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, runCli, walk, writeFixture } from '../e2e/_helpers.js';

const KEY = 'sql-test-key-0123456789abcdef';
let dir: string;
let config: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-sql-'));
  config = writeFixture(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sortedLines = (p: string): string[] => readFileSync(p, 'utf8').trim().split('\n').sort();

describe('ehr-deid sql', () => {
  it('writes DuckDB SQL that, run in a fresh DuckDB, reproduces the release of `ehr-deid run`', async () => {
    const env = { EHR_DEID_KEY: KEY };
    const run = await runCli(['run', '--config', config, '--out', 'release', '--secrets', 'secrets-run', '--workers', '0'], env, dir);
    expect(run.code, run.stderr).toBe(0);
    const sql = await runCli(['sql', '--config', config, '--dialect', 'duckdb', '--out', 'warehouse', '--secrets', 'secrets-sql', '--workers', '0'], env, dir);
    expect(sql.code, sql.stderr).toBe(0);
    const script = readFileSync(join(dir, 'warehouse', 'release.sql'), 'utf8');
    expect(statSync(join(dir, 'warehouse', 'release.sql')).mode & 0o777).toBe(0o600);
    for (const f of walk(join(dir, 'warehouse', 'lookups'))) expect(statSync(f).mode & 0o777).toBe(0o600);

    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      const statements = await conn.extractStatements(script);
      for (let i = 0; i < statements.count; i++) await (await statements.prepare(i)).run();
    } finally {
      conn.closeSync();
      db.closeSync();
    }
    for (const t of ['hosp/patients.csv', 'hosp/admissions.csv', 'icu/chartevents.csv']) {
      expect(sortedLines(join(dir, 'warehouse', 'release', t))).toEqual(sortedLines(join(dir, 'release', t)));
    }
    expect(parseCsv(readFileSync(join(dir, 'warehouse', 'release', 'hosp', 'admissions.csv'), 'utf8')).map((r) => r.comments)).not.toContain(expect.stringContaining('Smith'));
  });

  it.each(['postgres', 'bigquery'] as const)('writes a %s script that joins the same look-up tables', async (dialect) => {
    const r = await runCli(['sql', '--config', config, '--dialect', dialect, '--out', `wh-${dialect}`, '--workers', '0'], { EHR_DEID_KEY: KEY }, dir);
    expect(r.code, r.stderr).toBe(0);
    const script = readFileSync(join(dir, `wh-${dialect}`, 'release.sql'), 'utf8');
    expect(script).toContain('lk_patients');
    expect(script).toContain(dialect === 'postgres' ? 'make_interval(days =>' : 'DATETIME_ADD(');
    expect(script).toContain(dialect === 'postgres' ? '\\copy' : '`src_visits`');
    expect(script).not.toContain('Smith');
  });

  it('writes a postgres script whose datetime casts cannot abort on an impossible date', async () => {
    const r = await runCli(['sql', '--config', config, '--dialect', 'postgres', '--out', 'wh-pg-cast', '--workers', '0'], { EHR_DEID_KEY: KEY }, dir);
    expect(r.code, r.stderr).toBe(0);
    const script = readFileSync(join(dir, 'wh-pg-cast', 'release.sql'), 'utf8');
    expect(script).toContain('CREATE FUNCTION pg_temp.ehr_try_timestamp(v text, fmt text)');
    expect(script).toContain('EXCEPTION WHEN others THEN RETURN NULL');
    expect(script).toMatch(/THEN pg_temp\.ehr_try_timestamp\(s0\."admit", NULL\)/);
    expect(script).not.toMatch(/CAST\(s0\.[^)]* AS timestamp\)/);
  });

  // Runs only where a PostgreSQL server is at hand: EHR_DEID_TEST_PG is a libpq connection
  // string such as "host=/tmp port=5432 user=postgres" (psql must be on the PATH).
  it.runIf(process.env.EHR_DEID_TEST_PG)('writes a postgres script that, run with psql, reproduces the release of `ehr-deid run`', async () => {
    const env = { EHR_DEID_KEY: KEY };
    const conn = process.env.EHR_DEID_TEST_PG as string;
    const run = await runCli(['run', '--config', config, '--out', 'release-pg', '--secrets', 'secrets-run-pg', '--workers', '0'], env, dir);
    expect(run.code, run.stderr).toBe(0);
    const sql = await runCli(['sql', '--config', config, '--dialect', 'postgres', '--out', 'wh-pg', '--secrets', 'secrets-sql-pg', '--workers', '0'], env, dir);
    expect(sql.code, sql.stderr).toBe(0);
    const db = `ehr_deid_test_${process.pid}_${Date.now()}`;
    const psql = (args: string[], cwd?: string) => spawnSync('psql', args, { encoding: 'utf8', cwd });
    expect(psql([conn, '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE ${db}`]).status).toBe(0);
    try {
      const r = psql([`${conn} dbname=${db}`, '-v', 'ON_ERROR_STOP=1', '-f', 'release.sql'], join(dir, 'wh-pg'));
      expect(r.status, r.stderr).toBe(0);
    } finally {
      psql([conn, '-c', `DROP DATABASE IF EXISTS ${db}`]);
    }
    for (const t of ['hosp/patients.csv', 'hosp/admissions.csv', 'icu/chartevents.csv']) {
      expect(sortedLines(join(dir, 'wh-pg', 'release', t))).toEqual(sortedLines(join(dir, 'release-pg', t)));
    }
  }, 60_000);

  it('rejects an unknown dialect and a missing key', async () => {
    expect((await runCli(['sql', '--config', config, '--dialect', 'oracle', '--out', 'x'], { EHR_DEID_KEY: KEY }, dir)).code).toBe(1);
    const r = await runCli(['sql', '--config', config, '--dialect', 'duckdb', '--out', 'x'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('KEY_MISSING');
  });
});
