/**
 * The structured core in one file: ids, date shifting, anchors, cohort rules.
 * Run after `npm run build`:  node --import tsx examples/api/structured.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyCohortRules, assignIds, createIdTable, deriveAnchors, deriveOffsetDays, formatNoteId,
  loadIdTable, saveIdTable, shiftDateTime,
} from 'ehr-deid';

const key = process.env.EHR_DEID_KEY ?? 'example-key-not-secret-0123456789';

const ids = createIdTable({ key });
const subjectId = ids.merge('subject_id', ['MRN-000123', 'MRN-OLD-77']);
const hadm = assignIds(ids, 'hadm_id', ['ENC-9', 'ENC-4']);
console.log('subject_id', subjectId, 'hadm_id', [...hadm.values()], 'note_id', formatNoteId(subjectId, 'DS', 1));

// The look-up table re-identifies patients: keep it only as long as it is needed.
const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-example-'));
try {
  await saveIdTable(ids, join(dir, 'ids.json'));
  const again = await loadIdTable(join(dir, 'ids.json'), { key });
  console.log('reloaded keeps ids:', again.get('subject_id', 'MRN-OLD-77') === subjectId);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const offset = deriveOffsetDays(key, 'MRN-000123', '2012-03-04 13:45:00');
console.log('shifted', shiftDateTime('2012-03-04 13:45:00', offset), shiftDateTime('03/09/2012', offset));

console.log(deriveAnchors({
  birthDate: '1960-06-01',
  admissions: [{ admittime: '2012-03-04 13:45:00', dischtime: '2012-03-09 10:00:00' }],
  dod: '2012-11-30',
}, offset));

console.log(applyCohortRules([
  { key: 'MRN-000123', birthDate: '1960-06-01', firstAdmit: '2012-03-04' },
  { key: 'MRN-CHILD', birthDate: '2001-01-01', firstAdmit: '2012-03-04' },
], { protectedKeys: ['MRN-VIP'] }));
