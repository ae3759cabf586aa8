/**
 * The search page in the browser: reads and writes the URL (src/lib/search/search-state.ts), answers
 * (src/lib/search/page-answer.ts) on Enter, on a filter change and on the URL's own query; announces what
 * it found (`aria-live`) and, after a search, moves the focus to the results heading; folds the filters on
 * narrow screens; fetches what an answer will need while words are typed. The only client JavaScript of
 * the site.
 */
import { t } from '../../i18n/t.ts';
import { answerOnPage, precomputedAnswer, type Found, type PageParts } from './page-answer.ts';
import { pagefindIndexes } from './pagefind-indexes.ts';
import { parseNumberQuery } from './number-query.ts';
import { planQuery } from './query-plan.ts';
import { resultList } from './result-list.ts';
import { isBrowse, paramsOfState, scopesOf, stateOfParams, type SearchState } from './search-state.ts';

function statusOf(found: Found, query: string): string {
  const n = found.count.toLocaleString('vi-VN');
  if (found.kind === 'number') return t('search.exactCount', { n, q: query });
  if (found.kind === 'list') return t('search.listCount', { n });
  if (found.count > 0) return t('search.count', { n, q: query });
  return t(found.near > 0 ? 'search.noneExact' : 'search.none', { q: query });
}

export function startSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('#trang-thai')!;
  const heading = root.querySelector<HTMLElement>('#tieu-de-ket-qua')!;
  const fullTextButton = root.querySelector<HTMLButtonElement>('#toan-van')!;
  const parts: PageParts = {
    base,
    years: { first: Number(root.dataset.firstYear ?? 1945), last: Number(root.dataset.lastYear ?? new Date().getFullYear()) },
    indexes: pagefindIndexes(base),
    exact: resultList(root.querySelector('#ket-qua')!, root.querySelector('#xem-them')!, base),
    near: resultList(root.querySelector('#ket-qua-gan-dung')!, root.querySelector('#xem-them-gan-dung')!, base),
    nearSection: root.querySelector<HTMLElement>('#gan-dung')!,
    nearButton: root.querySelector<HTMLButtonElement>('#tim-gan-dung')!,
  };
  let generation = 0;
  let fullTextWanted = false;

  const formState = (): SearchState => stateOfParams(new URLSearchParams(new FormData(form) as unknown as string[][]));

  function fillForm(state: SearchState): void {
    input.value = state.q;
    const values: Record<string, string | null | undefined> = { ...state.filters, 'tu-ngay': state.from, 'den-ngay': state.to, 'pham-vi': state.scope, 'sap-xep': state.sort };
    for (const element of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input[type="date"]')) {
      element.value = values[element.name] ?? '';
    }
  }

  async function run(state: SearchState, moveFocus: boolean): Promise<void> {
    const current = ++generation;
    const stale = () => current !== generation;
    parts.exact.clear();
    parts.near.clear();
    parts.nearSection.hidden = true;
    parts.nearButton.hidden = true;
    fullTextButton.hidden = true;
    if (!state.q && !isBrowse(state)) {
      status.textContent = t('search.prompt');
      return;
    }
    status.textContent = t('search.searching');
    const byNumber = !fullTextWanted;
    fullTextWanted = false;
    try {
      const found = await answerOnPage(parts, state, byNumber, stale);
      if (!found || stale()) return;
      // A number answered by the look-up can still be searched in the text of the documents.
      fullTextButton.hidden = found.kind !== 'number';
      status.textContent = statusOf(found, state.q);
      if (moveFocus) heading.focus();
    } catch (error) {
      if (!stale()) status.textContent = t('search.failed');
      console.error(error);
    }
  }

  const submit = (push: boolean, moveFocus: boolean) => {
    const state = formState();
    const url = new URL(location.href);
    url.search = paramsOfState(state).toString();
    history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state, moveFocus);
  };

  // While words are typed (not a number), what the answer will need is fetched, so that results come soon
  // after Enter: the precomputed first page of a one-unit query, else the library, its index metadata and
  // the chunks of the words so far.
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(preloadTimer);
    const query = input.value.trim();
    if (query.length < 2 || parseNumberQuery(query)) return;
    preloadTimer = setTimeout(() => {
      const state = { ...formState(), q: query };
      const plan = planQuery(query);
      void precomputedAnswer(parts, state, plan)
        .then(async (first) => {
          if (first) return;
          const loaded = await parts.indexes.load(scopesOf(state));
          await Promise.all(loaded.flatMap((index) => plan.units.map((unit) => index.preload(unit.term))));
        })
        .catch(() => {}); // the search itself reports failures
    }, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(true, true);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement || (event.target instanceof HTMLInputElement && event.target.type === 'date')) submit(false, false);
  });
  fullTextButton.addEventListener('click', () => {
    fullTextWanted = true;
    submit(false, true);
  });
  window.addEventListener('popstate', () => {
    const state = stateOfParams(new URLSearchParams(location.search));
    fillForm(state);
    void run(state, false);
  });

  const initial = stateOfParams(new URLSearchParams(location.search));
  fillForm(initial);
  // The filters fold behind "Bộ lọc" on narrow screens, unless some are in use.
  const disclosure = root.querySelector<HTMLDetailsElement>('details.bo-loc');
  if (disclosure) disclosure.open = matchMedia('(min-width: 48rem)').matches || isBrowse({ ...initial, q: '' });
  root.classList.add('san-sang');
  void run(initial, false);
}
