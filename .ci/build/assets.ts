/**
 * Writes the bundled assets into `dist/assets/` (see `src/_lib/assets.ts`): the compiled
 * lexicons, the NLP model compiled into its load-as-is layout, and a copy of any other
 * checked-in asset. Used by `npm run build` and by the tests'
 * global set-up, so tests from source always read lexicons compiled from the current files.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS, type AssetName } from '../../src/_lib/assets.js';
import { compileLexicons } from '../../src/allowlists/_compile.js';
import { _compileSequenceModel } from '../../src/text/detectors/nlp/sequenceModel.js';

/** Writes `bytes` to `path` atomically, unless the file already holds exactly them. */
function writeIfChanged(path: string, bytes: Uint8Array): boolean {
  if (existsSync(path)) {
    const old = readFileSync(path);
    if (old.byteLength === bytes.byteLength && old.equals(bytes)) return false;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return true;
}

/**
 * @param root - the repository root
 * @returns the asset files (name → path) now in `dist/assets/`
 */
export function writeAssets(root: string): Partial<Record<AssetName, string>> {
  const dir = join(root, 'dist', 'assets');
  mkdirSync(dir, { recursive: true });
  const out: Partial<Record<AssetName, string>> = {};
  for (const [name, asset] of Object.entries(ASSETS) as [AssetName, { file: string; source?: string }][]) {
    let bytes: Uint8Array;
    if (name === 'lexicons') bytes = compileLexicons(root);
    else if (name === 'nlp-weights' && asset.source !== undefined) bytes = _compileSequenceModel(readFileSync(join(root, asset.source)));
    else if (asset.source !== undefined && existsSync(join(root, asset.source))) bytes = readFileSync(join(root, asset.source));
    else continue;
    const path = join(dir, asset.file);
    writeIfChanged(path, bytes);
    out[name] = path;
  }
  return out;
}
