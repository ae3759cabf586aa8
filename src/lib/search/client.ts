/**
 * The search page in the browser: reads ?q=, looks a typed number up exactly (/tra-cuu/so/{n}.json),
 * runs Pagefind (also with d read as đ), merges, filters, sorts and renders results as links inside
 * #ket-qua, best first. The only client JavaScript of the site.
 */
import { t } from '../../i18n/t.ts';
import { dVariants } from './d-variants.ts';
import { matchLookup, type LookupEntry } from './lookup.ts';
import { parseNumberQuery } from './number-query.ts';
import { timeElement } from './time-element.ts';
import { href, routes } from '../routes/paths.ts';

interface PagefindResult { id: string; score: number; data: () => Promise<PagefindFragment> }
interface PagefindFragment { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
}

/** One row of the result list, from the exact number look-up or from Pagefind. */
interface Row {
  url: string;
  title: string;
  issuer: string | null;
  date: string | null;
  subject: string | null;
  excerpt: string | null;
  exact: boolean;
  /** Filter values of a number look-up result (Pagefind applies filters to its own results). */
  facets: Partial<Record<'loai' | 'co-quan' | 'nam' | 'pham-vi', string>>;
}

/** Results whose fragment (page text) is fetched at a time: each costs a request and a few kB. */
const PAGE_SIZE = 10;
const FILTER_KEYS = ['loai', 'co-quan', 'nam', 'pham-vi'] as const;
const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: { metaWeights: { title: 10, alias: 8, subject: 3 } } };

/** A bundle of the index (src/lib/build/search-bundles.ts): whole years, newest bundle first. */
interface Bundle { folder: string; years: string[] }

export function startSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sap-xep"]')!;
  const status = root.querySelector<HTMLElement>('#trang-thai')!;
  const list = root.querySelector<HTMLOListElement>('#ket-qua')!;
  const more = root.querySelector<HTMLButtonElement>('#xem-them')!;
  const fullTextButton = root.querySelector<HTMLButtonElement>('#toan-van')!;
  let fullTextWanted = false;
  let pagefind: Promise<Pagefind> | null = null;
  let rows: Row[] = [];
  let pending: PagefindResult[] = [];
  let generation = 0;

  let bundles: Bundle[] = [{ folder: 'pagefind/', years: [] }];

  /** Pagefind, with every bundle of the index merged into the first (they share its WebAssembly). */
  function loadPagefind(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const manifest = fetch(`${base}pagefind/goi.json`)
        .then((response) => (response.ok ? (response.json() as Promise<{ bundles: Bundle[] }>) : null))
        .catch(() => null);
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await module.options(PAGEFIND_OPTIONS);
      const listed = (await manifest)?.bundles ?? [];
      if (listed.length > 1) {
        await Promise.all(listed.slice(1).map((bundle) => module.mergeIndex(`${base}${bundle.folder}`, PAGEFIND_OPTIONS)));
        bundles = listed;
      }
      return module;
    })();
    // A failed load (offline, say) is tried again by the next search.
    pagefind.catch(() => (pagefind = null));
    return pagefind;
  }

  function selectedFilters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const key of FILTER_KEYS) {
      const value = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)?.value;
      if (value) filters[key] = value;
    }
    return filters;
  }

  async function exactMatches(query: string): Promise<Row[]> {
    const parsed = parseNumberQuery(query);
    if (!parsed) return [];
    const response = await fetch(href(routes.lookupNumber(parsed.number), base));
    if (!response.ok) return [];
    const entries = matchLookup((await response.json()) as LookupEntry[], parsed);
    return entries.map((entry) => ({
      url: href(entry.path, base),
      title: entry.title,
      issuer: entry.issuer,
      date: entry.date,
      subject: entry.subject,
      excerpt: null,
      exact: true,
      facets: {
        ...(entry.docType ? { loai: entry.docType } : {}),
        ...(entry.issuer ? { 'co-quan': entry.issuer } : {}),
        ...(entry.year ? { nam: entry.year } : {}),
        'pham-vi': entry.held ? t('scope.held') : t('scope.cited'),
      },
    }));
  }

  /**
   * Results in date order. Merged bundles rank a sorted result by its place within its own bundle, so the
   * search runs bundle by bundle (each restricted to its years) and concatenates, newest or oldest bundle
   * first. Undated pages, which a sort leaves out, follow in order of relevance.
   */
  async function byDate(module: Pagefind, term: string, direction: 'asc' | 'desc'): Promise<PagefindResult[]> {
    const filters = selectedFilters();
    const ordered = direction === 'desc' ? bundles : [...bundles].reverse();
    const searches = ordered.map((bundle) => {
      if (bundles.length === 1) return module.search(term, { filters, sort: { date: direction } });
      const years = bundle.years.filter((year) => filters.nam === undefined || year === filters.nam);
      return years.length === 0 ? null : module.search(term, { filters: { ...filters, nam: { any: years } }, sort: { date: direction } });
    });
    const dated = (await Promise.all(searches)).flatMap((search) => search?.results ?? []);
    const seen = new Set(dated.map((result) => result.id));
    const all = (await module.search(term, { filters }))?.results ?? [];
    return [...dated, ...all.filter((result) => !seen.has(result.id))];
  }

  async function fullText(module: Pagefind, query: string): Promise<PagefindResult[]> {
    const sort = sortSelect.value === 'moi' ? 'desc' : sortSelect.value === 'cu' ? 'asc' : null;
    const searches = await Promise.all(
      dVariants(query).map(async (variant) =>
        sort ? { results: await byDate(module, variant, sort) } : module.search(variant, { filters: selectedFilters() }),
      ),
    );
    const best = new Map<string, PagefindResult>();
    searches.forEach((search, variantIndex) => {
      search?.results.forEach((result, rank) => {
        // With a sort, keep Pagefind's order: rank stands in for the score.
        const scored = sort ? { ...result, score: -rank - variantIndex * 1e-6 } : result;
        const previous = best.get(result.id);
        if (!previous || scored.score > previous.score) best.set(result.id, scored);
      });
    });
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  function render(): void {
    list.replaceChildren(...rows.map(renderRow));
    more.hidden = pending.length === 0;
  }

  async function showMore(current: number): Promise<void> {
    const batch = pending.splice(0, PAGE_SIZE);
    const seen = new Set(rows.map((row) => row.url));
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (current !== generation) return;
    for (const fragment of fragments) {
      if (seen.has(fragment.url)) continue;
      rows.push({
        url: fragment.url,
        title: fragment.meta.title ?? fragment.url,
        issuer: fragment.meta.issuer ?? null,
        date: fragment.meta.date ?? null,
        subject: fragment.meta.subject ?? null,
        excerpt: fragment.excerpt,
        exact: false,
        facets: {},
      });
    }
    render();
  }

  async function run(push: boolean): Promise<void> {
    const query = input.value.trim();
    const current = ++generation;
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [key, value] of Object.entries(selectedFilters())) url.searchParams.set(key, value);
    if (sortSelect.value !== 'lien-quan') url.searchParams.set('sap-xep', sortSelect.value);
    history[push ? 'pushState' : 'replaceState'](null, '', url);
    if (!query) {
      rows = [];
      pending = [];
      status.textContent = t('search.prompt');
      render();
      return;
    }
    status.textContent = t('search.searching');
    try {
      // A typed number that names documents is answered from the number look-up alone (a few kB);
      // the full-text search, which downloads the index, runs only when asked for.
      const exact = filterExact(await exactMatches(query));
      if (current !== generation) return;
      if (exact.length > 0 && !fullTextWanted) {
        rows = exact;
        pending = [];
        render();
        fullTextButton.hidden = false;
        status.textContent = t('search.exactCount', { n: exact.length, q: query });
        return;
      }
      fullTextButton.hidden = true;
      const module = await loadPagefind();
      const results = await fullText(module, query);
      if (current !== generation) return;
      rows = exact;
      pending = results;
      await showMore(current);
      const total = new Set([...exact.map((row) => row.url), ...rows.map((row) => row.url)]).size + pending.length;
      status.textContent = total === 0 ? t('search.none', { q: query }) : t('search.count', { n: total, q: query });
    } catch (error) {
      if (current === generation) status.textContent = t('search.failed');
      console.error(error);
    } finally {
      fullTextWanted = false;
    }
  }

  /** Applies the selected filters to number look-up results, as Pagefind applies them to the index. */
  function filterExact(found: Row[]): Row[] {
    const filters = selectedFilters();
    return found.filter((row) =>
      Object.entries(filters).every(([key, value]) => row.facets[key as (typeof FILTER_KEYS)[number]] === value),
    );
  }

  // While words are being typed, the library, its index metadata and the chunks of the words so far are
  // fetched, so that results come soon after Enter. A number is answered by the look-up: nothing is fetched.
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(preloadTimer);
    const query = input.value.trim();
    if (query.length < 2 || parseNumberQuery(query)) return;
    const loading = loadPagefind();
    loading.catch(() => {}); // the search itself reports failures
    preloadTimer = setTimeout(() => {
      loading.then((module) => module.preload(query, { filters: selectedFilters() })).catch(() => {});
    }, 150);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run(false);
  });
  more.addEventListener('click', () => void showMore(generation));
  fullTextButton.addEventListener('click', () => {
    fullTextWanted = true;
    void run(false);
  });
  window.addEventListener('popstate', () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    void run(false);
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of FILTER_KEYS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    const wanted = params.get(key);
    if (select && wanted) select.value = wanted;
  }
  const sort = params.get('sap-xep');
  if (sort) sortSelect.value = sort;
  root.classList.add('san-sang');
  if (input.value) {
    void run(false);
  } else {
    status.textContent = t('search.prompt');
  }
}

function renderRow(row: Row): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = row.url;
  link.className = 'tieu-de-ket-qua';
  link.textContent = row.title;
  item.append(link);
  if (row.exact) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = t('search.exact');
    item.append(badge);
  }
  if (row.date || row.issuer) {
    const meta = document.createElement('span');
    meta.className = 'meta';
    if (row.date) meta.append(timeElement(row.date));
    if (row.issuer) meta.append(row.date ? ` · ${row.issuer}` : row.issuer);
    item.append(meta);
  }
  if (row.subject) {
    const subject = document.createElement('span');
    subject.className = 'meta';
    subject.textContent = row.subject;
    item.append(subject);
  }
  if (row.excerpt) item.append(excerptElement(row.excerpt));
  return item;
}

/** Builds the excerpt from Pagefind's HTML keeping only <mark>: text never becomes markup. */
function excerptElement(html: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'trich-doan';
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild!;
  for (const node of parsed.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return paragraph;
}
