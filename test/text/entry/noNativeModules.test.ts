/**
 * Scrubbing text never loads DuckDB or any other native module: not from the text entry
 * (`ehr-deid/text`), not from the main entry (which loads DuckDB only when the tables pipeline
 * or the checks open a database), and not in `scrubMany`'s worker threads.
 *
 * Each case runs in a fresh node process on the built package (`dist/`), then lists the native
 * add-ons (`*.node`) mapped into the process (`/proc/self/maps`: every thread, workers
 * included) and those loaded through `process.dlopen` on the main thread.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = (file: string): string => fileURLToPath(new URL(`../../../dist/${file}`, import.meta.url));

/** Child script: load `entry`, run `body`, print the native modules seen as JSON. */
function probe(entry: string, body: string): { native: string[]; text?: string } {
  const path = dist(entry);
  if (!existsSync(path)) throw new Error(`dist/${entry} is missing: build first (npm run build)`);
  const script = `
    const { readFileSync, existsSync } = require('node:fs');
    const seen = [];
    const dlopen = process.dlopen;
    process.dlopen = function (m, file, ...rest) { seen.push(file); return dlopen.call(this, m, file, ...rest); };
    (async () => {
      const m = ${entry.endsWith('.cjs') ? `require(${JSON.stringify(path)})` : `await import(${JSON.stringify(`file://${path}`)})`};
      let text;
      ${body}
      const mapped = existsSync('/proc/self/maps')
        ? readFileSync('/proc/self/maps', 'utf8').split('\\n').map((l) => l.trim().split(/\\s+/)[5]).filter((p) => p && p.endsWith('.node'))
        : [];
      process.stdout.write(JSON.stringify({ native: [...new Set([...seen, ...mapped])], text }));
    })().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(2); });
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`probe failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as { native: string[]; text?: string };
}

const SCRUB = `text = m.scrub('Seen by Dr. Quimby on 3/4/2012, call 617-555-1212.').text;`;
const SCRUB_MANY = `
  const notes = [{ id: 'a', text: 'Seen by Dr. Quimby on 3/4/2012.' }, { id: 'b', text: 'Wife Maryellen called 617-555-1212.' }];
  const out = [];
  for await (const o of m.scrubMany(notes, { workers: 2 })) out.push(o.ok ? o.result.text : o.error.code);
  text = out.join(' | ');
`;

describe('scrubbing loads no native module', () => {
  it.each(['text.js', 'text.cjs', 'index.js', 'index.cjs'])('dist/%s: import and scrub load no native module', (entry) => {
    const r = probe(entry, SCRUB);
    expect(r.text).toBe('Seen by Dr. ___ on ___, call ___.');
    expect(r.native).toEqual([]);
  });

  it.each(['text.js', 'index.js'])('dist/%s: scrubMany with two worker threads loads no native module', (entry) => {
    const r = probe(entry, SCRUB_MANY);
    expect(r.text).toBe('Seen by Dr. ___ on ___. | Wife ___ called ___.');
    expect(r.native).toEqual([]);
  });

  it('the text entry does not even name DuckDB; the main entry only imports it on demand', () => {
    for (const f of ['text.js', 'text.cjs', 'scrub-worker.js']) expect(readFileSync(dist(f), 'utf8'), f).not.toContain('@duckdb');
    for (const f of ['index.js', 'index.cjs']) {
      const code = readFileSync(dist(f), 'utf8');
      // no static `import … from '@duckdb/node-api'` / top-level require: only `import('@duckdb/node-api')`
      expect(code, f).not.toMatch(/^import[^;]*from\s*["']@duckdb\/node-api["']/m);
      expect(code, f).not.toMatch(/^(?:var|const|let)\s+\w+\s*=\s*(?:__toESM\()?require\(["']@duckdb\/node-api["']\)/m);
    }
  });

  it('the probe sees a native module when one is loaded (the check can fail)', () => {
    const r = probe('index.js', `await import('@duckdb/node-api');`);
    expect(r.native.some((p) => p.includes('duckdb'))).toBe(true);
  });
});

describe('scrubMany under node flags', () => {
  it.each([[['--input-type=module']], [['--expose-gc', '--input-type=module']], [['--expose-gc', '--max-old-space-size=512', '--input-type=module']]])('starts its workers under node %j -e', (flags) => {
    const script = `const m = await import(${JSON.stringify(`file://${dist('text.js')}`)}); const out = []; for await (const o of m.scrubMany([{ id: 'a', text: 'Seen by Dr. Quimby.' }], { workers: 1 })) out.push(o.ok ? o.result.text : o.error.code); process.stdout.write(out.join());`;
    const r = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr.slice(0, 500)).toBe('');
    expect(r.stdout).toBe('Seen by Dr. ___.');
  });

  it('starts its workers under node --expose-gc running a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-flags-'));
    const file = join(dir, 'run.mjs');
    writeFileSync(file, `const m = await import(${JSON.stringify(`file://${dist('text.js')}`)}); const out = []; for await (const o of m.scrubMany([{ id: 'a', text: 'Seen by Dr. Quimby.' }], { workers: 1 })) out.push(o.ok ? o.result.text : o.error.code); process.stdout.write(out.join());`);
    const r = spawnSync(process.execPath, ['--expose-gc', file], { encoding: 'utf8', timeout: 120_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr.slice(0, 500)).toBe('');
    expect(r.stdout).toBe('Seen by Dr. ___.');
  });
});
