import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/tables/index.js';
import { closeWorkspace, openWorkspace } from '../../../src/tables/phases/workspace.js';
import { fixtureConfig } from '../../e2e/_helpers.js';
import { KEY } from './_fixture.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openWorkspace', () => {
  it('makes a private secrets folder with a private work folder, and removes the work folder on close', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ehr-deid-ws-'));
    const config = validateConfig(fixtureConfig(join(dir, 'in')), dir);
    const ws = await openWorkspace({ config, key: KEY, outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets') });
    expect(statSync(ws.secretsDir).mode & 0o777).toBe(0o700);
    expect(statSync(ws.workDir).mode & 0o777).toBe(0o700);
    expect(statSync(ws.quarantineDir).mode & 0o777).toBe(0o700);
    closeWorkspace(ws);
    expect(existsSync(ws.workDir)).toBe(false);
  });

  it('refuses a release folder inside the secrets folder, and a short key, before creating anything', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ehr-deid-ws-'));
    const config = validateConfig(fixtureConfig(join(dir, 'in')), dir);
    await expect(openWorkspace({ config, key: KEY, outDir: join(dir, 'secrets', 'out'), secretsDir: join(dir, 'secrets') })).rejects.toMatchObject({ code: 'IO_FAILED' });
    await expect(openWorkspace({ config, key: 'short', outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets') })).rejects.toMatchObject({ code: 'KEY_INVALID' });
    expect(existsSync(join(dir, 'secrets'))).toBe(false);
  });
});
