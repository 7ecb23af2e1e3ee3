import fc from 'fast-check';
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

  /** The reference definition of a token: a maximal run of Unicode letters, marks and digits. */
  const reference = (text: string): [string, number, number][] =>
    [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => [m[0], m.index, m.index + m[0].length]);

  it.each([
    ['Dr. Zoë Müller-Łukasz, 3/4'],
    ['naïve café résumé'],
    ['𝐀𝐁𝐂 math letters and 😀 emoji'],
    ['\ud835 lone surrogate \udc00 end'],
    ['x_y snake_case and e\u0301 combining'],
    ['٣٤٥ arabic digits, 漢字 and ＡＢＣ'],
    [''],
  ])('tokenizes %j exactly like [\\p{L}\\p{M}\\p{N}]+', (text) => {
    expect(createTextContext(text).tokens.map((t) => [t.text, t.start, t.end])).toEqual(reference(text));
  });

  it('tokenizes any string exactly like the Unicode regex (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(createTextContext(text).tokens.map((t) => [t.text, t.start, t.end])).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['Smith', 'smith'],
    ['MRN', 'mrn'],
    ['Zoë', 'zoë'],
    ['abc123', 'abc123'],
  ])('gives %j the lower case %j', (word, lower) => {
    expect(createTextContext(`x ${word} y`).tokens[1]!.lower).toBe(lower);
  });

  it('shares one interned word per spelling across notes, and keeps spellings apart', () => {
    const a = createTextContext('Smith saw smith').tokens;
    const b = createTextContext('then Smith left').tokens;
    expect(a[0]!.word).toBe(b[1]!.word);
    expect(a[0]!.word).not.toBe(a[2]!.word);
    expect(a[0]!.word.text).toBe('Smith');
    expect(a[0]!.word.lower).toBe('smith');
  });

  it('keeps interning correct past the table limit (it is emptied, never wrong)', () => {
    const words = Array.from({ length: 210_000 }, (_, i) => `w${i.toString(36)}`);
    const ctx = createTextContext(words.join(' '));
    expect(ctx.tokens).toHaveLength(words.length);
    for (let i = 0; i < words.length; i += 997) expect(ctx.tokens[i]!.word.text).toBe(words[i]);
    const again = createTextContext('w0 w1');
    expect(again.tokens.map((t) => t.word.text)).toEqual(['w0', 'w1']);
  });

  it('exposes the spans found so far, empty by default', () => {
    expect(createTextContext('x').found).toEqual([]);
    const found = [{ start: 0, end: 1, type: 'NAME' as const, source: 't', confidence: 1 }];
    expect(createTextContext('x', found).found).toBe(found);
  });
});
