/**
 * A typed number answered from the number look-up (/tra-cuu/so/{n}.json, a few kB): every instrument
 * with that number and symbol, as result rows, restricted by the page's filters as Pagefind would be.
 */
import { routes } from '../routes/paths.ts';
import { matchLookup, type LookupEntry } from './lookup.ts';
import { parseNumberQuery } from './number-query.ts';
import type { Row } from './render.ts';
import type { SearchState } from './search-state.ts';

export async function numberRows(base: string, state: SearchState): Promise<Row[]> {
  const parsed = parseNumberQuery(state.q);
  if (!parsed) return [];
  const response = await fetch(`${base}${routes.lookupNumber(parsed.number)}`);
  if (!response.ok) return [];
  const entries = matchLookup((await response.json()) as LookupEntry[], parsed);
  const iso = (date: string | null) => (date ? date.split('/').reverse().join('-') : null);
  return entries
    .filter((entry) => {
      const { loai, 'co-quan': issuer, nam, 'hieu-luc': status } = state.filters;
      if (loai && entry.docType !== loai) return false;
      if (status && entry.status !== status) return false;
      if (issuer && entry.issuer !== issuer) return false;
      if (nam && entry.year !== nam) return false;
      if (state.scope === 'luu-tru' && !entry.held) return false;
      if (state.scope === 'dan-chieu' && entry.held) return false;
      const day = iso(entry.date);
      if ((state.from || state.to) && (!day || (state.from && day < state.from) || (state.to && day > state.to))) return false;
      return true;
    })
    .map((entry) => ({
      url: `${base}${entry.path}`,
      title: entry.title,
      issuer: entry.issuer,
      date: entry.date,
      subject: entry.subject,
      content: null,
      locations: [],
      held: entry.held,
      ocr: false,
      numberMatch: true,
      status: entry.status,
    }));
}
