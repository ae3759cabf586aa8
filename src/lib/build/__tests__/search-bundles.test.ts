/** Pins how the search index is split: whole years, newest first, bounded size, undated pages last. */
import { describe, expect, it } from 'vitest';
import { splitIntoBundles, type IndexedPage } from '../search-bundles.ts';

const page = (name: string, date: string | null, bytes = 10): IndexedPage => ({ path: `van-ban/${name}/index.html`, date, bytes });
const summary = (pages: IndexedPage[], max: number) =>
  splitIntoBundles(pages, max).map((bundle) => ({ folder: bundle.folder, years: bundle.years, pages: bundle.pages.map((p) => p.path.split('/')[1]) }));

describe('search bundles', () => {
  it('is one bundle in pagefind/ when everything fits', () => {
    expect(summary([page('a', '2024-01-02'), page('b', '2023'), page('c', null)], 100)).toEqual([
      { folder: 'pagefind/', years: ['2024', '2023'], pages: ['a', 'b', 'c'] },
    ]);
  });

  it('groups whole years, newest first, within the size limit, with undated pages in the last bundle', () => {
    const pages = [
      page('x2022', '2022-05-01', 30), page('a2024', '2024-10-29', 20), page('b2024', '2024-02', 20),
      page('c2023', '2023-12-31', 30), page('khong-ro', null, 5), page('d2021', '2021', 30),
    ];
    expect(summary(pages, 60)).toEqual([
      { folder: 'pagefind/', years: ['2024'], pages: ['a2024', 'b2024'] },
      { folder: 'pagefind/goi-2/', years: ['2023', '2022'], pages: ['c2023', 'x2022'] },
      { folder: 'pagefind/goi-3/', years: ['2021'], pages: ['d2021', 'khong-ro'] },
    ]);
  });

  it('keeps a year larger than the limit whole, in a bundle of its own', () => {
    expect(summary([page('a', '2024-01-01', 50), page('b', '2024-06-01', 50), page('c', '2023-01-01', 10)], 40)).toEqual([
      { folder: 'pagefind/', years: ['2024'], pages: ['a', 'b'] },
      { folder: 'pagefind/goi-2/', years: ['2023'], pages: ['c'] },
    ]);
  });

  it('puts every page in exactly one bundle', () => {
    const pages = Array.from({ length: 200 }, (_, i) => page(`p${i}`, i % 17 === 0 ? null : `${2000 + (i % 25)}-01-01`, 1 + (i % 7)));
    const bundles = splitIntoBundles(pages, 40);
    expect(bundles.flatMap((bundle) => bundle.pages).map((p) => p.path).sort()).toEqual(pages.map((p) => p.path).sort());
    const years = bundles.flatMap((bundle) => bundle.years);
    expect(new Set(years).size).toBe(years.length);
    expect(years).toEqual([...years].sort().reverse());
  });
});
