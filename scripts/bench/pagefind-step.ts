/** The Pagefind step alone, as its own process so that the benchmark can measure its time and memory. */
import path from 'node:path';
import { buildSearchIndex } from '../../src/lib/build/search-index.ts';

const { pages, milliseconds } = await buildSearchIndex(path.resolve(process.argv[2] ?? 'dist'));
console.log(`pagefind: ${pages} pages, ${(milliseconds / 1000).toFixed(1)} s`);
