/**
 * Search in real Chromium: numbers in any spelling, words with or without diacritics, exact results apart
 * from near matches, filters and browsing without a query, sorting over several bundles, the phone layout,
 * the look-up and the no-JS form. Precision and recall over many queries: tests/browser/relevance.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { instrumentByNumber } from '../support/records.ts';
import { searchPage, type SearchOutcome } from '../support/search.ts';
import { generatedDocuments } from '../support/site.ts';

const built = useBuiltSite();
const search = (query: string, extra = '', all = false): Promise<SearchOutcome> => searchPage(built.browser(), built.site().url, query, extra, all);
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

describe('words, with or without diacritics', () => {
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

  it.each([['kết luận'], ['triển khai'], ['Két luan']])('"%s" finds the OCR document with its broken diacritics, marked as OCR', async (query) => {
    const { page, links } = await search(query, '', true);
    expect(links).toContain(pathOf(ocr.id));
    const row = page.locator('#ket-qua li', { has: page.locator(`a[href="${pathOf(ocr.id)}"]`) });
    expect(await row.locator('.badge-ocr').count()).toBe(1);
    await page.close();
  });

  it('marks the OCR document among the results as possibly misspelt, and no other', async () => {
    const { page } = await search('triển khai', '', true);
    const rows = await page.$$eval('#ket-qua li', (items) =>
      items.map((item) => ({ path: new URL(item.querySelector('a')!.href).pathname, note: item.querySelector('.badge-ocr')?.textContent ?? null })),
    );
    expect(rows.find((row) => row.path === pathOf(ocr.id))?.note).toBe('Văn bản nhận dạng quang học (OCR), có thể sai chính tả');
    expect(rows.filter((row) => row.note !== null).map((row) => row.path)).toEqual([pathOf(ocr.id)]);
    await page.close();
  });

  it('a quoted phrase matches the phrase', async () => {
    const { page, links } = await search('"kết nghĩa"');
    expect(links.length).toBeGreaterThan(0);
    const texts = await page.$$eval('#ket-qua .trich-doan', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(texts.every((text) => /kết nghĩa/i.test(text))).toBe(true);
    await page.close();
  });

  it('results show the title, date, issuer and a highlighted excerpt in words as written', async () => {
    const { page } = await search('liên kết vùng');
    const first = page.locator('#ket-qua li').first();
    await expect(first.locator('a').textContent()).resolves.toMatch(/\S/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#ket-qua').textContent()).not.toMatch(/\u203F|\u0335/);
    await page.close();
  });

  it('says plainly when nothing holds the words, and lists near matches apart', async () => {
    const none = await search('xyzabc');
    expect(none.status).toMatch(/Không có trang nào/);
    expect(none.links).toEqual([]);
    await none.page.close();
    const near = await search('Quảng Ng');
    expect(near.links.length).toBe(0);
    expect(near.nearLinks.length).toBeGreaterThan(0);
    expect(await near.page.isVisible('#ket-qua-gan-dung')).toBe(true);
    expect(await near.page.textContent('#gan-dung h2')).toBe('Kết quả gần đúng');
    await near.page.close();
  });
});

describe('filters, browsing and sorting', () => {
  it('a type filter narrows the results', async () => {
    const all = await search('triển khai', '', true);
    const filtered = await search('triển khai', `&loai=${encodeURIComponent('Kế hoạch')}`, true);
    expect(filtered.links.length).toBeGreaterThan(0);
    expect(filtered.links.length).toBeLessThan(all.links.length);
    await all.page.close();
    await filtered.page.close();
  });

  it('a filter without a query lists the documents, cited instruments when asked', async () => {
    const held = generatedDocuments();
    const listed = await search('', `&loai=${encodeURIComponent('Công văn')}`, true);
    const expected = held.filter((record) => record.docType === 'Công văn').map((record) => pathOf(record.id));
    expect([...listed.links].sort()).toEqual([...expected].sort());
    expect(listed.status).toMatch(new RegExp(`^${expected.length} văn bản`));
    await listed.page.close();
    const cited = await search('', '&pham-vi=dan-chieu&nam=2022', true);
    expect(cited.links).toContain(pathOf(instrumentByNumber('57/NQ-CP').id));
    await cited.page.close();
  });

  it('a date range lists what lies within it', async () => {
    // Dated to the day, the month or the year: in the range when that day, month or year lies wholly within it.
    const held = generatedDocuments().filter((record) => record.date?.iso.startsWith('2024'));
    expect(held.length).toBeGreaterThan(1);
    const listed = await search('', '&tu-ngay=2024-01-01&den-ngay=2024-12-31', true);
    expect([...listed.links].sort()).toEqual(held.map((record) => pathOf(record.id)).sort());
    await listed.page.close();
  });
});

describe('sorting by date, over an index merged from several bundles', () => {
  const datesOf = (page: Page) =>
    page.$$eval('#ket-qua li', (items) => items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? null));

  it.each([
    ['moi', 'newest first'],
    ['cu', 'oldest first'],
  ])('sap-xep=%s lists every match %s, undated ones last', async (order) => {
    const relevance = await search('quảng ngãi', '&pham-vi=tat-ca', true);
    const sorted = await search('quảng ngãi', `&pham-vi=tat-ca&sap-xep=${order}`, true);
    expect([...sorted.links].sort()).toEqual([...relevance.links].sort());
    const dates = await datesOf(sorted.page);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated.length).toBeGreaterThan(5);
    // Undated results (no <time>) come after every dated one.
    expect(dates.slice(0, dated.length)).toEqual(dated);
    const expected = [...dated].sort();
    expect(dated).toEqual(order === 'moi' ? expected.reverse() : expected);
    expect(new Set(dated.map((date) => date.slice(0, 4))).size).toBeGreaterThan(2);
    await relevance.page.close();
    await sorted.page.close();
  });
});

describe('on a phone (390×844)', () => {
  it('has one search box, the filters folded, and after a search the count and first results on the first screen', async () => {
    const context = await built.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${built.site().url}tim-kiem/`);
    await page.waitForSelector('.tim-kiem.san-sang');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('details.bo-loc').getAttribute('open')).toBeNull();
    await page.fill('#q', 'triển khai');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#ket-qua li').length > 0, null, { timeout: 20_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tieu-de-ket-qua');
    expect(await page.getAttribute('#trang-thai', 'aria-live')).toBe('polite');
    const bottoms = await page.evaluate(() => ({
      status: document.querySelector('#trang-thai')!.getBoundingClientRect().bottom,
      first: document.querySelector('#ket-qua li a')!.getBoundingClientRect().bottom,
      height: window.innerHeight,
    }));
    expect(bottoms.status).toBeLessThan(bottoms.height);
    expect(bottoms.first).toBeLessThan(bottoms.height);
    await context.close();
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

describe('a common word, answered from its precomputed first page', () => {
  it('shows the first page without the Pagefind library, which loads only for more', async () => {
    const page = await built.browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${built.site().url}tim-kiem/?q=${encodeURIComponent('quảng ngãi')}`);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.querySelector('#trang-thai')?.textContent ?? ''), null, { timeout: 20_000 });
    expect(fetched.some((path) => path.includes('/pagefind/trang-dau/'))).toBe(true);
    expect(fetched.filter((path) => /pagefind\.js$|\.pf_meta$|\.pf_index$/.test(path))).toEqual([]);
    // Every seed holds Quảng Ngãi (the OCR one as "Quang Ngai"): all five, counted.
    const held = generatedDocuments();
    expect(await page.textContent('#trang-thai')).toMatch(new RegExp(`^Tìm thấy ${held.length} kết quả`));
    const links = await page.$$eval('#ket-qua a.tieu-de-ket-qua', (anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect([...links].sort()).toEqual(held.map((record) => pathOf(record.id)).sort());
    expect(await page.locator('#ket-qua mark').count()).toBeGreaterThan(0);
    // Near matches come from Pagefind, when asked for.
    await page.click('#tim-gan-dung');
    await page.waitForFunction(() => (document.querySelector('#tim-gan-dung') as HTMLElement).hidden);
    await page.close();
  });
});

describe('while a query is typed', () => {
  it('fetches what the answer needs before Enter: the first page of a common word, the library for a phrase, nothing for a number', async () => {
    const page = await built.browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${built.site().url}tim-kiem/`);
    await page.type('#q', '57/NQ-CP', { delay: 30 });
    await page.waitForTimeout(1_000);
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.fill('#q', '');
    const shard = page.waitForRequest((request) => request.url().includes('/pagefind/trang-dau/'), { timeout: 10_000 });
    await page.type('#q', 'triển khai', { delay: 30 });
    await shard;
    await page.waitForTimeout(500);
    expect(fetched.filter((path) => path.endsWith('/pagefind.js'))).toEqual([]);
    await page.fill('#q', '');
    const library = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'), { timeout: 10_000 });
    await page.type('#q', 'kết nghĩa giữa', { delay: 30 });
    await library;
    // Nothing was searched yet: no result, and the query is not in the URL until Enter.
    expect(await page.locator('#ket-qua li').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelector('#ket-qua li') !== null, null, { timeout: 20_000 });
    await page.close();
  });
});
