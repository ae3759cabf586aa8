/**
 * Pagefind's own search in Node, over a built site: each held bundle's own copy of Pagefind's browser
 * script and WebAssembly, reading the index files from disk, wrapped as the search page wraps it
 * (src/lib/search/pagefind-indexes.ts), so that the search page's engine runs over it as in the browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchIndex } from '../../src/lib/search/engine.ts';
import { META_WEIGHTS } from '../../src/lib/search/pagefind-indexes.ts';

interface PagefindScript {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: SearchIndex['search'];
}

let served = false;

/** Pagefind's script fetches its files by URL: from disk here (file: URLs, as the script's own). */
function serveFiles(): void {
  if (served) return;
  served = true;
  const web = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.protocol === 'file:' ? new Response(readFileSync(url)) : web(input, init);
  }) as typeof fetch;
}

/** The held bundles of the site in `dist`, in pagefind/goi.json's order, searched by Pagefind itself. */
export async function pagefindHeldIndexes(dist: string): Promise<SearchIndex[]> {
  serveFiles();
  const manifest = JSON.parse(readFileSync(path.join(dist, 'pagefind/goi.json'), 'utf8')) as { bundles: Array<{ folder: string; scope: string }> };
  const indexes: SearchIndex[] = [];
  for (const bundle of manifest.bundles.filter((listed) => listed.scope === 'held')) {
    // The query makes each a module of its own, as each bundle's script is its own in the browser.
    const script = (await import(`${pathToFileURL(path.join(dist, bundle.folder, 'pagefind.js')).href}?${encodeURIComponent(dist)}`)) as PagefindScript;
    await script.options({ ranking: { metaWeights: META_WEIGHTS } });
    indexes.push({ held: true, search: (term, options) => script.search(term, options), exactDiacritics: (on) => script.options({ exactDiacritics: on }) });
  }
  return indexes;
}
