import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPermutation } from '../../src/ids/_permutation.js';
import { createIdTable, parseIdTable, serializeIdTable, type IdNamespace, type IdTable } from '../../src/ids/index.js';
import { isDeidError } from '../../src/errors.js';

const keyArb = fc.string({ minLength: 16, maxLength: 40 });
// any well-formed Unicode, including astral characters, quotes, commas and newlines
const sourceKeyArb = fc.string({ minLength: 1, maxLength: 12, unit: fc.oneof(fc.constantFrom(',', '"', '\n', '\r', ' '), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' })) });

function entries(t: IdTable, ns: string): Map<string, number> {
  return new Map(t.entries(ns));
}

describe('ids: properties', () => {
  it('the permutation is a bijection of [0, size) for any size up to 2^52', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.integer({ min: 1, max: 2 ** 52 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 20 }), (sk, size, fracs) => {
        const p = createPermutation(sk, size);
        const seen = new Map<number, number>();
        for (const f of fracs) {
          const i = Math.floor(f * size);
          const v = p.forward(i);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(size);
          expect(Number.isInteger(v)).toBe(true);
          expect(p.inverse(v)).toBe(i);
          if (seen.has(v)) expect(seen.get(v)).toBe(i);
          seen.set(v, i);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a namespace of any small range is filled exactly, every id once, then ID_RANGE_EXHAUSTED', () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: -1_000_000, max: 1_000_000_000 }), fc.integer({ min: 1, max: 600 }), (key, min, size) => {
        const ns: IdNamespace = { name: 'n', min, max: min + size - 1 };
        const t = createIdTable({ key, namespaces: [ns] });
        const ids = Array.from({ length: size }, (_, i) => t.assign('n', `k${i}`));
        expect(new Set(ids).size).toBe(size);
        expect(Math.min(...ids)).toBe(min);
        expect(Math.max(...ids)).toBe(ns.max);
        let code: string | undefined;
        try {
          t.assign('n', 'one-too-many');
        } catch (e) {
          code = isDeidError(e) ? e.code : 'other';
        }
        expect(code).toBe('ID_RANGE_EXHAUSTED');
      }),
      { numRuns: 100 },
    );
  });

  it('distinct source keys get distinct in-range ids; a repeated key gets its id again', () => {
    fc.assert(
      fc.property(keyArb, fc.array(sourceKeyArb, { minLength: 1, maxLength: 300 }), (key, keys) => {
        const t = createIdTable({ key });
        const byKey = new Map<string, number>();
        for (const k of keys) {
          const id = t.assign('subject_id', k);
          expect(id).toBeGreaterThanOrEqual(10_000_000);
          expect(id).toBeLessThanOrEqual(19_999_999);
          if (byKey.has(k)) expect(id).toBe(byKey.get(k));
          byKey.set(k, id);
        }
        expect(new Set(byKey.values()).size).toBe(byKey.size);
        expect(t.size('subject_id')).toBe(byKey.size);
      }),
      { numRuns: 100 },
    );
  });

  type Op = { kind: 'assign'; key: string } | { kind: 'merge'; keys: string[] };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 4, arbitrary: sourceKeyArb.map((key) => ({ kind: 'assign' as const, key })) },
    { weight: 1, arbitrary: fc.array(sourceKeyArb, { minLength: 1, maxLength: 4 }).map((keys) => ({ kind: 'merge' as const, keys })) },
  );
  const run = (t: IdTable, ops: readonly Op[]): void => {
    for (const op of ops) {
      try {
        if (op.kind === 'assign') t.assign('n', op.key);
        else t.merge('n', op.keys);
      } catch (e) {
        // merging keys that already hold different ids is refused; anything else is a bug
        if (!(isDeidError(e) && op.kind === 'merge' && e.code === 'INPUT_INVALID')) throw e;
      }
    }
  };

  it.each(['json', 'csv'] as const)('tables with merges are stable across %s save/load, and incremental assignment after reload never reuses an id', (format) => {
    fc.assert(
      fc.property(keyArb, fc.array(opArb, { maxLength: 80 }), fc.array(sourceKeyArb, { maxLength: 80 }), (key, ops, later) => {
        const namespaces: IdNamespace[] = [{ name: 'n', min: 1000, max: 1499 }];
        const original = createIdTable({ key, namespaces });
        run(original, ops);
        const before = entries(original, 'n');
        const reloaded = parseIdTable(serializeIdTable(original, format), { key, namespaces });
        expect(entries(reloaded, 'n')).toEqual(before);
        // new keys continue exactly like the original table would, and never hit an old id
        const oldIds = new Set(before.values());
        for (const k of later) {
          const id = reloaded.assign('n', k);
          expect(id).toBe(original.assign('n', k));
          if (!before.has(k)) expect(oldIds.has(id)).toBe(false);
        }
        // merged keys still share their id after a second round trip
        const again = parseIdTable(serializeIdTable(reloaded, format === 'json' ? 'csv' : 'json'), { key, namespaces });
        expect(entries(again, 'n')).toEqual(entries(reloaded, 'n'));
      }),
      { numRuns: 60 },
    );
  });

  it('a reloaded table filled to the end uses every id of the range exactly once', () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: 0, max: 64 }), fc.constantFrom('json', 'csv'), (key, firstBatch, format) => {
        const namespaces: IdNamespace[] = [{ name: 'n', min: 0, max: 63 }];
        const t = createIdTable({ key, namespaces });
        for (let i = 0; i < firstBatch; i++) t.assign('n', `a${i}`);
        const r = parseIdTable(serializeIdTable(t, format), { key, namespaces });
        for (let i = firstBatch; i < 64; i++) r.assign('n', `b${i}`);
        expect(new Set([...r.entries('n')].map(([, v]) => v)).size).toBe(64);
      }),
      { numRuns: 50 },
    );
  });
});
