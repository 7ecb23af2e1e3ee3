import { describe, expect, it } from 'vitest';
import { dateEditDistance, jaroWinkler, MAX_DATE_EDIT_DISTANCE, ssnDistance } from '../../src/linkage/index.js';
import { DeidError } from '../../src/errors.js';

describe('jaroWinkler', () => {
  it.each([
    ['Martha', 'Marhta', 0.961],
    ['Dwayne', 'Duane', 0.84],
    ['Dixon', 'Dicksonx', 0.813],
    ["O'Brien", 'OBRIEN', 1],
    ['José', 'JOSE', 1],
    ['Smith-Jones', 'smith jones', 1],
    ['Ann', 'Ann', 1],
  ])('scores %s vs %s as %d after normalisation', (a, b, want) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(want, 3);
  });
  it.each([
    ['', 'Ann'],
    ['Ann', null],
    [undefined, 'Ann'],
    ['---', 'Ann'],
  ])('scores 0 when a name is missing (%j, %j)', (a, b) => {
    expect(jaroWinkler(a, b)).toBe(0);
  });
  it('is symmetric for names of different lengths', () => {
    expect(jaroWinkler('Jonathan', 'Jon')).toBeCloseTo(jaroWinkler('Jon', 'Jonathan'), 10);
  });
  it('scores unrelated names below the default 0.9 threshold', () => {
    expect(jaroWinkler('Ann', 'Robert')).toBeLessThan(0.9);
    expect(jaroWinkler('John', 'Joan')).toBeLessThan(0.9);
  });
});

describe('ssnDistance', () => {
  it.each([
    ['231-45-6789', '231456789', 0],
    ['231-45-6789', '231-45-6780', 1],
    ['231-45-6789', '231-54-6789', 2],
    ['231456789', '23145678', 1],
    ['231 45 6789', '231456789', 0],
    [231456789, '231-45-6789', 0],
  ])('%j vs %j is %d edits', (a, b, want) => {
    expect(ssnDistance(a, b)).toBe(want);
  });
  it.each([
    ['', '231456789'],
    [null, '231456789'],
    ['000-00-0000', '000000000'],
    ['999999999', '999999999'],
    ['123-45-6789', '123456789'],
    ['12345', '12345'],
    ['1234567890123', '231456789'],
  ])('is null for a missing or placeholder SSN (%j, %j)', (a, b) => {
    expect(ssnDistance(a, b)).toBeNull();
  });
});

describe('dateEditDistance', () => {
  it.each([
    ['1985-03-04', '1985-03-04', 0, 'identical'],
    ['1985-03-04', '19850304', 0, 'same date, other format'],
    ['1985-03-04T10:00:00', '1985-03-04', 0, 'time part ignored'],
    ['1985-03-04', '1985-03-05', 1, 'one digit'],
    ['1985-03-14', '1958-03-14', 1, 'adjacent digits transposed'],
    ['1985-03-04', '1985-04-03', 1, 'day/month swap'],
    ['1985-03-04', '1986-03-04', 1, 'year off by one'],
    ['1999-12-31', '2000-12-31', 1, 'year off by one across a decade'],
    ['1985-03-04', '1986-04-03', 2, 'swap and year off by one'],
    ['1985-03-04', '1985-07-09', 2, 'two digits'],
    ['1985-03-04', '1991-07-04', 3, 'three digits'],
    ['1985-03-04', '2074-11-29', MAX_DATE_EDIT_DISTANCE, 'every digit'],
  ])('%s vs %s is %d (%s)', (a, b, want) => {
    expect(dateEditDistance(a, b)).toBe(want);
    expect(dateEditDistance(b, a)).toBe(want);
  });
  it('accepts Date objects (UTC parts)', () => {
    expect(dateEditDistance(new Date(Date.UTC(1985, 2, 4)), '1985-04-03')).toBe(1);
  });
  it.each(['1985-02-30', '1985-13-01', '85-03-04', 'March 4 1985', '1985-03-04x'])('throws DATE_INVALID for %j', (bad) => {
    expect(() => dateEditDistance(bad, '1985-03-04')).toThrowError(DeidError);
    try {
      dateEditDistance(bad, '1985-03-04');
    } catch (e) {
      expect((e as DeidError).code).toBe('DATE_INVALID');
      expect((e as DeidError).message).not.toContain(bad);
    }
  });
  it('throws INPUT_INVALID for a missing date', () => {
    expect(() => dateEditDistance('', '1985-03-04')).toThrow(/INPUT_INVALID/);
  });
  it('stays linear on a 1 MB string', () => {
    const t0 = Date.now();
    expect(() => dateEditDistance('1'.repeat(1_000_000), '1985-03-04')).toThrow(/DATE_INVALID/);
    expect(() => dateEditDistance('1985-03-04T' + 'x'.repeat(1_000_000), '1985-03-04')).toThrow(/DATE_INVALID/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
