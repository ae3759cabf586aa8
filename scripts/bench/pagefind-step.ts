/** The Pagefind step alone, as its own process so that the benchmark can measure its time and memory. */
import path from 'node:path';
import { buildSearchIndex, searchBundleBytes } from '../../src/lib/build/search-index.ts';

const { pages, bundles, firstPages, milliseconds } = await buildSearchIndex(path.resolve(process.argv[2] ?? 'dist'), searchBundleBytes(process.env.SEARCH_BUNDLE_MB));
console.log(`pagefind: ${pages} pages in ${bundles} bundles, first pages for ${firstPages} queries, ${(milliseconds / 1000).toFixed(1)} s`);
