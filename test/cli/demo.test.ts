import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../e2e/_helpers.js';

// The full demo run is checked in test/e2e/demo.e2e.test.ts; these are the command's own options.
describe('ehr-deid demo', () => {
  it('shows its options in --help', async () => {
    const r = await runCli(['demo', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--out');
    expect(r.stdout).toContain('deid-demo-out');
  });

  it('refuses a secrets folder inside the release and writes nothing', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ehr-deid-demo-'));
    try {
      const r = await runCli(['demo', '--out', 'o', '--secrets', 'o/s', '--workers', '0'], {}, d);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('IO_FAILED');
      expect(r.stderr).toContain('PUBLIC demo key');
      expect(existsSync(join(d, 'o', 'hosp'))).toBe(false);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('rejects a bad --workers value', async () => {
    const r = await runCli(['demo', '--workers', '-1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_INVALID');
  });
});
