import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import * as api from '../src/index.js';
import { ASSETS } from '../src/_lib/assets.js';

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

describe('published package (npm pack of the built package)', () => {
  const meta = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    repository?: { type: string; url: string };
    homepage?: string;
    bugs?: { url: string };
    dependencies: Record<string, string>;
  };
  const root = fileURLToPath(new URL('../', import.meta.url));

  /** What `npm pack` would publish (needs a build: `npm test` builds first). */
  function packed(): { size: number; unpackedSize: number; files: { path: string; size: number }[] } {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: build first (npm run build)');
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return (JSON.parse(out) as { size: number; unpackedSize: number; files: { path: string; size: number }[] }[])[0]!;
  }

  it('names its repository, homepage and issue tracker', () => {
    expect(meta.repository?.type).toBe('git');
    expect(meta.repository?.url).toMatch(/^git\+https:\/\/.+\.git$/);
    expect(meta.homepage).toMatch(/^https:\/\//);
    expect(meta.bugs?.url).toMatch(/^https:\/\//);
  });

  it('pins each runtime dependency to one version or one patch line', () => {
    for (const [name, range] of Object.entries(meta.dependencies)) expect(range, name).toMatch(/^~?\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/);
  });

  it('installs no database driver, ORM or network client in production', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; optional?: boolean }> };
    const banned = /(^|\/)(mongoose|mongodb|pg|pg-[a-z-]+|redis|ioredis|@redis\/[a-z-]+|memjs|mysql2?|sqlite3|better-sqlite3|tedious|oracledb|sequelize|typeorm|prisma|knex|axios|node-fetch|got|request|undici|ws|dotenv)$/;
    const production = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !p.dev)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(production.length).toBeGreaterThan(0);
    expect(production.filter((n) => banned.test(n))).toEqual([]);
  });

  it('packs to at most 3 MB with no source maps, and each bundled asset ships once', () => {
    const pack = packed();
    expect(pack.size).toBeLessThanOrEqual(3 * 1024 * 1024);
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    for (const { file, ...rest } of Object.values(ASSETS)) {
      const source = 'source' in rest ? rest.source : undefined;
      if (source !== undefined && !existsSync(join(root, source))) continue;
      expect(paths.filter((p) => p === `dist/assets/${file}`), file).toHaveLength(1);
      // no code file inlines it (as text or as base64)
      const bytes = readFileSync(join(root, 'dist', 'assets', file));
      // bytes inlined as base64, or a JSON asset bundled as an object literal (its keys survive)
      const marks = [bytes.subarray(63, 129).toString('base64').slice(4, 64)];
      if (file.endsWith('.json')) marks.push(...[...bytes.toString('utf8').matchAll(/"([^"]*[=^\\/][^"]*)":/g)].slice(0, 400).filter((_, i) => i % 100 === 0).map((m) => JSON.stringify(m[1])));
      for (const p of paths.filter((x) => /\.(c?js)$/.test(x))) {
        const code = readFileSync(join(root, p), 'latin1');
        expect(marks.filter((m) => code.includes(m)), `${p} inlines ${file}`).toEqual([]);
      }
    }
  });
});
