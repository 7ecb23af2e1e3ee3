import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDraft, prepareDraft, publishRelease, writeReport } from '../../../src/tables/phases/publish.js';
import type { ReleaseReport } from '../../../src/tables/index.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'ehr-deid-publish-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('publish', () => {
  it('replaces an earlier release and refuses a folder holding anything else', () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, 'hosp'), { recursive: true });
    writeFileSync(join(out, 'hosp', 'old.csv'), 'x\n');
    const draft = prepareDraft(out);
    mkdirSync(join(draft, 'hosp'), { recursive: true });
    writeFileSync(join(draft, 'hosp', 'patients.csv'), 'subject_id\n1\n');
    writeReport(draft, { tool: 'ehr-deid' } as ReleaseReport);
    publishRelease(draft, out);
    expect(readdirSync(join(out, 'hosp'))).toEqual(['patients.csv']);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual({ tool: 'ehr-deid' });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(() => prepareDraft(out)).toThrow(expect.objectContaining({ code: 'IO_FAILED' }));
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('discards a failed draft: no table is left, the report stays to say why', () => {
    const draft = prepareDraft(join(dir, 'out'));
    for (const sub of ['hosp', 'icu', 'note']) {
      mkdirSync(join(draft, sub));
      writeFileSync(join(draft, sub, 't.csv'), 'a\n');
    }
    writeReport(draft, { tool: 'ehr-deid' } as ReleaseReport);
    discardDraft(draft);
    expect(readdirSync(draft)).toEqual(['report.json']);
    expect(existsSync(join(draft, 'hosp'))).toBe(false);
  });
});
