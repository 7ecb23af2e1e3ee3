import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageInYears, anchorYearGroup, censorDeath, deriveAnchors } from '../../src/anchors/index.js';
import { shiftDate } from '../../src/dates/index.js';

const DAY = 86_400_000;
const dayArb = (min: string, max: string): fc.Arbitrary<Date> =>
  fc.integer({ min: Date.parse(min) / DAY, max: Date.parse(max) / DAY }).map((d) => new Date(d * DAY));

/** A patient: birth, then 1–6 admissions (each with a discharge 0–60 days later), and maybe a death. */
const patientArb = fc
  .record({
    birth: dayArb('1900-01-01', '2010-12-31'),
    firstGapDays: fc.integer({ min: 0, max: 110 * 366 }),
    gaps: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 3000 }), stay: fc.integer({ min: 0, max: 60 * 24 }) }), { minLength: 1, maxLength: 6 }),
    deathAfter: fc.option(fc.integer({ min: -30, max: 800 }), { nil: undefined }),
    offset: fc.integer({ min: 20_000, max: 80_000 }),
    reference: fc.constantFrom('first' as const, 'last' as const),
  })
  .map((p) => {
    let t = p.birth.getTime() + p.firstGapDays * DAY + 8 * 3_600_000;
    const admissions = p.gaps.map(({ gap, stay }) => {
      t += gap * DAY;
      const admit = new Date(t);
      t += stay * 3_600_000;
      return { admittime: admit, dischtime: new Date(t) };
    });
    const lastDischarge = new Date(t);
    const dod = p.deathAfter === undefined ? null : new Date(Math.floor(t / DAY) * DAY + p.deathAfter * DAY);
    return { ...p, admissions, lastDischarge, dod };
  });

const yearOf = (d: Date, offset: number): number => shiftDate(d, offset).getUTCFullYear();

describe('anchors: properties', () => {
  it('age at any admission = anchor_age + year(shifted admit) − anchor_year, exactly, before capping', () => {
    fc.assert(
      fc.property(patientArb, (p) => {
        const a = deriveAnchors({ birthDate: p.birth, admissions: p.admissions, dod: p.dod }, p.offset, { reference: p.reference });
        const admits = p.admissions.map((x) => x.admittime);
        const ref = p.reference === 'first' ? admits.reduce((m, x) => (x < m ? x : m)) : admits.reduce((m, x) => (x > m ? x : m));
        expect(a.anchor_year).toBe(yearOf(ref, p.offset));
        // the year-difference age in shifted time, as released data lets a user compute it
        const uncapped = a.anchor_year - yearOf(p.birth, p.offset);
        expect(a.anchor_age).toBe(uncapped > 89 ? 91 : uncapped);
        for (const admit of admits) {
          const ageThere = yearOf(admit, p.offset) - yearOf(p.birth, p.offset);
          expect(ageThere).toBe(uncapped + yearOf(admit, p.offset) - a.anchor_year);
          if (uncapped <= 89) expect(ageThere).toBe(a.anchor_age + yearOf(admit, p.offset) - a.anchor_year);
          // in shifted time it is the completed age or one more (before the birthday in that year)
          const shiftedCompleted = ageInYears(shiftDate(p.birth, p.offset), shiftDate(admit, p.offset));
          expect(ageThere - shiftedCompleted).toBeGreaterThanOrEqual(0);
          expect(ageThere - shiftedCompleted).toBeLessThanOrEqual(1);
          // against the true completed age: −1…+2 (leap days differ between the true and shifted spans)
          const completed = ageInYears(p.birth, admit);
          expect(ageThere - completed).toBeGreaterThanOrEqual(-1);
          expect(ageThere - completed).toBeLessThanOrEqual(2);
        }
        expect(a.anchor_year_group).toBe(anchorYearGroup(ref.getUTCFullYear()));
      }),
      { numRuns: 500 },
    );
  });

  it('near birthdays and leap days, the released age stays within −1…+2 of the true completed age (edge search)', () => {
    // births in 1895–1907 (1900 is not a leap year), admissions within 3 days of an anniversary
    const diffs = new Set<number>();
    const check = (birth: Date, admit: Date, offset: number): void => {
      const { anchor_age, anchor_year } = deriveAnchors({ birthDate: birth, admissions: [{ admittime: admit, dischtime: admit }] }, offset, { maxAge: 200, agedOverValue: 201 });
      if (anchor_year !== yearOf(admit, offset)) diffs.add(Number.NaN);
      diffs.add(anchor_age - ageInYears(birth, admit));
    };
    for (let b = Date.UTC(1895, 0, 1) / DAY; b < Date.UTC(1907, 0, 1) / DAY; b += 5) {
      for (const years of [1, 4, 103]) {
        for (let delta = -3; delta <= 3; delta++) {
          for (const offset of [-1, 1, 365, 1461, 50001]) check(new Date(b * DAY), new Date((b + Math.round(years * 365.2425) + delta) * DAY), offset);
        }
      }
    }
    // the two extremes, found by an exhaustive search over daily births
    check(new Date('1895-01-01T00:00:00Z'), new Date('1896-01-01T00:00:00Z'), 365); // 1896-01-01 → 1896-12-31: −1
    check(new Date('1904-02-08T00:00:00Z'), new Date('2007-02-07T00:00:00Z'), 50001); // +2
    expect([...diffs].sort()).toEqual([-1, 0, 1, 2]); // nothing outside, and the bounds are tight
  });

  it('capped ages are always 91 and uncapped ones never exceed 89', () => {
    fc.assert(
      fc.property(patientArb, (p) => {
        const { anchor_age } = deriveAnchors({ birthDate: p.birth, admissions: p.admissions }, p.offset);
        expect(anchor_age === 91 || (anchor_age >= 0 && anchor_age <= 89)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('dod is the shifted date of death when within 365 days of the last discharge, otherwise null', () => {
    fc.assert(
      fc.property(patientArb, (p) => {
        const a = deriveAnchors({ birthDate: p.birth, admissions: p.admissions, dod: p.dod }, p.offset);
        if (p.dod === null) {
          expect(a.dod).toBeNull();
          return;
        }
        const gap = Math.floor(p.dod.getTime() / DAY) - Math.floor(p.lastDischarge.getTime() / DAY);
        if (gap > 365) expect(a.dod).toBeNull();
        else expect(a.dod).toBe(shiftDate(p.dod, p.offset).toISOString().slice(0, 10));
        expect(censorDeath(p.dod, p.lastDischarge) === null).toBe(gap > 365);
      }),
      { numRuns: 300 },
    );
  });

  it('anchor_year_group bins: the label holds the year, has the width, and is aligned on start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 20 }), (year, start, width) => {
        const label = anchorYearGroup(year, { start, width });
        const m = /^(\d{4}) - (\d{4})$/.exec(label);
        expect(m).not.toBeNull();
        const from = Number(m![1]);
        const to = Number(m![2]);
        expect(from).toBeLessThanOrEqual(year);
        expect(to).toBeGreaterThanOrEqual(year);
        expect(to - from + 1).toBe(width);
        expect((((from - start) % width) + width) % width).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
