import { describe, expect, it } from 'vitest';
import { handleError, main } from '../../src/cli/main.js';
import { memoryIO } from '../helpers/memoryIO.js';
import { DeidError } from '../../src/errors.js';

describe('cli main', () => {
  it('prints the version and exits 0', async () => {
    const io = memoryIO();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it('shows the help on stderr and exits 2 when given no arguments', async () => {
    const io = memoryIO();
    expect(await main([], io)).toBe(2);
    expect(io.err()).toContain('Usage: ehr-deid');
    expect(io.err()).toContain('run');
    expect(io.out()).toBe('');
  });
  it('exits 2 on an unknown command', async () => {
    const io = memoryIO();
    expect(await main(['no-such-command'], io)).toBe(2);
  });
  it('maps a DeidError to exit 1 with its location and issues, no stack', () => {
    const io = memoryIO();
    const code = handleError(new DeidError('CONFIG_INVALID', 'config has 1 problem', { issues: [{ path: 'tables.x', message: 'unknown table' }] }), io);
    expect(code).toBe(1);
    expect(io.err()).toContain('CONFIG_INVALID');
    expect(io.err()).toContain('tables.x: unknown table');
    expect(io.err()).not.toContain('    at ');
  });
  it('maps an unexpected error to exit 70 with a stack', () => {
    const io = memoryIO();
    expect(handleError(new TypeError('boom'), io)).toBe(70);
    expect(io.err()).toContain('internal error');
  });
});
