/** Runs a search on the built site's search page in Chromium, as the portal links to it, and reads what it lists. */
import type { Browser, Page } from 'playwright-core';

export interface SearchOutcome { page: Page; status: string; links: string[]; nearLinks: string[] }

const linksOf = (page: Page, list: string) =>
  page.$$eval(`${list} a.tieu-de-ket-qua`, (anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));

/** Opens `tim-kiem/?q=…{extra}` and waits for the answer; `all` pages through every exact result ("Xem thêm"). */
export async function searchPage(browser: Browser, siteUrl: string, query: string, extra = '', all = false): Promise<SearchOutcome> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(
    () => {
      const text = document.querySelector('#trang-thai')?.textContent ?? '';
      return text !== '' && text !== 'Đang tìm…';
    },
    null,
    { timeout: 30_000 },
  );
  while (all && (await page.isVisible('#xem-them'))) {
    const before = (await linksOf(page, '#ket-qua')).length;
    await page.click('#xem-them');
    await page.waitForFunction((count) => document.querySelectorAll('#ket-qua li').length > count || (document.querySelector('#xem-them') as HTMLElement).hidden, before);
  }
  return {
    page,
    status: (await page.textContent('#trang-thai')) ?? '',
    links: await linksOf(page, '#ket-qua'),
    nearLinks: await linksOf(page, '#ket-qua-gan-dung'),
  };
}
