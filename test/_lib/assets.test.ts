import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assetBytes, assetOrigin, installAssets, sharedAssets } from '../../src/_lib/assets.js';
import { scrubMany } from '../../src/text/batch/index.js';

describe('bundled assets', () => {
  it('reads an asset once per thread, into shared memory', () => {
    const a = assetBytes('lexicons');
    expect(assetBytes('lexicons')).toBe(a);
    expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(new TextDecoder().decode(a.subarray(0, 4))).toBe('EHRL');
  });

  it('hands the same shared buffers to other threads on every call (no copy per worker)', () => {
    const first = sharedAssets();
    expect(first.lexicons).toBeInstanceOf(SharedArrayBuffer);
    expect(sharedAssets().lexicons).toBe(first.lexicons);
    expect(new Uint8Array(first.lexicons!).byteLength).toBe(assetBytes('lexicons').byteLength);
  });

  it('uses installed bytes in place', () => {
    const bytes = new Uint8Array(new SharedArrayBuffer(8));
    installAssets({ 'nlp-weights': bytes.buffer as SharedArrayBuffer });
    expect(assetBytes('nlp-weights').buffer).toBe(bytes.buffer);
    expect(assetOrigin('nlp-weights')).toBe('installed');
  });

  it('scrubMany workers use the main thread lexicons instead of reading them again', async () => {
    const optionsModule = fileURLToPath(new URL('../text/batch/fixtures/assetOrigin.ts', import.meta.url));
    const sources: string[] = [];
    for await (const o of scrubMany([{ id: 'a', text: 'Seen by Dr. Smith.' }, { id: 'b', text: 'x' }], { workers: 2, batchSize: 1, optionsModule })) {
      if (!o.ok) throw new Error(o.error.code);
      sources.push(...o.result.detected.filter((s) => s.source.startsWith('test/')).map((s) => s.source));
    }
    expect(sources).toEqual(['test/asset-installed-true', 'test/asset-installed-true']);
  });
});
