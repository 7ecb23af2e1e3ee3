import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyText } from '../../../src/tables/phases/apply.js';
import { writeTables } from '../../../src/tables/phases/write.js';
import { parseCsv } from '../../e2e/_helpers.js';
import { fakeScrub, fixtureThroughLookups } from './_fixture.js';

let close = (): void => undefined;
afterEach(() => close());

describe('writeTables', () => {
  it('writes every table into the draft in config order, with each row outcome counted and a private quarantine file', async () => {
    const f = await fixtureThroughLookups();
    close = f.close;
    const draft = join(f.dir, 'draft');
    const applied = await applyText(f.ws, draft, { scrub: fakeScrub });
    let saved = false;
    const written = await writeTables(f.ws, f.staged, applied, draft, async () => void (saved = true));
    expect(saved).toBe(true);
    expect(written.map((w) => [w.report.release, w.report.rowsIn, w.report.rowsOut, w.report.quarantined, w.report.excluded, w.report.balanced])).toEqual([
      ['hosp/patients.csv', 3, 2, 0, 1, true],
      ['hosp/admissions.csv', 4, 2, 1, 1, true],
      ['icu/chartevents.csv', 4, 2, 1, 1, true],
    ]);
    expect(parseCsv(readFileSync(join(draft, 'icu', 'chartevents.csv'), 'utf8'))).toHaveLength(2);
    const q = written[2]?.quarantineFile as string;
    expect(statSync(q).mode & 0o777).toBe(0o600);
    expect(parseCsv(readFileSync(q, 'utf8'))).toEqual([{ table: 'vitals', file: 'vitals.csv', reason: 'UNKNOWN_PATIENT', row: '3', line: '', column: 'visit', detail: '' }]);
  });
});
