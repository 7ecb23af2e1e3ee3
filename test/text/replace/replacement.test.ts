import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../src/text/scrub.js';
import { createSurrogates, type Replacement } from '../../../src/text/replace/index.js';
import { defineDetector } from '../../../src/text/spans.js';
import type { Detector, PhiType, Span } from '../../../src/text/types.js';

const KEY = 'surrogate-test-key-0123456789';

/** A detector reporting every occurrence of the given strings with their types. */
function fixed(entries: [string, PhiType][]): Detector {
  return defineDetector({
    name: 't/fixed',
    algorithm: 'rules',
    types: [...new Set(entries.map(([, t]) => t))],
    detect: ({ text }) => {
      const out: Span[] = [];
      for (const [w, type] of entries) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push({ start: i, end: i + w.length, type, source: 't/fixed', confidence: 0.9 });
      return out;
    },
  });
}
const scrubber = (replacement: Replacement | undefined, entries: [string, PhiType][]) =>
  createScrubber({ algorithms: [], detectors: [fixed(entries)], allowlist: false, propagate: false, expandNames: false, ...(replacement !== undefined ? { replacement } : {}) });

describe('replacement modes', () => {
  const entries: [string, PhiType][] = [['Ann Lee', 'NAME'], ['617-555-1212', 'PHONE'], ['3/4/2012', 'DATE']];
  const text = 'Ann Lee called 617-555-1212 on 3/4/2012.';

  it('writes ___ by default, as MIMIC-IV', () => {
    expect(scrubber(undefined, entries).scrub(text).text).toBe('___ called ___ on ___.');
  });

  it('writes [TYPE] tags in tag mode, with manifest offsets into the tagged text', () => {
    const r = scrubber({ mode: 'tag' }, entries).scrub(text);
    expect(r.text).toBe('[NAME] called [PHONE] on [DATE].');
    for (const s of r.spans) expect(r.text.slice(s.outputStart, s.outputEnd)).toBe(`[${s.type}]`);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Ann Lee', '617-555-1212', '3/4/2012']);
  });

  it('rejects a surrogate mode without a valid key', () => {
    expect(() => createScrubber({ replacement: { mode: 'surrogate', key: 'short' } })).toThrow(/CONFIG_INVALID/);
    expect(() => createScrubber({ replacement: { mode: 'nope' } as never })).toThrow(/CONFIG_INVALID/);
  });
});

describe('consistent surrogates', () => {
  const s = createSurrogates(KEY);

  it('gives the same fake name for the same real name in all of a patient notes, keeping case, order and initials', () => {
    const a = s.surrogate('Mortimer Bellweather', 'NAME', 'p1');
    const [first, last] = a.split(' ');
    expect(a).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(s.surrogate('BELLWEATHER, MORTIMER', 'NAME', 'p1')).toBe(`${last!.toUpperCase()}, ${first!.toUpperCase()}`);
    expect(s.surrogate("Bellweather's", 'NAME', 'p1')).toBe(`${last}'s`);
    expect(s.surrogate('M. Bellweather', 'NAME', 'p1')).toMatch(new RegExp(`^[A-LN-Z]\\. ${last}$`));
    expect(s.surrogate('Dr. Bellweather', 'NAME', 'p1')).toBe(`Dr. ${last}`);
  });

  it('differs between patients and between keys', () => {
    const names = ['Bellweather', 'Quenby', 'Castellane', 'Wrenfield', 'Iwasaki', 'Montgomery'];
    const p1 = names.map((n) => s.surrogate(n, 'NAME', 'p1'));
    const p2 = names.map((n) => s.surrogate(n, 'NAME', 'p2'));
    const k2 = names.map((n) => createSurrogates('another-key-0123456789').surrogate(n, 'NAME', 'p1'));
    expect(p1).not.toEqual(p2);
    expect(p1).not.toEqual(k2);
  });

  it('keeps the digit pattern of phones and ids, and the same fake number in every format', () => {
    const a = s.surrogate('(617) 555-1212', 'PHONE', 'p1');
    expect(a).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
    expect(s.surrogate('617.555.1212', 'PHONE', 'p1')).toBe(a.replace(/[() -]+/g, '.').replace(/^\./, ''));
    expect(s.surrogate('MRN00123', 'ID', 'p1')).toMatch(/^[A-Z]{3}\d{5}$/);
  });

  it('turns a hospital into a fake facility that keeps its generic words', () => {
    const h = s.surrogate('Lakeside Regional Medical Center', 'HOSPITAL', 'p1');
    expect(h).toMatch(/^[A-Z][a-z]+ Regional Medical Center$/);
    expect(h).not.toContain('Lakeside');
    expect(s.surrogate('General Hospital', 'HOSPITAL', 'p1')).toMatch(/^[A-Z][a-z]+ General Hospital$/);
  });

  it('keeps house-number and ZIP patterns and state codes in addresses', () => {
    expect(s.surrogate('578 Birchwood Lane', 'LOCATION', 'p1')).toMatch(/^\d{3} [A-Z][a-z]+ Lane$/);
    expect(s.surrogate('Pinecrest Harbor, MA 02367', 'LOCATION', 'p1')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+, MA \d{5}$/);
  });

  it('writes ages over 89 as 90+', () => {
    expect(s.surrogate('92', 'AGE', 'p1')).toBe('90+');
    expect(s.surrogate('ninety-two', 'AGE', 'p1')).toBe('90+');
  });

  it('replaces e-mail addresses keeping their shape', () => {
    expect(s.surrogate('ann.lee@mail.org', 'CONTACT', 'p1')).toMatch(/^[a-z]{3}\.[a-z]{3}@[a-z]{4}\.org$/);
  });

  it('moves dates by one keyed offset per patient, so intervals hold', () => {
    const sc = scrubber({ mode: 'surrogate', key: KEY }, [['3/4/2012', 'DATE'], ['3/6/2012', 'DATE'], ['March 2012', 'DATE']]);
    const out = sc.scrub('In 3/4/2012 and 3/6/2012, March 2012.', { patient: 'p1' }).text;
    const [a, b] = out.match(/\d{1,2}\/\d{1,2}\/\d{4}/g)!;
    expect(Date.parse(b!) - Date.parse(a!)).toBe(2 * 86_400_000);
    expect(out).not.toContain('2012');
  });

  it('never reproduces the original value (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,10}$/);
    const types: PhiType[] = ['NAME', 'LOCATION', 'HOSPITAL', 'PHONE', 'ID', 'CONTACT', 'OTHER', 'DATE'];
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^\d{1,10}$/), fc.constantFrom(...types), fc.string({ maxLength: 6 }), (words, digits, type, scope) => {
        for (const text of [words.join(' '), digits, `${digits} ${words.join(' ')}`]) {
          expect(s.surrogate(text, type, scope).toLowerCase()).not.toBe(text.toLowerCase());
        }
      }),
    );
  });

  it('reports original offsets and output offsets of each surrogate in a scrub result', () => {
    const sc = scrubber({ mode: 'surrogate', key: KEY }, [['Ann Lee', 'NAME'], ['617-555-1212', 'PHONE']]);
    const text = 'Ann Lee called 617-555-1212; Ann Lee again.';
    const r = sc.scrub(text, { patient: 'p9' });
    expect(r.spans.map((x) => text.slice(x.start, x.end))).toEqual(['Ann Lee', '617-555-1212', 'Ann Lee']);
    const outs = r.spans.map((x) => r.text.slice(x.outputStart, x.outputEnd));
    expect(outs[0]).toBe(outs[2]);
    expect(outs[1]).toMatch(/^\d{3}-\d{3}-\d{4}$/);
    expect(r.text).not.toContain('Ann');
  });
});

describe("dates: 'shift'", () => {
  const sc = (replacement?: string | { mode: 'tag' }) =>
    createScrubber({ algorithms: [], detectors: [fixed([['3/4/2012', 'DATE'], ['3/6', 'DATE'], ['March 5th', 'DATE'], ['Ann', 'NAME'], ['Xmas', 'DATE']])], allowlist: false, propagate: false, expandNames: false, dates: 'shift', ...(replacement ? { replacement } : {}) });

  it('moves full and partial dates by the note offset in their own format and removes the rest', () => {
    const r = sc().scrub('Ann admitted 3/4/2012, seen 3/6 and March 5th; home by Xmas.', { shiftDays: 36524 });
    expect(r.text).toBe('___ admitted 3/4/2112, seen 3/6 and March 5th; home by ___.');
  });

  it('reads a partial date in the year of the nearest full date (leap day kept)', () => {
    const r = sc().scrub('3/4/2012 then 3/6.', { shiftDays: -3 });
    expect(r.text).toBe('3/1/2012 then 3/3.');
  });

  it('keeps tags for other types', () => {
    expect(sc({ mode: 'tag' }).scrub('Ann on 3/4/2012', { shiftDays: 1 }).text).toBe('[NAME] on 3/5/2012');
  });

  it('fails closed without the note offset', () => {
    expect(() => sc().scrub('seen 3/4/2012')).toThrow(/INPUT_INVALID/);
    expect(() => sc().scrub('seen 3/4/2012', { shiftDays: 1.5 })).toThrow(/INPUT_INVALID/);
  });
});
