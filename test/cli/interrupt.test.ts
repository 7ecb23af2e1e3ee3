/**
 * Killed runs (issue 11, item 10): the built CLI is spawned, paused at a phase boundary
 * (`EHR_DEID_TEST_PAUSE`) and killed there. Whatever the signal and the phase, no release folder
 * appears (or the earlier one stays as it was) and the secrets do not change; SIGINT and SIGTERM
 * also leave no temporary file and exit 130 and 143; after `kill -9` the next run removes the
 * leftovers and says so.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, walk, writeFixture } from '../e2e/_helpers.js';

const cli = resolve('dist/cli.js');
const KEY = 'interrupt-test-key-0123456789abcdef';
let dir: string;
let config: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-interrupt-'));
  config = writeFixture(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const args = (): string[] => ['run', '--config', config, '--out', 'rel', '--secrets', 'sec', '--workers', '0'];

/** Spawns the CLI paused at `phase`, sends `signal` there, and resolves when it has ended. */
function killAt(phase: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; paused: boolean }> {
  const child = spawn(process.execPath, [cli, ...args()], { cwd: dir, env: { ...process.env, EHR_DEID_KEY: KEY, EHR_DEID_TEST_PAUSE: phase } });
  let stderr = '';
  let paused = false;
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    if (!paused && stderr.includes(`[paused] ${phase}`)) {
      paused = true;
      child.kill(signal);
    }
  });
  return new Promise((res) => child.on('close', (code, sig) => res({ code, signal: sig, stderr, paused })));
}

/** Content hashes of the files below `root` whose path does not match `skip`. */
function tree(root: string, skip?: RegExp): Record<string, string> {
  if (!existsSync(root)) return {};
  const out: Record<string, string> = {};
  for (const f of walk(root)) {
    const rel = f.slice(root.length + 1);
    if (skip && skip.test(rel)) continue;
    out[rel] = createHash('sha256').update(readFileSync(f)).digest('hex');
  }
  return out;
}

/** Everything an interrupted run may leave: work folders, staged secrets, locks, release drafts. */
const LEFTOVERS = /^(tmp-\d|\.ehr-deid-staged-|\.ehr-deid\.lock)/;
const leftovers = (): string[] => [
  ...readdirSync(join(dir, 'sec')).filter((e) => LEFTOVERS.test(e)),
  ...readdirSync(dir).filter((e) => e.startsWith('.rel.')),
];

/** A second extract: one more patient and visit, so a finished rerun would change the secrets. */
function growExtract(): void {
  writeFileSync(join(dir, 'in', 'people.csv'), 'mrn,name,dob,sex\nM1,Ada Quill,1950-01-02,F\nM2,Bo Quill,2010-05-05,M\nM3,Cy Rook,1960-03-04,M\nM4,Di New,1970-01-01,F\n');
  const visits = readFileSync(join(dir, 'in', 'visits.csv'), 'utf8');
  writeFileSync(join(dir, 'in', 'visits.csv'), `${visits}V5,M4,2011-01-01 00:00:00,2011-01-03 00:00:00,WHITE,new\n`);
}

describe.skipIf(!existsSync(cli))('a killed run (node dist/cli.js; run `npm run build` first)', () => {
  it.each([
    ['SIGINT', 'lookups', 130],
    ['SIGTERM', 'written', 143],
  ] as const)('first run, %s at %s: exit %i, no release folder, no secrets, no temporary file', async (signal, phase, code) => {
    const r = await killAt(phase, signal);
    expect(r.paused, r.stderr).toBe(true);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(`interrupted (${signal}); temporary files removed, nothing published`);
    expect(existsSync(join(dir, 'rel'))).toBe(false);
    expect(readdirSync(join(dir, 'sec'))).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it.each([
    ['SIGTERM', 'staged'],
    ['SIGINT', 'applied'],
    ['SIGINT', 'written'],
  ] as const)('rerun, %s at %s: the earlier release and the secrets unchanged, no temporary file', async (signal, phase) => {
    const first = await runCli(args(), { EHR_DEID_KEY: KEY }, dir);
    expect(first.code, first.stderr).toBe(0);
    const release = tree(join(dir, 'rel'));
    const secrets = tree(join(dir, 'sec'));
    growExtract();
    const r = await killAt(phase, signal);
    expect(r.paused, r.stderr).toBe(true);
    expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(tree(join(dir, 'rel'))).toEqual(release);
    expect(tree(join(dir, 'sec'))).toEqual(secrets);
    expect(leftovers()).toEqual([]);
  });

  it('kill -9 at two phases: no release, secrets unchanged; the next run removes the leftovers, says so, and succeeds', async () => {
    growExtract();
    for (const phase of ['applied', 'written']) {
      rmSync(join(dir, 'rel'), { recursive: true, force: true });
      const secrets = tree(join(dir, 'sec'), LEFTOVERS);
      const r = await killAt(phase, 'SIGKILL');
      expect(r.paused, r.stderr).toBe(true);
      expect(r.signal).toBe('SIGKILL');
      expect(existsSync(join(dir, 'rel'))).toBe(false);
      // the secrets as they were (nothing at first, then the next run's), besides the leftovers
      expect(tree(join(dir, 'sec'), LEFTOVERS)).toEqual(secrets);
      expect(leftovers().length).toBeGreaterThan(0);
      const next = await runCli(args(), { EHR_DEID_KEY: KEY }, dir);
      expect(next.code, next.stderr).toBe(0);
      expect(next.stderr).toContain('removed a stale lock on the secrets folder');
      expect(next.stderr).toMatch(/removed \d+ temporary file\(s\) or folder\(s\) left in the secrets folder by an interrupted run/);
      expect(leftovers()).toEqual([]);
    }
  });
});
