/**
 * Guard: errors never carry PHI. PHI-looking sentinel values are fed into every public function
 * that rejects bad input; each must throw a DeidError whose message, JSON form and issues never
 * contain the sentinel (an error message ends up in logs and quarantine files).
 *
 * A second table checks what `console.error(error)` prints (`util.inspect`, which includes the
 * `cause` chain): a wrapped JSON.parse/SyntaxError quotes the input, so passing it as `cause`
 * leaks the value into any log that prints the error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDeidError } from '../../src/errors.js';
import { parseDateTime, shiftDateTime, deriveOffsetDays } from '../../src/dates/index.js';
import { assignIds, createIdTable, parseIdTable, parseNoteId, serializeIdTable, type IdTable } from '../../src/ids/index.js';
import { validateConfig, loadConfig } from '../../src/tables/index.js';
import { resolveCheckConfig, loadCheckConfig } from '../../src/checks/index.js';
import { validateLinkOptions, linkRecords } from '../../src/linkage/index.js';
import { deriveAnchors, ageInYears, censorDeath } from '../../src/anchors/index.js';
import { createScrubber, defineDetector } from '../../src/text/index.js';
import { parseAnnotated } from '../../src/testing/index.js';
import { readJsonl, readLines, parseJsonlLine } from '../../src/_lib/jsonl.js';

/** A name + phone sentinel; the needles below are its distinctive parts. */
const NAME = 'ZZPHI-SENTINEL-Jonathan-Quartermaine-617-555-0199';
/** An impossible date (February 30th) that still looks like a real one. */
const BAD_DATE = '2012-02-30';
const MRN = 'MRN-ZZ4417-0093';
// Several parts: a parser error (e.g. V8's JSON.parse) quotes only a few characters around the fault.
const NAME_NEEDLES = ['ZZPHI', 'SENTINEL', 'Jonathan', 'Quartermaine', '555-0199'];
const DATE_NEEDLES = [BAD_DATE];
const MRN_NEEDLES = ['ZZ4417'];
const ALL_NEEDLES = [...NAME_NEEDLES, ...DATE_NEEDLES, ...MRN_NEEDLES];

const KEY = 'guard-test-secret-key-0123456789';

async function* chunks(parts: readonly string[]): AsyncGenerator<string> {
  for (const p of parts) yield p;
}

async function drain(it: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of it) void _;
}

/** What was thrown, or a marker when nothing was. */
const NOTHING = Symbol('nothing thrown');
async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  return NOTHING;
}

/** The places of a DeidError a sentinel must not reach (as the brief defines them). */
function leaks(error: unknown, needles: readonly string[]): string[] {
  const e = error as { message?: unknown; issues?: unknown };
  const places: Record<string, string> = {
    message: String(e.message),
    'JSON.stringify(error)': JSON.stringify(error) ?? '',
    issues: JSON.stringify(e.issues ?? []),
  };
  const out: string[] = [];
  for (const [where, text] of Object.entries(places)) for (const n of needles) if (text.includes(n)) out.push(`${where} contains "${n}"`);
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-guard-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const tmpFile = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content, { mode: 0o600 });
  return p;
};

/** A saved id table holding MRN, and the same text in JSON and CSV. */
function savedTable(): { table: IdTable; csv: string; json: string } {
  const table = createIdTable({ key: KEY });
  table.assign('subject_id', MRN);
  table.assign('subject_id', 'MRN-OTHER-1');
  return { table, csv: serializeIdTable(table, 'csv'), json: serializeIdTable(table, 'json') };
}

interface Case {
  readonly name: string;
  readonly needles: readonly string[];
  readonly run: () => unknown;
}

const CASES: readonly Case[] = [
  // dates
  { name: 'parseDateTime: a name instead of a date', needles: NAME_NEEDLES, run: () => parseDateTime(NAME) },
  { name: 'parseDateTime: an impossible date (Feb 30)', needles: DATE_NEEDLES, run: () => parseDateTime(BAD_DATE) },
  { name: 'parseDateTime: an impossible datetime', needles: DATE_NEEDLES, run: () => parseDateTime(`${BAD_DATE} 25:61:00`) },
  { name: 'shiftDateTime: an impossible date', needles: DATE_NEEDLES, run: () => shiftDateTime(BAD_DATE, 10) },
  { name: 'shiftDateTime: a name instead of a date', needles: NAME_NEEDLES, run: () => shiftDateTime(NAME, 10) },
  { name: 'shiftDateTime: a shift past year 9999', needles: ['9999-12-31'], run: () => shiftDateTime('9999-12-31 08:15', 3_000_000) },
  { name: 'deriveOffsetDays: an impossible reference date', needles: [...DATE_NEEDLES, ...MRN_NEEDLES], run: () => deriveOffsetDays(KEY, MRN, BAD_DATE) },
  // anchors
  { name: 'deriveAnchors: an impossible birth date', needles: DATE_NEEDLES, run: () => deriveAnchors({ birthDate: BAD_DATE, admissions: [{ admittime: '2012-03-01 10:00', dischtime: '2012-03-04 10:00' }] }, 100) },
  { name: 'deriveAnchors: a name as admission time', needles: NAME_NEEDLES, run: () => deriveAnchors({ birthDate: '1950-01-01', admissions: [{ admittime: NAME, dischtime: '2012-03-04 10:00' }] }, 100) },
  { name: 'ageInYears: an impossible date', needles: DATE_NEEDLES, run: () => ageInYears(BAD_DATE, '2020-01-01') },
  { name: 'censorDeath: an impossible date of death', needles: DATE_NEEDLES, run: () => censorDeath(BAD_DATE, '2012-01-01') },
  // ids: secret key and source keys
  { name: 'createIdTable: a secret key that is too short', needles: ['ZZkey'], run: () => createIdTable({ key: 'ZZkey-short' }) },
  { name: 'IdTable.require: an MRN with no id', needles: MRN_NEEDLES, run: () => createIdTable({ key: KEY }).require('subject_id', MRN) },
  { name: 'IdTable.assign: an MRN in an unknown namespace', needles: MRN_NEEDLES, run: () => createIdTable({ key: KEY }).assign('no_such_namespace', MRN) },
  { name: 'IdTable.assign: an MRN with a lone surrogate', needles: MRN_NEEDLES, run: () => createIdTable({ key: KEY }).assign('subject_id', `${MRN}\uD800`) },
  {
    name: 'IdTable.merge: MRNs that already hold different ids',
    needles: [...MRN_NEEDLES, 'ZZ5555'],
    run: () => {
      const t = createIdTable({ key: KEY });
      t.assign('subject_id', MRN);
      t.assign('subject_id', 'MRN-ZZ5555');
      return t.merge('subject_id', [MRN, 'MRN-ZZ5555']);
    },
  },
  { name: 'assignIds: MRNs with a bad order option', needles: [...MRN_NEEDLES, ...NAME_NEEDLES], run: () => assignIds(createIdTable({ key: KEY }), 'subject_id', [MRN], { order: NAME as never }) },
  { name: 'assignIds: an empty key among MRNs', needles: MRN_NEEDLES, run: () => assignIds(createIdTable({ key: KEY }), 'subject_id', [MRN, '']) },
  { name: 'parseNoteId: an MRN-based note id', needles: MRN_NEEDLES, run: () => parseNoteId(`${MRN}-DS-1`) },
  // ids: corrupted saved tables
  { name: 'parseIdTable (CSV): a source key altered to a name (MAC mismatch)', needles: NAME_NEEDLES, run: () => parseIdTable(savedTable().csv.replace(MRN, NAME), { key: KEY }) },
  { name: 'parseIdTable (CSV): an id replaced by a name', needles: NAME_NEEDLES, run: () => parseIdTable(savedTable().csv.replace(new RegExp(`(${MRN},)\\d{1,12}`), `$1${NAME}`), { key: KEY }) },
  { name: 'parseIdTable (CSV): an unterminated quoted field holding a name', needles: NAME_NEEDLES, run: () => parseIdTable(`${savedTable().csv.trimEnd()}\n"${NAME}`, { key: KEY }) },
  { name: 'parseIdTable (CSV): a row with extra fields holding PHI', needles: [...NAME_NEEDLES, ...DATE_NEEDLES], run: () => parseIdTable(savedTable().csv.replace(MRN, `${MRN},${NAME},${BAD_DATE}`), { key: KEY }) },
  { name: 'parseIdTable (CSV): a stray quote inside a name field', needles: NAME_NEEDLES, run: () => parseIdTable(savedTable().csv.replace(MRN, `${NAME}"x`), { key: KEY }) },
  { name: 'parseIdTable (JSON): a source key altered to a name (MAC mismatch)', needles: NAME_NEEDLES, run: () => parseIdTable(savedTable().json.replace(MRN, NAME), { key: KEY }) },
  { name: 'parseIdTable (JSON): truncated mid-way through an MRN', needles: MRN_NEEDLES, run: () => parseIdTable(savedTable().json.slice(0, savedTable().json.indexOf(MRN) + 8), { key: KEY }) },
  { name: 'parseIdTable (JSON): an id pair holding a name instead of an id', needles: NAME_NEEDLES, run: () => parseIdTable(savedTable().json.replace(new RegExp(`("${MRN}",\\s*)\\d{1,12}`), `$1"${NAME}"`), { key: KEY }) },
  { name: 'parseIdTable: the right table read with another key', needles: MRN_NEEDLES, run: () => parseIdTable(savedTable().csv, { key: 'another-secret-key-0123456789' }) },
  // tables config
  {
    name: 'tables validateConfig: sentinel values in every field',
    needles: [...NAME_NEEDLES, ...DATE_NEEDLES],
    run: () =>
      validateConfig(
        {
          version: NAME,
          input: 42,
          output: { format: NAME },
          shift: { startYear: NAME, endYear: BAD_DATE },
          namespaces: [{ name: NAME, min: NAME, max: BAD_DATE }],
          patients: {
            table: NAME,
            key: NAME,
            birthDate: BAD_DATE,
            deathDate: NAME,
            admissions: { table: NAME, admit: BAD_DATE, discharge: NAME },
            merges: { file: 42, from: NAME, to: NAME },
            cohort: { minAge: NAME, protected: { file: NAME, column: 7 } },
            namespace: NAME,
          },
          tables: {
            encounters: {
              file: NAME,
              release: NAME,
              key: NAME,
              patient: { column: NAME },
              inherit: [NAME, 1],
              columns: {
                a: { rule: NAME },
                b: { rule: 'allowlist', values: [NAME, 1], replacement: 7 },
                c: { rule: 'id', namespace: NAME },
                d: { rule: 'shift', type: NAME, formats: [NAME, BAD_DATE] },
                e: { rule: 'noteId', kind: NAME, orderBy: NAME },
                f: { rule: 'keep', as: NAME },
                g: { rule: 'scrub', manifest: NAME },
              },
            },
          },
        },
        dir,
      ),
  },
  { name: 'tables validateConfig: a name instead of a config object', needles: NAME_NEEDLES, run: () => validateConfig(NAME, dir) },
  { name: 'tables loadConfig: a config file that is not JSON and holds a name', needles: NAME_NEEDLES, run: () => loadConfig(tmpFile('release.json', `{ "version": 1, "input": ${NAME} }`)) },
  // checks config
  {
    name: 'resolveCheckConfig: sentinel values in every field',
    needles: [...NAME_NEEDLES, ...DATE_NEEDLES],
    run: () =>
      resolveCheckConfig({
        defaults: NAME,
        maxExamples: NAME,
        disable: [NAME, 3],
        checks: [
          NAME,
          { type: NAME },
          { type: 'datesShifted', id: 5, severity: NAME, ifColumnMissing: NAME, tables: [NAME, ''], columns: NAME, source: 9, window: { from: BAD_DATE, to: NAME }, yearColumns: NAME },
          { type: 'allowlist', table: 7, column: NAME, values: [NAME, 1], allowRedacted: NAME, maxDistinct: NAME },
          { type: 'kAnonymity', table: NAME, columns: NAME, k: NAME, join: NAME },
          { type: 'codesInDimension', table: NAME, column: 3 },
          { type: 'rowsHaveParent', table: NAME },
          { type: 'coverage', table: NAME },
        ],
      }),
  },
  { name: 'resolveCheckConfig: a name instead of a config object', needles: NAME_NEEDLES, run: () => resolveCheckConfig(NAME) },
  { name: 'loadCheckConfig: a check file that is not JSON and holds a name', needles: NAME_NEEDLES, run: () => loadCheckConfig(tmpFile('checks.json', `{ "checks": [ { "type": ${NAME} } ] }`)) },
  // linkage
  {
    name: 'validateLinkOptions: sentinel values in every field',
    needles: [...NAME_NEEDLES, ...DATE_NEEDLES],
    run: () =>
      validateLinkOptions({
        rules: [{ name: NAME, firstName: NAME, lastName: { jw: NAME, missing: NAME }, ssn: { maxEdits: NAME }, dob: BAD_DATE }, NAME, { name: 7 }],
        maxBlockSize: NAME,
        blocking: [NAME],
      }),
  },
  { name: 'validateLinkOptions: a name instead of an options object', needles: NAME_NEEDLES, run: () => validateLinkOptions(NAME) },
  {
    name: 'linkRecords: two patients with the same MRN id',
    needles: [...MRN_NEEDLES, ...NAME_NEEDLES],
    run: () =>
      linkRecords(
        [
          { id: MRN, firstName: NAME, lastName: 'Quartermaine', dob: '1950-01-01', ssn: '123-45-6789' },
          { id: MRN, firstName: 'Ann', lastName: 'Quartermaine', dob: '1950-01-01' },
        ],
        [],
      ),
  },
  {
    name: 'linkRecords: a death record with no id but PHI fields',
    needles: [...NAME_NEEDLES, ...DATE_NEEDLES],
    run: () => linkRecords([{ id: 1, firstName: 'Ann', lastName: 'Lee' }], [{ firstName: NAME, lastName: 'Quartermaine', dob: BAD_DATE, dod: BAD_DATE } as never]),
  },
  // scrubber: a failing detector must not pass the note on
  {
    name: 'scrub: a custom detector that throws an error quoting the note',
    needles: NAME_NEEDLES,
    run: () =>
      createScrubber({
        algorithms: [],
        allowlist: false,
        detectors: [
          defineDetector({
            name: 'custom/throws',
            algorithm: 'rules',
            types: ['NAME'],
            detect: (ctx) => {
              throw new Error(`cannot handle ${ctx.text}`);
            },
          }),
        ],
      }).scrub(`Patient ${NAME} seen today`),
  },
  {
    name: 'scrub: a custom detector that returns a span outside the note',
    needles: NAME_NEEDLES,
    run: () =>
      createScrubber({
        algorithms: [],
        allowlist: false,
        detectors: [defineDetector({ name: 'custom/bad-span', algorithm: 'rules', types: ['NAME'], detect: (ctx) => [{ start: 0, end: ctx.text.length + 5, type: 'NAME', source: NAME, confidence: 1 }] })],
      }).scrub(`Patient ${NAME} seen today`),
  },
  // testing helper: malformed markup around PHI
  { name: 'parseAnnotated: a lower-case type before a name', needles: NAME_NEEDLES, run: () => parseAnnotated(`Seen by [[name:${NAME}]] today`) },
  { name: 'parseAnnotated: an unclosed annotation holding a name', needles: NAME_NEEDLES, run: () => parseAnnotated(`Seen by [[NAME:${NAME} today`) },
  { name: 'parseAnnotated: nested annotations holding PHI', needles: [...NAME_NEEDLES, ...DATE_NEEDLES], run: () => parseAnnotated(`[[NAME:${NAME} [[DATE:${BAD_DATE}]]]]`) },
  { name: 'parseAnnotated: a stray ]] after a name', needles: NAME_NEEDLES, run: () => parseAnnotated(`Seen by ${NAME}]] today`) },
  { name: 'parseAnnotated: an unknown escape after a name', needles: NAME_NEEDLES, run: () => parseAnnotated(`${NAME} \\q`) },
  { name: 'parseAnnotated: a name used as the type', needles: NAME_NEEDLES, run: () => parseAnnotated(`[[${NAME}:x]]`) },
  // JSONL
  { name: 'readJsonl: a malformed line holding PHI (missing brace)', needles: [...NAME_NEEDLES, ...DATE_NEEDLES], run: () => drain(readJsonl(chunks(['{"id":1}\n', `{"name":"${NAME}","dob":"${BAD_DATE}"\n`]), { file: 'notes.jsonl' })) },
  { name: 'readJsonl: a malformed line holding PHI (unquoted value)', needles: [...NAME_NEEDLES, ...DATE_NEEDLES], run: () => drain(readJsonl(chunks(['{"id":1}\n', `{"dob":"${BAD_DATE}","name":${NAME}}\n`]), { file: 'notes.jsonl' })) },
  { name: 'parseJsonlLine: a bare name', needles: NAME_NEEDLES, run: () => parseJsonlLine(NAME, 3, 'notes.jsonl') },
  { name: 'readLines: a line over the limit holding a name', needles: NAME_NEEDLES, run: () => drain(readLines(chunks([`${NAME} ${NAME}\n`]), { maxLineLength: 20, file: 'notes.jsonl' })) },
];

describe('errors never contain PHI (message, JSON form, issues)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const e = await thrown(c.run);
    expect(e, 'expected the bad input to be rejected with an error').not.toBe(NOTHING);
    expect(isDeidError(e), `expected a DeidError, got ${e instanceof Error ? e.constructor.name : typeof e}`).toBe(true);
    expect(leaks(e, c.needles)).toEqual([]);
  });
});

describe('what console.error prints (util.inspect, including the cause chain) never contains PHI', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const e = await thrown(c.run);
    if (e === NOTHING || !isDeidError(e)) return; // reported by the table above
    const printed = inspect(e, { depth: 8 });
    const found = c.needles.filter((n) => printed.includes(n));
    expect(found, `util.inspect(error) shows the input (via ${e.cause === undefined ? 'the error itself' : `its cause, a ${(e.cause as Error)?.constructor?.name ?? typeof e.cause}`})`).toEqual([]);
  });
});

describe('the leak check itself', () => {
  it('finds a sentinel in the message, the JSON form and the issues', async () => {
    const { DeidError } = await import('../../src/errors.js');
    const e = new DeidError('CONFIG_INVALID', `bad value ${NAME}`, { issues: [{ path: '$.x', message: `got ${BAD_DATE}` }] });
    expect(leaks(e, ALL_NEEDLES)).toEqual(
      expect.arrayContaining(['message contains "ZZPHI"', 'JSON.stringify(error) contains "ZZPHI"', `issues contains "${BAD_DATE}"`]),
    );
    expect(leaks(new DeidError('CONFIG_INVALID', 'expected a string of 12 characters'), ALL_NEEDLES)).toEqual([]);
  });
});
