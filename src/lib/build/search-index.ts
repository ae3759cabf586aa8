/**
 * Builds the Pagefind indexes over the built site with Pagefind's Node API. Each document or instrument
 * page is read for its searchable text, metadata and filters (src/lib/build/page-text.ts) and given to
 * Pagefind written in index words (src/lib/build/search-record.ts): held documents in bundles of whole
 * years, cited-only instruments in an index of their own (src/lib/build/search-bundles.ts), each bundle in
 * a fresh Pagefind process so that its memory is returned before the next (their HTML waits in a file:
 * src/lib/build/record-staging.ts). Any indexing error fails the
 * build; the index service is closed in `finally`. Then the precomputed first pages of the most common
 * queries (src/lib/build/first-pages.ts, in a process of its own: scripts/first-pages.ts), and
 * `pagefind/goi.json`: the bundles and the first pages' shards.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { t } from '../../i18n/t.ts';
import { forEachLimited, IO_CONCURRENCY } from '../ingest/concurrency.ts';
import { DOCUMENT_FOLDER, routes } from '../routes/paths.ts';
import { INCLUDE_CHARACTERS } from '../search/index-words.ts';
import { openRecordStaging, type RecordStaging, type StagedRecord } from './record-staging.ts';
import { readPageText } from './page-text.ts';
import { searchRecordHtml } from './search-record.ts';
import { splitIntoBundles, type BundleManifest, type BundleScope, type IndexedPage, type SearchBundle } from './search-bundles.ts';

/**
 * Default bundle size, in bytes of the HTML given to Pagefind (index words): Pagefind peaks at about 27
 * bytes of memory per byte of it (536 MB for the 18 MB of 1,000 synthetic documents; 4.7 GB for 10,000 in
 * one index). Measured on the pages of an older 10,000-document build, the step's peak, Pagefind's process
 * and this one together: 3.0 GB with 100 MB bundles and 2.9 GB with 90 MB (two held bundles), 2.8 GB with
 * 80 MB (three); on the pages of today's build 3.24 GB with 90 MB (BENCHMARKS.md).
 */
export const DEFAULT_BUNDLE_BYTES = 90 * 2 ** 20;

/** The bundle size from `SEARCH_BUNDLE_MB` (megabytes of index HTML), else the default; a bad value is an error. */
export function searchBundleBytes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_BUNDLE_BYTES;
  const megabytes = Number(value);
  if (!(megabytes > 0)) throw new Error(`SEARCH_BUNDLE_MB phải là một số dương (megabyte), không phải "${value}"`);
  return megabytes * 2 ** 20;
}

/** A page to index: where it is, its scope and the HTML Pagefind reads for it. */
interface SearchPage extends IndexedPage { id: string; scope: BundleScope; record: StagedRecord }

/** Every document and instrument page that declares a Pagefind body, read and written in index words. */
async function searchPages(site: string, staging: RecordStaging): Promise<SearchPage[]> {
  const folder = path.join(site, DOCUMENT_FOLDER);
  const ids = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const pages: Array<SearchPage | null> = new Array(ids.length).fill(null);
  const held = t('scope.held');
  await forEachLimited(ids, IO_CONCURRENCY, async (id, index) => {
    const relative = routes.document(id);
    // A folder without a page is skipped; any other read error fails the build.
    const html = await readFile(path.join(site, relative, 'index.html'), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (html === null) return;
    const text = readPageText(html);
    if (!text.body) return;
    const scope = text.filters['pham-vi']?.includes(held) ? 'held' : 'cited';
    // An OCR-damaged document's page says so in its meta (`ocr`, from its record: src/lib/ocr/damage.ts).
    const record = searchRecordHtml(text);
    pages[index] = { id, path: relative, scope, date: text.sort.date ?? null, bytes: Buffer.byteLength(record), record: await staging.put(record) };
  });
  return pages.filter((page): page is SearchPage => page !== null);
}

async function indexBundle(pages: SearchPage[], staging: RecordStaging, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', includeCharacters: INCLUDE_CHARACTERS });
  try {
    if (!index) throw new Error(`pagefind: không tạo được chỉ mục (${errors.join('; ')})`);
    // The bundle's HTML read back first: Pagefind numbers pages in the order they are added, and the same
    // order every build keeps the index byte for byte the same.
    const records = await Promise.all(pages.map((page) => staging.get(page.record)));
    await forEachLimited(pages, 8, async (page, number) => {
      const added = await index.addHTMLFile({ url: page.path, content: records[number]! });
      if (added.errors.length > 0) throw new Error(`pagefind: lỗi khi lập chỉ mục ${page.path}: ${added.errors.join('; ')}`);
    });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
    return pages.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * The first pages' heap: with the machine's default V8 lets it grow to about 2.8 GB at 10,000 documents
 * (its live data stays near 1 GB); bounded, 1.6 GB for 10% more time (46 s against 40 s there).
 */
const FIRST_PAGES_HEAP_MB = 1800;

async function firstPagesProcess(site: string, folders: string[]): Promise<{ shards: number; queries: number }> {
  const script = path.resolve(import.meta.dirname, '../../../scripts/first-pages.ts');
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${FIRST_PAGES_HEAP_MB}`, script, site, ...folders], { maxBuffer: 2 ** 20 }).catch((error: { stderr?: string; message: string }) => {
    throw new Error(error.stderr?.trim() || error.message);
  });
  return JSON.parse(stdout) as { shards: number; queries: number };
}

export async function buildSearchIndex(
  site: string,
  maxBundleBytes: number = DEFAULT_BUNDLE_BYTES,
): Promise<{ pages: number; bundles: number; firstPages: number; milliseconds: number }> {
  const started = performance.now();
  const staging = await openRecordStaging(path.join(path.dirname(path.resolve(site)), `.pagefind-records-${process.pid}`));
  let indexed = 0;
  let bundles: SearchBundle[];
  try {
    const pages = await searchPages(site, staging);
    if (pages.length === 0) throw new Error(`pagefind: không có trang nào trong ${site} để lập chỉ mục`);
    bundles = (['held', 'cited'] as const).flatMap((scope) => {
      const inScope = pages.filter((page) => page.scope === scope);
      return inScope.length === 0 ? [] : splitIntoBundles(inScope, maxBundleBytes, scope);
    });
    for (const bundle of bundles) indexed += await indexBundle(bundle.pages as SearchPage[], staging, path.join(site, bundle.folder));
  } finally {
    await staging.close();
  }
  const held = bundles.filter((bundle) => bundle.scope === 'held');
  const firstPages = await firstPagesProcess(site, held.map((bundle) => bundle.folder));
  const manifest: BundleManifest = { bundles: bundles.map(({ folder, scope, years }) => ({ folder, scope, years })), firstPages: firstPages.shards };
  await writeFile(path.join(site, 'pagefind/goi.json'), `${JSON.stringify(manifest)}\n`);
  return { pages: indexed, bundles: bundles.length, firstPages: firstPages.queries, milliseconds: performance.now() - started };
}
