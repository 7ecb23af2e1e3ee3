/**
 * Guard (issue 11): every CLI command, run on broken inputs that carry planted sentinel values
 * (a name, an MRN), never shows a sentinel: not on stdout or stderr, not in `report.json` or a
 * quarantine file, and not in the message, JSON or `util.inspect` output (cause chain included)
 * of the error the command ended with. Malformed lines, files without their header, corrupt
 * secrets, configs that are not JSON: every message names a file, a line, a position or a
 * count, never the text.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { walk, writeFixture } from '../e2e/_helpers.js';

const NAME = 'ZZSENT Quartermaine';
const MRN = 'MRNZZ4417';
const NEEDLES = ['ZZSENT', 'Quartermaine', 'ZZ4417'];
const KEY = 'guard-cli-key-0123456789abcdef';

let root: string;
beforeAll(() => void (root = mkdtempSync(join(tmpdir(), 'ehr-deid-guard-cli-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  errors: unknown[];
}

async function cli(argv: string[], cwd: string, stdin = ''): Promise<Outcome> {
  const out = new PassThrough();
  const err = new PassThrough();
  const input = new PassThrough();
  input.end(stdin);
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const errors: unknown[] = [];
  const io: CliIO = { stdin: input, stdout: out, stderr: err, env: { EHR_DEID_KEY: KEY }, cwd, isTTY: false, onError: (e) => errors.push(e) };
  const code = await main(argv, io);
  return { code, stdout, stderr, errors };
}

const w = (path: string, text: string): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

/** A case: prepares `dir` (the fixture extract is there) and returns the command line. */
interface Case {
  readonly name: string;
  /** Exit code expected (the run must fail closed, or succeed with the bad rows quarantined). */
  readonly code: number;
  readonly setup: (dir: string) => Promise<string[]> | string[];
  readonly stdin?: string;
  /** False when a non-zero exit is a verdict (a failed check), not a thrown error. */
  readonly thrown?: boolean;
}

const run = ['run', '--config', 'config.json', '--out', 'rel', '--secrets', 'sec', '--workers', '0'];
const sql = ['sql', '--config', 'config.json', '--dialect', 'postgres', '--out', 'wh', '--secrets', 'sec', '--workers', '0'];
const editConfig = (dir: string, edit: (c: any) => void): void => {
  const c = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  edit(c);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(c));
};
const headerless = (dir: string): void => w(join(dir, 'in', 'people.csv'), `${MRN},${NAME},1950-01-02,F\nM2,Bo Quill,2010-05-05,M\n`);
const badMerges = (dir: string): void => {
  w(join(dir, 'in', 'merges.csv'), `old,new\nM9,M1\n"${MRN} ${NAME}"x,M1\n`);
  editConfig(dir, (c) => (c.patients.merges = { file: 'merges.csv', from: 'old', to: 'new' }));
};
/** A first run that stores the sentinel MRN in the secrets, then a torn offsets file. */
const tornOffsets = async (dir: string): Promise<void> => {
  w(join(dir, 'in', 'people.csv'), `mrn,name,dob,sex\n${MRN},Ada Quill,1950-01-02,F\nM2,Bo Quill,2010-05-05,M\nM3,Cy Rook,1960-03-04,M\n`);
  w(join(dir, 'in', 'visits.csv'), `visit,mrn,admit,disch,race,comment\nV1,${MRN},2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,x\nV3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,seen\n`);
  const first = await cli(run, dir);
  expect(first.code, first.stderr).toBe(0);
  const path = join(dir, 'sec', 'offsets.csv');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.slice(0, text.indexOf(MRN) + 6));
  rmSync(join(dir, 'rel'), { recursive: true, force: true });
};

const CASES: readonly Case[] = [
  // run
  { name: 'run: a patients file without its header line', code: 1, setup: (d) => (headerless(d), run) },
  { name: 'run: an unmapped column named like data', code: 1, setup: (d) => (w(join(d, 'in', 'vitals.csv'), `visit,t,v,${NAME}\nV1,2012-03-05 01:00:00,80,x\n`), run) },
  { name: 'run: a malformed line in the MRN-merge file', code: 1, setup: (d) => (badMerges(d), run) },
  {
    name: 'run: a malformed line in the protected-patient file',
    code: 1,
    setup: (d) => {
      w(join(d, 'in', 'protected.csv'), `mrn\nM2\n"${MRN} ${NAME}"x\n`);
      editConfig(d, (c) => (c.patients.cohort.protected = { file: 'protected.csv', column: 'mrn' }));
      return run;
    },
  },
  {
    name: 'run: malformed lines in a staged and a streamed table, and an impossible date (quarantined)',
    code: 0,
    setup: (d) => {
      const visits = readFileSync(join(d, 'in', 'visits.csv'), 'utf8');
      w(join(d, 'in', 'visits.csv'), `${visits}V8,M1,2012-02-28 10:00:00,"2012-02-30 10:00:00",WHITE,${NAME}\nV9,"M1 ${MRN}" ${NAME},2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,x\n`);
      w(join(d, 'in', 'vitals.csv'), `visit,t,v\nV1,2012-03-05 01:00:00,80\nV1,"2012-03-05 02:00:00" ${NAME} ${MRN},81\n`);
      return run;
    },
  },
  { name: 'run: a torn offsets file holding the sentinel MRN', code: 1, setup: async (d) => (await tornOffsets(d), run) },
  {
    name: 'run: a tampered ids.json that is no longer JSON',
    code: 1,
    setup: async (d) => {
      await tornOffsets(d);
      rmSync(join(d, 'sec', 'offsets.csv'));
      w(join(d, 'sec', 'ids.json'), `{"format":"ehr-deid-idtable","version":1,"namespaces":[{"ids":[["${MRN}", ${NAME}]]`);
      return run;
    },
  },
  { name: 'run: a config that is not JSON', code: 1, setup: (d) => (w(join(d, 'config.json'), `{"version": 1, "input": "in", ${NAME} ${MRN}`), run) },
  { name: 'run: a death-dates file with an unterminated quote', code: 1, setup: (d) => (w(join(d, 'deaths.csv'), `mrn,dod\n"${MRN},${NAME}\n`), [...run, '--death-dates', 'deaths.csv']) },
  { name: 'run: a death-dates file with an impossible date', code: 1, setup: (d) => (w(join(d, 'deaths.csv'), `mrn,dod\n${MRN},2012-02-30\n`), [...run, '--death-dates', 'deaths.csv']) },
  { name: 'run: a key file holding the sentinel and a BOM', code: 1, setup: (d) => (w(join(d, 'key.txt'), `\ufeff${NAME}-${MRN}-0123456789`), [...run, '--key-file', 'key.txt']) },
  // sql
  { name: 'sql: a patients file without its header line', code: 1, setup: (d) => (headerless(d), sql) },
  { name: 'sql: a malformed line in the MRN-merge file', code: 1, setup: (d) => (badMerges(d), sql) },
  { name: 'sql: a torn offsets file holding the sentinel MRN', code: 1, setup: async (d) => (await tornOffsets(d), sql) },
  // demo
  {
    name: 'demo: a secrets folder with a torn offsets file holding the sentinel',
    code: 1,
    setup: (d) => (w(join(d, 'demo-sec', 'offsets.csv'), `patient_key,offset_days\n"${MRN}",12\n"${NAME}`), ['demo', '--out', 'demo-rel', '--secrets', 'demo-sec', '--workers', '0']),
  },
  // scrub
  { name: 'scrub: a JSONL line that is not JSON', code: 1, setup: (d) => (w(join(d, 'n.jsonl'), `{"id":"1","text":"${NAME} ${MRN}"\n`), ['scrub', '--jsonl', 'n.jsonl', '--out', 'o.jsonl', '--workers', '0']) },
  {
    name: 'scrub: bad records sent to --quarantine',
    code: 0,
    setup: (d) => (w(join(d, 'n.jsonl'), `{"id":"1","text":"fine"}\n{"id":"2","text":{"name":"${NAME}","mrn":"${MRN}"}}\n{"id":"3","note":"${NAME}"}\n`), ['scrub', '--jsonl', 'n.jsonl', '--out', 'o.jsonl', '--quarantine', 'q.jsonl', '--workers', '0']),
  },
  { name: 'scrub: a line longer than --max-line-length', code: 1, setup: (d) => (w(join(d, 'n.jsonl'), `{"id":"1","text":"${NAME} ${MRN} ${'x'.repeat(200)}"}\n`), ['scrub', '--jsonl', 'n.jsonl', '--max-line-length', '64', '--workers', '0']) },
  // check
  {
    name: 'check: release tables with a malformed line and without a header line',
    code: 1,
    thrown: false,
    setup: (d) => {
      w(join(d, 'bad', 'hosp', 'patients.csv'), `subject_id,gender,anchor_age,anchor_year,anchor_year_group,dod\n10000001,F,50,2150,2008 - 2010,\n"${NAME}"x,${MRN},1,2,3,4\n`);
      w(join(d, 'bad', 'hosp', 'admissions.csv'), `${MRN},${NAME},2150-01-01 00:00:00\n`);
      return ['check', 'bad', '--json', '-'];
    },
  },
  { name: 'check: a check config that is not JSON', code: 1, setup: (d) => (w(join(d, 'checks.json'), `{"checks": [${NAME} ${MRN}`), w(join(d, 'bad', 'hosp', 'patients.csv'), 'subject_id\n1\n'), ['check', 'bad', '--config', 'checks.json']) },
];

/** Every place a sentinel must not reach, for one outcome. */
function places(dir: string, o: Outcome): Record<string, string> {
  const p: Record<string, string> = { stdout: o.stdout, stderr: o.stderr };
  o.errors.forEach((e, i) => {
    p[`error ${i} message`] = String((e as Error)?.message);
    p[`error ${i} JSON`] = JSON.stringify(e) ?? '';
    p[`error ${i} util.inspect`] = inspect(e, { depth: 10 });
  });
  for (const f of walk(dir)) {
    const rel = f.slice(dir.length + 1);
    if (/(^|\/)report\.json$/.test(rel) || /(^|\/)quarantine\//.test(rel) || rel === 'q.jsonl') p[rel] = readFileSync(f, 'utf8');
  }
  return p;
}

describe('guard: no sentinel value reaches the terminal, reports, quarantine or errors', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = join(root, c.name.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(dir);
    writeFixture(dir);
    const argv = await c.setup(dir);
    const o = await cli(argv, dir, c.stdin);
    expect(o.code, o.stderr).toBe(c.code);
    expect(o.errors).toHaveLength(c.code !== 0 && c.thrown !== false ? 1 : 0);
    const leaks = Object.entries(places(dir, o)).flatMap(([where, text]) => NEEDLES.filter((n) => text.includes(n)).map((n) => `${where} contains "${n}"`));
    expect(leaks).toEqual([]);
    // the bad records were really there, and what was written is accounted for
    if (c.name.startsWith('scrub: bad records')) expect(existsSync(join(dir, 'q.jsonl'))).toBe(true);
  });
});
