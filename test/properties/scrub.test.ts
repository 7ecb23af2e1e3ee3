import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/text/scrub.js';

// Synthetic annotated notes: templates with slots filled by generated PHI. The gold spans are
// known by construction; the property is that no character of any gold span survives.
interface Piece {
  readonly text: string;
  readonly phi: boolean;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const LAST = ['Quenby', 'Hollister', 'Marchetti', 'Okonkwo', 'Vasquez-Lind', "O'Dowd", 'Thistlewood', 'Brannigan', 'Szymanski', 'Featherly'];
const FIRST = ['Marisol', 'Thaddeus', 'Imogen', 'Rosalind', 'Caspian', 'Henrietta', 'Ignatius', 'Philippa', 'Leopold', 'Winifred'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const date = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m}/${d}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1950, max: 2029 })).map(([m, d, y]) => `${m}/${d}/${y}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 99 })).map(([m, d, y]) => `${pad2(m)}-${pad2(d)}-${pad2(y)}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m} ${d}`),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom('Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'), fc.integer({ min: 1990, max: 2029 })).map(
    ([d, m, y]) => `${d}-${m}-${y}`,
  ),
);
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const phone = fc.oneof(
  fc.tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 200, max: 999 }), digits(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  fc.tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 200, max: 999 }), digits(4)).map(([a, b, c]) => `${a}-${b}-${c}`),
);
const last = fc.constantFrom(...LAST);
const first = fc.constantFrom(...FIRST);
const age = fc.integer({ min: 90, max: 109 }).map(String);
const mrn = digits(8);
const email = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom('example.org', 'mail.example.com')).map(([f, d]) => `${f.toLowerCase()}.x@${d}`);

const P = (text: string): Piece => ({ text, phi: false });
const G = (text: string): Piece => ({ text, phi: true });

const sentence: fc.Arbitrary<Piece[]> = fc.oneof(
  fc.tuple(last, date).map(([n, d]) => [P('Seen by Dr. '), G(n), P(' on '), G(d), P('. ')]),
  fc.tuple(first, phone).map(([n, p]) => [P('Wife '), G(n), P(' can be reached at '), G(p), P('. ')]),
  fc.tuple(age).map(([a]) => [G(a), P(' yo female admitted with CHF. ')]),
  fc.tuple(mrn).map(([m]) => [P('MRN: '), G(m), P('\n')]),
  fc.tuple(email).map(([e]) => [P('Email '), G(e), P(' for records. ')]),
  fc.tuple(first, last).map(([f, l]) => [P('Spoke with daughter '), G(`${f} ${l}`), P(' about the plan. ')]),
  fc.tuple(last).map(([l]) => [P('Transferred from '), G(l), P(' Hospital ER. ')]),
  fc.tuple(date).map(([d]) => [P('Extubated '), G(d), P(', BP 120/80, 2/6 murmur, strength 5/5. ')]),
  fc.tuple(first, last).map(([f, l]) => [P('Note by '), G(`${f} ${l}`), P(', RN\n')]),
  fc.constant<Piece[]>([P('Foley in place, Parkinson disease stable, Glasgow coma scale 15. ')]),
);

const note = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((ss) => ss.flat());

describe('property: scrubbing never leaks a gold span', () => {
  const scrubber = createScrubber({ algorithms: ['rules'] });

  it('removes every character of every gold span of generated notes', () => {
    fc.assert(
      fc.property(note, (pieces) => {
        let text = '';
        const gold: [number, number][] = [];
        for (const p of pieces) {
          if (p.phi) gold.push([text.length, text.length + p.text.length]);
          text += p.text;
        }
        const r = scrubber.scrub(text);
        const covered = new Uint8Array(text.length);
        for (const s of r.spans) covered.fill(1, s.start, s.end);
        for (const [s, e] of gold) {
          for (let i = s; i < e; i++) {
            if (/[A-Za-z0-9]/.test(text[i]!) && !covered[i]) {
              throw new Error(`gold span ${JSON.stringify(text.slice(s, e))} leaked at ${i} in ${JSON.stringify(text)}`);
            }
          }
        }
        // every replacement sits where the result says it does
        for (const s of r.spans) expect(r.text.slice(s.outputStart, s.outputEnd)).toBe('___');
      }),
      { numRuns: 300 },
    );
  });
});
