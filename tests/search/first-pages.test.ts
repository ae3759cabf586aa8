/**
 * Pins that the precomputed first pages of the test build (src/lib/build/first-pages.ts) are Pagefind's own
 * answers: every one equals the search page's engine run over Pagefind's WebAssembly (in Node), count,
 * order and matched positions; and that the common queries of the seeds have one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/site.ts';
import { expectFirstPagesArePagefinds, firstPageEntries } from '../support/first-pages.ts';

describe('precomputed first pages of the test build', () => {
  it('are listed in pagefind/goi.json and held for the seeds\' common words', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'pagefind/goi.json'), 'utf8')) as { firstPages: number };
    expect(manifest.firstPages).toBeGreaterThan(0);
    const keys = firstPageEntries(DIST).map((entry) => entry.key);
    // Every seed holds Quảng Ngãi (the OCR one as "Quang Ngai"), unaccented and as usually written.
    expect(keys).toContain('quang‿ngai');
    expect(keys).toContain('quảng‿ngãi');
  });

  it('each equal Pagefind\'s answer through the search page\'s engine', async () => {
    expect(await expectFirstPagesArePagefinds(DIST)).toBeGreaterThan(10);
  });
});
