import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, toOriginalSpan } from '../../src/text/fold.js';
import { createScrubber } from '../../src/text/scrub.js';

describe('foldText', () => {
  it('given plain ASCII, returns the same string with no map', () => {
    const f = foldText('Seen by Dr. Smith on 3/4/2012.\n\tBP 120/80');
    expect(f.text).toBe('Seen by Dr. Smith on 3/4/2012.\n\tBP 120/80');
    expect(f.origin).toBeUndefined();
  });

  // one row per character class: original → folded view
  const rows: [string, string, string][] = [
    ['full-width digits and slash', 'DOB ２０１２／０３／０４', 'DOB 2012/03/04'],
    ['Arabic-Indic digits', 'DOB ٠٣/٠٤/٢٠١٢', 'DOB 03/04/2012'],
    ['extended Arabic-Indic and Devanagari digits', '۱۲ ३४', '12 34'],
    ['zero-width space, joiner and word joiner', 'Jo\u200bh\u200dn Sm\u2060ith', 'John Smith'],
    ['soft hyphen and BOM', 'Jo\u00adhn \ufeffSmith', 'John Smith'],
    ['bidi controls', '\u202eJohn\u202c \u200fSmith', 'John Smith'],
    ['en and em dashes, minus, non-breaking hyphen', '617–555—1212 −2 a‑b', '617-555-1212 -2 a-b'],
    ['division and fraction slashes', '3∕4∕2012 1⁄2', '3/4/2012 1/2'],
    ['curly apostrophes and quotes', 'O’Brien “Jack”', 'O\'Brien "Jack"'],
    ['Cyrillic look-alikes inside a Latin word', 'Jоhn Ѕmith', 'John Smith'],
    ['Greek look-alikes inside a Latin word', 'ΑnnΑ', 'AnnA'],
    ['a whole word in Cyrillic is kept (not Latinised)', 'Москва Сомов', 'Москва Сомов'],
    ['combining accents', 'Jose\u0301 Garci\u0301a', 'Jose Garcia'],
    ['precomposed accents', 'Nguyễn Szabó', 'Nguyen Szabo'],
    ['full-width and mathematical letters', 'Ｊｏｈｎ 𝐒𝐦𝐢𝐭𝐡', 'John Smith'],
    ['ligatures', 'ﬁnn', 'finn'],
    ['NUL, vertical tab, form feed, DEL, ESC', 'a\u0000b\u000bc\u000cd\u007fe\u001bf', 'a b c d e f'],
    ['Unicode line and paragraph separators', 'Name:\u2028John\u2029Smith', 'Name: John Smith'],
    ['no-break and other Unicode spaces', 'Dr.\u00a0Smith\u2003on\u30003/4', 'Dr. Smith on 3/4'],
  ];
  it.each(rows)('folds %s', (_name, original, folded) => {
    expect(foldText(original).text).toBe(folded);
  });

  it('maps a folded span back over every original character, including dropped ones inside it', () => {
    const text = 'Pt Jo\u200bhn\u0301 X';
    const f = foldText(text);
    expect(f.text).toBe('Pt John X');
    const [s, e] = toOriginalSpan(f, 3, 7);
    expect(text.slice(s, e)).toBe('Jo\u200bhn\u0301');
  });

  it('maps a character folded from a surrogate pair to both code units', () => {
    const text = 'x 𝐉 y';
    const f = foldText(text);
    expect(f.text).toBe('x J y');
    expect(toOriginalSpan(f, 2, 3)).toEqual([2, 4]);
  });

  it('maps characters expanded from one code point to the whole code point', () => {
    const text = 'aﬁb';
    const f = foldText(text);
    expect(f.text).toBe('afib');
    expect(toOriginalSpan(f, 1, 2)).toEqual([1, 2]);
    expect(toOriginalSpan(f, 1, 3)).toEqual([1, 2]);
  });

  it('stays linear on a long run of look-alike letters', () => {
    const text = 'а'.repeat(200_000) + 'b';
    const t0 = performance.now();
    const f = foldText(text);
    expect(f.text.length).toBe(200_001);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('property: every folded span maps to an original span that contains its characters', () => {
    const pieces = fc.constantFrom('a', 'B', '7', ' ', '\u200b', '\u0301', '２', '–', 'о', 'é', '𝐉', 'ﬁ', '\u0000', '/', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(), fc.nat(), (arr, a, b) => {
        const text = arr.join('');
        const f = foldText(text);
        if (f.text.length === 0) return;
        const s = a % f.text.length;
        const e = s + 1 + (b % (f.text.length - s));
        const [os, oe] = toOriginalSpan(f, s, e);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeLessThanOrEqual(text.length);
        expect(os).toBeLessThan(oe);
        // every original character a folded character came from lies inside the mapped span
        for (let j = s; j < e; j++) {
          const o = f.origin ? f.origin[j]! : j;
          expect(o).toBeGreaterThanOrEqual(os);
          expect(o).toBeLessThan(oe);
        }
        // nothing but dropped characters lies between the mapped span and the next folded one
        if (f.origin && e < f.text.length && f.origin[e]! !== f.origin[e - 1]!) expect(oe).toBeLessThanOrEqual(f.origin[e]!);
      }),
      { numRuns: 500 },
    );
  });
});

describe('scrubbing folded text', () => {
  const scrubber = createScrubber({ algorithms: ['rules'] });
  const cases: [string, string, string][] = [
    ['full-width date', 'Admitted ２０１２/０３/０４ via ED.', '２０１２/０３/０４'],
    ['Arabic-Indic date', 'Admitted on ٠٣/٠٤/٢٠١٢ via ED.', '٠٣/٠٤/٢٠١٢'],
    ['division-slash date', 'Seen on 3∕4∕2012 in clinic.', '3∕4∕2012'],
    ['en-dash phone', 'Call her at 617–555–1212 tomorrow.', '617–555–1212'],
    ['zero-width space in a titled name', 'Seen by Dr. Quen\u200bby today.', 'Quen\u200bby'],
    ['soft hyphen in a titled name', 'Seen by Dr. Quen\u00adby today.', 'Quen\u00adby'],
    ['Cyrillic look-alike in a titled name', 'Seen by Dr. Quеnby today.', 'Quеnby'],
    ['combining accent in a titled name', 'Seen by Dr. Que\u0301nby today.', 'Que\u0301nby'],
    ['NUL inside a phone number', 'Call 617-555\u0000-1212 today', '617-555\u0000-1212'],
  ];
  it.each(cases)('removes a %s completely', (_name, text, phi) => {
    const r = scrubber.scrub(text);
    const at = text.indexOf(phi);
    const covered = new Uint8Array(text.length);
    for (const s of r.spans) covered.fill(1, s.start, s.end);
    for (let i = at; i < at + phi.length; i++) {
      if (/[\p{L}\p{N}]/u.test(text[i]!)) expect(covered[i], `character ${i} of ${JSON.stringify(phi)}`).toBe(1);
    }
    expect(r.text).toContain('___');
    // the returned spans are in original offsets and the output replaced exactly them
    for (const s of r.spans) expect(r.text.slice(s.outputStart, s.outputEnd)).toBe('___');
  });

  it('reports detected spans in original offsets', () => {
    const text = '\u200b\u200b\u200bSeen by Dr. Quenby on ３/４/２０１２.';
    const r = scrubber.scrub(text);
    const types = r.detected.map((d) => [text.slice(d.start, d.end), d.type]);
    expect(types).toContainEqual(['Quenby', 'NAME']);
    expect(types.some(([t, ty]) => ty === 'DATE' && String(t).includes('３/４/２０１２'))).toBe(true);
  });
});

describe('foldText: UTF-8 read as Latin-1 (mojibake)', () => {
  it('reads the two characters of a mis-decoded letter as the letter, mapped back to both', () => {
    const text = 'Attending: Gustus, \u00c3\u0096mer I.';
    const f = foldText(text);
    expect(f.text).toBe('Attending: Gustus, Omer I.');
    const at = f.text.indexOf('Omer');
    expect(text.slice(...toOriginalSpan(f, at, at + 4))).toBe('\u00c3\u0096mer');
    expect(foldText('T 38.5\u00c2\u00b0C').text).toBe('T 38.5°C');
    // a mis-decoded Cyrillic look-alike inside a Latin name folds like the look-alike itself
    expect(foldText('J\u00d0\u00benson').text).toBe('Jonson');
  });

  it('leaves a letter alone when no continuation character follows it (SÃO PAULO, Ã alone)', () => {
    expect(foldText('S\u00c3O PAULO').text).toBe('SAO PAULO');
    expect(foldText('\u00c3 b').text).toBe('A b');
  });

  it('scrubs a mis-decoded name whole, never leaving half of it', () => {
    const r = createScrubber().scrub('LIVES WITH HIS DAUGHTER \u00c3\u0096MER IN THE CITY.');
    expect(r.text).toBe('LIVES WITH HIS DAUGHTER ___ IN THE CITY.');
  });
});
