/**
 * Secret-key handling shared by every keyed step (id permutations, date offsets, table MACs).
 *
 * The key is the one secret that lets someone re-identify a release: it is never logged, never
 * put in an error message and never written into an output dataset.
 *
 * @internal
 */
import { createRequire } from 'node:module';
import { DeidError } from '../errors.js';

let crypto: typeof import('node:crypto') | undefined;
/**
 * Node's crypto module, loaded on first use: the text entry reaches this file (keyed
 * surrogates), and a static `node:crypto` import would keep it from loading in a browser build
 * where no keyed step is used.
 */
const nodeCrypto = (): typeof import('node:crypto') => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));

/**
 * HMAC-SHA256 of a UTF-8 string.
 *
 * @param key - the HMAC key
 * @param data - the message
 * @returns 32 bytes
 */
export function hmacSha256(key: Uint8Array, data: string): Buffer {
  return nodeCrypto().createHmac('sha256', key).update(data, 'utf8').digest();
}

/** Minimum key length in bytes (128 bits). */
export const MIN_KEY_BYTES = 16;

/**
 * Checks a secret key and returns it as bytes (a fresh copy; strings are UTF-8 encoded).
 *
 * @param key - the secret key: a string (UTF-8) or raw bytes
 * @returns the key bytes, at least {@link MIN_KEY_BYTES} long
 * @throws DeidError `KEY_MISSING` when the key is undefined, null or empty
 * @throws DeidError `KEY_INVALID` when it is shorter than 16 bytes or not a string/Uint8Array
 * @example
 * ```ts
 * const bytes = assertKey(process.env.DEID_KEY ?? '')
 * ```
 */
export function assertKey(key: string | Uint8Array): Uint8Array {
  const k = key as unknown;
  if (k === undefined || k === null || k === '') {
    throw new DeidError('KEY_MISSING', 'no secret key was given; pass a key of at least 16 bytes');
  }
  let bytes: Uint8Array;
  if (typeof k === 'string') bytes = new TextEncoder().encode(k);
  else if (k instanceof Uint8Array) bytes = Uint8Array.from(k);
  else throw new DeidError('KEY_INVALID', 'the secret key must be a string or a Uint8Array');
  if (bytes.length === 0) {
    throw new DeidError('KEY_MISSING', 'no secret key was given; pass a key of at least 16 bytes');
  }
  if (bytes.length < MIN_KEY_BYTES) {
    throw new DeidError('KEY_INVALID', `the secret key is ${bytes.length} bytes long; at least ${MIN_KEY_BYTES} bytes are required`);
  }
  return bytes;
}

/**
 * Derives an independent 32-byte subkey for one purpose: HMAC-SHA256(key, label).
 * Different labels give unrelated subkeys, so one master key serves every keyed step.
 *
 * @param key - the master key (checked with {@link assertKey})
 * @param label - what the subkey is for, e.g. `ids:subject_id` or `dates:offset`
 * @returns 32 bytes
 * @throws DeidError `KEY_MISSING` / `KEY_INVALID` as {@link assertKey}
 * @example
 * ```ts
 * const macKey = deriveSubkey(key, 'idtable:mac')
 * ```
 */
export function deriveSubkey(key: string | Uint8Array, label: string): Buffer {
  return hmacSha256(assertKey(key), label);
}

/** The public demo key of `ehr-deid demo`. It protects nothing: never use it for real data. */
export const DEMO_KEY = 'ehr-deid-public-demo-key-NOT-A-SECRET';

/**
 * True when `key` is the public {@link DEMO_KEY} (as a string or its UTF-8 bytes).
 *
 * @param key - a key
 * @returns whether it is the demo key
 */
export function isDemoKey(key: string | Uint8Array): boolean {
  const k = key as unknown;
  if (typeof k === 'string') return k === DEMO_KEY;
  return k instanceof Uint8Array && Buffer.from(k).equals(Buffer.from(DEMO_KEY, 'utf8'));
}
