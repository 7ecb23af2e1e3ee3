import { describe, expect, it } from 'vitest';
import { accountRelease, assertReleasable, releaseProblems } from '../../../src/tables/phases/account.js';
import type { Applied, Lookups, Workspace, WrittenTable } from '../../../src/tables/phases/types.js';
import type { TableReport } from '../../../src/tables/index.js';

const table = (over: Partial<TableReport>): WrittenTable => ({ report: { table: 't', source: 't.csv', release: 'hosp/t.csv', rowsIn: 10, rowsOut: 8, quarantined: 1, excluded: 1, quarantinedByReason: { DATE_INVALID: 1 }, balanced: true, ...over } });
const ws = { started: Date.now() - 1000, secretsDir: '/s', runId: 'run-1', config: { output: { format: 'csv' } } } as unknown as Workspace;
const lookups = { namespaces: [{ name: 'subject_id' }, { name: 'hadm_id' }], ids: { size: (ns: string) => (ns === 'subject_id' ? 5 : 0), entries: (ns: string) => (ns === 'subject_id' ? [['M1', 10000001], ['M1-old', 10000001], ['M2', 10000002], ['M3', 10000003], ['M4', 10000004]] : []) }, idsBefore: { subject_id: 2 }, patients: { included: 5, excluded: {} }, noteCounts: {} } as unknown as Lookups;
const applied: Applied = { textColumns: new Map(), phiByType: { NAME: 2, DATE: 1 }, phiBySource: {}, textValues: 4, textChars: 40, manifests: [] };

describe('accountRelease', () => {
  it('sums the quarantine over tables, counts ids assigned this run and PHI spans, with quarantine files where publishing puts them (per run, relative to the secrets folder)', () => {
    const r = accountRelease(ws, lookups, applied, [table({ table: 'a' }), { ...table({ table: 'b', quarantinedByReason: { DATE_INVALID: 1 } }), quarantineFile: '/s/tmp-1-2/quarantine/b.csv' }], false);
    expect(r.quarantine).toEqual({ rows: 2, byReason: { DATE_INVALID: 2 }, files: ['quarantine/run-1/b.csv'] });
    expect(r.ids).toEqual({ subject_id: { assignedThisRun: 3, total: 5, ids: 4 } }); // 5 source keys, one a merged alias
    expect(r.phi.spans).toBe(3);
    expect(r.tables.map((t) => t.table)).toEqual(['a', 'b']);
    expect(r.seconds).toBeGreaterThan(0);
  });

  it('refuses a release with a table whose rows do not balance, naming the table and never a value', () => {
    const r = accountRelease(ws, lookups, applied, [table({ table: 'a' }), table({ table: 'b', rowsIn: 11, balanced: false })], false);
    expect(releaseProblems(r)).toEqual([{ path: 'tables.b', message: 'in 11 ≠ out 8 + quarantined 1 + excluded 1' }]);
    expect(() => assertReleasable(r)).toThrow(expect.objectContaining({ code: 'CHECK_FAILED' }));
  });
});
