/**
 * Locates files that ship beside the code (allow lists, lexicons, demo data), whether the code
 * runs from `src/` (tests, tsx), from the bundled `dist/` (ESM or CJS) or from a worker thread.
 *
 * @internal
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

function here(): string {
  // tsup's `shims: true` provides import.meta.url in CJS and __dirname in ESM.
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

/**
 * The root folder of the installed ehr-deid package (the folder holding its package.json).
 *
 * @returns absolute path
 * @throws Error when the package root cannot be found (a broken install)
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = here();
  for (let i = 0; i < 8; i++) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        if ((JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'ehr-deid') return (cached = dir);
      } catch {
        /* keep walking */
      }
    }
    const up = resolve(dir, '..');
    if (up === dir) break;
    dir = up;
  }
  throw new Error('ehr-deid: cannot locate the package root (is the install complete?)');
}

/**
 * Absolute path of a file shipped in the package, e.g. `packagePath('allowlists', 'eponyms.txt')`.
 *
 * @param parts - path segments below the package root
 * @returns absolute path
 */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
