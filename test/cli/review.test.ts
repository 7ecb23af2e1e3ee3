import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../helpers/memoryIO.js';
import { writeFixtureRun } from '../review/_fixture.js';

const dirs: string[] = [];
const temp = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('ehr-deid scrub --replacement, --dates', () => {
  const notes = [
    { id: 'a', patient: 'p1', text: 'Seen by Dr. Quimby on 3/4/2012. Call 617-555-1212.' },
    { id: 'b', patient: 'p1', text: 'Dr. Quimby again.' },
    { id: 'c', patient: 'p2', text: 'Dr. Quimby again.', shiftDays: 10 },
  ];

  async function scrub(args: string[], rows: readonly unknown[], env: Record<string, string> = {}): Promise<{ code: number; rows: { id: string; text: string }[]; err: string }> {
    const dir = temp('ehr-deid-cli-scrub-');
    writeFileSync(join(dir, 'in.jsonl'), jsonl(rows));
    const io = { ...memoryIO({ cwd: dir }), env };
    const code = await main(['scrub', '--jsonl', 'in.jsonl', '--out', 'out.jsonl', '--workers', '0', '--algorithms', 'rules', ...args], io);
    const out = code === 0 ? readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string }) : [];
    return { code, rows: out, err: io.err() };
  }

  it('writes [TYPE] tags', async () => {
    const r = await scrub(['--replacement', 'tag'], notes.slice(0, 1));
    expect(r.rows[0]!.text).toBe('Seen by Dr. [NAME] on [DATE]. Call [PHONE].');
  });

  it('writes surrogates consistent per "patient" field, keyed by EHR_DEID_KEY', async () => {
    const r = await scrub(['--replacement', 'surrogate'], notes, { EHR_DEID_KEY: 'cli-surrogate-key-0123456789' });
    expect(r.code, r.err).toBe(0);
    const fake = (t: string): string => /Dr\. (\S+?)[ .]/.exec(t)![1]!;
    expect(fake(r.rows[0]!.text)).toBe(fake(r.rows[1]!.text));
    expect(r.rows[0]!.text).toMatch(/^Seen by Dr\. [A-Z][a-z]+ on \d{1,2}\/\d{1,2}\/\d{4}\. Call \d{3}-\d{3}-\d{4}\.$/);
    expect(r.rows.map((x) => x.text).join(' ')).not.toMatch(/Quimby|617-555-1212|3\/4\/2012/);
  });

  it('refuses surrogates without a key', async () => {
    const r = await scrub(['--replacement', 'surrogate'], notes);
    expect(r.code).toBe(1);
    expect(r.err).toContain('KEY_MISSING');
  });

  it('shifts dates by each line\'s "shiftDays" with --dates shift, and quarantines a line without it', async () => {
    const r = await scrub(['--dates', 'shift'], [{ id: 'x', text: 'Admitted 3/4/2012.', shiftDays: 10 }]);
    expect(r.rows[0]!.text).toBe('Admitted 3/14/2012.');
    const bad = await scrub(['--dates', 'shift'], [{ id: 'x', text: 'Admitted 3/4/2012.' }]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('INPUT_INVALID');
  });

  it('searches a line\'s "known" identifiers first', async () => {
    const r = await scrub(['--algorithms', 'nlp'], [{ id: 'k', text: 'pt zorblat seen', known: [{ column: 'last_name', kind: 'name', value: 'Zorblat' }] }]);
    expect(r.rows[0]!.text).toBe('pt ___ seen');
  });
});

describe('ehr-deid review and suggest-allowlist', () => {
  it('writes the page into the secrets folder and says how to use it', async () => {
    const run = writeFixtureRun(temp('ehr-deid-cli-review-'));
    const io = memoryIO();
    expect(await main(['review', '--release', run.release, '--secrets', run.secrets, '--sample', '2'], io)).toBe(0);
    expect(io.err()).toContain(`2 notes (of 3 kept by the run) in ${join(run.secrets, 'review', 'review.html')}`);
    expect(io.err()).toContain('It shows PHI');
  });

  it('rejects a bad --sample', async () => {
    const run = writeFixtureRun(temp('ehr-deid-cli-review-'));
    const io = memoryIO();
    expect(await main(['review', '--release', run.release, '--secrets', run.secrets, '--sample', 'many'], io)).toBe(1);
    expect(io.err()).toContain('CONFIG_INVALID');
  });

  it('turns exported over-scrubs into allow-list suggestions', async () => {
    const dir = temp('ehr-deid-cli-suggest-');
    writeFileSync(join(dir, 'marks.jsonl'), jsonl([{ id: 'a', text: 'Parkinson disease', phi: [], overscrub: [{ start: 0, end: 9, type: 'NAME', sources: ['rules/x'] }] }]));
    const io = memoryIO({ cwd: dir });
    expect(await main(['suggest-allowlist', 'marks.jsonl'], io)).toBe(0);
    expect(io.out()).toContain('# types: NAME\n# 1 over-scrub (rules/x)\nParkinson\n');
    expect(io.err()).toContain('1 suggestion');
  });
});
