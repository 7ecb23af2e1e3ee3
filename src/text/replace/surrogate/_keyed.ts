/**
 * The keyed source of every surrogate: HMAC-SHA256 under a subkey of the release key, over
 * (scope, kind, value). Without the key a surrogate says nothing about its value; with the same
 * key, scope and value it is always the same. Results are cached (bounded) per surrogate maker.
 *
 * @internal
 */
import { deriveSubkey, hmacSha256 } from '../../../_lib/key.js';

/** Keyed bytes for a (scope, kind, value). */
export interface Keyed {
  /** 32 bytes (more with `block` > 0) derived from the inputs. */
  bytes(scope: string, kind: string, value: string, block?: number): Buffer;
  /** A cached string result, computed by `make` once per (scope, kind, value). */
  cached(scope: string, kind: string, value: string, make: () => string): string;
}

const CACHE_MAX = 50_000;

/**
 * @param key - the release key (checked: ≥ 16 bytes)
 * @returns the keyed source
 * @throws DeidError `KEY_MISSING` / `KEY_INVALID`
 */
export function createKeyed(key: string | Uint8Array): Keyed {
  const sub = deriveSubkey(key, 'text:surrogate');
  let cache = new Map<string, string>();
  const bytes = (scope: string, kind: string, value: string, block = 0): Buffer =>
    hmacSha256(sub, `${block}\u0000${scope}\u0000${kind}\u0000${value}`);
  return {
    bytes,
    cached(scope, kind, value, make) {
      const k = `${scope}\u0000${kind}\u0000${value}`;
      const hit = cache.get(k);
      if (hit !== undefined) return hit;
      const v = make();
      if (cache.size >= CACHE_MAX) cache = new Map();
      cache.set(k, v);
      return v;
    },
  };
}

/** A 32-bit unsigned number from the first bytes of `b`. */
export const u32 = (b: Buffer, at = 0): number => b.readUInt32BE(at);
