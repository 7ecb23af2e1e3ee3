import { describe, expect, it } from 'vitest';
import { DeidError } from '../../src/errors.js';
import { checkSpan, coveredByMerged, defineDetector, mergeSpans, onlyNewSpans } from '../../src/text/spans.js';
import type { Span } from '../../src/text/types.js';

const s = (start: number, end: number, type: Span['type'] = 'NAME', source = 'a', confidence = 0.5): Span => ({ start, end, type, source, confidence });

describe('checkSpan', () => {
  it.each([
    ['negative start', s(-1, 2)],
    ['end past the text', s(0, 11)],
    ['empty span', s(3, 3)],
    ['start after end', s(5, 2)],
    ['fractional offsets', s(0.5, 2)],
    ['unknown type', { ...s(0, 2), type: 'SECRET' as Span['type'] }],
    ['missing source', { ...s(0, 2), source: '' }],
    ['confidence above 1', s(0, 2, 'NAME', 'a', 1.5)],
  ])('rejects a span with %s as SPAN_INVALID', (_what, span) => {
    expect(() => checkSpan(span, 10, 'test/x')).toThrowError(expect.objectContaining({ code: 'SPAN_INVALID' }) as Error);
  });

  it('accepts a span covering the whole text', () => {
    expect(() => checkSpan(s(0, 10), 10, 'test/x')).not.toThrow();
  });

  it('rejects a type the detector did not declare', () => {
    expect(() => checkSpan(s(0, 2, 'DATE'), 10, 'test/x', ['NAME'])).toThrow(DeidError);
  });
});

describe('mergeSpans', () => {
  it('returns nothing for no spans', () => {
    expect(mergeSpans([])).toEqual([]);
  });

  it('unions overlapping spans of different types and keeps the type of the longest', () => {
    const merged = mergeSpans([s(0, 5, 'NAME', 'a', 0.9), s(3, 12, 'HOSPITAL', 'b', 0.6)]);
    expect(merged).toEqual([{ start: 0, end: 12, type: 'HOSPITAL', sources: ['a', 'b'], confidence: 0.9 }]);
  });

  it('merges touching spans into one region', () => {
    expect(mergeSpans([s(0, 3), s(3, 6, 'NAME', 'b')])).toHaveLength(1);
  });

  it('keeps separate regions apart and sorted', () => {
    const merged = mergeSpans([s(10, 12), s(0, 2), s(5, 7)]);
    expect(merged.map((m) => [m.start, m.end])).toEqual([
      [0, 2],
      [5, 7],
      [10, 12],
    ]);
  });

  it('lists each source once', () => {
    expect(mergeSpans([s(0, 3, 'NAME', 'x'), s(1, 2, 'NAME', 'x'), s(2, 5, 'NAME', 'y')])[0]!.sources).toEqual(['x', 'y']);
  });

  it('breaks length ties by the earlier span', () => {
    expect(mergeSpans([s(0, 4, 'DATE', 'a'), s(2, 6, 'NAME', 'b')])[0]!.type).toBe('DATE');
  });

  it('contains nested spans in the outer one', () => {
    expect(mergeSpans([s(0, 10, 'LOCATION'), s(2, 4, 'NAME')])).toEqual([{ start: 0, end: 10, type: 'LOCATION', sources: ['a'], confidence: 0.5 }]);
  });
});

describe('defineDetector', () => {
  const ok = { name: 'custom/x', algorithm: 'rules' as const, types: ['NAME' as const], detect: () => [] };

  it.each([
    ['an upper-case name', { ...ok, name: 'Custom/X' }],
    ['an empty name', { ...ok, name: '' }],
    ['an unknown algorithm', { ...ok, algorithm: 'magic' as 'rules' }],
    ['no types', { ...ok, types: [] }],
    ['an unknown type', { ...ok, types: ['SECRET' as 'NAME'] }],
    ['a duplicate type', { ...ok, types: ['NAME' as const, 'NAME' as const] }],
    ['no detect function', { ...ok, detect: undefined as unknown as () => [] }],
  ])('rejects %s with CONFIG_INVALID and an issue path', (_what, d) => {
    try {
      defineDetector(d);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeidError);
      expect((e as DeidError).code).toBe('CONFIG_INVALID');
      expect((e as DeidError).issues.length).toBeGreaterThan(0);
    }
  });

  it('wraps detect so an out-of-bounds span throws SPAN_INVALID naming the detector only', () => {
    const d = defineDetector({ ...ok, detect: ({ text }) => [s(0, text.length + 1, 'NAME', 'custom/x')] });
    try {
      d.detect({ text: 'secret name' });
      expect.unreachable();
    } catch (e) {
      expect((e as DeidError).code).toBe('SPAN_INVALID');
      expect((e as Error).message).toContain('custom/x');
      expect((e as Error).message).not.toContain('secret');
    }
  });

  it('passes valid spans through unchanged', () => {
    const span = s(0, 3, 'NAME', 'custom/x');
    const d = defineDetector({ ...ok, detect: () => [span] });
    expect(d.detect({ text: 'Ann' })).toEqual([span]);
  });
});

describe('coveredByMerged', () => {
  const merged = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 31 }];
  it('is true only when one region covers the whole candidate', () => {
    expect(coveredByMerged(merged, 10, 20)).toBe(true);
    expect(coveredByMerged(merged, 12, 15)).toBe(true);
    expect(coveredByMerged(merged, 0, 5)).toBe(true);
    expect(coveredByMerged(merged, 4, 11)).toBe(false); // across a gap
    expect(coveredByMerged(merged, 18, 22)).toBe(false); // past a region's end
    expect(coveredByMerged(merged, 6, 9)).toBe(false); // in a gap
    expect(coveredByMerged([], 0, 1)).toBe(false);
  });
});

describe('onlyNewSpans', () => {
  const sp = (start: number, end: number): Span => ({ start, end, type: 'NAME', source: 'test', confidence: 1 });
  it('keeps each new position once and drops what detected spans already cover', () => {
    const detected = [sp(0, 5), sp(4, 10), sp(20, 25)];
    const found = [sp(2, 8), sp(12, 15), sp(12, 15), sp(22, 24), sp(18, 22)];
    expect(onlyNewSpans(found, detected).map((s) => [s.start, s.end])).toEqual([[12, 15], [18, 22]]);
  });
  it('returns an empty list for nothing found', () => {
    expect(onlyNewSpans([], [sp(0, 5)])).toEqual([]);
  });
});
