/** axe-core (WCAG 2.2 AA) in real Chromium over every page type: 0 violations. Keyboard-only search works. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { generatedInstruments } from '../support/records.ts';
import { generatedDocuments } from '../support/site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const built = useBuiltSite();

interface Violation { id: string; help: string; nodes: Array<{ target: string[] }> }

async function violations(pagePath: string, ready?: string): Promise<string[]> {
  // The site's CSP forbids injected scripts, axe included: the audit bypasses it (tests/quality checks the CSP).
  const context = await built.browser().newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${built.site().url}${pagePath}`);
  if (ready) await page.waitForFunction((selector) => document.querySelector(selector) !== null, ready, { timeout: 20_000 });
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations;
  })) as Violation[];
  await context.close();
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

describe('axe finds no WCAG 2.2 AA violation', () => {
  const document = generatedDocuments()[0]!;
  const instrument = generatedInstruments().find((record) => !record.held)!;
  const pages: Array<[string, string, string?]> = [
    ['home', ''],
    ['document list', 'van-ban/'],
    ['document', `van-ban/${document.id}/`],
    ['instrument', `van-ban/${instrument.id}/`],
    ['instrument index', 'dan-chieu/'],
    ['search with results', `tim-kiem/?q=${encodeURIComponent('triển khai')}`, '#ket-qua li'],
    ['number look-up', 'tra-cuu/'],
    ['404', 'khong-co-trang-nay/'],
  ];
  for (const [label, pagePath, ready] of pages) {
    it(`on the ${label} page`, async () => {
      expect(await violations(pagePath, ready)).toEqual([]);
    });
  }
});

describe('keyboard', () => {
  it('reaches the search box by Tab from the top of the page and searches with Enter', async () => {
    const page = await built.browser().newPage();
    await page.goto(built.site().url);
    for (let step = 0; step < 5; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'hop-tim-kiem')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hop-tim-kiem');
    await page.keyboard.type('triển khai');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#ket-qua li').length > 0, null, { timeout: 20_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await page.close();
  });
});
