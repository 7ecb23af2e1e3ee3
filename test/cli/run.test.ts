import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, writeFixture } from '../e2e/_helpers.js';

const KEY = 'run-test-key-0123456789abcdef';
let dir: string;
let config: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-run-'));
  config = writeFixture(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ehr-deid run', () => {
  it('releases with the key from EHR_DEID_KEY and prints a summary with the accounting', async () => {
    const r = await runCli(['run', '--config', config, '--out', 'rel', '--secrets', 'sec', '--workers', '0'], { EHR_DEID_KEY: KEY }, dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/hosp\/admissions\.csv\s+4\s+2\s+1\s+1/);
    expect(r.stderr).toContain('holds for every table');
    expect(r.stderr).toContain('DATE_INVALID 1');
    expect(r.stderr).not.toContain(KEY);
    expect(existsSync(join(dir, 'rel', 'report.json'))).toBe(true);
  });

  it('reads the key from --key-file, and the same key gives the same release', async () => {
    writeFileSync(join(dir, 'key.txt'), KEY + '\n');
    const a = await runCli(['run', '--config', config, '--out', 'a', '--secrets', 'sa', '--key-file', 'key.txt', '--workers', '0'], {}, dir);
    const b = await runCli(['run', '--config', config, '--out', 'b', '--secrets', 'sb', '--workers', '0'], { EHR_DEID_KEY: KEY }, dir);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(readFileSync(join(dir, 'a', 'hosp', 'admissions.csv'), 'utf8')).toBe(readFileSync(join(dir, 'b', 'hosp', 'admissions.csv'), 'utf8'));
  });

  it('fills dod from --death-dates (record linkage), shifted with the patient and censored at one year', async () => {
    // M1's last discharge is in the fixture's visits; one death soon after it, one years later.
    writeFileSync(join(dir, 'deaths.csv'), 'mrn,dod\nM1,2012-04-01\nM3,2030-01-01\n');
    const r = await runCli(['run', '--config', config, '--out', 'rel', '--secrets', 'sec', '--workers', '0', '--death-dates', 'deaths.csv'], { EHR_DEID_KEY: KEY }, dir);
    expect(r.code, r.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'rel', 'hosp', 'patients.csv'), 'utf8').trim().split('\n');
    const header = rows[0]!.split(',');
    const dods = rows.slice(1).map((l) => l.split(',')[header.indexOf('dod')]);
    expect(dods.filter((d) => d && /^2\d{3}-\d{2}-\d{2}$/.test(d))).toHaveLength(1); // M1: shifted into the window
    expect(dods.filter((d) => d && d.startsWith('2012'))).toHaveLength(0); // never the true date
  });

  it('exits 1 with DATE_INVALID naming the line when a linked date of death is unparseable', async () => {
    writeFileSync(join(dir, 'deaths.csv'), 'mrn,dod\nM1,2012-02-30\n');
    const r = await runCli(['run', '--config', config, '--out', 'rel', '--secrets', 'sec', '--workers', '0', '--death-dates', 'deaths.csv'], { EHR_DEID_KEY: KEY }, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DATE_INVALID');
    expect(r.stderr).toContain('deaths.csv:2');
    expect(r.stderr).not.toContain('2012-02-30');
  });

  it.each([
    ['no key', [], {}, 'KEY_MISSING'],
    ['an empty key file', ['--key-file', 'empty.txt'], {}, 'KEY_MISSING'],
    ['a missing key file', ['--key-file', 'nope.txt'], {}, 'IO_FAILED'],
    ['a short key', [], { EHR_DEID_KEY: 'short' }, 'KEY_INVALID'],
    ['a bad --workers', ['--workers', 'many'], { EHR_DEID_KEY: KEY }, 'CONFIG_INVALID'],
  ])('exits 1 on %s', async (_n, extra, env, code) => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await runCli(['run', '--config', config, '--out', 'rel', '--secrets', 'sec', ...extra], env, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(code);
    expect(existsSync(join(dir, 'rel', 'hosp'))).toBe(false);
  });

  it('exits 1 with every config problem and its path', async () => {
    const c = JSON.parse(readFileSync(config, 'utf8'));
    c.version = 2;
    c.tables.visits.columns.race = { rule: 'hash' };
    writeFileSync(config, JSON.stringify(c));
    const r = await runCli(['run', '--config', config, '--out', 'rel', '--secrets', 'sec'], { EHR_DEID_KEY: KEY }, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_INVALID');
    expect(r.stderr).toContain('$.version');
    expect(r.stderr).toContain('$.tables.visits.columns.race.rule');
  });

  it('exits 2 on a usage error (missing --out)', async () => {
    const r = await runCli(['run', '--config', config, '--secrets', 'sec'], { EHR_DEID_KEY: KEY }, dir);
    expect(r.code).toBe(2);
  });
});
