import { describe, expect, it } from 'vitest';
import { ageInYears, anchorYearGroup, applyCohortRules, censorDeath, deriveAnchors, type PatientTimeline } from '../../src/anchors/index.js';
import { expectDeidError } from '../ids/_helpers.js';

describe('ageInYears', () => {
  it.each([
    ['2000-03-05', '2018-03-04', 17],
    ['2000-03-05', '2018-03-05', 18],
    ['2000-03-05', '2000-03-05', 0],
    ['2000-02-29', '2018-02-28', 17], // leap-day birthday: reached on 1 March in common years
    ['2000-02-29', '2018-03-01', 18],
    ['2000-02-29', '2020-02-29', 20],
    ['1950-12-31 23:59:59', '2012-12-31 00:00:00', 62], // time of day is ignored
    ['1950-12-31', '2012-12-30 23:59:59', 61],
  ])('born %s, at %s → %i', (b, at, want) => {
    expect(ageInYears(b, at)).toBe(want);
  });

  it('rejects a date before birth and bad dates without echoing them', () => {
    expectDeidError(() => ageInYears('2000-03-05', '2000-03-04'), 'INPUT_INVALID', ['2000-03-0']);
    expectDeidError(() => ageInYears('1950-02-30', '2000-03-04'), 'DATE_INVALID', ['1950-02-30']);
  });
});

describe('anchorYearGroup', () => {
  it.each([
    [2008, '2008 - 2010'],
    [2010, '2008 - 2010'],
    [2011, '2011 - 2013'],
    [2019, '2017 - 2019'],
    [2020, '2020 - 2022'],
    [2007, '2005 - 2007'],
    [1999, '1999 - 2001'],
  ])('bins %i as %s', (y, want) => {
    expect(anchorYearGroup(y)).toBe(want);
  });

  it('takes a custom start and width', () => {
    expect(anchorYearGroup(2012, { start: 2010, width: 5 })).toBe('2010 - 2014');
    expect(anchorYearGroup(2012, { start: 2000, width: 1 })).toBe('2012 - 2012');
  });

  it('rejects bad input', () => {
    expectDeidError(() => anchorYearGroup(2012.5), 'INPUT_INVALID');
    expectDeidError(() => anchorYearGroup(2012, { start: 2008, width: 0 }), 'CONFIG_INVALID');
  });
});

describe('censorDeath', () => {
  it.each([
    ['2012-03-09', '2012-03-09 10:00:00', '2012-03-09'], // died on the day of discharge
    ['2013-03-09', '2012-03-09 10:00:00', '2013-03-09'], // exactly 365 days later: kept
    ['2013-03-10', '2012-03-09 10:00:00', null], // 366 days later: censored
    ['2013-02-28', '2012-02-29 23:00:00', '2013-02-28'],
    ['2013-03-01', '2012-02-29 23:00:00', null],
    ['2011-01-01', '2012-03-09 10:00:00', '2011-01-01'], // before discharge: kept (a data issue, not a privacy one)
  ])('dod %s after last discharge %s → %s', (dod, last, want) => {
    const out = censorDeath(dod, last);
    expect(out === null ? null : out.toISOString().slice(0, 10)).toBe(want);
  });

  it('returns null for unknown deaths and honours afterDays', () => {
    expect(censorDeath(null, '2012-03-09')).toBeNull();
    expect(censorDeath(undefined, '2012-03-09')).toBeNull();
    expect(censorDeath('2012-04-09', '2012-03-09', 30)).toBeNull();
    expect(censorDeath('2012-04-08', '2012-03-09', 30)).not.toBeNull();
    expectDeidError(() => censorDeath('2012-04-08', '2012-03-09', -1), 'INPUT_INVALID');
    expectDeidError(() => censorDeath('2012-04-31', '2012-03-09'), 'DATE_INVALID', ['2012-04-31']);
  });
});

describe('deriveAnchors', () => {
  const base: PatientTimeline = {
    birthDate: '1960-06-01',
    admissions: [
      { admittime: '2014-07-01 08:00:00', dischtime: '2014-07-05 12:00:00' },
      { admittime: '2012-03-04 13:45:00', dischtime: '2012-03-09 10:00:00' },
    ],
    dod: '2015-01-02',
  };

  it('anchors on the first admission by default', () => {
    // 2012-03-04 + 50000 days = 2149-01-25; birth 1960-06-01 + 50000 = 2097-04-23; dod → 2151-11-25
    expect(deriveAnchors(base, 50_000)).toEqual({ anchor_year: 2149, anchor_age: 52, anchor_year_group: '2011 - 2013', dod: '2151-11-25' });
  });

  it("anchors on the last admission with reference: 'last'", () => {
    expect(deriveAnchors(base, 50_000, { reference: 'last' })).toMatchObject({ anchor_year: 2151, anchor_age: 54, anchor_year_group: '2014 - 2016' });
  });

  it('censors a death more than a year after the last discharge, and an unknown one', () => {
    // last discharge 2014-07-05: 2015-07-05 is 365 days later (kept), 2015-07-06 is 366 (censored)
    expect(deriveAnchors({ ...base, dod: '2015-07-05' }, 50_000).dod).toBe('2152-05-27');
    expect(deriveAnchors({ ...base, dod: '2015-07-06' }, 50_000).dod).toBeNull();
    expect(deriveAnchors({ ...base, dod: null }, 50_000).dod).toBeNull();
    expect(deriveAnchors({ ...base, dod: undefined }, 50_000).dod).toBeNull();
    expect(deriveAnchors({ ...base, dod: '2015-01-20' }, 50_000, { censorDeathAfterDays: 30 }).dod).toBeNull();
  });

  it.each([
    ['1923-01-01', 89],
    ['1922-01-01', 91], // 90 in the anchor year → 91
    ['1900-01-01', 91],
  ])('born %s: anchor_age %i (ages over 89 become 91)', (birthDate, want) => {
    // offset 0 keeps years: admission in 2012
    expect(deriveAnchors({ ...base, birthDate }, 0).anchor_age).toBe(want);
  });

  it('takes a custom cap, over-age value and year bins', () => {
    const a = deriveAnchors({ ...base, birthDate: '1930-01-01' }, 0, { maxAge: 79, agedOverValue: 80, yearGroup: { start: 2000, width: 10 } });
    expect(a.anchor_age).toBe(80);
    expect(a.anchor_year_group).toBe('2010 - 2019');
  });

  it('uses the year difference in shifted time (MIMIC: the age in the anchor year)', () => {
    // born 1960-12-31, admitted 2012-01-01: 51 completed years; shifted by 1 day the birth moves
    // to 1961-01-01 and the admission to 2012-01-02 → anchor_age 2012 − 1961 = 51
    const t: PatientTimeline = { birthDate: '1960-12-31', admissions: [{ admittime: '2012-01-01', dischtime: '2012-01-02' }] };
    expect(deriveAnchors(t, 0).anchor_age).toBe(52);
    expect(deriveAnchors(t, 1).anchor_age).toBe(51);
  });

  it('accepts Date objects', () => {
    const t: PatientTimeline = { birthDate: new Date(Date.UTC(1960, 5, 1)), admissions: [{ admittime: new Date(Date.UTC(2012, 2, 4)), dischtime: new Date(Date.UTC(2012, 2, 9)) }] };
    expect(deriveAnchors(t, 50_000).anchor_year).toBe(2149);
  });

  it('rejects bad timelines and options without echoing values', () => {
    expectDeidError(() => deriveAnchors({ ...base, admissions: [] }, 0), 'INPUT_INVALID');
    expectDeidError(() => deriveAnchors({ ...base, birthDate: '2013-01-01' }, 0), 'INPUT_INVALID', ['2013-01-01']);
    expectDeidError(() => deriveAnchors({ ...base, birthDate: '1960-02-30' }, 0), 'DATE_INVALID', ['1960-02-30']);
    expectDeidError(() => deriveAnchors({ ...base, admissions: [{ admittime: 'yesterday', dischtime: '2012-01-01' }] }, 0), 'DATE_INVALID', ['yesterday']);
    expectDeidError(() => deriveAnchors(base, 0.5), 'INPUT_INVALID');
    expectDeidError(() => deriveAnchors(base, 0, { reference: 'middle' as 'first' }), 'CONFIG_INVALID');
    expectDeidError(() => deriveAnchors(base, 0, { maxAge: 89, agedOverValue: 85 }), 'CONFIG_INVALID');
    expectDeidError(() => deriveAnchors(base, 0, { yearGroup: { start: 2008, width: -3 } }), 'CONFIG_INVALID');
  });
});

describe('applyCohortRules', () => {
  const patients = [
    { key: 'ADULT', birthDate: '1950-01-01', firstAdmit: '2012-03-04' },
    { key: 'CHILD', birthDate: '2000-01-01', firstAdmit: '2012-03-04' },
    { key: 'EIGHTEEN-TODAY', birthDate: '1994-03-04', firstAdmit: '2012-03-04 08:00:00' },
    { key: 'EIGHTEEN-TOMORROW', birthDate: '1994-03-05', firstAdmit: '2012-03-04' },
    { key: 'VIP', birthDate: '1950-01-01', firstAdmit: '2012-03-04' },
    { key: 'BAD', birthDate: '1950-02-30', firstAdmit: '2012-03-04' },
    { key: 'BORN-LATER', birthDate: '2013-01-01', firstAdmit: '2012-03-04' },
  ];

  it('excludes protected patients first, then those under 18 at their first visit, and fails closed on bad dates', () => {
    expect(applyCohortRules(patients, { protectedKeys: new Set(['VIP', 'CHILD']) })).toEqual({
      included: ['ADULT', 'EIGHTEEN-TODAY'],
      excluded: [
        { key: 'CHILD', reason: 'PROTECTED' },
        { key: 'EIGHTEEN-TOMORROW', reason: 'UNDER_MIN_AGE' },
        { key: 'VIP', reason: 'PROTECTED' },
        { key: 'BAD', reason: 'INVALID_DATES' },
        { key: 'BORN-LATER', reason: 'INVALID_DATES' },
      ],
    });
  });

  it('accepts an array of protected keys and a custom minimum age', () => {
    const r = applyCohortRules(patients.slice(0, 4), { minAge: 13, protectedKeys: ['ADULT'] });
    expect(r.included).toEqual(['EIGHTEEN-TODAY', 'EIGHTEEN-TOMORROW']);
    expect(r.excluded).toEqual([{ key: 'ADULT', reason: 'PROTECTED' }, { key: 'CHILD', reason: 'UNDER_MIN_AGE' }]);
  });

  it('rejects bad options and keys', () => {
    expectDeidError(() => applyCohortRules([], { minAge: -1 }), 'CONFIG_INVALID');
    expectDeidError(() => applyCohortRules([{ key: '', birthDate: '1950-01-01', firstAdmit: '2012-01-01' }]), 'INPUT_INVALID');
  });
});
