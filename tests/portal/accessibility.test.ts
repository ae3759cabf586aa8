/** axe-core (WCAG 2.2 AA) in Chromium over the portal's page types; the print layout hides nav and relations. */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { generatedDocuments } from '../support/site.ts';
import { DIST, readPage, tableRows } from './helpers.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function violations(pagePath: string): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto(`${site.url}${pagePath}`);
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations;
  })) as Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
  await context.close();
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

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
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}van-ban/${document.id}/`);
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
