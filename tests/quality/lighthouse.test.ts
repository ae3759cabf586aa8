/**
 * Lighthouse (desktop preset, Debian Chromium, scripts/lighthouse.ts) on a document page, an instrument page
 * and the search page with a query: performance, accessibility, best practices and SEO each at least 95.
 * Prints the scores; a failure lists every audit that lost points, with what and where.
 * (`node scripts/lighthouse.ts` runs the same and writes the Lighthouse section of BENCHMARKS.md.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, MINIMUM, PAGES, runLighthouse, type PageScore } from '../../scripts/lighthouse.ts';
import { DIST } from '../support/site.ts';

let results: PageScore[] = [];

beforeAll(async () => {
  results = await runLighthouse(DIST);
  for (const r of results) console.log(`lighthouse ${r.path}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
}, 240_000);

describe.each(PAGES.map((page) => [page.label, page.path] as const))('%s', (_label, pagePath) => {
  it.each(CATEGORIES.map((category) => [category]))(`%s ≥ ${MINIMUM}`, (category) => {
    const result = results.find((r) => r.path === `/${pagePath}`)!;
    const losses = result.losses.filter((loss) => loss.startsWith(`${category}:`));
    expect(result.scores[category], `${result.path} ${category} ${result.scores[category]}:\n${losses.join('\n')}`).toBeGreaterThanOrEqual(MINIMUM);
  });
});
