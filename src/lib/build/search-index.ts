/**
 * Builds the Pagefind index over the built site with Pagefind's Node API, in bundles of whole years
 * (src/lib/build/search-bundles.ts) built one after another, each in a fresh Pagefind process so that its
 * memory is returned before the next. Any indexing error fails the build; the index service is closed in
 * `finally`. Writes `pagefind/goi.json`, the list of bundles the search page merges.
 */
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { forEachLimited, IO_CONCURRENCY } from '../ingest/concurrency.ts';
import { DOCUMENT_FOLDER, DOCUMENT_PAGES_GLOB, routes } from '../routes/paths.ts';
import { splitIntoBundles, type BundleManifest, type IndexedPage, type SearchBundle } from './search-bundles.ts';

/**
 * Default bundle size, in bytes of page HTML: Pagefind peaks at about 9 bytes of memory per byte of HTML
 * (4.8 GB for 526 MB), so 200 MB bundles stay near 2 GB, under the 3 GB target.
 */
export const DEFAULT_BUNDLE_BYTES = 200 * 2 ** 20;

/** The bundle size from `SEARCH_BUNDLE_MB` (megabytes of page HTML), else the default; a bad value is an error. */
export function searchBundleBytes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_BUNDLE_BYTES;
  const megabytes = Number(value);
  if (!(megabytes > 0)) throw new Error(`SEARCH_BUNDLE_MB phải là một số dương (megabyte), không phải "${value}"`);
  return megabytes * 2 ** 20;
}

const SORT_DATE = /data-pagefind-sort="date\[data-value\]" data-value="([0-9-]+)"/;

/** The pages Pagefind indexes: document and instrument pages (they carry data-pagefind-body), with their dates. */
async function indexedPages(site: string): Promise<IndexedPage[]> {
  const names = (await readdir(path.join(site, DOCUMENT_FOLDER), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const pages: Array<IndexedPage | null> = new Array(names.length).fill(null);
  await forEachLimited(names, IO_CONCURRENCY, async (name, index) => {
    const relative = `${routes.document(name)}index.html`;
    // A folder without a page is skipped; any other read error fails the build.
    const html = await readFile(path.join(site, relative), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (html === null || !html.includes('data-pagefind-body')) return;
    pages[index] = { path: relative, date: SORT_DATE.exec(html)?.[1] ?? null, bytes: Buffer.byteLength(html) };
  });
  return pages.filter((page): page is IndexedPage => page !== null);
}

/** A folder holding (hard links to) only this bundle's pages, at the same paths, for Pagefind to read. */
async function stage(site: string, bundle: SearchBundle, staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  await forEachLimited(bundle.pages, IO_CONCURRENCY, async (page) => {
    const target = path.join(staging, page.path);
    await mkdir(path.dirname(target), { recursive: true });
    await link(path.join(site, page.path), target);
  });
}

async function indexBundle(root: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  try {
    if (!index) throw new Error(`pagefind: không tạo được chỉ mục (${errors.join('; ')})`);
    const added = await index.addDirectory({ path: root, glob: DOCUMENT_PAGES_GLOB });
    if (added.errors.length > 0) throw new Error(`pagefind: lỗi khi lập chỉ mục ${root}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`pagefind: không có trang nào trong ${root} được lập chỉ mục`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export async function buildSearchIndex(
  site: string,
  maxBundleBytes: number = DEFAULT_BUNDLE_BYTES,
): Promise<{ pages: number; bundles: number; milliseconds: number }> {
  const started = performance.now();
  const bundles = splitIntoBundles(await indexedPages(site), maxBundleBytes);
  const staging = path.join(path.dirname(path.resolve(site)), `.pagefind-staging-${process.pid}`);
  let pages = 0;
  try {
    for (const bundle of bundles) {
      // One bundle reads the site itself: only document and instrument pages (lists, agency pages and data
      // files would cost time and memory for nothing).
      if (bundles.length > 1) await stage(site, bundle, staging);
      pages += await indexBundle(bundles.length > 1 ? staging : site, path.join(site, bundle.folder));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const manifest: BundleManifest = { bundles: bundles.map(({ folder, years }) => ({ folder, years })) };
  await writeFile(path.join(site, 'pagefind/goi.json'), `${JSON.stringify(manifest)}\n`);
  return { pages, bundles: bundles.length, milliseconds: performance.now() - started };
}
