/**
 * The browser build's platform module (it replaces `_platform.ts` there, see
 * `.ci/build/buildBrowser.ts`): bundled assets are inlined in the bundle as base64, there is no
 * file system and no worker thread.
 *
 * @internal
 */
import { inlinedAssets } from 'virtual:ehr-deid-assets';
import { DeidError } from '../errors.js';

/**
 * @param name - asset name (for the error message)
 * @param asset - its file name under `dist/assets/`
 * @returns the inlined bytes
 * @throws DeidError `IO_FAILED` when the build did not inline this asset
 */
export function readAssetFile(name: string, asset: { readonly file: string }): Uint8Array {
  const b64 = inlinedAssets[asset.file];
  if (b64 === undefined) throw new DeidError('IO_FAILED', `the bundled asset "${name}" is not in this browser build`);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * @param bytes - UTF-8 bytes
 * @returns the text
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/**
 * @throws DeidError `IO_FAILED` always: a browser page has no file system (pass the lines instead)
 */
export function readTextFile(): string {
  throw new DeidError('IO_FAILED', 'files cannot be read in the browser build: pass the lines instead (loadAllowlist([...]))');
}

/** @returns 0: `scrubMany` scrubs in the calling thread (no worker threads in a page) */
export function defaultWorkers(): number {
  return 0;
}
