import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedTable } from '../../../src/text/detectors/nlp/_featureTable.js';

describe('PackedTable', () => {
  it('finds the row of every id it holds and no row for any other id (the miss bitset never hides a row)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 0xffffffff }), { maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 0xffffffff }), { maxLength: 300 }), (held, probes) => {
        const ids = Uint32Array.from(held);
        const width = 3;
        const q = new Int16Array(ids.length * width).map((_, k) => k % 7);
        const t = new PackedTable(ids, q, width, 0.5);
        held.forEach((id, r) => expect(t.find(id)).toBe(r * width));
        const has = new Set(held);
        for (const p of probes) if (!has.has(p)) expect(t.find(p)).toBe(-1);
      }),
    );
  });

  it('adds the held row into a sum and leaves it alone for an unknown id', () => {
    const t = new PackedTable(Uint32Array.from([7, 0x80000001]), Int16Array.from([1, 2, 3, 4]), 2, 1);
    const e = new Int32Array(4);
    t.addInto(e, 0, 0x80000001);
    t.addInto(e, 2, 9);
    expect([...e]).toEqual([3, 4, 0, 0]);
  });
});
