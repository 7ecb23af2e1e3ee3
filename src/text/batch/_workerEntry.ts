/**
 * Finds the worker entry: `dist/scrub-worker.js` beside the bundle, or `src/text/batch/worker.ts`
 * (loaded through tsx's API) when the library itself runs from source (vitest, tsx).
 *
 * @internal
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DeidError } from '../../errors.js';

/** What to pass to `new Worker(script, { eval })`. */
export interface WorkerEntry {
  /** A file path, or (when `eval`) a small ES module bootstrap as source text. */
  readonly script: string;
  readonly eval: boolean;
}

function here(): string {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

/**
 * @returns the worker script, and whether it is source text to evaluate
 * @throws DeidError `WORKER_FAILED` when neither entry exists (a broken install)
 */
export function workerEntry(): WorkerEntry {
  const dir = here();
  const built = join(dir, 'scrub-worker.js');
  if (existsSync(built)) return { script: built, eval: false };
  const source = join(dir, 'worker.ts');
  if (existsSync(source)) {
    // Running from source (vitest, tsx): register tsx inside the worker, then load the .ts
    // entry. (`execArgv: ['--import', 'tsx']` races the entry's loading on Node 20.)
    let api: string;
    try {
      // the ESM build of tsx's API (its `import` export): the CJS one cannot register hooks in a worker
      const root = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
      api = pathToFileURL(join(root, 'dist', 'esm', 'api', 'index.mjs')).href;
    } catch (cause) {
      throw new DeidError('WORKER_FAILED', 'running from source needs the tsx package to start scrub workers', { cause });
    }
    const entry = pathToFileURL(source).href;
    return { script: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
  }
  throw new DeidError('WORKER_FAILED', 'cannot find the scrub worker entry (expected dist/scrub-worker.js beside the bundle)');
}
