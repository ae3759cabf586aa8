/**
 * How the search index is split into bundles. Pagefind builds one index in memory at once, and its peak
 * grows with the text indexed (4.8 GB for 10,000 documents and their 15,000 instruments); bundles of at
 * most a given size, built one after another, keep the build under its memory target. The browser merges
 * them (Pagefind's `mergeIndex`).
 *
 * Bundles hold whole years, newest first, so that a search sorted by date can run bundle by bundle, each
 * restricted to its years with the `nam` filter, and concatenate; undated pages go in the last bundle.
 *
 * Held documents and cited-only instruments are indexed apart (`scope`): the search page loads the index of
 * cited instruments only when the reader asks for them, so that their pages (more numerous than the held
 * documents, and short) do not weigh on every search.
 */

/** A page Pagefind indexes: its path in the built site, its date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and size. */
export interface IndexedPage {
  path: string;
  date: string | null;
  bytes: number;
}

/** Which pages an index holds: documents the archive holds, or instruments only cited. */
export type BundleScope = 'held' | 'cited';

/** The folder of the first bundle of a scope; further ones are `goi-2/`, `goi-3/`… inside it. */
export const SCOPE_FOLDERS: Record<BundleScope, string> = { held: 'pagefind/', cited: 'pagefind/dan-chieu/' };

export interface SearchBundle {
  /** Folder of the bundle in the built site, ending in `/`: `pagefind/` for the first, `pagefind/goi-2/`… */
  folder: string;
  scope: BundleScope;
  /** The years of its dated pages, newest first. */
  years: string[];
  pages: IndexedPage[];
}

/** What the search page reads (`pagefind/goi.json`): the bundles of each scope, newest first. */
export interface BundleManifest {
  bundles: Array<{ folder: string; scope: BundleScope; years: string[] }>;
  /** Shard files of the precomputed first pages (src/lib/build/first-pages.ts), 0 for none. */
  firstPages: number;
}

/** Splits pages into bundles of whole years of at most `maxBytes` each (one year larger than that is one bundle). */
export function splitIntoBundles(pages: IndexedPage[], maxBytes: number, scope: BundleScope = 'held'): SearchBundle[] {
  const byYear = new Map<string, IndexedPage[]>();
  const undated: IndexedPage[] = [];
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (page.date === null) undated.push(page);
    else {
      const year = page.date.slice(0, 4);
      const list = byYear.get(year);
      if (list) list.push(page);
      else byYear.set(year, [page]);
    }
  }
  const groups: Array<{ years: string[]; pages: IndexedPage[]; bytes: number }> = [];
  for (const year of [...byYear.keys()].sort().reverse()) {
    const yearPages = byYear.get(year)!;
    const bytes = yearPages.reduce((sum, page) => sum + page.bytes, 0);
    const last = groups.at(-1);
    if (last && last.bytes + bytes <= maxBytes) {
      last.years.push(year);
      last.pages.push(...yearPages);
      last.bytes += bytes;
    } else {
      groups.push({ years: [year], pages: [...yearPages], bytes });
    }
  }
  if (groups.length === 0) groups.push({ years: [], pages: [], bytes: 0 });
  groups.at(-1)!.pages.push(...undated);
  return groups.map((group, index) => ({
    folder: index === 0 ? SCOPE_FOLDERS[scope] : `${SCOPE_FOLDERS[scope]}goi-${index + 1}/`,
    scope,
    years: group.years,
    pages: group.pages,
  }));
}
