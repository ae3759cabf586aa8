/** axe-core (WCAG 2.2 AA) in real Chromium over every page type: 0 violations. Keyboard-only search works. */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/browser.ts';
import { generatedInstruments } from '../support/records.ts';
import { generatedDocuments } from '../support/site.ts';

const built = useBuiltSite();
const violations = (pagePath: string, ready?: string) => axeViolations(built.browser(), `${built.site().url}${pagePath}`, ready);

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
