/**
 * Fail closed at the command line (issue 11): the demo key refused by `run`, key files taken
 * byte for byte or refused, `scrub --out` never replacing a special file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../src/cli/commands/demo.js';
import { runCli, writeFixture } from '../e2e/_helpers.js';

const KEY = 'cli-fail-closed-key-0123456789ab';
let dir: string;
let config: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-cli-fc-'));
  config = writeFixture(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (env: Record<string, string>, extra: string[] = []) => runCli(['run', '--config', config, '--out', 'rel', '--secrets', 'sec', '--workers', '0', ...extra], env, dir);

describe('7. ehr-deid run and the public demo key', () => {
  it('refuses the demo key with KEY_INVALID and writes nothing', async () => {
    const r = await run({ EHR_DEID_KEY: DEMO_KEY });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('KEY_INVALID');
    expect(r.stderr).toContain('public demo key');
    expect(existsSync(join(dir, 'rel'))).toBe(false);
    expect(existsSync(join(dir, 'sec'))).toBe(false);
  });
});

describe('15. key files', () => {
  it.each([
    ['a UTF-8 byte order mark', `\ufeff${KEY}\n`],
    ['trailing spaces', `${KEY}  \n`],
    ['a leading space', ` ${KEY}\n`],
    ['a trailing tab', `${KEY}\t`],
    ['two final line breaks', `${KEY}\n\n`],
  ])('refuses a key file with %s (never a silently different key)', async (_what, text) => {
    writeFileSync(join(dir, 'key.txt'), text);
    const r = await run({}, ['--key-file', 'key.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('KEY_INVALID');
    expect(r.stderr).not.toContain(KEY);
    expect(existsSync(join(dir, 'sec'))).toBe(false);
  });

  it('refuses EHR_DEID_KEY with surrounding whitespace the same way', async () => {
    const r = await run({ EHR_DEID_KEY: `${KEY} ` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('KEY_INVALID');
  });

  it('takes a key file ending in one CRLF as the same key as EHR_DEID_KEY', async () => {
    writeFileSync(join(dir, 'key.txt'), `${KEY}\r\n`);
    const a = await run({}, ['--key-file', 'key.txt']);
    expect(a.code, a.stderr).toBe(0);
    const b = await runCli(['run', '--config', config, '--out', 'rel2', '--secrets', 'sec2', '--workers', '0'], { EHR_DEID_KEY: KEY }, dir);
    expect(b.code, b.stderr).toBe(0);
    expect(readFileSync(join(dir, 'rel', 'hosp', 'admissions.csv'), 'utf8')).toBe(readFileSync(join(dir, 'rel2', 'hosp', 'admissions.csv'), 'utf8'));
  });
});

describe('13. scrub --out', () => {
  const notes = (): string => {
    const p = join(dir, 'notes.jsonl');
    writeFileSync(p, '{"id":"1","text":"Seen by Dr. Smith on 3/4/2012."}\n');
    return p;
  };

  it('writes into a FIFO instead of replacing it with a regular file', async () => {
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString()));
    const closed = new Promise((res) => reader.on('close', res));
    const r = await runCli(['scrub', '--jsonl', notes(), '--out', fifo, '--workers', '0'], {}, dir);
    await closed;
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(got.trim()).text).not.toContain('Smith');
  });

  it('says clearly that the output folder does not exist', async () => {
    const r = await runCli(['scrub', '--jsonl', notes(), '--out', join(dir, 'missing', 'out.jsonl'), '--workers', '0'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('IO_FAILED: the folder of the output file does not exist');
  });

  it('refuses --out equal to --quarantine', async () => {
    const r = await runCli(['scrub', '--jsonl', notes(), '--out', 'same.jsonl', '--quarantine', './same.jsonl', '--workers', '0'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_INVALID');
    expect(r.stderr).toContain('--quarantine: must differ from --out');
    expect(existsSync(join(dir, 'same.jsonl'))).toBe(false);
  });
});
