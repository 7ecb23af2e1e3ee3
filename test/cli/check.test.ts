import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO as memIO } from '../helpers/memoryIO.js';

const memoryIO = (cwd = process.cwd()) => memIO({ cwd });
import { clone, goodRelease, removeDir, writeRelease } from '../checks/_fixture.js';

const good = writeRelease(goodRelease());
const badTables = clone(goodRelease());
badTables['hosp/diagnoses_icd']!.rows[3]![3] = 'Q1Q1';
const bad = writeRelease(badTables);
afterAll(() => {
  removeDir(good);
  removeDir(bad);
});

describe('ehr-deid check', () => {
  it('exits 0 and prints a summary when every check passes', async () => {
    const io = memoryIO();
    expect(await main(['check', '--release', good, '--threads', '1'], io)).toBe(0);
    expect(io.out()).toMatch(/PASS {2}integrity\/diagnoses-icd-codes/);
    expect(io.out()).toMatch(/^OK: /m);
  });

  it('exits 1 when a check fails and writes the JSON report to --json FILE', async () => {
    const io = memoryIO(bad);
    expect(await main(['check', '--release', '.', '--json', 'report.json', '--threads', '1'], io)).toBe(1);
    const report = JSON.parse(readFileSync(join(bad, 'report.json'), 'utf8'));
    expect(report.ok).toBe(false);
    expect(report.checks.find((c: { id: string }) => c.id === 'integrity/diagnoses-icd-codes')).toMatchObject({ status: 'fail', examples: [{ table: 'hosp/diagnoses_icd', rows: [4] }] });
    expect(io.out()).toMatch(/^FAILED: /m);
    expect(readFileSync(join(bad, 'report.json'), 'utf8') + io.out()).not.toContain('Q1Q1');
  });

  it('writes JSON to stdout and the summary to stderr with --json alone', async () => {
    const io = memoryIO();
    expect(await main(['check', '--release', good, '--json', '--threads', '1'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ ok: true });
    expect(io.err()).toMatch(/^OK: /m);
  });

  it('uses a config file: a warn-only check does not change the exit code', async () => {
    const cfg = join(bad, 'checks.json');
    writeFileSync(cfg, JSON.stringify({ defaults: false, checks: [{ type: 'kAnonymity', table: 'hosp/patients', columns: ['gender'], k: 100, severity: 'warn' }] }));
    const io = memoryIO();
    expect(await main(['check', '--release', bad, '--config', cfg, '--threads', '1'], io)).toBe(0);
    expect(io.out()).toMatch(/WARN/);
  });

  it('exits 1 with every issue for an invalid config', async () => {
    const cfg = join(bad, 'invalid.json');
    writeFileSync(cfg, JSON.stringify({ checks: [{ type: 'coverage', table: 't' }] }));
    const io = memoryIO();
    expect(await main(['check', '--release', good, '--config', cfg], io)).toBe(1);
    expect(io.err()).toContain('CONFIG_INVALID');
    expect(io.err()).toContain('checks[0].min');
    expect(io.err()).toContain('checks[0].in');
  });

  it('accepts the release folder as an argument', async () => {
    const io = memoryIO();
    expect(await main(['check', bad, '--threads', '1'], io)).toBe(1);
    expect(io.out()).toMatch(/FAIL {2}integrity\/diagnoses-icd-codes/);
  });

  it('exits 1 for a missing release folder and 2 without one or with two', async () => {
    expect(await main(['check', '--release', '/nonexistent/x'], memoryIO())).toBe(1);
    const io = memoryIO();
    expect(await main(['check'], io)).toBe(2);
    expect(io.err()).toContain('missing the release folder');
    expect(await main(['check', good, '--release', bad], memoryIO())).toBe(2);
  });
});
