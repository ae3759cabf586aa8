/**
 * Search cost in headless Chromium on a gzip-serving local server: bytes and time to first results for a
 * number query and a word query, first search (library included) and a later one in the same page.
 */
import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveGzip } from './gzip-server.ts';
import { routes } from '../../src/lib/routes/paths.ts';

export interface QueryCost { query: string; firstKb: number; firstMs: number; laterKb: number; laterMs: number }
export interface SearchFigures { number: QueryCost; word: QueryCost }

export async function searchCost(dist: string, instrumentsFile: string): Promise<SearchFigures | null> {
  const instruments = JSON.parse(await readFile(instrumentsFile, 'utf8')) as Array<{ numberSymbol: string | null; held: boolean }>;
  const numbered = instruments.filter((instrument) => instrument.held && instrument.numberSymbol && !instrument.numberSymbol.startsWith('…'));
  if (numbered.length < 2) return null;
  const server = await serveGzip(dist);
  const browser = await launchBrowser();
  try {
    const run = async (first: string, later: string): Promise<QueryCost> => {
      const page = await browser.newPage();
      await page.goto(`${server.url}${routes.search()}`);
      const once = async (query: string) => {
        server.reset();
        const started = Date.now();
        await page.fill('#q', query);
        await page.press('#q', 'Enter');
        await page.waitForFunction((q) => (document.querySelector('#trang-thai')?.textContent ?? '').includes(q) && document.querySelector('#ket-qua li') !== null, query, { timeout: 60_000 });
        return { kb: server.bytes() / 1024, ms: Date.now() - started };
      };
      const a = await once(first);
      const b = await once(later);
      await page.close();
      return { query: `${first} → ${later}`, firstKb: a.kb, firstMs: a.ms, laterKb: b.kb, laterMs: b.ms };
    };
    return {
      number: await run(numbered[0]!.numberSymbol!, numbered[Math.floor(numbered.length / 2)]!.numberSymbol!),
      word: await run('triển khai', 'quy hoạch'),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
