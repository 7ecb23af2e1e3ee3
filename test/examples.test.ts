import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's API tour is mirrored by runnable scripts in examples/api/, which import the
// *built* package by name ('ehr-deid'), as a user would. `npm test` builds before this runs.
const root = new URL('..', import.meta.url).pathname;
const built = existsSync(`${root}dist/index.js`);

function run(script: string, env: NodeJS.ProcessEnv = process.env): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', timeout: 120_000, env });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!built)('examples/api (run against dist; build first)', () => {
  it('structured.ts assigns, reloads, shifts and anchors', () => {
    // Its own temporary directory, to see that the saved look-up table (which re-identifies
    // patients) does not outlive the script.
    const tmp = mkdtempSync(join(tmpdir(), 'ehr-deid-examples-test-'));
    const r = run('examples/api/structured.ts', { ...process.env, TMPDIR: tmp });
    const left = readdirSync(tmp).filter((f) => !f.startsWith('tsx-')); // tsx's own cache
    rmSync(tmp, { recursive: true, force: true });
    expect(left).toEqual([]);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain('reloaded keeps ids: true');
    expect(r.out).toMatch(/note_id 1\d{7}-DS-1/);
    expect(r.out).toContain("anchor_year_group: '2011 - 2013'");
    expect(r.out).toContain("reason: 'UNDER_MIN_AGE'");
  });

  it('scrub.ts removes names, phones, dates and ward codes but keeps clinical terms', () => {
    const r = run('examples/api/scrub.ts');
    expect(r.status).toBe(0);
    expect(r.out).toContain('Seen by Dr. ___ on ___. BP 120/80, 2/6 murmur, Foley in place.');
    expect(r.out).toContain('Wife [REDACTED] called from [REDACTED] at [REDACTED].');
    expect(r.out).not.toMatch(/Wyndham|Marisol|Alicia|Ferreira|555-0188/);
    expect(r.out).toContain("Parkinson's disease, Glasgow Coma Scale 15.");
  });
});
