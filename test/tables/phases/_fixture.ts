import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfig, type ScrubFunction } from '../../../src/tables/index.js';
import { computeLookups } from '../../../src/tables/phases/lookups.js';
import { stageSources } from '../../../src/tables/phases/stage.js';
import type { Lookups, Staged, Workspace } from '../../../src/tables/phases/types.js';
import { closeWorkspace, openWorkspace } from '../../../src/tables/phases/workspace.js';
import { fixtureConfig, writeFixture } from '../../e2e/_helpers.js';

export const KEY = 'phase-test-key-0123456789abcdef';

/** Replaces capitalised words with ___ and reports each as a NAME span. */
export const fakeScrub: ScrubFunction = async function* (notes) {
  for await (const n of notes) {
    const spans: { start: number; end: number; outputStart: number; outputEnd: number; type: 'NAME'; sources: string[]; confidence: number }[] = [];
    let shift = 0;
    const text = n.text.replace(/\b[A-Z][a-z]+\b/g, (m, off: number) => {
      spans.push({ start: off, end: off + m.length, outputStart: off + shift, outputEnd: off + shift + 3, type: 'NAME', sources: ['fake'], confidence: 1 });
      shift += 3 - m.length;
      return '___';
    });
    yield { id: n.id, ok: true, result: { text, spans, detected: [] } };
  }
};

/** The fixture extract (people, visits, vitals) in a fresh folder, and a workspace on it. */
export async function fixtureWorkspace(): Promise<{ dir: string; ws: Workspace; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'ehr-deid-phase-'));
  writeFixture(dir);
  const config = validateConfig(fixtureConfig(join(dir, 'in')), dir);
  const ws = await openWorkspace({ config, key: KEY, outDir: join(dir, 'out'), secretsDir: join(dir, 'secrets') });
  return {
    dir,
    ws,
    close: () => {
      closeWorkspace(ws);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Rows of a query on the work database. */
export async function rows(ws: Workspace, sql: string): Promise<unknown[][]> {
  return (await ws.conn.runAndReadAll(sql)).getRowsJS();
}

/** The fixture workspace with its sources staged and look-ups computed (the counting worker stopped). */
export async function fixtureThroughLookups(): Promise<{ dir: string; ws: Workspace; staged: Staged; lookups: Lookups; close: () => void }> {
  const f = await fixtureWorkspace();
  try {
    const staged = await stageSources(f.ws);
    const lookups = await computeLookups(f.ws, staged);
    return { ...f, staged, lookups, close: () => (staged.stopCounts(), f.close()) };
  } catch (err) {
    f.close();
    throw err;
  }
}
