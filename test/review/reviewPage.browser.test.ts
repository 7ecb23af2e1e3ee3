/**
 * The review page in a real browser (Debian's Chromium, headless, offline): open it, move
 * between notes, filter, mark a missed PHI and an over-scrub, export, and check the JSONL; a
 * screenshot is kept in test-artifacts/. Skips with an install hint where Chromium is missing
 * (CI installs it and requires these tests).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipWithoutChromium, type LaunchedChromium } from '../helpers/chromium.js';
import { writeReviewPage } from '../../src/review/writeReviewPage.js';
import { readCorpus, evaluateScrubber } from '../../src/testing/index.js';
import { formatAllowlistSuggestions, suggestAllowlist } from '../../src/review/suggestAllowlist.js';
import { writeFixtureRun } from './_fixture.js';

const skip = skipWithoutChromium();
const artefacts = join(import.meta.dirname, '..', '..', 'test-artifacts');

describe.skipIf(skip)('the review page in headless Chromium', () => {
  let dir: string;
  let browser: LaunchedChromium;
  let url: string;
  const requests: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ehr-deid-review-'));
    const run = writeFixtureRun(dir);
    url = pathToFileURL(writeReviewPage({ ...run, sample: 10 }).path).href;
    browser = await launchChromium({ downloads: join(dir, 'downloads') });
    browser.page.on('request', (r) => requests.push(r.url()));
    await browser.page.goto(url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the sample, least confident first, with original and released text side by side and detectors on hover', async () => {
    const page = browser.page;
    expect(await page.locator('nav#list a').count()).toBe(3);
    expect(await page.locator('nav#list a').first().textContent()).toContain('notes-1');
    expect(await page.locator('#original').textContent()).toContain('Seen by Dr. Quenby on 3/4/2012');
    expect(await page.locator('#released').textContent()).toContain('Seen by Dr. ___ on ___');
    expect(await page.locator('#original [data-span="2"]').getAttribute('title')).toBe('NAME — rules/name-lexicon (confidence 0.55)');
  });

  it('moves between notes with the keyboard and filters by type and detector', async () => {
    const page = browser.page;
    await page.keyboard.press('j');
    expect(await page.locator('#meta').textContent()).toContain('Note 2 of 3');
    await page.keyboard.press('k');
    expect(await page.locator('#meta').textContent()).toContain('Note 1 of 3');
    await page.locator('#detector').selectOption('rules/phone');
    expect(await page.locator('nav#list a').count()).toBe(1);
    await page.locator('#detector').selectOption('');
    await page.locator('input[data-type="DATE"]').uncheck();
    expect(await page.locator('nav#list a').count()).toBe(2); // the report holds only a date
    await page.keyboard.press('k');
    expect(await page.locator('#meta').textContent()).toContain('Note 1 of 2');
    expect(await page.locator('#original .phi.dim').count()).toBe(1); // its date, not highlighted
    await page.locator('input[data-type="DATE"]').check();
    expect(await page.locator('#meta').textContent()).toContain('Note 1 of 3');
  });

  it('marks a missed PHI and an over-scrub, and exports them as corpus JSONL', async () => {
    const page = browser.page;
    // select "Zorblat" in the original text, choose NAME (key 1), press m
    // (a string: the test's TypeScript has no DOM types)
    await page.evaluate(`(() => {
      const pre = document.getElementById('original');
      const node = [...pre.querySelectorAll('span')].map((s) => s.firstChild).find((n) => n.textContent.includes('Zorblat'));
      const at = node.textContent.indexOf('Zorblat');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Zorblat'.length);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    })()`);
    await page.keyboard.press('1');
    await page.keyboard.press('m');
    expect(await page.locator('#original .miss').textContent()).toBe('Zorblat');
    // "Parkinson" is a disease here: an over-scrub
    await page.locator('#original [data-span="2"]').click();
    expect(await page.locator('#original [data-span="2"]').getAttribute('class')).toContain('over');
    mkdirSync(artefacts, { recursive: true });
    await page.screenshot({ path: join(artefacts, 'review-page.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('e')]);
    const marks = readFileSync((await download.path())!, 'utf8');
    expect(marks).toBe(await page.locator('#exported').inputValue());
    const lines = marks.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['notes-1', 'notes-2']); // the notes opened
    const text = 'Seen by Dr. Quenby on 3/4/2012 for Parkinson disease. Daughter Zorblat visited.';
    const z = text.indexOf('Zorblat');
    expect(lines[0]).toEqual({
      id: 'notes-1',
      text,
      phi: [
        { start: 12, end: 18, type: 'NAME' },
        { start: 22, end: 30, type: 'DATE' },
        { start: z, end: z + 7, type: 'NAME' },
      ],
      missed: [{ start: z, end: z + 7, type: 'NAME' }],
      overscrub: [{ start: 35, end: 44, type: 'NAME', sources: ['rules/name-lexicon'] }],
      table: 'notes',
      column: 'text',
      row: 1,
    });
    // the export is a corpus evaluateScrubber reads, and its over-scrubs become suggestions
    const cases = readCorpus(marks);
    const r = evaluateScrubber((t) => ({ text: t, spans: [] }), cases);
    expect(r.goldTokens).toBe(10); // Quenby 3 4 2012 Zorblat; 617 555 0142 Lakeside Clinic (Parkinson is not PHI)
    const suggestions = formatAllowlistSuggestions(suggestAllowlist(marks));
    expect(suggestions).toContain('# types: NAME\n# 1 over-scrub (rules/name-lexicon)\nParkinson\n');
  });

  it('makes no network request: everything is in the one file', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((u) => u.startsWith('file:') || u.startsWith('blob:') || u.startsWith('data:'))).toBe(true);
  });
});
