import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateEditDistance, linkRecords, type DeathRecord, type PersonRecord } from '../../src/linkage/index.js';

const FIRST = ['Ann', 'Bea', 'Carl', 'Dmitri', 'Eve', 'Farah', 'Gus', 'Hana'];
const LAST = ['Lee', 'Okafor', 'Nguyen', 'Smith', 'Brennan', 'Quill'];

const person = fc.record({
  firstName: fc.option(fc.constantFrom(...FIRST), { nil: null, freq: 8 }),
  lastName: fc.option(fc.constantFrom(...LAST), { nil: null, freq: 8 }),
  dob: fc.option(
    fc.tuple(fc.integer({ min: 1950, max: 1953 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).map(([y, m, d]) => `${y}-0${m}-0${d}`),
    { nil: null, freq: 8 },
  ),
  ssn: fc.option(fc.integer({ min: 0, max: 5 }).map((i) => `23145678${i}`), { nil: null, freq: 3 }),
});

/** Populations with many near-collisions (few names, few dates, few SSNs) to exercise conflicts. */
const world = fc.record({
  patients: fc.array(person, { maxLength: 25 }),
  others: fc.array(person, { maxLength: 25 }),
  planted: fc.array(fc.nat(), { maxLength: 10 }),
  seed: fc.integer(),
});

type Person = { firstName: string | null; lastName: string | null; dob: string | null; ssn: string | null };

function build(w: { patients: Person[]; others: Person[]; planted: number[] }): { patients: PersonRecord[]; deaths: DeathRecord[] } {
  const patients = w.patients.map((p, i) => ({ ...p, id: `p${i}` }));
  const deaths: DeathRecord[] = w.others.map((p, i) => ({ ...p, id: `o${i}`, dod: '2015-01-01' }));
  w.planted.forEach((k, i) => {
    const p = patients[k % Math.max(1, patients.length)];
    if (p) deaths.push({ ...p, id: `x${i}`, dod: '2016-01-01' });
  });
  return { patients, deaths };
}

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const key = (links: readonly { patientId: string; deathId: string; rule: string }[]): string[] => links.map((l) => `${l.patientId}>${l.deathId}:${l.rule}`).sort();

describe('linkage properties', () => {
  it('is one-to-one: no patient and no death record appears in two links', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { patients, deaths } = build(w);
        const { links, summary } = linkRecords(patients, deaths);
        expect(new Set(links.map((l) => l.patientId)).size).toBe(links.length);
        expect(new Set(links.map((l) => l.deathId)).size).toBe(links.length);
        expect(summary.linked + summary.conflicts).toBe(summary.accepted);
        expect(summary.byRule.reduce((a, r) => a + r.count, 0)).toBe(links.length);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of either input', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { patients, deaths } = build(w);
        const a = linkRecords(patients, deaths);
        const b = linkRecords(shuffle(patients, w.seed), shuffle(deaths, w.seed ^ 0x5bd1e995));
        expect(key(b.links)).toEqual(key(a.links));
        expect(b.summary).toEqual(a.summary);
      }),
      { numRuns: 300 },
    );
  });

  it('always links a planted exact duplicate that has a usable identifier set and no rival copy', () => {
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 20 }),
        fc.record({ firstName: fc.constantFrom('Zora', 'Yusuf'), lastName: fc.constantFrom('Vance', 'Ueda'), dob: fc.constant('1949-12-31'), ssn: fc.option(fc.constant('321-54-9876'), { nil: null }) }),
        fc.nat(),
        (noise, twin, at) => {
          // Noise uses other names and dates, so the planted pair is the only exact match.
          const patients: PersonRecord[] = noise.map((p, i) => ({ ...p, id: `p${i}` }));
          patients.splice(at % (patients.length + 1), 0, { ...twin, id: 'planted' });
          const deaths: DeathRecord[] = [...noise.map((p, i) => ({ ...p, id: `n${i}`, dod: null })), { ...twin, id: 'dead', dod: '2019-05-05' }];
          const { links } = linkRecords(patients, deaths);
          expect(links).toContainEqual(expect.objectContaining({ patientId: 'planted', deathId: 'dead', dod: '2019-05-05' }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('dateEditDistance is symmetric, zero only for equal dates, and at most 1 for a swap or a year step', () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (a, b) => {
        const d = dateEditDistance(a, b);
        expect(dateEditDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        const [y, m, dd] = a.split('-') as [string, string, string];
        if (Number(dd) <= 12) expect(dateEditDistance(a, `${y}-${dd}-${m}`)).toBeLessThanOrEqual(1);
        if (m !== '02' || dd !== '29') expect(dateEditDistance(a, `${Number(y) + 1}-${m}-${dd}`)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
