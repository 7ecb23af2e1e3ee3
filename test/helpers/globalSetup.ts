/**
 * vitest global set-up: compiles the lexicons (and copies the other bundled assets) into
 * `dist/assets/` before any test runs, so tests from source read assets built from the
 * current data files (`src/_lib/assets.ts` falls back to the repository's `dist/assets/`).
 */
import { fileURLToPath } from 'node:url';
import { writeAssets } from '../../.ci/build/assets.js';

export default function setup(): void {
  writeAssets(fileURLToPath(new URL('../../', import.meta.url)));
}
