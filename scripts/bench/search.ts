/**
 * Search cost in headless Chromium on a gzip-serving local server: for a number query and word queries,
 * the first search of a page (library included) and later ones in the same page, the bytes the server sent
 * by kind (library, index metadata, index chunks, filter index, fragments, precomputed first pages, other), the bundles they came
 * from, and the time from Enter to the first result shown.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { routes } from '../../src/lib/routes/paths.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveGzip, type CountingServer } from './gzip-server.ts';

export const BYTE_KINDS = ['library', 'metadata', 'chunks', 'filters', 'fragments', 'firstPages', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

export interface QueryCost {
  query: string;
  /** The first search of the page (the library loads) or a later one. */
  first: boolean;
  kb: number;
  byKind: Record<ByteKind, number>;
  /** Index folders (bundles) the search read from. */
  bundles: number;
  ms: number;
}
export interface SearchFigures { queries: QueryCost[] }

/** The word queries measured: a session of common words, then a rarer phrase in a fresh page. */
export const WORD_SESSIONS = [['triển khai', 'quy hoạch', 'chuyển đổi số', 'Ba Tơ'], ['chuyển đổi số']];

function kindOf(pathname: string): ByteKind {
  if (pathname.endsWith('.pf_meta')) return 'metadata';
  if (pathname.endsWith('.pf_index')) return 'chunks';
  if (pathname.endsWith('.pf_filter')) return 'filters';
  if (pathname.endsWith('.pf_fragment')) return 'fragments';
  if (pathname.includes('/pagefind/trang-dau/')) return 'firstPages';
  if (/\/pagefind\/(?:.*\/)?(?:pagefind[\w.-]*\.(?:js|json)|wasm\.[\w]+\.pagefind)$/.test(pathname)) return 'library';
  return 'other';
}

function costOf(server: CountingServer, query: string, first: boolean, ms: number): QueryCost {
  const byKind = Object.fromEntries(BYTE_KINDS.map((kind) => [kind, 0])) as Record<ByteKind, number>;
  const folders = new Set<string>();
  for (const [pathname, bytes] of server.sent()) {
    byKind[kindOf(pathname)] += bytes / 1024;
    // A bundle's folder: pagefind/, pagefind/goi-2/, pagefind/dan-chieu/, pagefind/dan-chieu/goi-2/…
    const folder = /^(.*?\/pagefind\/(?:dan-chieu\/)?(?:goi-\d+\/)?)/.exec(pathname)?.[1];
    if (folder && !pathname.endsWith('/goi.json') && !pathname.includes('/trang-dau/')) folders.add(folder);
  }
  return { query, first, kb: server.bytes() / 1024, byKind, bundles: folders.size, ms };
}

async function searchOnce(page: Page, server: CountingServer, query: string, first: boolean): Promise<QueryCost> {
  server.reset();
  const started = Date.now();
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('#trang-thai')?.textContent ?? '';
      return status.includes(q) && document.querySelector('#ket-qua li') !== null;
    },
    query,
    { timeout: 120_000 },
  );
  const ms = Date.now() - started;
  // Bytes of the answer as shown: the first page of results, with its fragments.
  await page.waitForLoadState('networkidle');
  return costOf(server, query, first, ms);
}

export async function searchCost(dist: string, instrumentsFile: string): Promise<SearchFigures | null> {
  const instruments = JSON.parse(await readFile(instrumentsFile, 'utf8')) as Array<{ numberSymbol: string | null; held: boolean }>;
  const numbered = instruments.filter((instrument) => instrument.held && instrument.numberSymbol && !instrument.numberSymbol.startsWith('…'));
  if (numbered.length < 2) return null;
  const server = await serveGzip(dist);
  const browser = await launchBrowser();
  const sessions = [[numbered[0]!.numberSymbol!, numbered[Math.floor(numbered.length / 2)]!.numberSymbol!], ...WORD_SESSIONS];
  try {
    const queries: QueryCost[] = [];
    for (const session of sessions) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${routes.search()}`);
      await page.waitForSelector('.tim-kiem.san-sang');
      for (const [index, query] of session.entries()) queries.push(await searchOnce(page, server, query, index === 0));
      await page.close();
    }
    return { queries };
  } finally {
    await browser.close();
    await server.close();
  }
}
