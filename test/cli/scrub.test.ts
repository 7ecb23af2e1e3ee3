import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO as memIO, type MemoryIO } from '../helpers/memoryIO.js';

const memoryIO = (stdin = '', cwd = process.cwd()) => memIO({ stdin, cwd });

const NOTES = [
  { id: 'a', text: 'Seen by Dr. Quimby on 3/4/2012. Call 617-555-1212.', extra: 1 },
  { id: 'b', text: 'Foley draining clear yellow urine.' },
  { id: 7, text: 'Wife Maryellen called for update.' },
];

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-scrub-'));
  made.push(dir);
  return dir;
}

function jsonl(rows: readonly unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

describe('ehr-deid scrub (in-process)', () => {
  it('scrubs JSONL in order, with phi offsets into the original text and joined sources', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), jsonl(NOTES));
    const io = memoryIO('', dir);
    expect(await main(['scrub', '--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--workers', '0'], io)).toBe(0);
    const rows = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', '7']);
    expect(rows[0].text).not.toMatch(/Quimby|617-555-1212/);
    expect(rows[0].text).toContain('___');
    expect(rows[1].text).toBe(NOTES[1]!.text);
    for (const [i, r] of rows.entries()) {
      expect(Object.keys(r)).toEqual(['id', 'text', 'phi']);
      for (const p of r.phi) {
        expect(Object.keys(p)).toEqual(['start', 'end', 'type', 'source']);
        expect(p.end).toBeLessThanOrEqual(NOTES[i]!.text.length);
        expect(p.source).toMatch(/^[a-z0-9/._-]+(\+[a-z0-9/._-]+)*$/);
      }
    }
    const quimby = NOTES[0]!.text.indexOf('Quimby');
    expect(rows[0].phi.some((p: { start: number; end: number }) => p.start <= quimby && p.end >= quimby + 6)).toBe(true);
  });

  it('keeps a numeric id too long for a double as written (12345678901234567890, not …7000)', async () => {
    const io = memoryIO('{"id":12345678901234567890,"text":"Foley in place."}\n{"id":7,"text":"ok"}\n');
    expect(await main(['scrub', '--jsonl', '-', '--out', '-', '--workers', '0'], io)).toBe(0);
    expect(io.out().trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['12345678901234567890', '7']);
  });

  it('reads stdin and writes stdout with "-", and honours --replacement and --algorithms', async () => {
    const io = memoryIO(jsonl(NOTES.slice(0, 1)));
    expect(await main(['scrub', '--jsonl', '-', '--out', '-', '--replacement', '[X]', '--algorithms', 'rules', '--workers', '0'], io)).toBe(0);
    const row = JSON.parse(io.out());
    expect(row.text).toContain('[X]');
    expect(row.phi.every((p: { source: string }) => !p.source.includes('nlp/'))).toBe(true);
  });

  it('scrubs plain text from stdin to stdout without --jsonl', async () => {
    const io = memoryIO('Seen by Dr. Quimby. Call 617-555-1212.\n');
    expect(await main(['scrub'], io)).toBe(0);
    expect(io.out()).not.toMatch(/Quimby|617-555-1212/);
    expect(io.out().endsWith('\n')).toBe(true);
  });

  it('stops on bad JSON with exit 1, INPUT_INVALID and the line number, and leaves no output file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), jsonl(NOTES.slice(0, 2)) + '{"id": "c", "text": Secret\n');
    const io = memoryIO('', dir);
    expect(await main(['scrub', '--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--workers', '0'], io)).toBe(1);
    expect(io.err()).toContain('INPUT_INVALID');
    expect(io.err()).toContain('in.jsonl:3');
    expect(io.err()).not.toContain('Secret');
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
  });

  it('stops on a 20 MB line with LINE_TOO_LONG naming the line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), jsonl(NOTES.slice(0, 1)) + JSON.stringify({ id: 'big', text: 'x'.repeat(20 * 1024 * 1024) }) + '\n');
    const io = memoryIO('', dir);
    expect(await main(['scrub', '--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--workers', '0'], io)).toBe(1);
    expect(io.err()).toContain('LINE_TOO_LONG');
    expect(io.err()).toContain('in.jsonl:2');
  });

  it('quarantines records that are not notes (id, line, code only) and scrubs the rest', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), jsonl([NOTES[0], { id: 'no-text', body: 'Secret Person' }, NOTES[1]]));
    const io = memoryIO('', dir);
    expect(await main(['scrub', '--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--quarantine', 'q.jsonl', '--workers', '0'], io)).toBe(0);
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(out).toEqual(['a', 'b']);
    const q = readFileSync(join(dir, 'q.jsonl'), 'utf8');
    expect(JSON.parse(q)).toEqual({ id: 'no-text', line: 2, error: { code: 'INPUT_INVALID' } });
    expect(q).not.toContain('Secret');
    expect(statSync(join(dir, 'q.jsonl')).mode & 0o777).toBe(0o600);
    expect(io.err()).toContain('1 note quarantined');
  });

  it('without --quarantine, a record that is not a note stops the run naming its line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), jsonl([NOTES[0], { id: 'x', text: 5 }]));
    const io = memoryIO('', dir);
    expect(await main(['scrub', '--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--workers', '0'], io)).toBe(1);
    expect(io.err()).toMatch(/INPUT_INVALID.*in\.jsonl:2/);
  });

  it.each([
    [['--workers', 'many']],
    [['--algorithms', 'rules,magic']],
    [['--quarantine', 'q.jsonl']],
  ])('rejects bad options %j with CONFIG_INVALID (exit 1)', async (args) => {
    const io = memoryIO('x');
    expect(await main(['scrub', ...args], io)).toBe(1);
    expect(io.err()).toContain('CONFIG_INVALID');
  });

  it('shows progress on stderr only when it is a TTY, never on stdout', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), jsonl(NOTES));
    const base = memoryIO('', dir);
    const tty: MemoryIO = { ...base, isTTY: true };
    expect(await main(['scrub', '--jsonl', 'in.jsonl', '--out', '-', '--workers', '0'], tty)).toBe(0);
    expect(tty.err()).toContain('scrub');
    expect(tty.out().trim().split('\n')).toHaveLength(3);
    const quiet = memoryIO('', dir);
    expect(await main(['scrub', '--jsonl', 'in.jsonl', '--out', '-', '--workers', '0'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
  });

  it('fails with IO_FAILED (exit 1) when the input file is missing', async () => {
    const io = memoryIO('', tmp());
    expect(await main(['scrub', '--jsonl', 'missing.jsonl', '--out', 'o.jsonl'], io)).toBe(1);
    expect(io.err()).toContain('IO_FAILED');
  });
});

const cli = join(process.cwd(), 'dist', 'cli.js');
describe.skipIf(!existsSync(cli))('ehr-deid scrub end to end (node dist/cli.js; run `npm run build` first)', () => {
  it('scrubs a JSONL file with worker threads, order preserved', () => {
    const dir = tmp();
    const rows = Array.from({ length: 120 }, (_, i) => ({ id: `n${i}`, text: `Note ${i}: Dr. Quimby called 617-555-1212 on 3/4.` }));
    writeFileSync(join(dir, 'in.jsonl'), jsonl(rows));
    execFileSync(process.execPath, [cli, 'scrub', '--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--workers', '2'], { cwd: dir });
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(out.every((r) => !r.text.includes('617-555-1212'))).toBe(true);
  });

  it('exits 1 with the line number on bad JSON, never echoing the bad line', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.jsonl'), '{"id":"a","text":"x"}\nnot json\n');
    const r = spawnSync(process.execPath, [cli, 'scrub', '--jsonl', 'in.jsonl', '--out', '-'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('in.jsonl:2');
    // notes before the bad line may already be on stdout (scrubbed); the bad line never is
    expect(r.stdout).not.toContain('not json');
    for (const line of r.stdout.split('\n').filter(Boolean)) expect(Object.keys(JSON.parse(line))).toEqual(['id', 'text', 'phi']);
  });

  it('pipes plain text through stdin and stdout', () => {
    const r = spawnSync(process.execPath, [cli, 'scrub'], { input: 'Call 617-555-1212 today.\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('617-555-1212');
  });
});
