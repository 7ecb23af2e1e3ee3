import { defineConfig, type Options } from 'tsup';

// Two builds. ESM: the library entries, the CLI and the scrub worker in one pass with code
// splitting, so the code they share ships once (in `dist/chunk-*.js`). CJS: the library entries
// for `require` (esbuild splits ESM only). Source maps only in a debug build
// (`EHR_DEID_SOURCEMAP=1 npm run build`): the package ships none.
const sourcemap = process.env.EHR_DEID_SOURCEMAP === '1';
const library = { index: 'src/index.ts', text: 'src/textEntry.ts', testing: 'src/testing/index.ts' };
const common: Options = { target: 'node20', platform: 'node', sourcemap, shims: true };

export default defineConfig([
  {
    ...common,
    entry: { ...library, cli: 'src/cli/bin.ts', 'scrub-worker': 'src/text/batch/worker.ts' },
    format: ['esm'],
    splitting: true,
    dts: { entry: library },
    clean: true,
  },
  {
    ...common,
    entry: library,
    format: ['cjs'],
    splitting: false,
    // the `.d.cts` files are written from the `.d.ts` ones by .ci/build/postbuild.ts
    dts: false,
    clean: false,
  },
]);
