/**
 * The browser build of the text entry (`ehr-deid/text`): one self-contained ES module with the
 * compiled lexicons and the NLP model inlined, no file system, no worker thread, no network.
 * A web page imports it and scrubs text on the user's own machine.
 *
 *   npm run build:browser          # → dist-browser/ehr-deid-text.js (.ci/build/buildBrowser.ts)
 *
 * Not part of the npm package (it would ship the model a second time); the Chromium test
 * (test/text/entry/browser.test.ts) builds it into a temporary folder.
 *
 * How: esbuild bundles `src/textEntry.ts` for the browser, swapping the two platform modules
 * for their `.browser.ts` twins (`src/_lib/_platform.ts`: assets, files, default workers;
 * `src/text/batch/_pool.ts`: worker threads), `node:module` for a shim that hands compromise
 * over, and generating `virtual:ehr-deid-assets` from `dist/assets/`. Any other `node:` import
 * left in the bundle fails the build.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { ASSETS } from '../../src/_lib/assets.js';
import { writeAssets } from './assets.js';

function browserPlugin(root: string): Plugin {
  return {
    name: 'ehr-deid-browser',
    setup(b) {
      b.onResolve({ filter: /\/(_platform|_pool)\.js$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\.js$/, '.browser.ts')) }));
      b.onResolve({ filter: /^node:module$/ }, () => ({ path: join(root, '.ci', 'build', 'browser', 'nodeModule.ts') }));
      b.onResolve({ filter: /^virtual:ehr-deid-assets$/ }, () => ({ path: 'assets', namespace: 'ehr-deid-assets' }));
      b.onLoad({ filter: /.*/, namespace: 'ehr-deid-assets' }, () => {
        const assets: Record<string, string> = {};
        for (const [name, path] of Object.entries(writeAssets(root))) {
          const asset: { file: string; source?: string } = ASSETS[name as keyof typeof ASSETS];
          // a checked-in asset is inlined as written (the model's weights file, a third of its
          // compiled layout): the loaders read both forms
          assets[asset.file] = readFileSync(asset.source !== undefined ? join(root, asset.source) : path).toString('base64');
        }
        return { contents: `export const inlinedAssets = ${JSON.stringify(assets)};`, loader: 'js' };
      });
    },
  };
}

/**
 * @param root - the repository root
 * @param outfile - where to write the bundle
 * @returns the bundle's path and size in bytes
 * @throws Error when the bundle still imports a Node built-in
 */
export async function buildBrowser(root: string, outfile: string): Promise<{ path: string; bytes: number }> {
  await build({
    entryPoints: [join(root, 'src', 'textEntry.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    // a Node built-in left anywhere makes the page fail to load the module: kept visible here,
    // then refused below
    external: ['node:*'],
    plugins: [browserPlugin(root)],
    logLevel: 'error',
  });
  // static imports of a Node built-in would stop the page loading the module; dynamic ones
  // (scrubMany's optionsModule, a Node-only option) only run when used
  const code = readFileSync(outfile, 'utf8');
  const statics = [...code.matchAll(/(?:^|[;}])\s*import[^;()]*?from\s*["'](node:[a-z_/]+)["']/g)].map((m) => m[1]);
  if (statics.length > 0) throw new Error(`browser build: the bundle still imports ${[...new Set(statics)].join(', ')}`);
  return { path: outfile, bytes: statSync(outfile).size };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const out = await buildBrowser(root, join(root, 'dist-browser', 'ehr-deid-text.js'));
  process.stdout.write(`browser build: ${out.path} (${(out.bytes / 1e6).toFixed(2)} MB)\n`);
}
