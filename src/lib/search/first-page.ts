/**
 * Precomputed first pages of results (written by src/lib/build/first-pages.ts): for the most common one-
 * unit queries (a word pair such as `triển khai`, a lone syllable), the exact count and the first page of
 * exact results, by folded unit and by spelling. The search page answers such a query with one small file
 * and the fragments of the results shown, without the Pagefind library or its index; Pagefind answers the
 * rest (the next pages, near matches, filters, sorts, other queries). Files are
 * `pagefind/trang-dau/{i}.json`, `i` a hash of the folded unit over `firstPages` files (pagefind/goi.json).
 */
import type { Hit } from './engine.ts';

/** A result of a first page: the held bundle it is in (its place in goi.json), its fragment, its matches. */
export type FirstPageHit = [bundle: number, fragment: string, words: number[]];

export interface FirstPageEntry {
  /** Exact results in all. */
  exact: number;
  hits: FirstPageHit[];
}

/** One shard: by folded unit, then by the unit as the query spells it (its diacritics). */
export type FirstPageShard = Record<string, Record<string, FirstPageEntry>>;

export const FIRST_PAGE_FOLDER = 'pagefind/trang-dau/';

/** A unit folded as the index folds it (marks off, so d + stroke is d), lower case. */
export function foldedKey(unit: string): string {
  return unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The shard of a folded unit (FNV-1a over its UTF-16 code units). */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** A Pagefind fragment read without the library: gzip, then Pagefind's `pagefind_dcd` signature, then JSON. */
async function readFragment(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  const signature = (data: Uint8Array) => new TextDecoder().decode(data.slice(0, 12)) === 'pagefind_dcd';
  if (!signature(bytes)) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  if (!signature(bytes)) throw new Error(`${url}: không phải mảnh chỉ mục Pagefind`);
  return JSON.parse(new TextDecoder().decode(bytes.slice(12)));
}

/** The hits of a first page, as the engine's hits (same keys), their fragments read on demand. */
export function firstPageHits(base: string, folders: string[], hits: FirstPageHit[]): Hit[] {
  return hits.map(([bundle, fragment, words], rank) => ({
    key: `${bundle}:${fragment}`,
    index: bundle,
    rank,
    held: true,
    score: -rank,
    tier: 0,
    words,
    data: async () => ({ ...((await readFragment(`${base}${folders[bundle]}fragment/${fragment}.pf_fragment`)) as object), locations: words }),
  }));
}

const shardFiles = new Map<string, Promise<FirstPageShard>>();

/** The precomputed answer to a one-unit query, or null when there is none (Pagefind answers it). */
export async function precomputedFirstPage(base: string, shards: number, unit: string): Promise<FirstPageEntry | null> {
  if (shards <= 0) return null;
  const key = foldedKey(unit);
  const url = `${base}${FIRST_PAGE_FOLDER}${shardOf(key, shards)}.json`;
  let shard = shardFiles.get(url);
  if (!shard) {
    shard = fetch(url).then((response) => (response.ok ? (response.json() as Promise<FirstPageShard>) : {}));
    shard.catch(() => shardFiles.delete(url));
    shardFiles.set(url, shard);
  }
  return (await shard)[key]?.[unit.normalize('NFC').toLowerCase()] ?? null;
}
