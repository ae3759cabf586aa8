/**
 * How the search page answers what it is asked (src/lib/search/client.ts wires it to the page): a number
 * from the number look-up; a common one-unit query from its precomputed first page (Pagefind for the rest
 * and, on request, near matches); anything else, and lists without a query, from Pagefind through the
 * engine (src/lib/search/engine.ts). Shows the results in the two lists and says what it found.
 */
import { answerQuery, browse, type Answer } from './engine.ts';
import { tokenKey } from './excerpt.ts';
import { firstPageHits, precomputedFirstPage, type FirstPageEntry } from './first-page.ts';
import { numberRows } from './number-rows.ts';
import { parseNumberQuery } from './number-query.ts';
import type { pagefindIndexes } from './pagefind-indexes.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import type { ResultList } from './result-list.ts';
import { scopesOf, searchOptions, type SearchState } from './search-state.ts';

export interface PageParts {
  base: string;
  years: { first: number; last: number };
  indexes: ReturnType<typeof pagefindIndexes>;
  exact: ResultList;
  near: ResultList;
  nearSection: HTMLElement;
  /** Shown under a precomputed answer: near matches from Pagefind on request. */
  nearButton: HTMLButtonElement;
}

/** What was found: by number, or exact results and near matches. */
export type Found = { kind: 'number'; count: number } | { kind: 'words' | 'list'; count: number; near: number };

/**
 * A query of one unit, or a phrase of three syllables (two pairs in a row), in held documents, by
 * relevance, without filters, may have a precomputed first page.
 */
export async function precomputedAnswer(parts: PageParts, state: SearchState, plan: QueryPlan): Promise<{ entry: FirstPageEntry; folders: string[] } | null> {
  const plain = state.sort === 'lien-quan' && Object.keys(state.filters).length === 0 && !state.from && !state.to && (state.scope ?? 'luu-tru') === 'luu-tru';
  const segment = plan.segments[0];
  const phrase = plan.segments.length === 1 && segment !== undefined && 'syllables' in segment && segment.syllables.length === 3 && !plan.quoted;
  if (!plain || !(plan.units.length === 1 || phrase)) return null;
  const manifest = await parts.indexes.manifest();
  const query = plan.units.map((unit) => unit.token).join(' ');
  const entry = await precomputedFirstPage(parts.base, manifest.firstPages, query).catch(() => null);
  return entry ? { entry, folders: manifest.bundles.filter((bundle) => bundle.scope === 'held').map((bundle) => bundle.folder) } : null;
}

/** Answers `state` on the page; null when a newer search took over (`stale`). */
export async function answerOnPage(parts: PageParts, state: SearchState, byNumber: boolean, stale: () => boolean): Promise<Found | null> {
  if (byNumber && state.q && parseNumberQuery(state.q)) {
    const rows = await numberRows(parts.base, state);
    if (stale()) return null;
    if (rows.length > 0) {
      parts.exact.showRows(rows);
      return { kind: 'number', count: rows.length };
    }
  }
  const options = searchOptions(state, parts.years);
  const plan = planQuery(state.q);
  const pairKeys = new Set(plan.units.filter((unit) => unit.pair !== null).map((unit) => tokenKey(unit.token)));
  const first = state.q ? await precomputedAnswer(parts, state, plan) : null;
  if (first) {
    // The first page comes precomputed; Pagefind answers the rest, when the reader asks for more.
    let full: Promise<Answer> | null = null;
    const answer = () => (full ??= parts.indexes.load(['held']).then((loaded) => answerQuery(loaded, plan, options)));
    await parts.exact.show([firstPageHits(parts.base, first.folders, first.entry.hits)], pairKeys, { total: first.entry.exact, rest: () => answer().then((all) => all.exact) });
    parts.nearButton.hidden = false;
    parts.nearButton.onclick = () => {
      parts.nearButton.hidden = true;
      void answer().then(async (all) => {
        if (stale() || all.near.length === 0) return;
        parts.nearSection.hidden = false;
        await parts.near.show([all.near], pairKeys);
      });
    };
    return { kind: 'words', count: first.entry.exact, near: 0 };
  }
  const loaded = await parts.indexes.load(scopesOf(state));
  const answer: Answer = state.q ? await answerQuery(loaded, plan, options) : await browse(loaded, options);
  if (stale()) return null;
  await parts.exact.show(answer.exact, pairKeys, { order: options.sort?.date });
  if (stale()) return null;
  if (answer.near.length > 0 && state.q) {
    parts.nearSection.hidden = false;
    await parts.near.show([answer.near], pairKeys);
  }
  const count = answer.exact.reduce((sum, stream) => sum + stream.length, 0);
  return { kind: state.q ? 'words' : 'list', count, near: answer.near.length };
}
