/**
 * A list of results on the search page, shown a page at a time ("Xem thêm"): each page fetches the
 * Pagefind fragments of its results only (each costs a request and a few kB). Results come as streams
 * (src/lib/search/engine.ts Answer): one ranked stream is shown in order; streams sorted by date (held
 * documents, cited instruments) are merged by the dates of their pages, fetched as the merge needs them.
 */
import { t } from '../../i18n/t.ts';
import type { Hit } from './engine.ts';
import { renderRow, rowOfFragment, type Fragment, type Row } from './render.ts';
import { isoOfShownDate } from './time-element.ts';

/** Results shown at a time. */
export const PAGE_SIZE = 10;

export interface ResultList {
  clear(): void;
  showRows(rows: Row[]): void;
  show(streams: Hit[][], pairKeys: ReadonlySet<string>, options?: ShowOptions): Promise<void>;
}

export interface ShowOptions {
  /** How date-sorted streams are merged (one stream is shown as it comes). */
  order?: 'asc' | 'desc';
  /** The results in all, when the streams hold only the first of them, and where the rest come from. */
  total?: number;
  rest?: () => Promise<Hit[][]>;
}

export function resultList(list: HTMLOListElement, more: HTMLButtonElement, base: string): ResultList {
  let streams: Hit[][] = [];
  let keys: ReadonlySet<string> = new Set();
  let generation = 0;
  const fragments = new Map<string, Promise<Fragment>>();
  const fragmentOf = (hit: Hit) => {
    let fragment = fragments.get(hit.key);
    if (!fragment) fragments.set(hit.key, (fragment = hit.data() as Promise<Fragment>));
    return fragment;
  };
  const dateOf = async (hit: Hit) => isoOfShownDate((await fragmentOf(hit)).meta.date ?? '') ?? '';
  let descending = true;
  let total = 0;
  let rest: (() => Promise<Hit[][]>) | undefined;
  const shown = new Set<string>();

  /** The next `count` hits: in order from one stream, or the newest (oldest) head of several. */
  async function take(count: number): Promise<Hit[]> {
    const taken: Hit[] = [];
    while (taken.length < count) {
      const live = streams.filter((stream) => stream.length > 0);
      if (live.length === 0) break;
      if (live.length === 1) {
        taken.push(...live[0]!.splice(0, count - taken.length));
        break;
      }
      const heads = await Promise.all(live.map((stream) => dateOf(stream[0]!)));
      let best = 0;
      heads.forEach((date, index) => {
        const better = descending ? date > heads[best]! : date !== '' && (heads[best] === '' || date < heads[best]!);
        if (better) best = index;
      });
      taken.push(live[best]!.shift()!);
    }
    return taken;
  }

  async function showMore(): Promise<void> {
    const current = generation;
    let hits = await take(PAGE_SIZE);
    if (hits.length < PAGE_SIZE && rest && shown.size + hits.length < total) {
      // The rest of a precomputed first page: the full answer, without what is shown already.
      const next = await rest();
      rest = undefined;
      if (current !== generation) return;
      streams = next.map((stream) => stream.filter((hit) => !shown.has(hit.key) && !hits.some((taken) => taken.key === hit.key)));
      hits = [...hits, ...(await take(PAGE_SIZE - hits.length))];
    }
    const loaded = await Promise.all(hits.map(fragmentOf));
    if (current !== generation) return;
    for (const hit of hits) shown.add(hit.key);
    list.append(...loaded.map((fragment, index) => renderRow(rowOfFragment(fragment, base, hits[index]!.held), keys)));
    more.hidden = streams.every((stream) => stream.length === 0) && !(rest && shown.size < total);
  }

  more.addEventListener('click', () => void showMore());
  more.textContent = t('search.more');

  return {
    clear() {
      generation++;
      streams = [];
      rest = undefined;
      shown.clear();
      fragments.clear();
      list.replaceChildren();
      more.hidden = true;
    },
    showRows(rows) {
      list.replaceChildren(...rows.map((row) => renderRow(row, keys)));
    },
    async show(next, pairKeys, options = {}) {
      streams = next.map((stream) => [...stream]);
      keys = pairKeys;
      descending = (options.order ?? 'desc') === 'desc';
      total = options.total ?? 0;
      rest = options.rest;
      await showMore();
    },
  };
}
