/**
 * Builds the Pagefind index over the built site with Pagefind's Node API. Any indexing error fails
 * the build; counts and timing are logged; the index service is closed in `finally`.
 */
import * as pagefind from 'pagefind';

export async function buildSearchIndex(site: string): Promise<{ pages: number; milliseconds: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  try {
    if (!index) throw new Error(`pagefind: không tạo được chỉ mục (${errors.join('; ')})`);
    // Only document and instrument pages are indexed (they carry data-pagefind-body): reading the lists,
    // agency pages and data files too would cost time and memory for nothing.
    const added = await index.addDirectory({ path: site, glob: 'van-ban/*/index.html' });
    if (added.errors.length > 0) throw new Error(`pagefind: lỗi khi lập chỉ mục ${site}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`pagefind: không có trang nào trong ${site} được lập chỉ mục`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: lỗi khi ghi chỉ mục: ${written.errors.join('; ')}`);
    return { pages: added.page_count, milliseconds: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
