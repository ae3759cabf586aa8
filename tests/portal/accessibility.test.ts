/** axe-core (WCAG 2.2 AA) in Chromium over the portal's page types; the print layout hides nav and relations. */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/browser.ts';
import { generatedDocuments } from '../support/site.ts';
import { DIST, readPage, tableRows } from './helpers.ts';

const built = useBuiltSite(DIST);
const violations = (pagePath: string) => axeViolations(built.browser(), `${built.site().url}${pagePath}`);

describe('axe finds no WCAG 2.2 AA violation on portal pages', () => {
  const agency = tableRows(readPage('/co-quan-nhan/'), 'facet-table')[0]!.href!.slice(1);
  const facetValue = tableRows(readPage('/loai/'), 'facet-table')[0]!.href!.slice(1);
  const pages: Array<[string, string]> = [
    ['browse hub', 'duyet/'],
    ['facet index', 'loai/'],
    ['facet value', facetValue],
    ['year index', 'nam/'],
    ['agency index', 'co-quan-nhan/'],
    ['agency', agency],
    ['deadlines', 'thoi-han/'],
  ];
  for (const [label, pagePath] of pages) {
    it(`on the ${label} page`, async () => {
      expect(await violations(pagePath)).toEqual([]);
    });
  }
});

describe('print layout of a document', () => {
  it('shows the text, hides navigation, search, citation box and relations', async () => {
    const document = generatedDocuments().find((record) => record.numberSymbol === '5817/UBND-KTTH')!;
    const context = await built.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${built.site().url}van-ban/${document.id}/`);
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('article.van-ban')).toBe(true);
    for (const selector of ['.site-nav', '.search-form', '#trich-dan-chuan', '#dan-chieu', '#duoc-dan-chieu', '#nhiem-vu', 'main > h1']) {
      expect(await visible(selector), selector).toBe(false);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
