import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createIdTable, loadIdTable, parseIdTable, saveIdTable, serializeIdTable, type IdTable } from '../../src/ids/index.js';
import { _macHex, type _RawNamespace } from '../../src/ids/serializeIdTable.js';
import { expectDeidError, expectDeidErrorAsync, KEY } from './_helpers.js';

const NASTY_KEYS = ['MRN,001', 'say "hi"', 'line\nbreak', 'cr\r\nlf', 'ünïcødé 🙂', ' spaced ', '=cmd()', '{"json":1}'];

function sample(): IdTable {
  const t = createIdTable({ key: KEY });
  for (const k of NASTY_KEYS) t.assign('subject_id', k);
  t.merge('subject_id', ['MRN,001', 'MRN-ALIAS-1', 'MRN-ALIAS-2']);
  t.merge('subject_id', ['NEW-A', 'NEW-B']);
  for (let i = 0; i < 10; i++) t.assign('hadm_id', `ENC${i}`);
  return t;
}

function snapshot(t: IdTable): Record<string, [string, number][]> {
  const out: Record<string, [string, number][]> = {};
  for (const ns of t.namespaces) out[ns.name] = [...t.entries(ns.name)].map(([k, v]) => [k, v] as [string, number]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return out;
}

function rawJson(namespaces: _RawNamespace[], key = KEY): string {
  return JSON.stringify({ format: 'ehr-deid-idtable', version: 1, namespaces, mac: _macHex(key, namespaces) });
}

function rawOf(t: IdTable): _RawNamespace[] {
  return (JSON.parse(serializeIdTable(t, 'json')) as { namespaces: _RawNamespace[] }).namespaces;
}

describe.each(['json', 'csv'] as const)('serializeIdTable / parseIdTable (%s)', (format) => {
  it('round-trips every key, alias and id, including keys that need CSV quoting', () => {
    const t = sample();
    const again = parseIdTable(serializeIdTable(t, format), { key: KEY });
    expect(snapshot(again)).toEqual(snapshot(t));
    expect(again.get('subject_id', 'MRN-ALIAS-2')).toBe(t.get('subject_id', 'MRN,001'));
  });

  it('continues assigning after the last issued id, exactly like the original table', () => {
    const t = sample();
    const again = parseIdTable(serializeIdTable(t, format), { key: KEY });
    for (let i = 0; i < 20; i++) expect(again.assign('subject_id', `later${i}`)).toBe(t.assign('subject_id', `later${i}`));
  });

  it('keeps a merged alias through save/load and further merges', () => {
    const t = sample();
    const again = parseIdTable(serializeIdTable(t, format), { key: KEY });
    const id = again.merge('subject_id', ['MRN-ALIAS-1', 'MRN-ALIAS-3']);
    expect(id).toBe(t.get('subject_id', 'MRN,001'));
    const third = parseIdTable(serializeIdTable(again, format), { key: KEY });
    expect(third.get('subject_id', 'MRN-ALIAS-3')).toBe(id);
  });

  it('rejects a file written under another key with ID_TABLE_CORRUPT', () => {
    const text = serializeIdTable(sample(), format);
    expectDeidError(() => parseIdTable(text, { key: `${KEY}-other` }), 'ID_TABLE_CORRUPT');
  });

  it('rejects a tampered id without echoing the key or the id', () => {
    const t = sample();
    const id = String(t.get('hadm_id', 'ENC3'));
    const other = String(Number(id) + 1);
    const text = serializeIdTable(t, format).replace(id, other);
    expectDeidError(() => parseIdTable(text, { key: KEY }), 'ID_TABLE_CORRUPT', ['ENC3', id, other]);
  });

  it('rejects a renamed source key, which only the MAC can detect', () => {
    const text = serializeIdTable(sample(), format);
    const renamed = text.replace('ENC3', 'ENC33');
    expect(renamed).not.toBe(text);
    try {
      parseIdTable(renamed, { key: KEY });
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('ID_TABLE_CORRUPT');
      expect(String(e)).toContain('integrity check failed');
      expect(String(e)).not.toContain('ENC3');
    }
  });

  it('rejects a truncated file', () => {
    const text = serializeIdTable(sample(), format);
    expectDeidError(() => parseIdTable(text.slice(0, Math.floor(text.length * 0.7)), { key: KEY }), 'ID_TABLE_CORRUPT');
  });

  it('rejects a table whose namespace ranges differ from the options with CONFIG_INVALID', () => {
    const text = serializeIdTable(sample(), format);
    expectDeidError(
      () => parseIdTable(text, { key: KEY, namespaces: [{ name: 'subject_id', min: 1, max: 99_999_999 }, { name: 'hadm_id', min: 20_000_000, max: 29_999_999 }, { name: 'stay_id', min: 30_000_000, max: 39_999_999 }] }),
      'CONFIG_INVALID',
    );
    expectDeidError(() => parseIdTable(text, { key: KEY, namespaces: [{ name: 'subject_id', min: 10_000_000, max: 19_999_999 }] }), 'CONFIG_INVALID');
  });
});

describe('parseIdTable consistency checks (with a valid MAC, as if written by a buggy tool)', () => {
  const base = (): _RawNamespace[] => rawOf(sample());
  const sub = (ns: _RawNamespace[]): _RawNamespace => ns.find((n) => n.name === 'subject_id') as _RawNamespace;

  it('accepts the untouched raw form (control)', () => {
    expect(() => parseIdTable(rawJson(base()), { key: KEY })).not.toThrow();
  });

  it.each<[string, (ns: _RawNamespace[]) => void]>([
    ['a duplicated id', (ns) => { const s = sub(ns); (s.ids[1] as [string, number])[1] = (s.ids[0] as [string, number])[1]; }],
    ['a duplicated source key', (ns) => { const s = sub(ns); (s.ids[1] as [string, number])[0] = (s.ids[0] as [string, number])[0]; }],
    ['an alias duplicating a primary key', (ns) => { const s = sub(ns); (s.aliases[0] as [string, number])[0] = (s.ids[0] as [string, number])[0]; }],
    ['an id out of range', (ns) => { (sub(ns).ids[0] as [string, number])[1] = 9_999_999; }],
    ['an id in range that was never issued', (ns) => { const s = sub(ns); const used = new Set(s.ids.map((p) => p[1])); let v = 10_000_000; while (used.has(v)) v++; (s.ids[0] as [string, number])[1] = v; }],
    ['a counter lower than the ids listed', (ns) => { sub(ns).counter -= 1; }],
    ['a counter higher than the ids listed (ids would be reused)', (ns) => { sub(ns).counter += 1; }],
    ['a counter beyond the range size', (ns) => { sub(ns).counter = 10_000_001; }],
    ['an alias of an id nobody holds', (ns) => { const s = sub(ns); s.ids.pop(); s.counter -= 1; }],
    ['an empty source key', (ns) => { (sub(ns).ids[0] as [string, number])[0] = ''; }],
    ['a namespace listed twice', (ns) => { ns.push(JSON.parse(JSON.stringify(ns[1])) as _RawNamespace); }],
  ])('rejects %s with ID_TABLE_CORRUPT', (_label, mutate) => {
    const ns = base();
    mutate(ns);
    expectDeidError(() => parseIdTable(rawJson(ns), { key: KEY }), 'ID_TABLE_CORRUPT', NASTY_KEYS.filter((k) => k.length > 3));
  });

  it.each([
    ['not JSON', '{not json'],
    ['a foreign JSON document', '{"hello":1}'],
    ['a wrong version', JSON.stringify({ format: 'ehr-deid-idtable', version: 99, namespaces: [], mac: 'x' })],
    ['ids of the wrong shape', JSON.stringify({ format: 'ehr-deid-idtable', version: 1, namespaces: [{ name: 'subject_id', min: 10000000, max: 19999999, counter: 1, ids: [[1, 'a']], aliases: [] }], mac: 'x' })],
    ['a foreign CSV', 'a,b,c\n1,2,3\n'],
    ['a CSV without its MAC row', 'kind,namespace,source_key,id\nformat,,ehr-deid-idtable,1\nnamespace,subject_id,10000000..19999999,0\n'],
    ['a CSV row with a stray quote', 'kind,namespace,source_key,id\nformat,,ehr-deid-idtable,1\nnamespace,subject_id,10000000..19999999,1\nid,subject_id,ab"c,10000001\nmac,,hmac-sha256,00\n'],
    ['a CSV row with an unterminated quote', 'kind,namespace,source_key,id\nformat,,ehr-deid-idtable,1\nid,subject_id,"abc,10000001\n'],
    ['a CSV id that is not a number', 'kind,namespace,source_key,id\nformat,,ehr-deid-idtable,1\nnamespace,subject_id,10000000..19999999,1\nid,subject_id,abc,1e7\nmac,,hmac-sha256,00\n'],
    ['an empty file', ''],
  ])('rejects %s with ID_TABLE_CORRUPT', (_label, text) => {
    expectDeidError(() => parseIdTable(text, { key: KEY }), 'ID_TABLE_CORRUPT');
  });
});

describe('parseIdTable on adversarial input (linear time; a slow parser would exceed the 10 s timeout)', () => {
  const head = 'kind,namespace,source_key,id\nformat,,ehr-deid-idtable,1\nnamespace,subject_id,10000000..19999999,1\n';
  it.each([
    ['a 1 MB quoted key made of escaped quotes', `${head}id,subject_id,"${'""'.repeat(500_000)}",10000001\nmac,,hmac-sha256,00\n`],
    ['a 1 MB unterminated quoted field', `${head}id,subject_id,"${'a,'.repeat(500_000)}`],
    ['a 1 MB run of digits as an id', `${head}id,subject_id,k,${'9'.repeat(1_000_000)}\nmac,,hmac-sha256,00\n`],
    ['a 1 MB line of commas', `${head}${','.repeat(1_000_000)}\n`],
    ['1 MB of blank lines', `${head}${'\n'.repeat(1_000_000)}`],
    ['a 1 MB JSON key', JSON.stringify({ format: 'ehr-deid-idtable', version: 1, namespaces: [{ name: 'subject_id', min: 10000000, max: 19999999, counter: 1, ids: [['k'.repeat(1_000_000), 10000001]], aliases: [] }], mac: '0'.repeat(64) })],
  ])('rejects %s with ID_TABLE_CORRUPT', (_label, text) => {
    expectDeidError(() => parseIdTable(text, { key: KEY }), 'ID_TABLE_CORRUPT', ['kkkkkkkk', '99999999']);
  }, 10_000);
});

describe('saveIdTable / loadIdTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-ids-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['ids.json', 'json'],
    ['ids.csv', 'csv'],
  ])('writes %s with mode 0600, in the format its extension names, and reads it back', async (name, fmt) => {
    const t = sample();
    const path = join(dir, name);
    await saveIdTable(t, path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('{')).toBe(fmt === 'json');
    expect(snapshot(await loadIdTable(path, { key: KEY }))).toEqual(snapshot(t));
  });

  it('replaces an existing file atomically, leaving no temporary file and mode 0600 even if the old one was 0644', async () => {
    const path = join(dir, 'replace.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    await saveIdTable(sample(), path, 'csv');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').startsWith('kind,')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('creates a missing parent folder with mode 0700', async () => {
    const path = join(dir, 'secret', 'nested', 'ids.json');
    await saveIdTable(sample(), path);
    expect(statSync(join(dir, 'secret', 'nested')).mode & 0o777).toBe(0o700);
  });

  it('fails with IO_FAILED when the file cannot be written or read, and leaves no temporary file', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    await expectDeidErrorAsync(() => saveIdTable(sample(), join(blocker, 'ids.json')), 'IO_FAILED');
    await expectDeidErrorAsync(() => loadIdTable(join(dir, 'missing.json'), { key: KEY }), 'IO_FAILED');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects a saved file edited on disk', async () => {
    const path = join(dir, 'edited.csv');
    const t = sample();
    await saveIdTable(t, path);
    const id = String(t.get('hadm_id', 'ENC0'));
    writeFileSync(path, readFileSync(path, 'utf8').replace(`ENC0,${id}`, `ENC0,${Number(id) === 20_000_000 ? 20_000_001 : Number(id) - 1}`));
    await expectDeidErrorAsync(() => loadIdTable(path, { key: KEY }), 'ID_TABLE_CORRUPT', ['ENC0']);
  });
});

describe('serializeIdTable argument checks', () => {
  it('rejects an unknown format and a table not made by this library with INPUT_INVALID', () => {
    expectDeidError(() => serializeIdTable(sample(), 'xml' as 'json'), 'INPUT_INVALID');
    const fake = { ...sample() } as IdTable;
    expectDeidError(() => serializeIdTable(fake, 'json'), 'INPUT_INVALID');
  });
});
