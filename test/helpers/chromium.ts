/**
 * Finding and launching the system Chromium for browser tests (Debian's `chromium` package,
 * driven by playwright-core: no browser download). Shared by every browser test.
 *
 * - `CHROMIUM_PATH` names the binary; otherwise the usual Linux paths are tried.
 * - Where none is installed, tests skip with {@link CHROMIUM_MISSING}, unless
 *   `EHR_DEID_BROWSER_TESTS=required` (set by `.ci/run`, which installs Chromium), where a
 *   missing browser fails the test instead: CI never skips them.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The message a browser test skips with when no Chromium is installed. */
export const CHROMIUM_MISSING =
  'browser test skipped: no Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH; .ci/run installs it';

/**
 * Flags for a quiet, offline, headless run. Without the background-networking ones Chromium
 * keeps trying to reach Google's services, which is slow on a closed network.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns the Chromium binary to use, or undefined when none is installed */
export function findChromium(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env) return existsSync(env) ? env : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** True when a missing Chromium must fail the tests instead of skipping them (CI). */
export const chromiumRequired = process.env.EHR_DEID_BROWSER_TESTS === 'required';

/**
 * Whether browser tests should be skipped here; prints {@link CHROMIUM_MISSING} once when so.
 *
 * @returns true when no Chromium is installed and it is not required
 */
export function skipWithoutChromium(): boolean {
  if (findChromium() !== undefined || chromiumRequired) return false;
  console.warn(CHROMIUM_MISSING);
  return true;
}

/** A launched browser: a page in a fresh profile, and `close` to end it and delete the profile. */
export interface LaunchedChromium {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Launches Chromium headless with {@link CHROMIUM_FLAGS} and a fresh `--user-data-dir`.
 *
 * @param options.downloads - folder for downloads (accepted without prompting)
 * @returns the context, its first page, and a close function
 * @throws Error naming how to install Chromium when none is found
 */
export async function launchChromium(options: { downloads?: string } = {}): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  if (executablePath === undefined) throw new Error(CHROMIUM_MISSING);
  const profile = mkdtempSync(join(tmpdir(), 'ehr-deid-chromium-'));
  if (options.downloads) mkdirSync(options.downloads, { recursive: true });
  // launchPersistentContext passes the fresh folder as --user-data-dir
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    acceptDownloads: true,
    ...(options.downloads ? { downloadsPath: options.downloads } : {}),
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
