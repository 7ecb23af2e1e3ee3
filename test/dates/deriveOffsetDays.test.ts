import { describe, expect, it } from 'vitest';
import { createOffsetDeriver, deriveOffsetDays, parseDateTime, shiftDate } from '../../src/dates/index.js';
import { expectDeidError, KEY } from '../ids/_helpers.js';

const yearOf = (ref: string, days: number): number => shiftDate(parseDateTime(ref).date, days).getUTCFullYear();
const PATIENTS = Array.from({ length: 300 }, (_, i) => `MRN-${i}`);

describe('deriveOffsetDays', () => {
  it('is deterministic from (key, patient, reference date) and an integer', () => {
    const a = deriveOffsetDays(KEY, 'MRN-1', '2012-03-04');
    expect(Number.isInteger(a)).toBe(true);
    expect(deriveOffsetDays(KEY, 'MRN-1', new Date(Date.UTC(2012, 2, 4, 18)))).toBe(a); // same UTC day
    expect(deriveOffsetDays(Buffer.from(KEY), 'MRN-1', '03/04/2012')).toBe(a);
    expect(deriveOffsetDays(`${KEY}!`, 'MRN-1', '2012-03-04')).not.toBe(a);
  });

  it('moves the reference date into [2100, 2180] by default, spread over the window', () => {
    const years = PATIENTS.map((p) => yearOf('2012-03-04', deriveOffsetDays(KEY, p, '2012-03-04')));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2100);
    expect(Math.max(...years)).toBeLessThanOrEqual(2180);
    expect(new Set(years).size).toBeGreaterThan(50); // not a constant shift
    expect(Math.min(...years)).toBeLessThan(2110);
    expect(Math.max(...years)).toBeGreaterThan(2170);
  });

  it('honours a custom window, whatever the reference year', () => {
    for (const ref of ['1950-06-15', '2012-03-04', '2199-12-31']) {
      for (const p of PATIENTS.slice(0, 50)) {
        const y = yearOf(ref, deriveOffsetDays(KEY, p, ref, { window: { startYear: 2300, endYear: 2340 } }));
        expect(y).toBeGreaterThanOrEqual(2300);
        expect(y).toBeLessThanOrEqual(2320);
      }
    }
  });

  it('uses the start year alone when the window is shorter than 20 years', () => {
    const y = yearOf('2012-03-04', deriveOffsetDays(KEY, 'p', '2012-03-04', { window: { startYear: 2150, endYear: 2155 } }));
    expect(y).toBe(2150);
  });

  it('gives multiples of 7 with preserveWeekday (same weekday)', () => {
    for (const p of PATIENTS.slice(0, 100)) {
      const o = deriveOffsetDays(KEY, p, '2012-03-04', { preserveWeekday: true });
      expect(o % 7).toBe(0);
      expect(shiftDate(new Date(Date.UTC(2012, 2, 4)), o).getUTCDay()).toBe(new Date(Date.UTC(2012, 2, 4)).getUTCDay());
    }
  });

  it('gives multiples of 1461 with preserveSeason (day of year within 2 days)', () => {
    const ref = new Date(Date.UTC(2012, 6, 15));
    const doy = (d: Date): number => (d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000;
    for (const p of PATIENTS.slice(0, 100)) {
      const o = deriveOffsetDays(KEY, p, ref, { preserveSeason: true });
      expect(o % 1461).toBe(0);
      expect(Math.abs(doy(shiftDate(ref, o)) - doy(ref))).toBeLessThanOrEqual(2);
    }
  });

  it('gives multiples of 10227 with both, still inside the window', () => {
    const offsets = new Set<number>();
    for (const p of PATIENTS) {
      const o = deriveOffsetDays(KEY, p, '2012-03-04', { preserveSeason: true, preserveWeekday: true });
      expect(o % 10227).toBe(0);
      const y = yearOf('2012-03-04', o);
      expect(y).toBeGreaterThanOrEqual(2100);
      expect(y).toBeLessThanOrEqual(2180);
      offsets.add(o);
    }
    expect(offsets.size).toBeGreaterThan(1);
  });

  it.each([
    [{ window: { startYear: 2200, endYear: 2100 } }, 'window.endYear'],
    [{ window: { startYear: 2100.5, endYear: 2200 } }, 'window.startYear'],
    [{ window: { startYear: 2100, endYear: 10000 } }, 'window.endYear'],
    [{ window: { startYear: 2100, endYear: 2110 }, preserveSeason: true, preserveWeekday: true }, 'window'],
  ])('rejects bad options %j with CONFIG_INVALID at %s', (options, path) => {
    try {
      deriveOffsetDays(KEY, 'p', '2012-03-04', options);
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('CONFIG_INVALID');
      expect((e as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(path);
    }
  });

  it('rejects bad keys, patient keys and reference dates without echoing them', () => {
    expectDeidError(() => deriveOffsetDays('', 'p', '2012-03-04'), 'KEY_MISSING');
    expectDeidError(() => deriveOffsetDays('short-key', 'p', '2012-03-04'), 'KEY_INVALID', ['short-key']);
    expectDeidError(() => deriveOffsetDays(KEY, '', '2012-03-04'), 'INPUT_INVALID');
    expectDeidError(() => deriveOffsetDays(KEY, 'p', '2012-02-30'), 'DATE_INVALID', ['2012-02-30']);
    expectDeidError(() => deriveOffsetDays(KEY, 'p', new Date(Number.NaN)), 'DATE_INVALID');
  });

  it('createOffsetDeriver gives the same offsets', () => {
    const f = createOffsetDeriver(KEY, { preserveWeekday: true });
    for (const p of PATIENTS.slice(0, 20)) expect(f(p, '2012-03-04')).toBe(deriveOffsetDays(KEY, p, '2012-03-04', { preserveWeekday: true }));
  });
});
