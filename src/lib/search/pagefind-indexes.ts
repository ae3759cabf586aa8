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
/** pagefind/goi.json (src/lib/build/search-bundles.ts): the bundles, and the shards of precomputed first pages. */
export interface Manifest { bundles: Bundle[]; firstPages: number }

/** Title words weigh most, then the subject and the issuer (result metadata written in index words). */
export const META_WEIGHTS: Record<string, number> = { title: 6, subject: 3, issuer: 2, date: 0 };
const PAGEFIND_OPTIONS = { ranking: { metaWeights: META_WEIGHTS } };

export interface LoadedIndex extends SearchIndex { folder: string; years: string[]; preload: (term: string) => Promise<void> }

export function pagefindIndexes(base: string): { manifest: () => Promise<Manifest>; load: (scopes: BundleScope[]) => Promise<LoadedIndex[]> } {
  let manifest: Promise<Manifest> | null = null;
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

  const read = (): Promise<Manifest> => {
    manifest ??= fetch(`${base}pagefind/goi.json`)
      .then((response): Promise<Partial<Manifest>> | Partial<Manifest> => (response.ok ? (response.json() as Promise<Partial<Manifest>>) : {}))
      .then((listed) => ({
        bundles: listed.bundles?.length ? listed.bundles : [{ folder: 'pagefind/', scope: 'held' as const, years: [] }],
        firstPages: listed.firstPages ?? 0,
      }));
    // A failed load (offline, say) is tried again by the next search.
    manifest.catch(() => (manifest = null));
    return manifest;
  };

  return {
    manifest: read,
    async load(scopes) {
      const { bundles } = await read();
      const wanted = scopes.flatMap((scope) => bundles.filter((bundle) => bundle.scope === scope));
      return Promise.all(wanted.map(open));
    },
  };
}
