import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveOffsetDays, formatDateTime, parseDateTime, shiftDate, shiftDateTime } from '../../src/dates/index.js';

const TWO = (n: number): string => String(n).padStart(2, '0');

/** A datetime written in one of the supported forms, generated from its parts. */
const partsArb = fc.record({
  y: fc.integer({ min: 1800, max: 2150 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 31 }),
  hh: fc.integer({ min: 0, max: 23 }),
  mi: fc.integer({ min: 0, max: 59 }),
  ss: fc.integer({ min: 0, max: 59 }),
  frac: fc.string({ minLength: 1, maxLength: 9, unit: fc.constantFrom('0', '1', '2', '5', '9') }),
  style: fc.constantFrom('iso', 'isoT', 'us', 'usShort'),
  time: fc.constantFrom('none', 'hm', 'hms', 'hmsf'),
  zone: fc.constantFrom('', 'Z', '+05:30', '-0800', '+01'),
});

type Parts = typeof partsArb extends fc.Arbitrary<infer T> ? T : never;

function write(p: Parts): string {
  const dim = new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
  const d = Math.min(p.d, dim);
  let date: string;
  if (p.style === 'us') date = `${TWO(p.m)}/${TWO(d)}/${p.y}`;
  else if (p.style === 'usShort') date = `${p.m}/${d}/${p.y}`;
  else date = `${p.y}-${TWO(p.m)}-${TWO(d)}`;
  if (p.time === 'none') return date;
  const us = p.style === 'us' || p.style === 'usShort';
  const time = p.time === 'hm' || (us && p.time === 'hmsf') ? `${TWO(p.hh)}:${TWO(p.mi)}` : p.time === 'hms' ? `${TWO(p.hh)}:${TWO(p.mi)}:${TWO(p.ss)}` : `${TWO(p.hh)}:${TWO(p.mi)}:${TWO(p.ss)}.${p.frac}`;
  return `${date}${p.style === 'isoT' ? 'T' : ' '}${time}${us ? '' : p.zone}`;
}

/** Values that trip local-time arithmetic: DST changes (US, EU), leap days, year ends. */
const edgeArb = fc.constantFrom(
  '2012-03-11 02:30:00',
  '2012-11-04 01:30:00',
  '2021-03-28T02:30:00',
  '2021-10-31T02:30:00.5',
  '2012-02-29 12:00:00',
  '2000-02-29',
  '1900-02-28 23:59:59',
  '2099-12-31 23:59:59.999999',
  '3/11/2012 02:00',
  '12/31/1999',
);
const valueArb = fc.oneof({ weight: 4, arbitrary: partsArb.map(write) }, { weight: 1, arbitrary: edgeArb });
const offsetArb = fc.integer({ min: -70_000, max: 110_000 });

describe('dates: properties', () => {
  const tz = process.env.TZ;
  // Local time must play no part: run under a zone with DST.
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it("every pairwise interval between a patient's datetimes is unchanged by shifting (in ms), and the form is kept", () => {
    fc.assert(
      fc.property(fc.array(valueArb, { minLength: 1, maxLength: 8 }), offsetArb, (values, offset) => {
        const before = values.map((v) => parseDateTime(v));
        const shiftedText = values.map((v) => shiftDateTime(v, offset));
        const after = shiftedText.map((v) => parseDateTime(v));
        for (let i = 0; i < values.length; i++) {
          const bi = before[i]!;
          const ai = after[i]!;
          // same form: identical, except that a US value whose month and day both have two
          // digits reads as MM/DD/YYYY whichever way it was written
          expect(ai.format.replace('MM/DD', 'M/D')).toBe(bi.format.replace('MM/DD', 'M/D'));
          // the date part is the original date part's form, rendered for the shifted day
          const datePart = (s: string): string => s.split(/[ T]/)[0]!;
          const dp = parseDateTime(datePart(values[i]!));
          expect(datePart(shiftedText[i]!)).toBe(formatDateTime(shiftDate(dp.date, offset), dp.format));
          expect(ai.date.getTime() - bi.date.getTime()).toBe(offset * 86_400_000);
          for (let j = 0; j < values.length; j++) {
            expect(ai.date.getTime() - after[j]!.date.getTime()).toBe(bi.date.getTime() - before[j]!.date.getTime());
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('parses every generated value to the instant Date.UTC gives for its parts and zone', () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        const v = write(p);
        const dim = new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
        const us = p.style === 'us' || p.style === 'usShort';
        const hasTime = p.time !== 'none';
        const sec = hasTime && (p.time === 'hms' || (p.time === 'hmsf' && !us)) ? p.ss : 0;
        const ms = hasTime && p.time === 'hmsf' && !us ? Math.floor(Number(`0.${p.frac}`) * 1000 + 1e-9) : 0;
        let t = Date.UTC(p.y, p.m - 1, Math.min(p.d, dim), hasTime ? p.hh : 0, hasTime ? p.mi : 0, sec, ms);
        if (hasTime && !us && p.zone && p.zone !== 'Z') {
          const sign = p.zone[0] === '+' ? 1 : -1;
          const digits = p.zone.slice(1).replace(':', '');
          t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
        }
        expect(parseDateTime(v).date.getTime()).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps everything after the calendar date verbatim (time of day, fraction, zone)', () => {
    fc.assert(
      fc.property(valueArb, offsetArb, (v, offset) => {
        const out = shiftDateTime(v, offset);
        const cut = (s: string): string => {
          const i = s.search(/[ T]/);
          return i < 0 ? '' : s.slice(i);
        };
        expect(cut(out)).toBe(cut(v));
      }),
      { numRuns: 300 },
    );
  });

  it('shifting back by the same offset restores the value (exactly, except M/D/YYYY re-read as MM/DD/YYYY)', () => {
    fc.assert(
      fc.property(valueArb, offsetArb, (v, offset) => {
        const back = shiftDateTime(shiftDateTime(v, offset), -offset);
        if (parseDateTime(v).format.startsWith('M/D/')) expect(back.replace(/^0/, '').replace('/0', '/')).toBe(v);
        else expect(back).toBe(v);
      }),
      { numRuns: 300 },
    );
  });

  it('shiftDate keeps pairwise intervals of Date objects and never mutates them', () => {
    fc.assert(
      fc.property(fc.array(fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2150-01-01T00:00:00Z'), noInvalidDate: true }), { minLength: 2, maxLength: 6 }), offsetArb, (dates, offset) => {
        const copies = dates.map((d) => d.getTime());
        const out = dates.map((d) => shiftDate(d, offset));
        dates.forEach((d, i) => expect(d.getTime()).toBe(copies[i]));
        for (let i = 0; i < dates.length; i++) for (let j = 0; j < dates.length; j++) expect(out[i]!.getTime() - out[j]!.getTime()).toBe(copies[i]! - copies[j]!);
      }),
      { numRuns: 200 },
    );
  });

  it('offsets put the reference date in the window and honour weekday/season', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 16, maxLength: 24 }),
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: 2000, max: 3000 }),
        fc.integer({ min: 30, max: 200 }),
        fc.boolean(),
        fc.boolean(),
        (key, patient, ref, startYear, span, preserveWeekday, preserveSeason) => {
          const window = { startYear, endYear: startYear + span };
          const step = (preserveWeekday ? 7 : 1) * (preserveSeason ? 1461 : 1);
          const room = (Date.UTC(startYear + span - 20, 11, 31) - Date.UTC(startYear, 0, 1)) / 86_400_000 + 1;
          if (room < step) {
            // the reference date's years are shorter than the step (e.g. < 28 years for 10227 days)
            expect(() => deriveOffsetDays(key, patient, ref, { window, preserveWeekday, preserveSeason })).toThrow(/CONFIG_INVALID/);
            return;
          }
          const o = deriveOffsetDays(key, patient, ref, { window, preserveWeekday, preserveSeason });
          expect(o).toBe(deriveOffsetDays(key, patient, ref, { window, preserveWeekday, preserveSeason }));
          const y = shiftDate(ref, o).getUTCFullYear();
          expect(y).toBeGreaterThanOrEqual(startYear);
          expect(y).toBeLessThanOrEqual(startYear + span - 20);
          if (preserveWeekday) expect(((o % 7) + 7) % 7).toBe(0);
          if (preserveSeason) expect(((o % 1461) + 1461) % 1461).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a DATE_INVALID error never contains the rejected value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 6, maxLength: 40 }), valueArb.map((v) => `${v}x`), valueArb.map((v) => v.replace(/\d/, 'Q'))), (v) => {
        try {
          shiftDateTime(v, 1);
        } catch (e) {
          expect((e as { code: string }).code).toBe('DATE_INVALID');
          expect((e as Error).message).not.toContain(v);
          return;
        }
        // accepted: it must then be one of the recognised forms
        expect(() => parseDateTime(v)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
