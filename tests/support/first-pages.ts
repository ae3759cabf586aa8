/**
 * Checks a built site's precomputed first pages (src/lib/build/first-pages.ts) against Pagefind's own
 * answer, through the search page's engine: for every query that has one, the same count of exact results
 * and the same first page (bundle, page, matched positions), in the same order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { firstPageKey, FIRST_PAGE_SIZE } from '../../src/lib/build/first-pages.ts';
import { answerQuery } from '../../src/lib/search/engine.ts';
import { FIRST_PAGE_FOLDER, type FirstPageHit, type FirstPageShard } from '../../src/lib/search/first-page.ts';
import { displayWord, JOIN } from '../../src/lib/search/index-words.ts';
import { planQuery } from '../../src/lib/search/query-plan.ts';
import { pagefindHeldIndexes } from './pagefind-node.ts';

/** The query a first page answers, from its key (the query's index tokens): `chuyển‿dổi d̵ổi‿số` → `chuyển đổi số`. */
export function queryOfKey(key: string): string {
  const tokens = key.split(' ');
  return [...tokens.map(displayWord), tokens.at(-1)!.slice(tokens.at(-1)!.indexOf(JOIN) + 1)].join(' ');
}

export function firstPageEntries(dist: string): Array<{ key: string; exact: number; hits: FirstPageHit[] }> {
  const folder = path.join(dist, FIRST_PAGE_FOLDER);
  return readdirSync(folder)
    .sort()
    .flatMap((file) => Object.values(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as FirstPageShard))
    .flatMap((byKey) => Object.entries(byKey).map(([key, entry]) => ({ key, ...entry })));
}

/** Every first page of the site equals Pagefind's answer; returns how many were checked. */
export async function expectFirstPagesArePagefinds(dist: string): Promise<number> {
  const indexes = await pagefindHeldIndexes(dist);
  const entries = firstPageEntries(dist);
  for (const entry of entries) {
    const plan = planQuery(queryOfKey(entry.key));
    expect(firstPageKey(plan), entry.key).toBe(entry.key);
    const [exact = []] = (await answerQuery(indexes, plan, {})).exact;
    const live = exact.slice(0, FIRST_PAGE_SIZE).map((hit) => [hit.index, hit.key.slice(hit.key.indexOf(':') + 1), hit.words]);
    expect({ query: entry.key, exact: exact.length, hits: live }).toEqual({ query: entry.key, exact: entry.exact, hits: entry.hits });
  }
  return entries.length;
}
