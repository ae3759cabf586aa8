/**
 * The search page in the browser: reads the URL (src/lib/search/search-state.ts), answers a number from
 * the number look-up, words from the index (src/lib/search/engine.ts), a list without a query from the
 * filters alone; shows the exact results in #ket-qua (counted), near matches apart in #ket-qua-gan-dung,
 * announces the count, and after a search moves the focus to the results heading. The only client
 * JavaScript of the site.
 */
import { t } from '../../i18n/t.ts';
import { answerQuery, browse, type Answer } from './engine.ts';
import { tokenKey } from './excerpt.ts';
import { numberRows } from './number-rows.ts';
import { pagefindIndexes } from './pagefind-indexes.ts';
import { parseNumberQuery } from './number-query.ts';
import { planQuery } from './query-plan.ts';
import { resultList, type ResultList } from './result-list.ts';
import { isBrowse, paramsOfState, scopesOf, searchOptions, stateOfParams, type SearchState } from './search-state.ts';

export function startSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const years = { first: Number(root.dataset.firstYear ?? 1945), last: Number(root.dataset.lastYear ?? new Date().getFullYear()) };
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('#trang-thai')!;
  const heading = root.querySelector<HTMLElement>('#tieu-de-ket-qua')!;
  const fullTextButton = root.querySelector<HTMLButtonElement>('#toan-van')!;
  const nearSection = root.querySelector<HTMLElement>('#gan-dung')!;
  const indexes = pagefindIndexes(base);
  const exactList: ResultList = resultList(root.querySelector('#ket-qua')!, root.querySelector('#xem-them')!, base);
  const nearList: ResultList = resultList(root.querySelector('#ket-qua-gan-dung')!, root.querySelector('#xem-them-gan-dung')!, base);
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
    exactList.clear();
    nearList.clear();
    nearSection.hidden = true;
    fullTextButton.hidden = true;
    if (!state.q && !isBrowse(state)) {
      status.textContent = t('search.prompt');
      return;
    }
    status.textContent = t('search.searching');
    try {
      if (state.q && parseNumberQuery(state.q) && !fullTextWanted) {
        const rows = await numberRows(base, state);
        if (stale()) return;
        if (rows.length > 0) {
          exactList.showRows(rows);
          fullTextButton.hidden = false;
          status.textContent = t('search.exactCount', { n: rows.length, q: state.q });
          if (moveFocus) heading.focus();
          return;
        }
      }
      fullTextWanted = false;
      const loaded = await indexes.load(scopesOf(state));
      const options = searchOptions(state, years);
      const plan = planQuery(state.q);
      const answer: Answer = state.q ? await answerQuery(loaded, plan, options) : await browse(loaded, options);
      if (stale()) return;
      const pairKeys = new Set(plan.units.filter((unit) => unit.pair !== null).map((unit) => tokenKey(unit.token)));
      const count = answer.exact.reduce((sum, stream) => sum + stream.length, 0);
      await exactList.show(answer.exact, pairKeys, options.sort?.date);
      if (stale()) return;
      if (answer.near.length > 0 && state.q) {
        nearSection.hidden = false;
        await nearList.show([answer.near], pairKeys);
      }
      if (stale()) return;
      const n = count.toLocaleString('vi-VN');
      status.textContent = !state.q
        ? t('search.listCount', { n })
        : count > 0
          ? t('search.count', { n, q: state.q })
          : t(answer.near.length > 0 ? 'search.noneExact' : 'search.none', { q: state.q });
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

  // While words are typed (not a number), the library, the index metadata and, after a pause, the chunks
  // of the words so far are fetched, so that results come soon after Enter.
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(preloadTimer);
    const query = input.value.trim();
    if (query.length < 2 || parseNumberQuery(query)) return;
    const loading = indexes.load(scopesOf(formState()));
    loading.catch(() => {}); // the search itself reports failures
    preloadTimer = setTimeout(() => {
      const terms = planQuery(query).units.map((unit) => unit.term);
      loading.then((loaded) => Promise.all(loaded.flatMap((index) => terms.map((term) => index.preload(term))))).catch(() => {});
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
