/**
 * What the search page is asked, read from and written to its URL, so that the portal can link to any
 * search or list: `q`, the filters `loai`, `co-quan`, `nam`, `hieu-luc` (legal status), the date range `tu-ngay`/`den-ngay` (ISO
 * days), the scope `pham-vi` (`luu-tru`: held documents, what a text query searches unless told;
 * `dan-chieu`: cited-only instruments; `tat-ca`; a number is looked up in both unless told) and the order
 * `sap-xep` (`lien-quan`, `moi`, `cu`).
 */
import type { SearchOptions } from './engine.ts';
import type { BundleScope } from './pagefind-indexes.ts';

export const FILTER_KEYS = ['loai', 'co-quan', 'nam', 'hieu-luc'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const SCOPES = ['luu-tru', 'dan-chieu', 'tat-ca'] as const;
export type Scope = (typeof SCOPES)[number];
export const SORTS = ['lien-quan', 'moi', 'cu'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  from: string | null;
  to: string | null;
  /** The scope asked for, or null when the URL names none. */
  scope: Scope | null;
  sort: Sort;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Scope values of earlier links (the filter's labels) still work. */
const OLD_SCOPES: Record<string, Scope> = { 'Văn bản lưu trữ': 'luu-tru', 'Văn bản được dẫn chiếu': 'dan-chieu' };

export function stateOfParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const day = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return ISO_DAY.test(value) ? value : null;
  };
  const scope = params.get('pham-vi') ?? '';
  const sort = params.get('sap-xep') ?? '';
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    from: day('tu-ngay'),
    to: day('den-ngay'),
    scope: (SCOPES as readonly string[]).includes(scope) ? (scope as Scope) : (OLD_SCOPES[scope] ?? null),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : 'lien-quan',
  };
}

/** The URL query of a state: only what differs from the defaults. */
export function paramsOfState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.from) params.set('tu-ngay', state.from);
  if (state.to) params.set('den-ngay', state.to);
  if (state.scope) params.set('pham-vi', state.scope);
  if (state.sort !== 'lien-quan') params.set('sap-xep', state.sort);
  return params;
}

/** Whether the state asks for a list without a query (a filter, a date range, a scope or an order). */
export function isBrowse(state: SearchState): boolean {
  return !state.q && (Object.keys(state.filters).length > 0 || state.from !== null || state.to !== null || state.scope !== null || state.sort !== 'lien-quan');
}

/** The indexes a text query or a list searches: held documents unless another scope is asked for. */
export function scopesOf(state: SearchState): BundleScope[] {
  return state.scope === 'dan-chieu' ? ['cited'] : state.scope === 'tat-ca' ? ['held', 'cited'] : ['held'];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The `ngay` filter values (a page's date as ISO, at its precision: day, month or year) that lie wholly
 * within [from, to]: every day, every month and every year inside the range, within `years`.
 */
export function dateRangeValues(from: string | null, to: string | null, years: { first: number; last: number }): string[] {
  const start = from ?? `${years.first}-01-01`;
  const end = to ?? `${years.last}-12-31`;
  if (start > end) return [];
  const values: string[] = [];
  const firstYear = Math.max(Number(start.slice(0, 4)), years.first);
  const lastYear = Math.min(Number(end.slice(0, 4)), years.last);
  for (let year = firstYear; year <= lastYear; year++) {
    if (`${year}-01-01` >= start && `${year}-12-31` <= end) values.push(String(year));
    for (let month = 1; month <= 12; month++) {
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const prefix = `${year}-${pad(month)}`;
      if (`${prefix}-01` >= start && `${prefix}-${pad(days)}` <= end) values.push(prefix);
      for (let day = 1; day <= days; day++) {
        const iso = `${prefix}-${pad(day)}`;
        if (iso >= start && iso <= end) values.push(iso);
      }
    }
  }
  return values;
}

export function searchOptions(state: SearchState, years: { first: number; last: number }): SearchOptions {
  const filters: Record<string, unknown> = { ...state.filters };
  if (state.from || state.to) filters.ngay = { any: dateRangeValues(state.from, state.to, years) };
  const sort = state.sort === 'moi' ? ({ date: 'desc' } as const) : state.sort === 'cu' ? ({ date: 'asc' } as const) : undefined;
  return sort ? { filters, sort } : { filters };
}
