/**
 * After `tsup` (`npm run build`):
 * 1. the declarations for `require` (`dist/*.d.cts`) are those for `import` (`dist/*.d.ts`,
 *    built once) with their relative imports pointed at the `.cjs` files;
 * 2. the bundled assets are written to `dist/assets/` (compiled lexicons, model weights), read
 *    at run time by `src/_lib/assets.ts`: shipped once, whichever entry loads them.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAssets } from './assets.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
for (const f of readdirSync(dist)) {
  if (!f.endsWith('.d.ts')) continue;
  const cts = readFileSync(join(dist, f), 'utf8').replace(/(from\s+['"]\.\/[^'"]+)\.js(['"])/g, '$1.cjs$2');
  writeFileSync(join(dist, f.replace(/\.d\.ts$/, '.d.cts')), cts);
}
for (const [name, path] of Object.entries(writeAssets(root))) {
  process.stdout.write(`ASSET dist/assets/${path.split('/').pop()} (${name}) ${(statSync(path).size / 1024).toFixed(0)} KB\n`);
}
