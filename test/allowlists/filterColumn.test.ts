import { describe, expect, it } from 'vitest';
import { filterColumn, loadAllowlist } from '../../src/allowlists/index.js';

describe('filterColumn', () => {
  const units = loadAllowlist(['MICU', 'SICU', 'Cardiac Surgery Recovery Unit']);

  it('keeps listed values as written, replaces others, keeps nulls and empties', () => {
    const r = filterColumn(['MICU', 'micu ', 'Smith ward', null, '', '  ', 'cardiac surgery recovery unit'], units);
    expect(r.values).toEqual(['MICU', 'micu ', '___', null, '', '  ', 'cardiac surgery recovery unit']);
    expect(r.replaced).toBe(1);
  });

  it('uses the given replacement', () => {
    expect(filterColumn(['Jones unit'], units, '[REMOVED]').values).toEqual(['[REMOVED]']);
  });

  it('accepts any iterable, including a generator, and preserves order and length', () => {
    function* gen() {
      yield 'SICU';
      yield 'Ward 7 (Dr Lee)';
      yield null;
    }
    const r = filterColumn(gen(), units);
    expect(r.values).toEqual(['SICU', '___', null]);
    expect(r.replaced).toBe(1);
  });

  it('fails closed on a non-string value', () => {
    const r = filterColumn([42 as unknown as string], units);
    expect(r.values).toEqual(['___']);
    expect(r.replaced).toBe(1);
  });

  it('does not match part of a value', () => {
    expect(filterColumn(['MICU John Smith'], units).values).toEqual(['___']);
  });
});
