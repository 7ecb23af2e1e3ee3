/**
 * Guard: the built package's entry points load in both module systems and expose the same
 * surface, and the runtime entry never pulls in a test framework.
 *
 * Runs against `dist/` (`npm test` builds first). When `dist/` is missing the tests fail with a
 * message asking for a build rather than silently passing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (file: string): string => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
const require = createRequire(import.meta.url);

/** Names every consumer relies on; a rename or a lost re-export must fail loudly. */
const REQUIRED_ROOT_EXPORTS = ['DeidError', 'isDeidError', 'createScrubber', 'createIdTable', 'shiftDateTime', 'deriveAnchors', 'linkRecords'];
const REQUIRED_TESTING_EXPORTS = ['parseAnnotated'];

function requireBuilt(file: string): string {
  const path = dist(file);
  if (!existsSync(path)) {
    throw new Error(`dist/${file} is missing: build first (npm run build, or npx tsup) — npm test builds before running vitest`);
  }
  return path;
}

async function esmNames(file: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(requireBuilt(file)).href)) as Record<string, unknown>;
  return Object.keys(mod)
    .filter((k) => k !== 'default' && k !== 'module.exports')
    .sort();
}

function cjsNames(file: string): string[] {
  const mod = require(requireBuilt(file)) as Record<string, unknown>;
  return Object.keys(mod)
    .filter((k) => k !== 'default' && k !== '__esModule')
    .sort();
}

/** A line that loads vitest: static import, bare import, dynamic import or require. */
const VITEST_IMPORT = /from\s*["']vitest(?:\/[^"']*)?["']|require\(\s*["']vitest(?:\/[^"']*)?["']\s*\)|import\(\s*["']vitest(?:\/[^"']*)?["']\s*\)|^\s*import\s*["']vitest["']/;

/** Lines of a built file that load vitest. */
function vitestImports(file: string): string[] {
  const text = readFileSync(requireBuilt(file), 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => VITEST_IMPORT.test(line))
    .map(({ line, n }) => `dist/${file}:${n}: ${line.trim().slice(0, 120)}`);
}

describe('built entry points (dist/)', () => {
  it('dist/index.js (ESM) and dist/index.cjs (CJS) expose the same export names', async () => {
    const esm = await esmNames('index.js');
    const cjs = cjsNames('index.cjs');
    expect(esm.length).toBeGreaterThan(0);
    expect({ onlyInEsm: esm.filter((n) => !cjs.includes(n)), onlyInCjs: cjs.filter((n) => !esm.includes(n)) }).toEqual({ onlyInEsm: [], onlyInCjs: [] });
  });

  it.each(REQUIRED_ROOT_EXPORTS)('the root entry exposes %s in both module systems', async (name) => {
    const esm = (await import(pathToFileURL(requireBuilt('index.js')).href)) as Record<string, unknown>;
    const cjs = require(requireBuilt('index.cjs')) as Record<string, unknown>;
    expect(typeof esm[name], `ESM dist/index.js lacks ${name}`).toBe('function');
    expect(typeof cjs[name], `CJS dist/index.cjs lacks ${name}`).toBe('function');
  });

  it('DeidError from either module system is recognised by isDeidError of the other', async () => {
    const esm = (await import(pathToFileURL(requireBuilt('index.js')).href)) as { DeidError: new (c: string, m: string) => Error; isDeidError: (v: unknown) => boolean };
    const cjs = require(requireBuilt('index.cjs')) as typeof esm;
    expect(esm.isDeidError(new cjs.DeidError('DATE_INVALID', 'shape'))).toBe(true);
    expect(cjs.isDeidError(new esm.DeidError('DATE_INVALID', 'shape'))).toBe(true);
  });

  it('dist/testing.js (ESM) and dist/testing.cjs (CJS) expose the same names, including parseAnnotated', async () => {
    const esm = await esmNames('testing.js');
    const cjs = cjsNames('testing.cjs');
    for (const name of REQUIRED_TESTING_EXPORTS) {
      expect(esm, `dist/testing.js lacks ${name}`).toContain(name);
      expect(cjs, `dist/testing.cjs lacks ${name}`).toContain(name);
    }
    expect({ onlyInEsm: esm.filter((n) => !cjs.includes(n)), onlyInCjs: cjs.filter((n) => !esm.includes(n)) }).toEqual({ onlyInEsm: [], onlyInCjs: [] });
  });

  it('dist/text.js and dist/text.cjs expose the same names, exactly those of src/textEntry.ts, all also in the root entry', async () => {
    const esm = await esmNames('text.js');
    const cjs = cjsNames('text.cjs');
    const src = Object.keys((await import('../../src/textEntry.js')) as Record<string, unknown>).sort();
    const root = await esmNames('index.js');
    expect(esm).toEqual(src);
    expect(cjs).toEqual(src);
    for (const name of ['scrub', 'createScrubber', 'scrubMany', 'loadAllowlist', 'DeidError', 'isDeidError']) expect(esm).toContain(name);
    expect(esm.filter((n) => !root.includes(n))).toEqual([]);
  });

  it('the built root entry exposes exactly the runtime exports of src/index.ts (dist is not stale)', async () => {
    const src = Object.keys((await import('../../src/index.js')) as Record<string, unknown>).sort();
    const built = await esmNames('index.js');
    expect(
      { missingFromDist: src.filter((n) => !built.includes(n)), extraInDist: built.filter((n) => !src.includes(n)) },
      'dist/ differs from src/index.ts: rebuild (npm run build)',
    ).toEqual({ missingFromDist: [], extraInDist: [] });
  });

  it.each(['index.js', 'index.cjs', 'text.js', 'text.cjs', 'testing.js', 'testing.cjs'])('dist/%s never loads vitest', (file) => {
    expect(vitestImports(file)).toEqual([]);
  });

  it('the vitest-import scanner recognises the forms it must reject (the guard can fail)', () => {
    for (const line of ['import { expect } from "vitest";', "const { expect } = require('vitest');", 'await import("vitest")', 'import { x } from "vitest/config"', 'import "vitest";']) {
      expect(VITEST_IMPORT.test(line), line).toBe(true);
    }
    expect(VITEST_IMPORT.test('// works with vitest or Jest')).toBe(false);
  });

  it('a missing build fails with a message asking for a build (not a silent pass)', () => {
    expect(() => requireBuilt('no-such-entry.js')).toThrow(/missing: build first/);
  });

  it('package.json points its entry points at files the build produces', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, unknown> };
    const targets: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') targets.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(pkg.exports);
    const missing = targets.filter((t) => t.startsWith('./dist/') && !existsSync(`${root}${t.slice(2)}`));
    expect(missing, 'package.json exports name files missing from dist/: build first').toEqual([]);
  });
});
