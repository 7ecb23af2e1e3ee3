import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScrubFunction } from '../../../src/tables/index.js';
import { applyText } from '../../../src/tables/phases/apply.js';
import { fakeScrub, fixtureThroughLookups, rows } from './_fixture.js';

let close = (): void => undefined;
afterEach(() => close());

describe('applyText', () => {
  it('scrubs the text of releasable rows only, into lk_text, and counts the PHI found', async () => {
    const f = await fixtureThroughLookups();
    close = f.close;
    const applied = await applyText(f.ws, join(f.dir, 'out'), { scrub: fakeScrub });
    expect(applied.textColumns).toEqual(new Map([['visits', ['comment']]]));
    expect(applied.phiByType).toEqual({ NAME: 3 });
    // rows 1 and 3 are releasable (row 2 is a minor's, row 4 has an impossible date)
    expect(await rows(f.ws, 'SELECT row_num, c0 FROM lk_text_visits ORDER BY 1')).toEqual([[1n, '___ ___. ___ at 617-555-0199 on 3/4/2012'], [3n, 'seen']]);
  });

  it('quarantines a row whose text fails to scrub (SCRUB_FAILED), never keeping its text', async () => {
    const f = await fixtureThroughLookups();
    close = f.close;
    const failing: ScrubFunction = async function* (notes) {
      for await (const n of notes) yield { id: n.id, ok: false, error: { code: 'SCRUB_FAILED', message: 'no' } } as never;
    };
    await applyText(f.ws, join(f.dir, 'out'), { scrub: failing });
    expect(await rows(f.ws, "SELECT row_num, reason FROM lk_quarantine_visits WHERE reason = 'SCRUB_FAILED' ORDER BY 1")).toEqual([[1n, 'SCRUB_FAILED'], [3n, 'SCRUB_FAILED']]);
    expect(await rows(f.ws, 'SELECT count(*) FROM lk_text_visits WHERE c0 IS NOT NULL')).toEqual([[0n]]);
  });
});
