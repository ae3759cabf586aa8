/**
 * What a reader sees, in Chromium: on a phone (390×844) no page of any type is wider than the screen and no
 * table is cut; axe finds no WCAG 2.2 AA violation on any page type on a phone or a desktop (1366×900); print
 * gives the document's own header; copy and share work with JavaScript and the page works without it; the
 * 404 page suggests the document a near-miss address meant.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/browser.ts';
import { pageTypes } from '../support/page-types.ts';
import { generatedDocuments } from '../support/site.ts';

const built = useBuiltSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const types = pageTypes();

async function open(viewport: { width: number; height: number }, pagePath: string, options: { javaScriptEnabled?: boolean; ready?: string } = {}): Promise<Page> {
  const context = await built.browser().newContext({ viewport, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await page.goto(`${built.site().url}${pagePath}`);
  if (options.ready) await page.waitForFunction((selector) => document.querySelector(selector) !== null, options.ready, { timeout: 20_000 });
  return page;
}

/** Everything that does not fit a phone's width: the page itself, tables, and boxes that clip their content. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`trang rộng ${document.documentElement.scrollWidth}px > ${width}px`);
    const name = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
    for (const element of document.querySelectorAll('main *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      if (element.tagName === 'TABLE' && box.right > width + 0.5) found.push(`${name(element)} vượt mép phải (${Math.round(box.right)}px)`);
      const style = getComputedStyle(element);
      // A box clipped to 1px on purpose (visually hidden, for screen readers) hides nothing from a reader.
      if (['hidden', 'auto', 'scroll', 'clip'].includes(style.overflowX) && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name(element)} cắt nội dung (${element.scrollWidth}px trong ${element.clientWidth}px)`);
      }
    }
    return found;
  });
}

describe('on a phone (390×844)', () => {
  it.each(types.map((type) => [type.label, type] as const))('the %s page fits the screen, tables included', async (_label, type) => {
    const page = await open(PHONE, type.path, { ready: type.ready });
    expect(await overflow(page)).toEqual([]);
    await page.context().close();
  });

  it('a document page shows type, number, date, issuer and subject on the first screen, and folds the rest', async () => {
    const record = generatedDocuments().find((item) => item.numberSymbol === '5817/UBND-KTTH')!;
    const page = await open(PHONE, `van-ban/${record.id}/`);
    const firstScreen = await page.evaluate((height) => {
      const visible = (selector: string) => [...document.querySelectorAll(selector)].some((element) => {
        const box = element.getBoundingClientRect();
        return box.height > 0 && box.bottom <= height;
      });
      return { subject: visible('h1 .subtitle'), summary: [...document.querySelectorAll('.doc-summary dt')].map((dt) => (dt.getBoundingClientRect().bottom <= height ? dt.textContent : null)) };
    }, PHONE.height);
    expect(firstScreen.subject).toBe(true);
    expect(firstScreen.summary).toEqual(['Loại văn bản', 'Số ký hiệu', 'Ngày ban hành', 'Cơ quan ban hành']);
    expect(await page.locator('details.metadata').getAttribute('open')).toBeNull();
    expect(await page.locator('details.metadata dt', { hasText: 'Nơi nhận' }).isVisible()).toBe(false);
    await page.locator('details.metadata > summary').click();
    expect(await page.locator('details.metadata dt', { hasText: 'Nơi nhận' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const [size, viewport] of [['390×844', PHONE], ['1366×900', DESKTOP]] as const) {
    it.each(types.map((type) => [type.label, type] as const))(`on the %s page at ${size}`, async (_label, type) => {
      expect(await axeViolations(built.browser(), `${built.site().url}${type.path}`, type.ready, viewport)).toEqual([]);
    });
  }
});

describe('print', () => {
  it('a document prints with its header (archive, title, number, date, issuer, URL) and without navigation', async () => {
    const record = generatedDocuments().find((item) => item.numberSymbol === '5817/UBND-KTTH')!;
    const page = await open(DESKTOP, `van-ban/${record.id}/`, { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    const text = (await header.innerText()).replace(/\s+/g, ' ');
    for (const part of ['Lưu trữ văn bản tỉnh Quảng Ngãi', record.title, '5817/UBND-KTTH', '29/10/2024', 'UBND tỉnh Quảng Ngãi', `https://vanban.quangngai.gov.vn/van-ban/${record.id}/`]) {
      expect(text, part).toContain(part);
    }
    expect(await header.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(100);
    for (const selector of ['.site-nav', '.search-form', '.trich-dan', '.muc-luc', '#dan-chieu', '#duoc-dan-chieu', '#nhiem-vu', 'main > h1', '.site-footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article.van-ban').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('an instrument page prints the addresses of the official look-ups', async () => {
    const page = await open(DESKTOP, 'van-ban/57-nq-cp-2022/', { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    const after = await page.locator('.not-held a[href^="https://vbpl.vn/"]').evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://vbpl.vn/tim-kiem');
    await page.context().close();
  });
});

describe('copy and share', () => {
  const record = () => generatedDocuments().find((item) => item.numberSymbol === '5817/UBND-KTTH')!;

  it('"Sao chép trích dẫn" copies the citation; a paragraph’s link copies its address', async () => {
    const context = await built.browser().newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${built.site().url}van-ban/${record().id}/`);
    const button = page.getByRole('button', { name: 'Sao chép trích dẫn' });
    await button.click();
    await page.waitForFunction(() => document.querySelector('#trang-thai-chia-se')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(record().citation);
    const link = page.locator('article.van-ban .para-link').first();
    const target = (await link.getAttribute('href'))!;
    expect(target).toMatch(/^#d\d+$/);
    expect(await link.getAttribute('aria-label')).toBe(`Liên kết đến đoạn ${target.slice(2)}`);
    await link.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${built.site().url}van-ban/${record().id}/${target}`);
    // The message is written a moment after the status is cleared (so that a repeated one is announced).
    await page.waitForFunction((n) => document.querySelector('#trang-thai-chia-se')?.textContent?.includes(`đoạn ${n}`), target.slice(2));
    // On paper the paragraph links are noise.
    await page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(false);
    await context.close();
  });

  it('without JavaScript the citation is there to select and no dead button shows', async () => {
    const page = await open(PHONE, `van-ban/${record().id}/`, { javaScriptEnabled: false });
    expect(await page.locator('#trich-dan-chuan').innerText()).toBe(record().citation);
    expect(await page.getByRole('button', { name: 'Sao chép trích dẫn' }).isVisible()).toBe(false);
    expect(await page.locator('.para-link').count()).toBe(0);
    await page.context().close();
  });
});

describe('the 404 page', () => {
  it('suggests the document a near-miss address meant, and fills the search box with its words', async () => {
    const record = generatedDocuments().find((item) => item.numberSymbol === '5817/UBND-KTTH')!;
    const page = await open(PHONE, 'van-ban/5817-ubnd-ktth-2024/', { ready: '#goi-y li' });
    expect(await page.locator('#goi-y li a').first().getAttribute('href')).toBe(`/van-ban/${record.id}/`);
    expect(await page.locator('#tim-lai').inputValue()).toBe('5817 ubnd ktth 2024');
    await page.context().close();
  });

  it('without JavaScript offers the search box and the lists', async () => {
    const page = await open(PHONE, 'van-ban/5817-ubnd-ktth-2024/', { javaScriptEnabled: false });
    expect(await page.locator('#tim-lai').isVisible()).toBe(true);
    expect(await page.locator('.goi-y').isVisible()).toBe(false);
    expect(await page.locator('main a[href="/van-ban/"]').count()).toBe(1);
    await page.context().close();
  });
});
