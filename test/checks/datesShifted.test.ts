import { describe, expect, it } from 'vitest';
import { clone, goodRelease } from './_fixture.js';
import { release, runOne } from './_run.js';

describe('datesShifted', () => {
  it('passes when every date lies in 2100–2200, including anchor_year', async () => {
    const r = await runOne(goodRelease(), { type: 'datesShifted' });
    expect(r.status).toBe('pass');
    expect(r.counts).toMatchObject({ outsideWindow: 0, unparseable: 0, yearValues: 12 });
    expect(r.counts.columns).toBeGreaterThanOrEqual(7);
  });

  it('fails on an unshifted date and reports its row', async () => {
    const t = clone(goodRelease());
    t['hosp/admissions']!.rows[2]![2] = '2012-03-10 08:00:00';
    const r = await runOne(t, { type: 'datesShifted' });
    expect(r.status).toBe('fail');
    expect(r.counts.outsideWindow).toBe(1);
    expect(r.examples).toEqual([{ table: 'hosp/admissions', rows: [3] }]);
    expect(JSON.stringify(r.report)).not.toContain('2012-03-10');
  });

  it('fails on a value in a date column that does not parse', async () => {
    const t = clone(goodRelease());
    t['icu/chartevents']!.rows[5]![4] = 'Mar 10';
    const r = await runOne(t, { type: 'datesShifted' });
    expect(r).toMatchObject({ status: 'fail', counts: { unparseable: 1 }, examples: [{ table: 'icu/chartevents', rows: [6] }] });
  });

  it('fails on an anchor_year outside the window', async () => {
    const t = clone(goodRelease());
    t['hosp/patients']!.rows[0]![3] = 2011;
    expect((await runOne(t, { type: 'datesShifted' })).counts.yearsOutside).toBe(1);
  });

  it('honours a custom window and column list', async () => {
    expect((await runOne(goodRelease(), { type: 'datesShifted', window: { from: '2150-01-01', to: '2150-06-30' } })).status).toBe('fail');
    const r = await runOne(goodRelease(), { type: 'datesShifted', tables: ['hosp/patients'], columns: ['dod'], window: { from: '2155-04-02', to: '2155-04-02' }, yearColumns: [] });
    expect(r).toMatchObject({ status: 'pass', counts: { tables: 1, columns: 1, values: 1 } });
  });

  it('fails when a date equals the source value of the same column', async () => {
    const src = clone(goodRelease());
    src['hosp/admissions']!.rows[8]![3] = '2150-06-14 12:30:00'; // release row 9 dischtime
    const source = release(src);
    for (const row of src['hosp/admissions']!.rows) row[3] = '2012-01-01 00:00:00';
    src['hosp/admissions']!.rows[8]![3] = '2150-09-14 12:30:00';
    const other = release(src);
    const r = await runOne(goodRelease(), { type: 'datesShifted', tables: ['hosp/admissions'], columns: ['dischtime'], source });
    expect(r.status).toBe('fail');
    expect(r.counts.equalToSource).toBeGreaterThan(0);
    expect((await runOne(goodRelease(), { type: 'datesShifted', tables: ['hosp/admissions'], columns: ['dischtime'], source: other })).counts.equalToSource).toBe(1);
  });
});
