/**
 * The browser build of `ehr-deid/text` (.ci/build/buildBrowser.ts) in headless Chromium: the page
 * loads one self-contained module from its own (fake, intercepted) origin, makes no other
 * request, and scrubs notes with both algorithms, the built-in allow list and `scrubMany` in
 * the page's thread. Skipped, with a message, where no Chromium is installed (`.ci/run`
 * installs Debian's package and makes it required).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBrowser } from '../../../.ci/build/buildBrowser.js';
import { launchChromium, skipWithoutChromium } from '../../helpers/chromium.js';
import { createScrubber } from '../../../src/text/scrub.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ORIGIN = 'http://ehr-deid.test';
const NOTE = 'Seen by Dr. Quimby on 3/4/2012 at Mercy Hospital, call 617-555-1212. Foley in place.';

const PAGE = `<!doctype html><meta charset="utf-8"><title>scrub</title>
<script type="module">
  const out = {};
  try {
    const deid = await import('./ehr-deid-text.js');
    out.text = deid.scrub(${JSON.stringify(NOTE)}).text;
    out.rules = deid.createScrubber({ algorithms: ['rules'] }).scrub(${JSON.stringify(NOTE)}).text;
    out.allowed = deid.builtinAllowlist().has('Glasgow', 'LOCATION');
    out.site = deid.loadAllowlist(['# types: LOCATION', 'MICU']).has('micu', 'LOCATION');
    out.surname = deid.loadLexicon('surnames').has('smith');
    const many = [];
    for await (const o of deid.scrubMany([{ id: 'a', text: 'Wife Maryellen called 617-555-1212.' }])) many.push(o.ok ? o.result.text : o.error.code);
    out.many = many;
    try { deid.loadAllowlist('/etc/site-allow.txt'); out.file = 'read'; } catch (e) { out.file = deid.isDeidError(e) ? e.code : String(e); }
    try { for await (const o of deid.scrubMany([{ id: 'a', text: 'x' }], { workers: 2 })) void o; out.workers = 'ran'; } catch (e) { out.workers = deid.isDeidError(e) ? e.code : String(e); }
  } catch (e) {
    out.error = String(e && e.stack || e);
  }
  window.__result = out;
</script>`;

describe.skipIf(skipWithoutChromium())('browser build of ehr-deid/text in headless Chromium', () => {
  it('loads with no other request and scrubs notes in the page as Node does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-browser-'));
    const chromium = await launchChromium();
    try {
      const bundle = await buildBrowser(root, join(dir, 'ehr-deid-text.js'));
      const code = readFileSync(bundle.path);
      const requests: string[] = [];
      await chromium.context.route('**/*', async (route) => {
        const url = route.request().url();
        requests.push(url);
        if (url === `${ORIGIN}/index.html`) return route.fulfill({ status: 200, contentType: 'text/html', body: PAGE });
        if (url === `${ORIGIN}/ehr-deid-text.js`) return route.fulfill({ status: 200, contentType: 'text/javascript', body: code });
        return route.abort();
      });
      await chromium.page.goto(`${ORIGIN}/index.html`);
      await chromium.page.waitForFunction(() => (globalThis as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 60_000 });
      const result = (await chromium.page.evaluate(() => (globalThis as unknown as { __result: unknown }).__result)) as Record<string, unknown>;
      expect(result.error).toBeUndefined();
      expect(result.text).toBe(createScrubber().scrub(NOTE).text);
      expect(result.text).toBe('Seen by Dr. ___ on ___ at ___ Hospital, call ___. Foley in place.');
      expect(result.rules).toBe(createScrubber({ algorithms: ['rules'] }).scrub(NOTE).text);
      expect(result).toMatchObject({ allowed: true, site: true, surname: true, many: ['Wife ___ called ___.'], file: 'ALLOWLIST_INVALID', workers: 'WORKER_FAILED' });
      expect(requests).toEqual([`${ORIGIN}/index.html`, `${ORIGIN}/ehr-deid-text.js`]);
    } finally {
      await chromium.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
