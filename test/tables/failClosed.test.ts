/**
 * Fail closed on the release path (issue 11): secrets files authenticated and atomic, errors
 * without values, folders compared by real path, sources confined, the demo key refused, the
 * scrub function checked note by note, control characters kept out of scripts, modes whatever
 * the umask, one run at a time.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDeidError, type DeidError } from '../../src/errors.js';
import { deidentifyTables, generateSql, validateConfig, type ScrubFunction } from '../../src/tables/index.js';
import { DEMO_KEY } from '../../src/cli/commands/demo.js';
import { fixtureConfig, walk } from '../e2e/_helpers.js';
import { fakeScrub } from './phases/_fixture.js';

const KEY = 'fail-closed-test-key-0123456789ab';
/** Values planted in the data: none may reach an error's message, JSON or util.inspect. */
const SENTINELS = ['ZZSENT', 'Quartermaine', 'MRNZZ77'];


let dir: string;
let input: string;
let secrets: string;
let out: string;

function write(name: string, lines: string[]): void {
  writeFileSync(join(input, name), lines.join('\n') + '\n');
}

/** The fixture extract plus a notes table (note ids) and a merges and protected list. */
function config(over: (c: any) => void = () => undefined): ReturnType<typeof validateConfig> {
  const c: any = fixtureConfig(input);
  c.tables.notes = {
    file: 'notes.csv',
    release: 'note/discharge',
    patient: { column: 'mrn' },
    columns: { nid: { rule: 'noteId', kind: 'DS', as: 'note_id' }, mrn: { rule: 'id', namespace: 'subject_id', as: 'subject_id' }, text: { rule: 'scrub' } },
  };
  over(c);
  return validateConfig(c, dir);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-failclosed-'));
  input = join(dir, 'in');
  secrets = join(dir, 'secrets');
  out = join(dir, 'out');
  mkdirSync(input);
  write('people.csv', ['mrn,name,dob,sex', 'M1,Ada Quill,1950-01-02,F', 'M2,Bo Quill,2010-05-05,M', 'M3,Cy Rook,1960-03-04,M']);
  write('visits.csv', [
    'visit,mrn,admit,disch,race,comment',
    'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,Called Smith',
    'V2,M2,2015-01-01 00:00:00,2015-01-02 00:00:00,ASIAN,',
    'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,seen',
  ]);
  write('vitals.csv', ['visit,t,v', 'V1,2012-03-05 01:00:00,80', 'V3,2013-07-08 01:00:00,90']);
  write('notes.csv', ['nid,mrn,text', 'N1,M1,Seen by Dr Quartermaine', 'N2,M3,Stable']);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (over: (c: any) => void = () => undefined, extra: Record<string, unknown> = {}) =>
  deidentifyTables({ config: config(over), key: KEY, outDir: out, secretsDir: secrets, scrub: fakeScrub, workers: 0, ...extra });

const caught = async (p: Promise<unknown>): Promise<DeidError> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, 'the run should have failed').toBeDefined();
  return e as DeidError;
};

/** Asserts a typed error that names no planted value in any form a log could print. */
function expectClean(err: unknown, code: string, needles: readonly string[] = SENTINELS): void {
  expect(isDeidError(err), inspect(err)).toBe(true);
  expect((err as DeidError).code).toBe(code);
  // the test's own temporary folder has a random name that may hold a needle (`…-M1WX6D`): mask it first
  const masked = (text: string): string => text.split(dir).join('<dir>').split(JSON.stringify(dir).slice(1, -1)).join('<dir>');
  for (const text of [String((err as Error).message), JSON.stringify(err), inspect(err, { depth: 10 })]) for (const n of needles) expect(masked(text)).not.toContain(n);
}

const hashTree = (root: string): Record<string, string> =>
  Object.fromEntries(
    (existsSync(root) ? walk(root) : []).map((f) => [f.slice(root.length), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );

describe('1, 4. secrets files are authenticated and written atomically', () => {
  // one first run's secrets, copied into each test (the secrets do not depend on the input path)
  let first: Promise<string> | undefined;
  const firstRun = async (): Promise<void> => {
    first ??= run().then(() => {
      const keep = mkdtempSync(join(tmpdir(), 'ehr-deid-failclosed-secrets-'));
      cpSync(secrets, keep, { recursive: true });
      return keep;
    });
    const keep = await first;
    if (!existsSync(secrets)) cpSync(keep, secrets, { recursive: true });
    rmSync(out, { recursive: true, force: true });
  };
  afterAll(async () => {
    if (first) rmSync(await first, { recursive: true, force: true });
  });
  const offsetsLine = (text: string): string => text.split('\n').find((l) => l.startsWith('"M1",')) as string;
  it.each([
    ['offsets.csv cut after the comma', 'offsets.csv', (t: string) => t.slice(0, t.indexOf(offsetsLine(t)) + 5)],
    ['offsets.csv cut inside the number', 'offsets.csv', (t: string) => t.slice(0, t.indexOf(offsetsLine(t)) + offsetsLine(t).length - 1)],
    ['offsets.csv with an edited offset', 'offsets.csv', (t: string) => t.replace(offsetsLine(t), '"M1",44')],
    ['offsets.csv with a broken quoted key', 'offsets.csv', (t: string) => t.replace(offsetsLine(t), '"M1,12')],
    ['offsets.csv without its MAC line (an older or torn file)', 'offsets.csv', (t: string) => t.replace(/#hmac-sha256,[0-9a-f]+\n$/, '')],
    ['note_ids.csv cut inside a line', 'note_ids.csv', (t: string) => t.slice(0, t.indexOf('\n', t.indexOf('\n') + 1) - 2)],
    ['note_ids.csv with a broken quoted key', 'note_ids.csv', (t: string) => t.replace('"notes:N1"', '"notes:N1')],
  ])('stops a rerun with ID_TABLE_CORRUPT naming the file, never a key, when %s', async (_what, file, damage) => {
    await firstRun();
    const path = join(secrets, file);
    writeFileSync(path, damage(readFileSync(path, 'utf8')));
    const err = await caught(run());
    expectClean(err, 'ID_TABLE_CORRUPT', ['M1', 'notes:N1']);
    expect(err.location?.file).toBe(path);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects offsets written with another key, and offsets swapped in for the note ids', async () => {
    await firstRun();
    const offsets = readFileSync(join(secrets, 'offsets.csv'), 'utf8');
    const notes = readFileSync(join(secrets, 'note_ids.csv'), 'utf8');
    writeFileSync(join(secrets, 'note_ids.csv'), offsets);
    const swapped = await caught(run());
    expectClean(swapped, 'ID_TABLE_CORRUPT');
    expect(swapped.location?.file).toBe(join(secrets, 'note_ids.csv'));
    // another key: ids.json set aside, so the offsets file is the first one read
    writeFileSync(join(secrets, 'note_ids.csv'), notes);
    rmSync(join(secrets, 'ids.json'));
    const otherKey = await caught(run(undefined, { key: 'another-secret-key-0123456789abc' }));
    expectClean(otherKey, 'ID_TABLE_CORRUPT');
    expect(otherKey.location?.file).toBe(join(secrets, 'offsets.csv'));
    expect(existsSync(out)).toBe(false);
  });

  it('leaves no temporary secrets file behind and writes every secrets file 0600', async () => {
    await run();
    expect(readdirSync(secrets).sort()).toEqual(['ids.json', 'note_ids.csv', 'offsets.csv', 'review']);
    for (const f of ['ids.json', 'note_ids.csv', 'offsets.csv', 'review/pool.jsonl']) expect(statSync(join(secrets, f)).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(secrets, 'review'))).toEqual(['pool.jsonl']);
    expect(statSync(join(secrets, 'review')).mode & 0o777).toBe(0o700);
  });
});

describe('2. header errors never print a value', () => {
  it('says a table lacks its header line, by count, not by the data on its first line', async () => {
    write('people.csv', ['MRNZZ77,ZZSENT Quartermaine,1950-01-02,F', 'M2,Bo Quill,2010-05-05,M']);
    const err = await caught(run());
    expectClean(err, 'COLUMN_UNMAPPED');
    expect(err.issues.some((i) => i.path === 'tables.people.file' && /none of the 4 names on the first line/.test(i.message))).toBe(true);
  });
});

describe('3. engine errors become typed errors without the engine message', () => {
  it.each([
    ['the MRN-merge file', (c: any) => (c.patients.merges = { file: 'merges.csv', from: 'old', to: 'new' }), 'merges.csv'],
    ['the protected-patient file', (c: any) => (c.patients.cohort.protected = { file: 'protected.csv', column: 'mrn' }), 'protected.csv'],
  ])('stops with CSV_MALFORMED naming %s when one of its lines is malformed', async (_what, over, file) => {
    write('merges.csv', ['old,new', 'M9,M1', '"MRNZZ77 ZZSENT Quartermaine"x,M1']);
    write('protected.csv', ['mrn', 'M2', '"MRNZZ77 ZZSENT Quartermaine"x']);
    const err = await caught(run(over));
    expectClean(err, 'CSV_MALFORMED');
    expect(err.location?.file).toBe(join(input, file));
    expect(err.cause).toBeUndefined();
  });

  it('stops with IO_FAILED, not an internal error with the engine message, when the work folder vanishes mid-run', async () => {
    const onProgress = (e: { phase: string; table: string; done: number }): void => {
      if (e.phase === 'stage' && e.table === 'notes' && e.done === 1) for (const f of readdirSync(secrets)) if (f.startsWith('tmp-')) rmSync(join(secrets, f), { recursive: true, force: true });
    };
    const err = await caught(run(undefined, { onProgress }));
    expectClean(err, 'IO_FAILED');
    expect(inspect(err, { depth: 10 })).not.toMatch(/IO Error:|Cannot open|rows-/);
    expect(existsSync(join(out, 'hosp'))).toBe(false);
  });

  it('stops with ENGINE_FAILED naming the kind, without the engine message, when the engine runs out of memory', async () => {
    const err = await caught(run(undefined, { memoryLimit: '1MB' }));
    expectClean(err, 'ENGINE_FAILED');
    expect(err.message).toContain('Out of Memory Error');
    expect(err.cause).toBeUndefined();
  });
});

describe('accounting of staged tables', () => {
  it('quarantines a malformed line in a staged table (its rejects are read on the writing connection), instead of failing the accounting', async () => {
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,x', 'V9,M1,"2012-03-04 10:00:00" ZZSENT,2012-03-08 12:30:00,WHITE,x', 'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,seen']);
    const { report } = await run();
    expect(report.tables.find((t) => t.table === 'visits')).toMatchObject({ rowsIn: 3, rowsOut: 2, quarantinedByReason: { CSV_MALFORMED: 1 }, balanced: true });
    const q = readFileSync(join(secrets, report.quarantine.files.find((f) => f.endsWith('/visits.csv')) as string), 'utf8');
    expect(q).toContain('CSV_MALFORMED');
    expect(q).not.toContain('ZZSENT');
  });
});

describe('5. folders are compared by real path', () => {
  it('refuses secrets inside the release reached through a symbolic link, and writes nothing there', async () => {
    const r = join(dir, 'R');
    mkdirSync(r);
    symlinkSync(r, join(dir, 'outlink'));
    const err = await caught(deidentifyTables({ config: config(), key: KEY, outDir: join(dir, 'outlink'), secretsDir: join(r, 'note'), scrub: fakeScrub, workers: 0 }));
    expectClean(err, 'IO_FAILED');
    expect(walk(r)).toEqual([]);
  });

  it('refuses a secrets folder equal to or inside the input folder', async () => {
    expectClean(await caught(deidentifyTables({ config: config(), key: KEY, outDir: out, secretsDir: input, scrub: fakeScrub, workers: 0 })), 'IO_FAILED');
    expectClean(await caught(deidentifyTables({ config: config(), key: KEY, outDir: out, secretsDir: join(input, 'sec'), scrub: fakeScrub, workers: 0 })), 'IO_FAILED');
    expect(existsSync(join(input, 'sec'))).toBe(false);
  });

  it('refuses a secrets file that is a symbolic link instead of following it', async () => {
    mkdirSync(secrets);
    const elsewhere = join(dir, 'elsewhere.csv');
    writeFileSync(elsewhere, 'patient_key,offset_days\n');
    symlinkSync(elsewhere, join(secrets, 'offsets.csv'));
    const err = await caught(run());
    expectClean(err, 'IO_FAILED');
    expect(err.location?.file).toBe(join(secrets, 'offsets.csv'));
    expect(readFileSync(elsewhere, 'utf8')).toBe('patient_key,offset_days\n');
  });
});

describe('6. sources are confined to the input folder', () => {
  it('refuses a source outside the input folder, or given as an absolute path', async () => {
    writeFileSync(join(dir, 'x.csv'), readFileSync(join(input, 'vitals.csv')));
    expectClean(await caught(run((c) => (c.tables.vitals.file = '../x.csv'))), 'CONFIG_INVALID');
    expectClean(await caught(run((c) => (c.tables.vitals.file = join(dir, 'x.csv')))), 'CONFIG_INVALID');
    // permitted only on request
    const ok = await run((c) => (c.tables.vitals.file = '../x.csv'), { allowSourcesOutsideInput: true });
    expect(ok.report.tables.find((t) => t.table === 'vitals')?.rowsOut).toBe(2);
  });

  it('never reads the secrets folder, even when sources outside the input are allowed or a link leads there', async () => {
    await run();
    rmSync(out, { recursive: true, force: true });
    const steal = (c: any): void => {
      c.tables.stolen = { file: '../secrets/offsets.csv', release: 'hosp/stolen', patient: 'none', columns: { patient_key: { rule: 'keep' }, offset_days: { rule: 'keep' } } };
    };
    const err = await caught(run(steal, { allowSourcesOutsideInput: true }));
    expectClean(err, 'CONFIG_INVALID');
    expect(err.issues.map((i) => i.path)).toEqual(['tables.stolen.file']);
    symlinkSync(join(secrets, 'offsets.csv'), join(input, 'linked.csv'));
    const viaLink = await caught(run((c) => (steal(c), (c.tables.stolen.file = 'linked.csv'))));
    expectClean(viaLink, 'CONFIG_INVALID');
    expect(existsSync(out)).toBe(false);
  });
});

describe('7. the public demo key', () => {
  it('is refused outside demo runs', async () => {
    const err = await caught(run(undefined, { key: DEMO_KEY }));
    expectClean(err, 'KEY_INVALID');
    expect(existsSync(secrets)).toBe(false);
  });
});

describe('8. a custom scrub function is checked note by note', () => {
  const fewer: ScrubFunction = async function* (notes) {
    let n = 0;
    for await (const o of fakeScrub(notes)) if (n++ % 2 === 0) yield o;
  };
  const repeated: ScrubFunction = async function* (notes) {
    for await (const o of fakeScrub(notes)) {
      yield o;
      yield o;
    }
  };
  const renamed: ScrubFunction = async function* (notes) {
    for await (const o of fakeScrub(notes)) yield { ...o, id: `${o.id}9` };
  };
  const stopsEarly: ScrubFunction = async function* (notes) {
    for await (const o of fakeScrub(notes)) {
      yield o;
      return;
    }
  };
  it.each([
    ['fewer outcomes than notes', fewer],
    ['every outcome twice', repeated],
    ['outcomes under other ids', renamed],
    ['one outcome, then stops', stopsEarly],
  ])('fails closed (no release, no raw text) when it yields %s', async (_what, scrub) => {
    const err = await caught(run(undefined, { scrub }));
    expectClean(err, 'DETECTOR_FAILED');
    expect(existsSync(join(out, 'hosp'))).toBe(false);
    expect(existsSync(join(out, 'note'))).toBe(false);
  });
});

describe('9. control characters never reach generated SQL or scripts', () => {
  it.each(['duckdb', 'postgres', 'bigquery'] as const)('refuses a newline in a source name for %s', async (dialect) => {
    writeFileSync(join(input, 'v.csv\n\\! touch pwned\n.csv'), readFileSync(join(input, 'vitals.csv')));
    const err = await caught(
      (async () =>
        generateSql({ config: config((c) => (c.tables.vitals.file = 'v.csv\n\\! touch pwned\n.csv')), key: KEY, dialect, outDir: join(dir, 'sql'), secretsDir: secrets, scrub: fakeScrub, workers: 0 }))(),
    );
    expectClean(err, 'CONFIG_INVALID');
    expect(existsSync(join(dir, 'sql', 'release.sql'))).toBe(false);
  });

  it.each(['duckdb', 'postgres', 'bigquery'] as const)('refuses a newline in the input folder path for %s', async (dialect) => {
    const odd = join(dir, 'in\n\\! touch pwned');
    mkdirSync(odd);
    for (const f of readdirSync(input)) writeFileSync(join(odd, f), readFileSync(join(input, f)));
    const cfg = { ...config(), input: odd };
    const err = await caught(generateSql({ config: cfg, key: KEY, dialect, outDir: join(dir, 'sql'), secretsDir: secrets, scrub: fakeScrub, workers: 0 }));
    expectClean(err, 'CONFIG_INVALID');
    expect(existsSync(join(dir, 'sql', 'release.sql'))).toBe(false);
  });

  it('stages the sql command\'s release under the secrets folder, never the system temp folder, and removes it', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((e) => e.startsWith('ehr-deid-sql-')));
    let during: string[] = [];
    const peek: ScrubFunction = async function* (notes) {
      during = readdirSync(tmpdir()).filter((e) => e.startsWith('ehr-deid-sql-') && !before.has(e));
      yield* fakeScrub(notes);
    };
    await generateSql({ config: config(), key: KEY, dialect: 'duckdb', outDir: join(dir, 'sql'), secretsDir: secrets, scrub: peek, workers: 0 });
    expect(during).toEqual([]);
    expect(readdirSync(secrets).filter((e) => e.startsWith('tmp-'))).toEqual([]);
  });
});

describe('10. the release is published atomically', () => {
  it('builds the release in a private draft beside the release folder: nothing is at --out before the run succeeds', async () => {
    const seen: { out: boolean; drafts: string[]; mode: number }[] = [];
    const onProgress = (e: { phase: string }): void => {
      if (e.phase !== 'write') return;
      const drafts = readdirSync(dir).filter((f) => f.startsWith('.out.ehr-deid-draft-'));
      seen.push({ out: existsSync(out), drafts, mode: drafts[0] ? statSync(join(dir, drafts[0])).mode & 0o777 : 0 });
    };
    await run(undefined, { onProgress });
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) expect(s).toMatchObject({ out: false, drafts: [expect.any(String)], mode: 0o700 });
    expect(readdirSync(dir).sort()).toEqual(['in', 'out', 'secrets']);
  });

  it('keeps the earlier release, and the secrets, when a rerun fails', async () => {
    await run();
    const release = hashTree(out);
    const keep = hashTree(secrets);
    write('people.csv', ['mrn,name,dob,sex', 'M1,Ada Quill,1950-01-02,F', 'M4,Di New,1970-01-01,F']);
    const fewer: ScrubFunction = async function* (notes) {
      let n = 0;
      for await (const o of fakeScrub(notes)) if (n++ > 0) yield o;
    };
    await caught(run(undefined, { scrub: fewer }));
    expect(hashTree(out)).toEqual(release);
    expect(hashTree(secrets)).toEqual(keep);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out', 'secrets']);
  });
});

describe('11. temporary work', () => {
  it('removes what interrupted runs left (work folders, staged secrets, release drafts) and says so', async () => {
    mkdirSync(join(secrets, 'tmp-123-456', 'spill'), { recursive: true });
    writeFileSync(join(secrets, 'tmp-123-456', 'rows-1.ndjson'), '{"v":"MRNZZ77"}\n');
    writeFileSync(join(secrets, 'tmp-123-456', 'spill', 'duckdb_temp_storage_DEFAULT-0.tmp'), 'x');
    writeFileSync(join(secrets, '.ehr-deid-staged-offsets.csv.123.abcdef'), 'partial');
    mkdirSync(join(dir, '.out.ehr-deid-draft-123-456', 'hosp'), { recursive: true });
    const notices: string[] = [];
    await run(undefined, { onNotice: (m: string) => notices.push(m) });
    expect(readdirSync(secrets).sort()).toEqual(['ids.json', 'note_ids.csv', 'offsets.csv', 'review']);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out', 'secrets']);
    expect(notices.join('\n')).toMatch(/removed 2 temporary file\(s\) or folder\(s\)/);
    expect(notices.join('\n')).toMatch(/removed 1 unfinished release folder/);
  });

  it('keeps every temporary file of the run in one private folder under the secrets folder, removed at the end', async () => {
    const seen: { entries: string[]; mode: number }[] = [];
    const onProgress = (): void => {
      const work = readdirSync(secrets).filter((f) => f.startsWith('tmp-'));
      seen.push({ entries: work, mode: work[0] ? statSync(join(secrets, work[0])).mode & 0o777 : 0 });
    };
    await run(undefined, { onProgress });
    for (const s of seen) expect(s).toMatchObject({ entries: [expect.stringMatching(/^tmp-\d+-\d+$/)], mode: 0o700 });
    expect(readdirSync(secrets).filter((f) => f.startsWith('tmp-'))).toEqual([]);
  });
});

describe('12. quarantine', () => {
  it('keeps earlier runs\' quarantine: each run publishes its own folder', async () => {
    write('visits.csv', ['visit,mrn,admit,disch,race,comment', 'V1,M1,2012-03-04 10:00:00,2012-03-08 12:30:00,WHITE,x', 'V3,M3,2013-07-07 07:07:07,2013-07-09 07:07:07,WHITE,seen', 'V4,M3,2014-02-30 10:00:00,2014-03-01 10:00:00,WHITE,bad date']);
    const first = (await run()).report.quarantine.files;
    await new Promise((r) => setTimeout(r, 5));
    const second = (await run()).report.quarantine.files;
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first[0]).not.toBe(second[0]);
    for (const f of [...first, ...second]) {
      expect(f).toMatch(/^quarantine\/[^/]+\/visits\.csv$/);
      expect(readFileSync(join(secrets, f), 'utf8')).toContain('DATE_INVALID');
      expect(statSync(join(secrets, f)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(join(secrets, 'quarantine')).mode & 0o777).toBe(0o700);
  });
});

describe('14. modes', () => {
  it('publishes folders 0755 and files 0644 whatever the umask', async () => {
    const old = process.umask(0o000);
    try {
      await run();
    } finally {
      process.umask(old);
    }
    expect(statSync(out).mode & 0o777).toBe(0o755);
    for (const f of walk(out)) expect([f, statSync(f).mode & 0o777]).toEqual([f, 0o644]);
    for (const d of ['hosp', 'icu', 'note']) expect(statSync(join(out, d)).mode & 0o777).toBe(0o755);
    expect(statSync(secrets).mode & 0o777).toBe(0o700);
  });
});

describe('16. one run at a time', () => {
  it('stops a second run on the same secrets folder with LOCKED, and the first one completes', async () => {
    const first = run();
    const err = await caught(deidentifyTables({ config: config(), key: KEY, outDir: join(dir, 'out2'), secretsDir: secrets, scrub: fakeScrub, workers: 0 }));
    expectClean(err, 'LOCKED');
    expect((await first).report.tables.every((t) => t.balanced)).toBe(true);
    expect(existsSync(join(dir, 'out2'))).toBe(false);
    // the lock is gone with the run
    await run();
  });

  it('stops a second run into the same release folder with LOCKED', async () => {
    const first = run();
    const err = await caught(deidentifyTables({ config: config(), key: KEY, outDir: out, secretsDir: join(dir, 'secrets2'), scrub: fakeScrub, workers: 0 }));
    expectClean(err, 'LOCKED');
    await first;
    expect(existsSync(join(out, 'report.json'))).toBe(true);
  });

  it('takes over a lock left by a run that no longer exists, and says so', async () => {
    mkdirSync(secrets, { recursive: true });
    writeFileSync(join(secrets, '.ehr-deid.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), started: '2020-01-01T00:00:00.000Z' }));
    const notices: string[] = [];
    await run(undefined, { onNotice: (m: string) => notices.push(m) });
    expect(notices.join('\n')).toMatch(/stale lock/);
    expect(existsSync(join(secrets, '.ehr-deid.lock'))).toBe(false);
  });
});

