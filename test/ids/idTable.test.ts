import { describe, expect, it } from 'vitest';
import { assignIds, createIdTable, formatNoteId, MIMIC_ID_NAMESPACES, parseNoteId, type IdNamespace } from '../../src/ids/index.js';
import { expectDeidError, KEY } from './_helpers.js';

const TINY: readonly IdNamespace[] = [{ name: 'tiny', min: 5, max: 9 }];

describe('createIdTable', () => {
  it('uses the MIMIC ranges by default', () => {
    const t = createIdTable({ key: KEY });
    expect(t.namespaces.map((n) => [n.name, n.min, n.max])).toEqual([
      ['subject_id', 10_000_000, 19_999_999],
      ['hadm_id', 20_000_000, 29_999_999],
      ['stay_id', 30_000_000, 39_999_999],
    ]);
    expect(MIMIC_ID_NAMESPACES).toEqual(t.namespaces);
  });

  it('gives the same id for the same key and fresh ids in range for new keys', () => {
    const t = createIdTable({ key: KEY });
    const a = t.assign('subject_id', 'MRN-1');
    const b = t.assign('subject_id', 'MRN-2');
    expect(t.assign('subject_id', 'MRN-1')).toBe(a);
    expect(b).not.toBe(a);
    for (const id of [a, b]) {
      expect(id).toBeGreaterThanOrEqual(10_000_000);
      expect(id).toBeLessThanOrEqual(19_999_999);
    }
    expect(t.assign('hadm_id', 'MRN-1')).toBeGreaterThanOrEqual(20_000_000);
    expect(t.size('subject_id')).toBe(2);
    expect(t.size('hadm_id')).toBe(1);
    expect([...t.entries('subject_id')]).toEqual([['MRN-1', a], ['MRN-2', b]]);
  });

  it('does not hand out ids in assignment order (the counter is permuted)', () => {
    const t = createIdTable({ key: KEY });
    const ids = Array.from({ length: 50 }, (_, i) => t.assign('subject_id', `K${i}`));
    const ascending = ids.every((v, i) => i === 0 || v > (ids[i - 1] as number));
    expect(ascending).toBe(false);
    expect(new Set(ids).size).toBe(50);
  });

  it('is reproducible from the key given the same order, and differs under another key', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `MRN${i}`);
    const run = (key: string): number[] => {
      const t = createIdTable({ key });
      return keys.map((k) => t.assign('subject_id', k));
    };
    expect(run(KEY)).toEqual(run(KEY));
    expect(run(`${KEY}-other`)).not.toEqual(run(KEY));
  });

  it('fills a range exactly, then throws ID_RANGE_EXHAUSTED', () => {
    const t = createIdTable({ key: KEY, namespaces: TINY });
    const ids = ['a', 'b', 'c', 'd', 'e'].map((k) => t.assign('tiny', k));
    expect([...ids].sort()).toEqual([5, 6, 7, 8, 9]);
    expectDeidError(() => t.assign('tiny', 'f'), 'ID_RANGE_EXHAUSTED', ['"f"']);
    expect(t.assign('tiny', 'c')).toBe(ids[2]); // existing keys still resolve
    const one = createIdTable({ key: KEY, namespaces: [{ name: 'one', min: 42, max: 42 }] });
    expect(one.assign('one', 'x')).toBe(42);
    expectDeidError(() => one.assign('one', 'y'), 'ID_RANGE_EXHAUSTED');
  });

  it('require throws ID_UNKNOWN without the key in the message; get returns undefined', () => {
    const t = createIdTable({ key: KEY });
    expect(t.get('subject_id', 'MRN-404')).toBeUndefined();
    expectDeidError(() => t.require('subject_id', 'MRN-404'), 'ID_UNKNOWN', ['MRN-404']);
    const id = t.assign('subject_id', 'MRN-404');
    expect(t.require('subject_id', 'MRN-404')).toBe(id);
  });

  it.each([
    ['empty string', ''],
    ['number', 12345],
    ['undefined', undefined],
    ['ill-formed string (lone surrogate)', 'MRN\ud800'],
  ])('rejects a source key that is an %s with INPUT_INVALID', (_l, k) => {
    const t = createIdTable({ key: KEY });
    expectDeidError(() => t.assign('subject_id', k as unknown as string), 'INPUT_INVALID');
    expect(t.size('subject_id')).toBe(0);
  });

  it('rejects an unknown namespace with INPUT_INVALID naming the known ones', () => {
    const t = createIdTable({ key: KEY });
    try {
      t.assign('mrn', 'x');
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('INPUT_INVALID');
      expect(String(e)).toContain('subject_id, hadm_id, stay_id');
    }
  });

  it('collects every namespace problem into one CONFIG_INVALID', () => {
    try {
      createIdTable({
        key: KEY,
        namespaces: [
          { name: 'a', min: 10, max: 5 },
          { name: 'a', min: 0, max: 1 },
          { name: 'bad name', min: 0.5, max: 1 },
        ],
      });
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; issues: { path: string }[] };
      expect(err.code).toBe('CONFIG_INVALID');
      expect(err.issues.map((i) => i.path)).toEqual(['namespaces[0].max', 'namespaces[1].name', 'namespaces[2].name', 'namespaces[2].min']);
    }
    expectDeidError(() => createIdTable({ key: KEY, namespaces: [] }), 'CONFIG_INVALID');
  });

  it('checks the key', () => {
    expectDeidError(() => createIdTable({ key: '' }), 'KEY_MISSING');
    expectDeidError(() => createIdTable({ key: 'too-short' }), 'KEY_INVALID', ['too-short']);
  });
});

describe('merge', () => {
  it('gives several new keys one fresh id', () => {
    const t = createIdTable({ key: KEY });
    const id = t.merge('subject_id', ['MRN-A', 'MRN-B', 'MRN-C']);
    expect(['MRN-A', 'MRN-B', 'MRN-C'].map((k) => t.get('subject_id', k))).toEqual([id, id, id]);
    expect(t.size('subject_id')).toBe(3);
    // only one id was used: the next key gets the second permuted value, not the fourth
    const fresh = createIdTable({ key: KEY });
    fresh.assign('subject_id', 'x');
    const second = fresh.assign('subject_id', 'y');
    expect(t.assign('subject_id', 'MRN-D')).toBe(second);
  });

  it('keeps the existing id when one key already has it', () => {
    const t = createIdTable({ key: KEY });
    const id = t.assign('subject_id', 'MRN-OLD');
    expect(t.merge('subject_id', ['MRN-NEW', 'MRN-OLD'])).toBe(id);
    expect(t.get('subject_id', 'MRN-NEW')).toBe(id);
  });

  it('is a no-op for keys already merged together', () => {
    const t = createIdTable({ key: KEY });
    const id = t.merge('subject_id', ['A', 'B']);
    expect(t.merge('subject_id', ['B', 'A', 'A'])).toBe(id);
    expect(t.size('subject_id')).toBe(2);
  });

  it('refuses to merge keys holding different ids, changes nothing and names no key', () => {
    const t = createIdTable({ key: KEY });
    t.assign('subject_id', 'MRN-X');
    t.assign('subject_id', 'MRN-Y');
    expectDeidError(() => t.merge('subject_id', ['MRN-Z', 'MRN-X', 'MRN-Y']), 'ID_CONFLICT', ['MRN-X', 'MRN-Y', 'MRN-Z']);
    expect(t.get('subject_id', 'MRN-Z')).toBeUndefined();
    expect(t.size('subject_id')).toBe(2);
  });

  it('rejects an empty list or an empty key', () => {
    const t = createIdTable({ key: KEY });
    expectDeidError(() => t.merge('subject_id', []), 'INPUT_INVALID');
    expectDeidError(() => t.merge('subject_id', ['A', '']), 'INPUT_INVALID');
    expect(t.size('subject_id')).toBe(0);
  });
});

describe('assignIds', () => {
  it('returns one id per distinct key, consistent with the table', () => {
    const t = createIdTable({ key: KEY });
    const pre = t.assign('hadm_id', 'E9');
    const out = assignIds(t, 'hadm_id', ['E2', 'E1', 'E2', 'E9']);
    expect([...out.keys()]).toEqual(['E2', 'E1', 'E9']);
    expect(out.get('E9')).toBe(pre);
    for (const [k, v] of out) expect(t.get('hadm_id', k)).toBe(v);
  });

  it("gives a batch the same ids whatever its row order (order: 'sorted', the default)", () => {
    const keys = Array.from({ length: 100 }, (_, i) => `K${(i * 37) % 100}`);
    const a = assignIds(createIdTable({ key: KEY }), 'subject_id', keys);
    const b = assignIds(createIdTable({ key: KEY }), 'subject_id', [...keys].reverse());
    for (const k of keys) expect(a.get(k)).toBe(b.get(k));
  });

  it("assigns in first-seen order with order: 'input'", () => {
    const t1 = createIdTable({ key: KEY });
    const t2 = createIdTable({ key: KEY });
    const out = assignIds(t1, 'subject_id', ['B', 'A', 'B'], { order: 'input' });
    expect(out.get('B')).toBe(t2.assign('subject_id', 'B'));
    expect(out.get('A')).toBe(t2.assign('subject_id', 'A'));
  });

  it('stops with ID_RANGE_EXHAUSTED when the batch does not fit', () => {
    const t = createIdTable({ key: KEY, namespaces: TINY });
    expectDeidError(() => assignIds(t, 'tiny', ['a', 'b', 'c', 'd', 'e', 'f']), 'ID_RANGE_EXHAUSTED');
  });
});

describe('formatNoteId / parseNoteId', () => {
  it.each([
    [10000032, 'DS', 21, '10000032-DS-21'],
    [19999999, 'RR', 1, '19999999-RR-1'],
  ] as const)('formats %s %s %s as %s and parses it back', (s, k, n, want) => {
    expect(formatNoteId(s, k, n)).toBe(want);
    expect(parseNoteId(want)).toEqual({ subjectId: s, kind: k, seq: n });
  });

  it.each([
    [0, 'DS', 1],
    [1.5, 'DS', 1],
    [10000032, 'XX', 1],
    [10000032, 'DS', 0],
    [10000032, 'RR', -2],
  ])('rejects subject %s kind %s seq %s', (s, k, n) => {
    expectDeidError(() => formatNoteId(s, k as 'DS', n), 'INPUT_INVALID');
  });

  it.each(['10000032-DS', '10000032-ds-1', '010000032-DS-1', '10000032-DS-01', ' 10000032-DS-1', '10000032-DS-1\n'])('rejects the malformed note id %j without echoing it', (v) => {
    expectDeidError(() => parseNoteId(v), 'INPUT_INVALID', [v]);
  });
});
