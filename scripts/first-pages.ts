/**
 * The precomputed first pages of a built site (src/lib/build/first-pages.ts), as a process of its own so
 * that its memory is bounded and returned (the search index step starts it after Pagefind's bundles):
 * `node --max-old-space-size=… scripts/first-pages.ts <site> <held bundle folder>…`; prints its figures as JSON.
 */
import { precomputeFirstPages } from '../src/lib/build/first-pages.ts';

const [site, ...folders] = process.argv.slice(2);
if (!site || folders.length === 0) {
  console.error('first-pages: cần thư mục trang và các thư mục gói chỉ mục lưu trữ');
  process.exit(2);
}
try {
  console.log(JSON.stringify(await precomputeFirstPages(site, folders)));
} catch (error) {
  console.error(`first-pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
