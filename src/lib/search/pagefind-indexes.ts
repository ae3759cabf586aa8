/**
 * The Pagefind indexes of the site in the browser: `pagefind/goi.json` lists the bundles (held documents,
 * cited-only instruments; src/lib/build/search-bundles.ts). Each bundle is searched through its own copy
 * of the Pagefind library (the one Pagefind wrote into its folder), so that each can be switched to exact
 * diacritics for the ranking: instances of one library share one WebAssembly memory, and a second index
 * loaded into it corrupts the first, while `mergeIndex` takes options only once. The index of cited
 * instruments is loaded only when the reader's scope asks for it.
 */
import type { SearchIndex } from './engine.ts';

interface PagefindInstance {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: SearchIndex['search'];
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
}

export type BundleScope = 'held' | 'cited';
interface Bundle { folder: string; scope: BundleScope; years: string[] }

/** Title words weigh most, then the subject and the issuer (result metadata written in index words). */
const PAGEFIND_OPTIONS = { ranking: { metaWeights: { title: 6, subject: 3, issuer: 2, date: 0 } } };

export interface LoadedIndex extends SearchIndex { folder: string; years: string[]; preload: (term: string) => Promise<void> }

export function pagefindIndexes(base: string): { load: (scopes: BundleScope[]) => Promise<LoadedIndex[]> } {
  let manifest: Promise<Bundle[]> | null = null;
  const loaded = new Map<string, Promise<LoadedIndex>>();

  const open = (bundle: Bundle): Promise<LoadedIndex> => {
    const cached = loaded.get(bundle.folder);
    if (cached) return cached;
    const created = (async () => {
      const instance = (await import(/* @vite-ignore */ `${base}${bundle.folder}pagefind.js`)) as PagefindInstance;
      await instance.options(PAGEFIND_OPTIONS);
      return {
        folder: bundle.folder,
        years: bundle.years,
        held: bundle.scope === 'held',
        search: (term, options) => instance.search(term, options),
        exactDiacritics: (on) => instance.options({ exactDiacritics: on }),
        preload: (term) => instance.preload(term),
      } satisfies LoadedIndex;
    })();
    created.catch(() => loaded.delete(bundle.folder));
    loaded.set(bundle.folder, created);
    return created;
  };

  return {
    async load(scopes) {
      manifest ??= fetch(`${base}pagefind/goi.json`)
        .then((response) => (response.ok ? (response.json() as Promise<{ bundles: Bundle[] }>) : { bundles: [] }))
        .then((listed) => (listed.bundles.length > 0 ? listed.bundles : [{ folder: 'pagefind/', scope: 'held' as const, years: [] }]));
      // A failed load (offline, say) is tried again by the next search.
      manifest.catch(() => (manifest = null));
      const bundles = await manifest;
      const wanted = scopes.flatMap((scope) => bundles.filter((bundle) => bundle.scope === scope));
      return Promise.all(wanted.map(open));
    },
  };
}
