import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stageLookups } from '../../../src/tables/phases/lookups.js';
import { fixtureThroughLookups, rows } from './_fixture.js';

let close = (): void => undefined;
afterEach(() => close());

describe('computeLookups', () => {
  it('loads patients (cohort applied), anchors and the hadm ids of releasable admissions', async () => {
    const f = await fixtureThroughLookups();
    close = f.close;
    const lk = f.lookups;
    expect(lk.patients.included).toBe(2);
    expect(lk.patients.excluded).toEqual({ UNDER_MIN_AGE: 1 });
    expect(await rows(f.ws, 'SELECT source_key, included FROM lk_patients ORDER BY 1')).toEqual([['M1', true], ['M2', false], ['M3', true]]);
    expect(await rows(f.ws, 'SELECT count(*) FROM lk_anchors')).toEqual([[2n]]);
    // V4 has an impossible date: no hadm_id; V2 belongs to an excluded minor: none either
    expect((await rows(f.ws, 'SELECT source_key FROM lk_ids_hadm_id ORDER BY 1')).flat()).toEqual(['V1', 'V3']);
    expect(lk.idsBefore).toMatchObject({ subject_id: 0, hadm_id: 0 });
  });

  it('stages ids, offsets and note ids beside their files, and puts them in place only on commit, readable by the owner only', async () => {
    const f = await fixtureThroughLookups();
    close = f.close;
    const staged = stageLookups(f.ws, f.lookups);
    for (const file of ['ids.json', 'offsets.csv', 'note_ids.csv']) expect(existsSync(join(f.ws.secretsDir, file))).toBe(false);
    staged.commit();
    for (const file of ['ids.json', 'offsets.csv', 'note_ids.csv']) expect(statSync(join(f.ws.secretsDir, file)).mode & 0o777).toBe(0o600);
    // header, two patients, the MAC line
    expect(readFileSync(join(f.ws.secretsDir, 'offsets.csv'), 'utf8').trim().split('\n')).toHaveLength(4);
  });
});
