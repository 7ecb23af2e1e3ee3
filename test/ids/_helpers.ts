import { expect } from 'vitest';
import { isDeidError, type DeidErrorCode } from '../../src/errors.js';

/** Runs fn, expects a DeidError with `code` whose message contains none of `secrets`. */
export function expectDeidError(fn: () => unknown, code: DeidErrorCode, secrets: readonly string[] = []): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected a throw').toBeDefined();
  expect(isDeidError(caught), `expected a DeidError, got ${String(caught)}`).toBe(true);
  const err = caught as { code: string; message: string };
  expect(err.code).toBe(code);
  for (const s of secrets) expect(err.message).not.toContain(s);
}

/** Async version of {@link expectDeidError}. */
export async function expectDeidErrorAsync(fn: () => Promise<unknown>, code: DeidErrorCode, secrets: readonly string[] = []): Promise<void> {
  let caught: unknown;
  try {
    await fn();
  } catch (e) {
    caught = e;
  }
  expect(isDeidError(caught), `expected a DeidError, got ${String(caught)}`).toBe(true);
  const err = caught as { code: string; message: string };
  expect(err.code).toBe(code);
  for (const s of secrets) expect(err.message).not.toContain(s);
}

export const KEY = 'test-key-0123456789abcdef';
