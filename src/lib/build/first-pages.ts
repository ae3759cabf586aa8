/**
 * Precomputed first pages of results (read by src/lib/search/first-page.ts) for the most common queries
 * (src/lib/build/first-page-queries.ts): the answers Pagefind gives at the highest cost — every position of
 * a common word is downloaded, and its search time grows with the square of the pages holding it — and the
 * queries readers type most. Each is answered at build time by the search page's own engine
 * (src/lib/search/engine.ts) over Pagefind's own search, replicated on the index Pagefind wrote
 * (src/lib/build/pagefind-replica.ts): the same exact results, in the same order, with the same excerpt
 * positions, and the same count. Only queries whose answer cannot depend on what the reader searched
 * before get one (see `wholeInChunks`); Pagefind answers everything else, and everything past the first page.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { answerQuery } from '../search/engine.ts';
import { FIRST_PAGE_FOLDER, foldedKey, shardOf, type FirstPageHit, type FirstPageShard } from '../search/first-page.ts';
import { META_WEIGHTS } from '../search/pagefind-indexes.ts';
import { planQuery, type QueryPlan } from '../search/query-plan.ts';
import { commonQueries } from './first-page-queries.ts';
import { readPagefindBundle, type PagefindBundle } from './pagefind-files.ts';
import { DEFAULT_RANKING } from './pagefind-ranking.ts';
import { pagefindQuery, replicaIndex, wholeInChunks } from './pagefind-replica.ts';

export const FIRST_PAGE_SIZE = 10;
const QUERIES_PER_SHARD = 8;
/** A pair held by 1% of the held documents (and by two) is common. */
const COMMON_SHARE = 0.01;

/**
 * How many pairs get a first page (`FIRST_PAGE_PAIRS`, 300 by default), each in two spellings, and half as
 * many phrases: the build's time grows with the pages holding them (about a minute at 10,000 documents).
 */
export function firstPagePairs(value = process.env.FIRST_PAGE_PAIRS): number {
  if (value === undefined || value.trim() === '') return 300;
  const pairs = Number(value);
  if (!Number.isInteger(pairs) || pairs < 0) throw new Error(`FIRST_PAGE_PAIRS phải là một số nguyên không âm, không phải "${value}"`);
  return pairs;
}

/** The shard key and the key within it of a query, as the search page looks it up: its index tokens. */
export function firstPageKey(plan: QueryPlan): string {
  return plan.units.map((unit) => unit.token).join(' ').normalize('NFC').toLowerCase();
}

/**
 * A query the search page may answer from a first page: word pairs only, not quoted, and each of its words
 * with every indexed word it begins in the index chunk the browser loads for it, in every bundle.
 */
function answerable(plan: QueryPlan, bundles: PagefindBundle[]): boolean {
  if (plan.quoted || plan.units.length === 0 || plan.units.some((unit) => unit.pair === null)) return false;
  const terms = plan.units.flatMap((unit) => pagefindQuery(unit.token, bundles[0]!.includeCharacters).terms);
  return bundles.every((bundle) => terms.every((term) => wholeInChunks(bundle, term)));
}

/**
 * Writes the first pages of the held bundles in `folders` (relative to `site`, in pagefind/goi.json's
 * order) into `pagefind/trang-dau/`; returns the number of shard files (0: none).
 */
export async function precomputeFirstPages(site: string, folders: string[]): Promise<{ shards: number; queries: number }> {
  const bundles = await Promise.all(folders.map((folder) => readPagefindBundle(path.join(site, folder))));
  const indexes = bundles.map((bundle) => replicaIndex(bundle, { ...DEFAULT_RANKING, metaWeights: META_WEIGHTS }));
  const limit = firstPagePairs();
  const { pairs, phrases } = limit === 0 ? { pairs: [], phrases: [] } : await commonQueries(folders.map((folder) => path.join(site, folder)), bundles, COMMON_SHARE, limit);
  const entries = new Map<string, { exact: number; hits: FirstPageHit[] }>();
  // In word order, so that queries one after the other read the same index chunks.
  const plans = [...pairs, ...phrases].map((text) => planQuery(text)).map((plan) => ({ plan, key: firstPageKey(plan) }));
  plans.sort((a, b) => (foldedKey(a.key) < foldedKey(b.key) ? -1 : foldedKey(a.key) > foldedKey(b.key) ? 1 : 0));
  for (const { plan, key } of plans) {
    if (entries.has(key) || !answerable(plan, bundles)) continue;
    const [exact = []] = (await answerQuery(indexes, plan, {})).exact;
    // Never a first page of nothing: a query no page holds whole is Pagefind's to answer (near matches).
    if (exact.length === 0) continue;
    const hits = exact.slice(0, FIRST_PAGE_SIZE).map((hit): FirstPageHit => [hit.index, hit.key.slice(hit.key.indexOf(':') + 1), hit.words]);
    entries.set(key, { exact: exact.length, hits });
  }
  if (entries.size === 0) return { shards: 0, queries: 0 };
  const shards = 2 ** Math.ceil(Math.log2(Math.max(1, entries.size / QUERIES_PER_SHARD)));
  const files: FirstPageShard[] = Array.from({ length: shards }, () => ({}));
  for (const [key, entry] of [...entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const folded = foldedKey(key);
    (files[shardOf(folded, shards)]![folded] ??= {})[key] = entry;
  }
  const folder = path.join(site, FIRST_PAGE_FOLDER);
  await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file, index) => writeFile(path.join(folder, `${index}.json`), JSON.stringify(file))));
  return { shards, queries: entries.size };
}
