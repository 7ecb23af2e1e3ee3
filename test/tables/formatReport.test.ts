import { describe, expect, it } from 'vitest';
import { formatReport, type ReleaseReport } from '../../src/tables/index.js';

const report = {
  tool: 'ehr-deid', version: '0', demo: false, startedAt: '', seconds: 1, accounting: '', format: 'csv',
  tables: [],
  patients: { included: 191, excluded: { UNDER_MIN_AGE: 8 } },
  ids: { subject_id: { assignedThisRun: 203, total: 203, ids: 191 }, hadm_id: { assignedThisRun: 478, total: 478, ids: 478 } },
  notes: {}, phi: { spans: 0, byType: {}, bySource: {}, textValues: 0, textChars: 0 }, quarantine: { rows: 0, byReason: {}, files: [] },
} as unknown as ReleaseReport;

describe('formatReport', () => {
  it('reports ids, not source keys: 191 patients whose 203 MRNs include merged ones', () => {
    const text = formatReport(report);
    expect(text).toContain('patients: 191 released');
    expect(text).toContain('ids: subject_id 191 for 203 source keys (203 keys new), hadm_id 478 (478 keys new)');
  });
});
