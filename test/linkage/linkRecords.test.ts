import { describe, expect, it } from 'vitest';
import { DEFAULT_LINKAGE_RULES, linkRecords, linksToDodMap, validateLinkOptions, type DeathRecord, type LinkageRule, type PersonRecord } from '../../src/linkage/index.js';
import { DeidError } from '../../src/errors.js';

const base: PersonRecord = { id: 'p1', firstName: 'Margaret', lastName: 'Okafor', dob: '1941-06-09', ssn: '231-45-6789' };
const death = (over: Partial<DeathRecord>): DeathRecord => ({ ...base, id: 'd1', dod: '2016-02-03', ...over });

function ruleOf(p: PersonRecord, d: DeathRecord, options?: Parameters<typeof linkRecords>[2]): string | null {
  const { links } = linkRecords([p], [d], options);
  return links[0]?.rule ?? null;
}

describe('linkRecords: default cascade', () => {
  it.each<[string, Partial<DeathRecord>, string | null]>([
    ['exact on every identifier', {}, 'exact-last-dob-ssn'],
    ['upper case, no punctuation in the registry', { firstName: 'MARGARET', lastName: 'OKAFOR', ssn: '231456789', dob: '19410609' }, 'exact-last-dob-ssn'],
    ['first name typo', { firstName: 'Margaert' }, 'exact-last-dob-ssn'],
    ['missing SSN, first name typo', { firstName: 'Margret', ssn: null }, 'exact-last-dob-approx-first'],
    ['SSN one digit off', { ssn: '231-45-6780' }, 'exact-last-dob-approx-first'],
    ['married name, same SSN and DOB', { lastName: 'Brennan' }, 'exact-ssn-dob-approx-first'],
    ['day/month swap', { dob: '1941-09-06' }, 'exact-names-ssn-approx-dob'],
    ['year off by one', { dob: '1942-06-09' }, 'exact-names-ssn-approx-dob'],
    ['surname typo and DOB typo', { lastName: 'Okafro', dob: '1941-06-08' }, 'exact-ssn-approx-names-dob'],
    ['SSN and DOB typos', { ssn: '231-45-6788', dob: '1941-06-19' }, 'exact-names-approx-ssn-dob'],
    ['different person sharing a name', { dob: '1960-01-01', ssn: '555-12-3456' }, null],
    ['twin: same surname and DOB, other first name and SSN', { firstName: 'Marcus', ssn: '231-45-9999' }, null],
    ['same last name and DOB, SSN far off, similar first name', { firstName: 'Margarett', ssn: '999-45-1111' }, null],
    ['only the SSN matches', { firstName: 'Xavier', lastName: 'Quill', dob: '1970-10-10' }, null],
  ])('%s → %s', (_what, over, want) => {
    expect(ruleOf(base, death(over))).toBe(want);
  });

  it('never pairs records that share no blocking key', () => {
    const r = linkRecords([base], [death({ firstName: 'Margaert', lastName: 'Okafro', ssn: null })]);
    expect(r.summary.candidates).toBe(0);
    expect(r.links).toEqual([]);
  });

  it('reports scores, the dod as YYYY-MM-DD and links per rule', () => {
    const r = linkRecords([base], [death({ ssn: '231-45-6780', dod: '20160203' })]);
    expect(r.links[0]).toMatchObject({ patientId: 'p1', deathId: 'd1', rule: 'exact-last-dob-approx-first', dod: '2016-02-03', scores: { firstName: 1, lastName: 1, ssn: 1, dob: 0 } });
    expect(r.summary).toMatchObject({ patients: 1, deaths: 1, candidates: 1, accepted: 1, linked: 1, conflicts: 0 });
    expect(r.summary.byRule.map((b) => b.rule)).toEqual(DEFAULT_LINKAGE_RULES.map((x) => x.name));
    expect(r.summary.byRule[1]).toEqual({ rule: 'exact-last-dob-approx-first', count: 1, share: 1 });
  });

  it('counts invalid dates as missing instead of failing the run', () => {
    const r = linkRecords([{ ...base, dob: '1941-02-30' }], [death({ dod: 'soon' })]);
    expect(r.summary.invalid).toEqual({ patientDob: 1, deathDob: 0, deathDod: 0 });
    // name + SSN still block; no rule accepts without a DOB on both sides except none → no link
    expect(r.links).toEqual([]);
    const r2 = linkRecords([base], [death({ dod: 'soon' })]);
    expect(r2.links[0]!.dod).toBeNull();
    expect(r2.summary.invalid.deathDod).toBe(1);
  });
});

describe('linkRecords: one-to-one', () => {
  it('gives a contested death record to the patient matched by the earlier rule', () => {
    const p2: PersonRecord = { ...base, id: 'p2', ssn: '231-45-6780' }; // would match by rule 2
    const r = linkRecords([p2, base], [death({})]);
    expect(r.links).toHaveLength(1);
    expect(r.links[0]).toMatchObject({ patientId: 'p1', rule: 'exact-last-dob-ssn' });
    expect(r.summary).toMatchObject({ accepted: 2, linked: 1, conflicts: 1, ties: 0 });
  });
  it('within one rule, gives the contested record to the higher score', () => {
    const near: PersonRecord = { ...base, id: 'p2', firstName: 'Margaert' }; // JW 0.975
    const far: PersonRecord = { ...base, id: 'p3', firstName: 'Margarita' }; // JW 0.93
    const r = linkRecords([far, near], [death({ ssn: null })]);
    expect(r.links.map((l) => l.patientId)).toEqual(['p2']);
  });
  it('breaks exact ties by id, whatever the input order', () => {
    const a: PersonRecord = { ...base, id: 'a' };
    const b: PersonRecord = { ...base, id: 'b' };
    expect(linkRecords([b, a], [death({})]).links[0]!.patientId).toBe('a');
    const r = linkRecords([a, b], [death({})]);
    expect(r.links[0]!.patientId).toBe('a');
    expect(r.summary).toMatchObject({ conflicts: 1, ties: 1 });
  });
  it('lets the loser of a conflict take its next best candidate', () => {
    const p1 = base;
    const d1 = death({ id: 'd1' });
    const d2 = death({ id: 'd2', ssn: '231-45-6780' });
    const r = linkRecords([p1, { ...base, id: 'p2', ssn: '231-45-6780' }], [d2, d1]);
    expect(new Map(r.links.map((l) => [l.patientId, l.deathId]))).toEqual(new Map([['p1', 'd1'], ['p2', 'd2']]));
  });
});

describe('linkRecords: blocking', () => {
  it('skips a block shared by more patients than maxBlockSize and reports it without values', () => {
    const smiths: PersonRecord[] = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, firstName: 'John', lastName: 'Smith', dob: `19${50 + i}-01-01`, ssn: null }));
    const d = death({ firstName: 'John', lastName: 'Smith', dob: '1999-09-09', ssn: null });
    const r = linkRecords(smiths, [d], { maxBlockSize: 4 });
    expect(r.summary.candidates).toBe(0);
    expect(r.summary.oversizedBlocks.find((b) => b.key === 'name')).toEqual({ key: 'name', blocks: 1, patients: 5 });
    expect(JSON.stringify(r.summary)).not.toMatch(/SMITH|JOHN/i);
    expect(linkRecords(smiths, [d], { maxBlockSize: 5 }).summary.candidates).toBe(5);
  });
  it('still pairs records of a giant block through another key', () => {
    const smiths: PersonRecord[] = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, firstName: 'John', lastName: 'Smith', dob: `19${50 + i}-01-01`, ssn: `231-45-678${i}` }));
    const r = linkRecords(smiths, [death({ id: 'd', firstName: 'John', lastName: 'Smith', dob: '1952-01-01', ssn: '231-45-6782' })], { maxBlockSize: 2 });
    expect(r.links).toEqual([expect.objectContaining({ patientId: 's2', rule: 'exact-last-dob-ssn' })]);
  });
  it('uses only the blocking keys asked for', () => {
    const d = death({ firstName: 'Xavier', lastName: 'Quill' });
    expect(linkRecords([base], [d], { blocking: ['name'] }).summary.candidates).toBe(0);
    expect(linkRecords([base], [d], { blocking: ['ssn'] }).summary.candidates).toBe(1);
  });
  it('treats placeholder SSNs as missing, so they never block', () => {
    const ps: PersonRecord[] = Array.from({ length: 3 }, (_, i) => ({ id: `x${i}`, firstName: `A${i}`, lastName: `B${i}`, dob: '1950-01-01', ssn: '000-00-0000' }));
    expect(linkRecords(ps, [death({ ssn: '000000000' })]).summary.candidates).toBe(0);
  });
  it('reads the death records once, so a generator works', () => {
    function* gen(): Generator<DeathRecord> {
      yield death({});
    }
    expect(linkRecords([base], gen()).links).toHaveLength(1);
  });
});

describe('linkRecords: custom rules and validation', () => {
  it('applies a custom cascade in order', () => {
    const rules: LinkageRule[] = [
      { name: 'ssn-only', ssn: 'exact' },
      { name: 'everything', firstName: 'exact', lastName: 'exact', dob: 'exact', ssn: 'exact' },
    ];
    expect(ruleOf(base, death({}), { rules })).toBe('ssn-only');
  });
  it('honours missing: accept', () => {
    const rules: LinkageRule[] = [{ name: 'ln-dob', lastName: 'exact', dob: 'exact', ssn: { maxEdits: 0, missing: 'accept' } }];
    expect(ruleOf(base, death({ ssn: null, firstName: 'Zed' }), { rules })).toBe('ln-dob');
    expect(ruleOf(base, death({ ssn: '231-45-6780', firstName: 'Zed' }), { rules })).toBeNull();
  });
  it('rejects bad options with every issue and its path', () => {
    let err: unknown;
    try {
      validateLinkOptions({
        rules: [{ name: 'a', firstName: { jw: 1.5 } }, { name: 'a', ssn: { maxEdits: -1 }, dob: 'fuzzy' }, { name: 'none' }, { name: 'x', lastName: { maxEdits: 1 } }],
        maxBlockSize: 0,
        blocking: ['name', 'zip'],
        extra: true,
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DeidError);
    const e = err as DeidError;
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.issues.map((i) => i.path).sort()).toEqual(
      ['extra', 'rules[0].firstName.jw', 'rules[1].name', 'rules[1].ssn.maxEdits', 'rules[1].dob', 'rules[2]', 'rules[3].lastName.maxEdits', 'rules[3].lastName.jw', 'maxBlockSize', 'blocking[1]'].sort(),
    );
  });
  it('rejects an empty rule list', () => {
    expect(() => linkRecords([], [], { rules: [] })).toThrow(/CONFIG_INVALID/);
  });
  it.each<[string, PersonRecord[], DeathRecord[]]>([
    ['a patient without an id', [{ ...base, id: '' }], []],
    ['a duplicated patient id', [base, { ...base }], []],
    ['a duplicated death id', [base], [death({}), death({})]],
  ])('throws INPUT_INVALID for %s, naming the record number only', (_w, ps, ds) => {
    try {
      linkRecords(ps, ds);
      expect.unreachable();
    } catch (e) {
      expect((e as DeidError).code).toBe('INPUT_INVALID');
      expect((e as DeidError).message).not.toMatch(/Okafor|231/);
      expect((e as DeidError).location?.line).toBeGreaterThan(0);
    }
  });
});

describe('linksToDodMap', () => {
  it('maps patient ids to the linked date of death, skipping links without one', () => {
    const ps: PersonRecord[] = [base, { ...base, id: 'p2', firstName: 'Kwame', ssn: '232-45-6789' }];
    const ds: DeathRecord[] = [death({ dod: '2016-02-03' }), death({ id: 'd2', firstName: 'Kwame', ssn: '232-45-6789', dod: null })];
    const r = linkRecords(ps, ds);
    expect(r.links).toHaveLength(2);
    expect(linksToDodMap(r)).toEqual(new Map([['p1', '2016-02-03']]));
    expect(linksToDodMap(r.links)).toEqual(new Map([['p1', '2016-02-03']]));
  });
});
