import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stageSources, streamedTables } from '../../../src/tables/phases/stage.js';
import { fixtureWorkspace, rows } from './_fixture.js';

let close = (): void => undefined;
afterEach(() => close());

describe('stageSources', () => {
  it('stages the small tables as text and leaves the event table to be streamed, its records counted apart', async () => {
    const f = await fixtureWorkspace();
    close = f.close;
    const staged = await stageSources(f.ws);
    expect([...staged.streamed]).toEqual(['vitals']);
    expect(staged.headers.get('visits')).toEqual(['visit', 'mrn', 'admit', 'disch', 'race', 'comment']);
    expect(await rows(f.ws, 'SELECT count(*) FROM src_people')).toEqual([[3n]]);
    expect(await rows(f.ws, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'src_vitals'")).toEqual([[0n]]);
    expect((await staged.sources.get('vitals')?.scan)?.records).toBe(4);
    expect(staged.sources.get('people')?.rejects).toEqual([]);
    staged.stopCounts();
  });

  it('lists every source column without a rule at once (default deny) and stages nothing', async () => {
    const f = await fixtureWorkspace();
    close = f.close;
    writeFileSync(join(f.dir, 'in', 'people.csv'), 'mrn,name,dob,sex,ssn,phone\nM1,A,1950-01-02,F,1,2\n');
    const err = await stageSources(f.ws).catch((e: unknown) => e);
    // by position, never by name: a header line may hold data
    expect(err).toMatchObject({ code: 'COLUMN_UNMAPPED', issues: [{ path: 'tables.people.file', message: expect.stringContaining('at position(s) 5, 6 of the header') }] });
    expect(await rows(f.ws, "SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'src%'")).toEqual([[0n]]);
  });

  it('never streams the patients or admissions table, a linked-through table or a table with text', async () => {
    const f = await fixtureWorkspace();
    close = f.close;
    const c = f.ws.config;
    expect(streamedTables(c)).toEqual(new Set(['vitals']));
    const withText = { ...c, tables: { ...c.tables, vitals: { ...c.tables.vitals!, columns: { ...c.tables.vitals!.columns, v: { rule: 'scrub' as const } } } } };
    expect(streamedTables(withText)).toEqual(new Set());
  });
});
