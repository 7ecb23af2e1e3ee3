/**
 * Bundled binary assets: the compiled lexicons and the NLP model, as bytes.
 *
 * - **Node**: each asset is read once per process from `dist/assets/<file>` (beside the
 *   bundle), straight into shared memory. Running from source (tests, tsx), a checked-in asset
 *   is read from its source file and a generated one from the repository's `dist/assets/`
 *   (written by `npm run build` and by the test set-up).
 * - **Worker threads** (`scrubMany`): the pool hands every worker the main thread's shared
 *   buffers ({@link sharedAssets} → {@link installAssets}); nothing is read or parsed again.
 * - **Browser build**: the bytes are inlined in the bundle (see `_platform.browser.ts`);
 *   there is no file system.
 *
 * An asset is opaque bytes here; its decoder lives with its user (`decodeCompiledLexicons`,
 * the NLP model loader).
 *
 * @internal
 */
import { decodeText, readAssetFile } from './_platform.js';

/**
 * Every bundled asset: its file name under `dist/assets/`, and for a checked-in asset its
 * source path (from the repository root), copied as is by the build.
 */
export const ASSETS = {
  /** Compiled lexicons and built-in allow lists (`src/allowlists/_compile.ts`). */
  lexicons: { file: 'lexicons.bin' },
  /**
   * Weights of the NLP sequence labeller (`npm run train`): in the package compiled into a
   * layout read as typed-array views (`_compileSequenceModel`), in a source checkout the
   * weights file itself; `loadSequenceModel` reads both.
   */
  'nlp-weights': { file: 'nlp-weights.bin', source: 'src/text/detectors/nlp/model/weights.bin' },
} as const satisfies Record<string, { readonly file: string; readonly source?: string }>;

/** Name of a bundled asset. */
export type AssetName = keyof typeof ASSETS;

const loaded = new Map<AssetName, Uint8Array>();
const installed = new Set<AssetName>();

/**
 * The bytes of a bundled asset, loaded once per thread (or installed from the main thread).
 * Treat them as read-only: they may be shared with other threads.
 *
 * @param name - the asset
 * @returns its bytes
 * @throws DeidError `IO_FAILED` when the asset is missing (a broken install, or a source checkout
 *   that was never built: run `npm run build`)
 */
export function assetBytes(name: AssetName): Uint8Array {
  let bytes = loaded.get(name);
  if (bytes === undefined) {
    bytes = readAssetFile(name, ASSETS[name]);
    loaded.set(name, bytes);
  }
  return bytes;
}

/**
 * Installs assets received from another thread (or inlined), so {@link assetBytes} returns
 * them without reading anything.
 *
 * @param assets - bytes by asset name (shared buffers are used in place, not copied)
 */
export function installAssets(assets: Readonly<Partial<Record<AssetName, Uint8Array | SharedArrayBuffer | ArrayBuffer>>>): void {
  for (const [name, value] of Object.entries(assets) as [AssetName, Uint8Array | SharedArrayBuffer | ArrayBuffer | undefined][]) {
    if (value === undefined || !(name in ASSETS)) continue;
    loaded.set(name, value instanceof Uint8Array ? value : new Uint8Array(value));
    installed.add(name);
  }
}

/**
 * Where this thread's copy of an asset came from (for tests and diagnostics).
 *
 * @param name - the asset
 * @returns `installed` (handed over by another thread or inlined), `read` (read from a file
 *   here), or `none` (not loaded yet)
 */
export function assetOrigin(name: AssetName): 'installed' | 'read' | 'none' {
  return installed.has(name) ? 'installed' : loaded.has(name) ? 'read' : 'none';
}

/**
 * The assets this thread can load, as shared buffers to post to worker threads (each one is
 * loaded here first if need be; one that cannot be loaded is left out, and a worker that needs
 * it fails closed with the same error).
 *
 * @returns shared buffers by asset name
 */
export function sharedAssets(): Partial<Record<AssetName, SharedArrayBuffer>> {
  const out: Partial<Record<AssetName, SharedArrayBuffer>> = {};
  // a page that is not cross-origin isolated has no SharedArrayBuffer (and no workers to share with)
  if (typeof SharedArrayBuffer === 'undefined') return out;
  for (const name of Object.keys(ASSETS) as AssetName[]) {
    let bytes: Uint8Array;
    try {
      bytes = assetBytes(name);
    } catch {
      continue;
    }
    if (!(bytes.buffer instanceof SharedArrayBuffer) || bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) {
      const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
      shared.set(bytes);
      loaded.set(name, shared);
      bytes = shared;
    }
    out[name] = bytes.buffer as SharedArrayBuffer;
  }
  return out;
}

/**
 * Decodes UTF-8 text held in an asset's bytes (shared memory welcome).
 *
 * @param bytes - UTF-8 bytes, e.g. a slice of {@link assetBytes}
 * @returns the text
 */
export function decodeAssetText(bytes: Uint8Array): string {
  return decodeText(bytes);
}
