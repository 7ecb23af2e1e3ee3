import { describe, expect, it } from 'vitest';
import { formatDateTime, parseDateTime, shiftDate, shiftDateTime, type DateFormat } from '../../src/dates/index.js';
import { expectDeidError } from '../ids/_helpers.js';

describe('parseDateTime', () => {
  it.each<[string, string, DateFormat]>([
    ['2012-03-04', '2012-03-04T00:00:00.000Z', 'YYYY-MM-DD'],
    ['2012-03-04 13:45', '2012-03-04T13:45:00.000Z', 'YYYY-MM-DD HH:mm'],
    ['2012-03-04 13:45:07', '2012-03-04T13:45:07.000Z', 'YYYY-MM-DD HH:mm:ss'],
    ['2012-03-04 13:45:07.5', '2012-03-04T13:45:07.500Z', 'YYYY-MM-DD HH:mm:ss.S'],
    ['2012-03-04 13:45:07.123456', '2012-03-04T13:45:07.123Z', 'YYYY-MM-DD HH:mm:ss.SSSSSS'],
    ['2012-03-04T13:45', '2012-03-04T13:45:00.000Z', 'YYYY-MM-DDTHH:mm'],
    ['2012-03-04T13:45:07Z', '2012-03-04T13:45:07.000Z', 'YYYY-MM-DDTHH:mm:ssZ'],
    ['2012-03-04T13:45:07.120Z', '2012-03-04T13:45:07.120Z', 'YYYY-MM-DDTHH:mm:ss.SSSZ'],
    ['2012-03-04T13:45:07+02:00', '2012-03-04T11:45:07.000Z', 'YYYY-MM-DDTHH:mm:ss±HH:mm'],
    ['2012-03-04T01:45:07-0530', '2012-03-04T07:15:07.000Z', 'YYYY-MM-DDTHH:mm:ss±HHmm'],
    ['2012-03-04 13:45:07+00', '2012-03-04T13:45:07.000Z', 'YYYY-MM-DD HH:mm:ss±HH'],
    ['2012-03-04T13:45:07.999999999Z', '2012-03-04T13:45:07.999Z', 'YYYY-MM-DDTHH:mm:ss.SSSSSSSSSZ'],
    ['03/04/2012', '2012-03-04T00:00:00.000Z', 'MM/DD/YYYY'],
    ['12/25/2012', '2012-12-25T00:00:00.000Z', 'MM/DD/YYYY'],
    ['3/4/2012', '2012-03-04T00:00:00.000Z', 'M/D/YYYY'],
    ['10/4/2012', '2012-10-04T00:00:00.000Z', 'M/D/YYYY'],
    ['03/04/2012 13:45', '2012-03-04T13:45:00.000Z', 'MM/DD/YYYY HH:mm'],
    ['3/4/2012 13:45:07', '2012-03-04T13:45:07.000Z', 'M/D/YYYY HH:mm:ss'],
    ['2012-02-29', '2012-02-29T00:00:00.000Z', 'YYYY-MM-DD'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z', 'YYYY-MM-DD'],
    ['0099-01-01', '0099-01-01T00:00:00.000Z', 'YYYY-MM-DD'],
    ['9999-12-31 23:59:59', '9999-12-31T23:59:59.000Z', 'YYYY-MM-DD HH:mm:ss'],
  ])('parses %s as %s in form %s', (value, iso, format) => {
    const p = parseDateTime(value);
    expect(p.date.toISOString()).toBe(iso);
    expect(p.format).toBe(format);
  });

  it.each([
    ['2012-03-04 24:00', '2012-03-05T00:00:00.000Z'],
    ['2012-03-04 24:00:00', '2012-03-05T00:00:00.000Z'],
    ['2012-12-31T24:00:00.000', '2013-01-01T00:00:00.000Z'],
  ])('reads %s as midnight at the end of the day, as DuckDB and PostgreSQL do', (value, iso) => {
    expect(parseDateTime(value).date.toISOString()).toBe(iso);
  });

  it.each([
    '2012-02-30',
    '2013-02-29',
    '1900-02-29',
    '2012-13-01',
    '2012-00-10',
    '2012-04-31',
    '2012-03-00',
    '2012-03-04 24:01',
    '2012-03-04 24:00:01',
    '2012-03-04 23:60',
    '2012-03-04 23:59:60',
    '2012-03-04T10:00+24:00',
    '13/01/2012',
    '02/30/2012',
    '0/4/2012',
  ])('rejects the impossible date %s with DATE_INVALID, never echoing it', (value) => {
    expectDeidError(() => parseDateTime(value), 'DATE_INVALID', [value, value.slice(0, 7)]);
  });

  it.each([
    '',
    '2012',
    '2012-3-4',
    '2012-03-4',
    '2012/03/04',
    '20120304',
    '2012-03-04T',
    '2012-03-04 13',
    '2012-03-04 13:4',
    '2012-03-04 1:45',
    '2012-03-04 13:45:07.',
    '2012-03-04 13:45:07.1234567890',
    '2012-03-04 13:45:07 ',
    ' 2012-03-04',
    '2012-03-04t13:45',
    '2012-03-04T13:45:07z',
    '2012-03-04T13:45:07+2',
    '2012-03-04T13:45:07+02:0',
    '2012-03-04T13:45:07 Z',
    '03/4/2012',
    '3/04/2012',
    '03/04/12',
    '03/04/20123',
    '03-04-2012',
    '03/04/2012T13:45',
    '03/04/2012 13:45Z',
    '03/04/2012 1:45 PM',
    '１２３４-03-04',
    'March 4, 2012',
    '2012-03-04\n',
  ])('rejects %j (not a recognised form) with DATE_INVALID naming the forms', (value) => {
    try {
      parseDateTime(value);
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('DATE_INVALID');
      const msg = String(e);
      expect(msg).toContain('YYYY-MM-DD');
      if (value.length > 3) expect(msg).not.toContain(value.trim());
      expect(msg).toContain(`got ${value.length} characters`);
    }
  });

  it.each([null, undefined, 20120304, new Date(0)])('rejects the non-string %s with DATE_INVALID', (v) => {
    expectDeidError(() => parseDateTime(v as unknown as string), 'DATE_INVALID');
  });

  it('rejects a 1 MB value quickly without echoing it', () => {
    const big = '2012-03-04'.repeat(100_000);
    expectDeidError(() => parseDateTime(big), 'DATE_INVALID', ['2012-03-042012']);
  });
});

describe('formatDateTime', () => {
  const d = new Date(Date.UTC(2150, 0, 2, 3, 4, 5, 67));
  it.each<[DateFormat, string]>([
    ['YYYY-MM-DD', '2150-01-02'],
    ['YYYY-MM-DD HH:mm', '2150-01-02 03:04'],
    ['YYYY-MM-DD HH:mm:ss', '2150-01-02 03:04:05'],
    ['YYYY-MM-DD HH:mm:ss.S', '2150-01-02 03:04:05.0'],
    ['YYYY-MM-DD HH:mm:ss.SSS', '2150-01-02 03:04:05.067'],
    ['YYYY-MM-DDTHH:mm:ss.SSSSSSZ', '2150-01-02T03:04:05.067000Z'],
    ['YYYY-MM-DDTHH:mm:ss±HH:mm', '2150-01-02T03:04:05+00:00'],
    ['YYYY-MM-DDTHH:mm±HHmm', '2150-01-02T03:04+0000'],
    ['YYYY-MM-DD HH:mm:ss±HH', '2150-01-02 03:04:05+00'],
    ['MM/DD/YYYY', '01/02/2150'],
    ['M/D/YYYY', '1/2/2150'],
    ['MM/DD/YYYY HH:mm', '01/02/2150 03:04'],
    ['M/D/YYYY HH:mm:ss', '1/2/2150 03:04:05'],
  ])('formats in %s as %s', (format, want) => {
    expect(formatDateTime(d, format)).toBe(want);
  });

  it('writes years below 1000 with four digits and dates before 1970 correctly', () => {
    const old = new Date(0);
    old.setUTCFullYear(99, 11, 31);
    expect(formatDateTime(old, 'YYYY-MM-DD HH:mm:ss')).toBe('0099-12-31 00:00:00');
    expect(formatDateTime(new Date(Date.UTC(1969, 11, 31, 23, 59, 59)), 'YYYY-MM-DD HH:mm:ss')).toBe('1969-12-31 23:59:59');
  });

  it('round-trips parse → format for every form', () => {
    for (const v of ['2012-03-04 13:45:07.120', '2012-03-04T13:45:07Z', '3/4/2012 13:45', '03/04/2012']) {
      const p = parseDateTime(v);
      expect(formatDateTime(p.date, p.format)).toBe(v);
    }
  });

  it.each(['YYYY', 'DD/MM/YYYY', 'MM/DD/YYYYTHH:mm', 'MM/DD/YYYY HH:mmZ', 'YYYY-MM-DD HH:mm:ss.SSSSSSSSSS'])('rejects the unknown format name %s with INPUT_INVALID', (f) => {
    expectDeidError(() => formatDateTime(d, f as DateFormat), 'INPUT_INVALID');
  });

  it('rejects invalid Dates and years beyond 9999 with DATE_INVALID', () => {
    expectDeidError(() => formatDateTime(new Date(Number.NaN), 'YYYY-MM-DD'), 'DATE_INVALID');
    expectDeidError(() => formatDateTime(new Date(Date.UTC(10000, 0, 1)), 'YYYY-MM-DD'), 'DATE_INVALID');
  });
});

describe('shiftDateTime', () => {
  it.each([
    ['2012-03-04', 100, '2012-06-12'],
    ['2012-03-04 13:45:00', 100, '2012-06-12 13:45:00'],
    ['2012-03-04T13:45:07.123456Z', 1, '2012-03-05T13:45:07.123456Z'],
    ['2012-03-04T13:45+01:00', -4, '2012-02-29T13:45+01:00'],
    ['2012-02-28 23:59:59', 1, '2012-02-29 23:59:59'],
    ['2013-02-28 23:59:59', 1, '2013-03-01 23:59:59'],
    ['2012-12-31', 1, '2013-01-01'],
    ['2012-01-01', -1, '2011-12-31'],
    ['03/04/2012', 100, '06/12/2012'],
    ['3/4/2012', -4, '2/29/2012'],
    ['9/30/2012 08:00', 1, '10/1/2012 08:00'],
    ['2012-03-11 02:30:00', 50_000, '2149-02-01 02:30:00'], // a US DST-change night: no hour lost
    ['2012-03-04', 0, '2012-03-04'],
  ])('shifts %s by %i days to %s', (v, days, want) => {
    expect(shiftDateTime(v, days)).toBe(want);
  });

  it('rejects bad values with DATE_INVALID and never echoes them', () => {
    expectDeidError(() => shiftDateTime('31/31/2012', 100), 'DATE_INVALID', ['31/31/2012']);
    expectDeidError(() => shiftDateTime('2012-02-30 10:00:00', 100), 'DATE_INVALID', ['2012-02-30']);
    expectDeidError(() => shiftDateTime('9999-12-31', 1), 'DATE_INVALID');
    expectDeidError(() => shiftDateTime('0000-01-01', -1), 'DATE_INVALID');
  });

  it.each([1.5, Number.NaN, Infinity, 4e6, '3'])('rejects the offset %s with INPUT_INVALID', (o) => {
    expectDeidError(() => shiftDateTime('2012-03-04', o as number), 'INPUT_INVALID');
  });
});

describe('shiftDate', () => {
  it('adds whole days in UTC without mutating the input', () => {
    const d = new Date('2012-03-10T10:30:00.250Z');
    const out = shiftDate(d, 1);
    expect(out.toISOString()).toBe('2012-03-11T10:30:00.250Z');
    expect(d.toISOString()).toBe('2012-03-10T10:30:00.250Z');
    expect(out.getTime() - d.getTime()).toBe(86_400_000);
    expect(shiftDate(d, -365).toISOString()).toBe('2011-03-11T10:30:00.250Z');
  });

  it('rejects an invalid Date or offset', () => {
    expectDeidError(() => shiftDate(new Date('nope'), 1), 'DATE_INVALID');
    expectDeidError(() => shiftDate('2012-03-04' as unknown as Date, 1), 'DATE_INVALID', ['2012-03-04']);
    expectDeidError(() => shiftDate(new Date(0), 0.5), 'INPUT_INVALID');
  });
});
