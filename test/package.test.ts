import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import * as api from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; engines: { node: string }; type: string };

describe('package', () => {
  it('exports the same version as package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
  it('is an ESM package that supports the current Node LTS lines', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.engines.node).toBe('>=20');
  });
  it('exposes DeidError from the root entry', () => {
    expect(typeof api.DeidError).toBe('function');
    expect(new api.DeidError('DATE_INVALID', 'expected YYYY-MM-DD').code).toBe('DATE_INVALID');
  });
});
