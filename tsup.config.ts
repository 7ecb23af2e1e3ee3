import { defineConfig } from 'tsup';

// Two builds: the library (ESM + CJS + .d.ts, for `import` and `require`) and the
// CLI plus worker entry points (ESM only: they are run by node, never imported).
export default defineConfig([
  {
    entry: { index: 'src/index.ts', text: 'src/textEntry.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    shims: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts', 'scrub-worker': 'src/text/batch/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    shims: true,
  },
]);
