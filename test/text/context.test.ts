import { describe, expect, it } from 'vitest';
import { asScrubContext, createTextContext } from '../../src/text/context.js';

describe('createTextContext', () => {
  it('tokenizes runs of letters and digits with offsets', () => {
    const ctx = createTextContext('Seen by Dr. Smith on 3/4.');
    expect(ctx.tokens.map((t) => t.text)).toEqual(['Seen', 'by', 'Dr', 'Smith', 'on', '3', '4']);
    for (const t of ctx.tokens) expect(ctx.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('computes each view once and shares it', () => {
    const ctx = createTextContext('a b');
    expect(ctx.tokens).toBe(ctx.tokens);
    expect(ctx.lines).toBe(ctx.lines);
  });

  it('splits lines without their line breaks, CRLF included', () => {
    const ctx = createTextContext('one\r\ntwo\nthree');
    expect(ctx.lines.map((l) => l.text)).toEqual(['one', 'two', 'three']);
    expect(ctx.lines.map((l) => ctx.text.slice(l.start, l.end))).toEqual(['one', 'two', 'three']);
  });

  it.each([
    ['PT ALERT AND ORIENTED, MAE', true, false],
    ['pt alert and oriented, mae', false, true],
    ['Pt alert and oriented, MAE x4', false, false],
    ['', false, false],
  ])('classifies the case of %j', (text, upper, lower) => {
    const ctx = createTextContext(text);
    expect(ctx.isMostlyUpperCase).toBe(upper);
    expect(ctx.isMostlyLowerCase).toBe(lower);
    expect(ctx.isCaseless).toBe(upper || lower);
  });

  it('finds the token at an offset', () => {
    const ctx = createTextContext('ab cd ef');
    expect(ctx.tokenIndexAt(0)).toBe(0);
    expect(ctx.tokenIndexAt(2)).toBe(1);
    expect(ctx.tokenIndexAt(4)).toBe(1);
    expect(ctx.tokenIndexAt(99)).toBe(3);
  });

  it('memoises custom views per key', () => {
    const ctx = createTextContext('x');
    let calls = 0;
    const a = ctx.memo('k', () => ++calls);
    const b = ctx.memo('k', () => ++calls);
    expect([a, b, calls]).toEqual([1, 1, 1]);
  });

  it('upgrades a bare TextContext and keeps a ScrubContext as is', () => {
    const ctx = createTextContext('x');
    expect(asScrubContext(ctx)).toBe(ctx);
    expect(asScrubContext({ text: 'a b' }).tokens).toHaveLength(2);
  });
});
