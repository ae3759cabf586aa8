/** Search in real Chromium: numbers in any spelling, Vietnamese with or without diacritics, filters, look-up, no-JS form. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { instrumentByNumber } from '../support/records.ts';
import { generatedDocuments } from '../support/site.ts';

const built = useBuiltSite();

const linksOf = (page: Page) =>
  page.$$eval('#ket-qua a', (anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));

/** Runs a search from the URL, as the portal links to it; `all` pages through every result ("Xem thêm"). */
async function search(query: string, extra = '', all = false): Promise<{ page: Page; links: string[] }> {
  const page = await built.browser().newPage();
  await page.goto(`${built.site().url}tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|mang số ký hiệu/.test(document.querySelector('#trang-thai')?.textContent ?? ''), null, { timeout: 20_000 });
  while (all && (await page.isVisible('#xem-them'))) {
    const before = (await linksOf(page)).length;
    await page.click('#xem-them');
    await page.waitForFunction((count) => document.querySelectorAll('#ket-qua a').length > count || (document.querySelector('#xem-them') as HTMLElement).hidden, before);
  }
  return { page, links: await linksOf(page) };
}

const pathOf = (id: string) => `/van-ban/${id}/`;

describe('a document number in any spelling finds its page first', () => {
  const cases: Array<[string, string]> = [
    ['57/NQ-CP', '57/NQ-CP'],
    ['57/nq-cp', '57/NQ-CP'],
    ['57 NQ-CP', '57/NQ-CP'],
    ['NQ-CP 57', '57/NQ-CP'],
    ['57-NQ-CP', '57/NQ-CP'],
    ['nghị quyết 57', '57/NQ-CP'],
    ['5817/UBND-KTTH', '5817/UBND-KTTH'],
    ['5817 ubnd ktth', '5817/UBND-KTTH'],
    ['94-KL/TW', '94-KL/TW'],
    ['94 KL TW', '94-KL/TW'],
    ['107/2021/NĐ-CP', '107/2021/NĐ-CP'],
    ['107/2021/ND-CP', '107/2021/NĐ-CP'],
  ];
  for (const [query, numberSymbol] of cases) {
    it(`"${query}" → ${numberSymbol}`, async () => {
      const { page, links } = await search(query);
      expect(links[0]).toBe(pathOf(instrumentByNumber(numberSymbol).id));
      await page.close();
    });
  }
});

describe('Vietnamese with or without diacritics', () => {
  const held = generatedDocuments();
  const ocr = held.find((record) => record.sourceFile.startsWith('cv-ocr'))!;
  const baTo = held.find((record) => record.sourceFile.startsWith('kh-ubnd-ba-to'))!;

  it.each([['trien khai'], ['triển khai'], ['quang ngai'], ['Quảng Ngãi']])('"%s" finds documents', async (query) => {
    const { page, links } = await search(query, '', true);
    expect(links.filter((link) => held.some((record) => link === pathOf(record.id))).length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('"dang" finds Đảng (d typed for đ)', async () => {
    const { page, links } = await search('dang', '', true);
    expect(links).toContain(pathOf(baTo.id));
    await page.close();
  });

  it.each([['kết luận'], ['triển khai'], ['Két luan']])('"%s" finds the OCR document with its broken diacritics', async (query) => {
    const { page, links } = await search(query, '', true);
    expect(links).toContain(pathOf(ocr.id));
    await page.close();
  });

  it('a quoted phrase matches the phrase', async () => {
    const { page, links } = await search('"kết nghĩa"');
    expect(links.length).toBeGreaterThan(0);
    const texts = await page.$$eval('#ket-qua .trich-doan', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(texts.every((text) => /kết nghĩa/i.test(text))).toBe(true);
    await page.close();
  });

  it('results show the citation form, date, issuer and a highlighted excerpt', async () => {
    const { page } = await search('liên kết vùng');
    const first = page.locator('#ket-qua li').first();
    await expect(first.locator('a').textContent()).resolves.toMatch(/\S/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('filters and sorting', () => {
  it('a type filter narrows the results', async () => {
    const all = await search('triển khai', '', true);
    const filtered = await search('triển khai', `&loai=${encodeURIComponent('Kế hoạch')}`, true);
    expect(filtered.links.length).toBeGreaterThan(0);
    expect(filtered.links.length).toBeLessThan(all.links.length);
    await all.page.close();
    await filtered.page.close();
  });
});

describe('sorting by date, over an index merged from several bundles', () => {
  const datesOf = (page: Page) =>
    page.$$eval('#ket-qua li', (items) => items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? null));

  it.each([
    ['moi', 'newest first'],
    ['cu', 'oldest first'],
  ])('sap-xep=%s lists every match %s, undated ones last', async (order) => {
    const relevance = await search('quảng ngãi', '', true);
    const sorted = await search('quảng ngãi', `&sap-xep=${order}`, true);
    expect([...sorted.links].sort()).toEqual([...relevance.links].sort());
    const dates = await datesOf(sorted.page);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated.length).toBeGreaterThan(5);
    // Undated results (no <time>) come after every dated one.
    expect(dates.slice(0, dated.length)).toEqual(dated);
    const expected = [...dated].sort();
    expect(dated).toEqual(order === 'moi' ? expected.reverse() : expected);
    // The results span more than one bundle's years (see pagefind/goi.json of the test build).
    expect(new Set(dated.map((date) => date.slice(0, 4))).size).toBeGreaterThan(2);
    await relevance.page.close();
    await sorted.page.close();
  });
});

describe('number look-up /tra-cuu/', () => {
  it('goes straight to the page of an unambiguous number', async () => {
    const page = await built.browser().newPage();
    await page.goto(`${built.site().url}tra-cuu/?so=${encodeURIComponent('57/NQ-CP')}`);
    await page.waitForURL((url) => url.pathname.startsWith('/van-ban/'));
    expect(new URL(page.url()).pathname).toBe(pathOf(instrumentByNumber('57/NQ-CP').id));
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header search form is a plain GET form that reaches the search page, which offers the lists', async () => {
    const context = await built.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(built.site().url);
    await page.fill('#hop-tim-kiem', '57/NQ-CP');
    await page.press('#hop-tim-kiem', 'Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/tim-kiem/'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('57/NQ-CP');
    expect(await page.locator('noscript').first().innerHTML()).toContain('/van-ban/');
    await context.close();
  });
});

describe('while a query is typed', () => {
  it('fetches the search library for words, before Enter, and nothing for a number the look-up answers', async () => {
    const page = await built.browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${built.site().url}tim-kiem/`);
    await page.type('#q', '57/NQ-CP', { delay: 30 });
    await page.waitForTimeout(1_000);
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.fill('#q', '');
    const library = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'), { timeout: 10_000 });
    await page.type('#q', 'triển khai', { delay: 30 });
    await library;
    // Nothing was searched yet: no result, and the query is not in the URL until Enter.
    expect(await page.locator('#ket-qua li').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelector('#ket-qua li') !== null, null, { timeout: 20_000 });
    await page.close();
  });
});
