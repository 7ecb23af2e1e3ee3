/**
 * `npm run bench`: runs every `bench/*.bench.ts` file in its own node process (so one
 * benchmark's heap never skews another's RSS figures), in name order.
 *
 *   npm run bench                 # all
 *   npm run bench -- ids scrub    # only files whose name contains "ids" or "scrub"
 *
 * Each benchmark prints a table and writes `bench/out/<name>.json`. Figures are always
 * reported as a ratio against a baseline measured in the same run, plus rows/s or MB/s.
 */
import { readdirSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
mkdirSync(join(here, 'out'), { recursive: true });
let failed = 0;
for (const f of files) {
  process.stdout.write(`\n=== ${f} ===\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`!!! ${f} exited with ${r.status ?? r.signal}\n`);
  }
}
if (files.length === 0) process.stdout.write('no benchmark matched\n');
process.exitCode = failed ? 1 : 0;
