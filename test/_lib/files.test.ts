/**
 * Atomic writes under a full disk (issue 11, item 1): `writeSync` fails with ENOSPC part-way
 * through a secrets file, as on a disk that fills up during the save. The old file must stay
 * whole, no temporary file may be left, and the error names the file and the system code only.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeSync: ((fd: number, buf: Uint8Array, off?: number, len?: number) => {
      if (!disk.full) return fs.writeSync(fd, buf, off, len);
      // half of it fits, then the disk is full
      const n = Math.max(1, Math.floor((len ?? buf.length) / 2));
      fs.writeSync(fd, buf, off, n);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof fs.writeSync,
  };
});

const { stageFile, writeFileAtomic } = await import('../../src/_lib/files.js');
const { readOffsets, serializeKeyed, stageSecrets } = await import('../../src/tables/_secrets.js');

const KEY = 'files-test-key-0123456789abcdef';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehr-deid-files-'));
  disk.full = false;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic secrets writes', () => {
  it('keeps the previous offsets file whole, and leaves no temporary file, when the disk fills up during the save', () => {
    const path = join(dir, 'offsets.csv');
    const before = serializeKeyed(KEY, 'offsets', [['M1', 12], ['M2', -40]]);
    writeFileAtomic(path, before);
    disk.full = true;
    let err: unknown;
    try {
      stageSecrets([
        [join(dir, 'ids.json'), '{}'],
        [path, serializeKeyed(KEY, 'offsets', [['M1', 12], ['M2', -40], ['M3', 7]])],
      ]);
    } catch (e) {
      err = e;
    }
    disk.full = false;
    expect(err).toMatchObject({ code: 'IO_FAILED', location: { file: join(dir, 'ids.json') } });
    expect(String((err as Error).message)).toContain('ENOSPC');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['offsets.csv']);
    expect([...readOffsets(path, KEY)]).toEqual([['M1', 12], ['M2', -40]]);
  });

  it('discards every staged file of a set when a later one cannot be written', () => {
    const a = stageFile(join(dir, 'a.csv'), 'a');
    disk.full = true;
    expect(() => stageFile(join(dir, 'b.csv'), 'bbbb')).toThrow(expect.objectContaining({ code: 'IO_FAILED' }));
    disk.full = false;
    a.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to write through a symbolic link at the final path', () => {
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'x.csv'), 'keep');
    symlinkSync(join(dir, 'elsewhere', 'x.csv'), join(dir, 'offsets.csv'));
    expect(() => writeFileAtomic(join(dir, 'offsets.csv'), 'new')).toThrow(expect.objectContaining({ code: 'IO_FAILED' }));
    expect(readFileSync(join(dir, 'elsewhere', 'x.csv'), 'utf8')).toBe('keep');
    expect(existsSync(join(dir, 'offsets.csv'))).toBe(true);
  });
});
