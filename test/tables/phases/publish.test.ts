import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDraft, prepareDraft, publishRelease, removeStaleDrafts, writeReport } from '../../../src/tables/phases/publish.js';
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

  it('builds the release beside the release folder and leaves an earlier release untouched until publishing', () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, 'hosp'), { recursive: true });
    writeFileSync(join(out, 'hosp', 'old.csv'), 'x\n');
    const draft = prepareDraft(out);
    expect(draft.startsWith(join(dir, '.out.ehr-deid-draft-'))).toBe(true);
    expect(statSync(draft).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(out, 'hosp'))).toEqual(['old.csv']);
  });

  it('discards a failed draft entirely and keeps the earlier release', () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, 'hosp'), { recursive: true });
    writeFileSync(join(out, 'hosp', 'old.csv'), 'x\n');
    const draft = prepareDraft(out);
    for (const sub of ['hosp', 'icu', 'note']) {
      mkdirSync(join(draft, sub));
      writeFileSync(join(draft, sub, 't.csv'), 'a\n');
    }
    writeReport(draft, { tool: 'ehr-deid' } as ReleaseReport);
    discardDraft(draft);
    expect(existsSync(draft)).toBe(false);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readFileSync(join(out, 'hosp', 'old.csv'), 'utf8')).toBe('x\n');
  });

  it('puts back an earlier release moved aside by a run killed while publishing, and removes stale drafts', () => {
    const out = join(dir, 'out');
    mkdirSync(join(dir, '.out.ehr-deid-old-1-2', 'hosp'), { recursive: true });
    writeFileSync(join(dir, '.out.ehr-deid-old-1-2', 'hosp', 'a.csv'), 'a\n');
    mkdirSync(join(dir, '.out.ehr-deid-draft-1-2'));
    const notices: string[] = [];
    removeStaleDrafts(out, (m) => notices.push(m));
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readFileSync(join(out, 'hosp', 'a.csv'), 'utf8')).toBe('a\n');
    expect(notices).toHaveLength(2);
  });
});
