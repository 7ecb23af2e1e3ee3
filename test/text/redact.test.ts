import { describe, expect, it } from 'vitest';
import { redact } from '../../src/text/redact.js';
import type { MergedSpan } from '../../src/text/spans.js';

const m = (start: number, end: number): MergedSpan => ({ start, end, type: 'NAME', sources: ['x'], confidence: 1 });

describe('redact', () => {
  it('replaces each region and reports where the replacement sits', () => {
    const r = redact('Call Ann at 555-1212 now', [m(5, 8), m(12, 20)], '___');
    expect(r.text).toBe('Call ___ at ___ now');
    for (const reg of r.regions) expect(r.text.slice(reg.outputStart, reg.outputEnd)).toBe('___');
  });

  it('supports an empty replacement and a longer one', () => {
    expect(redact('a b c', [m(2, 3)], '').text).toBe('a  c');
    expect(redact('a b c', [m(2, 3)], '[REDACTED]').text).toBe('a [REDACTED] c');
  });

  it('handles regions at both ends of the text', () => {
    expect(redact('Ann said hi Bob', [m(0, 3), m(12, 15)], '___').text).toBe('___ said hi ___');
  });

  it('returns the text unchanged when there is nothing to redact', () => {
    expect(redact('nothing here', [], '___')).toEqual({ text: 'nothing here', regions: [] });
  });

  it.each([
    ['overlapping', [m(0, 4), m(2, 6)]],
    ['unsorted', [m(5, 6), m(0, 2)]],
    ['outside the text', [m(0, 40)]],
  ])('rejects %s regions with SPAN_INVALID', (_what, regions) => {
    expect(() => redact('short text', regions, '___')).toThrowError(expect.objectContaining({ code: 'SPAN_INVALID' }) as Error);
  });
});
