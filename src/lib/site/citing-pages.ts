/**
 * The documents citing an instrument, split into pages: a national instrument can be cited by thousands
 * of documents, and one page quoting them all would weigh megabytes. Page 1 sits on the instrument's
 * own page; the further pages have their own (routes.citing). Newest citing document first.
 */
import type { CitationRecord } from '../../schemas/archive.ts';
import type { Archive } from './archive.ts';
import { dateSortKey } from './format.ts';
import { CITING_PAGE_SIZE, pageCount as listPageCount, pageOf } from './lists.ts';

export interface CitingSource { from: string; citations: CitationRecord[] }

/** Computed once per instrument: each of its citing pages asks again, and a national law has hundreds. */
const computed = new WeakMap<Archive, Map<string, CitingSource[]>>();

/** Citing documents of `id` (grouped, text order within each), newest first. */
export function citingSources(archive: Archive, id: string): CitingSource[] {
  let byId = computed.get(archive);
  if (!byId) computed.set(archive, (byId = new Map()));
  const known = byId.get(id);
  if (known) return known;
  const bySource = new Map<string, CitationRecord[]>();
  for (const citation of archive.citationsTo.get(id) ?? []) {
    const list = bySource.get(citation.from);
    if (list) list.push(citation);
    else bySource.set(citation.from, [citation]);
  }
  const dateOf = (from: string) => dateSortKey(archive.documentById.get(from)?.data.date ?? null);
  const sources = [...bySource]
    .map(([from, citations]) => ({ from, citations }))
    .sort((a, b) => dateOf(b.from).localeCompare(dateOf(a.from)) || a.from.localeCompare(b.from));
  byId.set(id, sources);
  return sources;
}

export function pageCount(sources: number): number {
  return listPageCount(sources, CITING_PAGE_SIZE);
}

export function pageSlice<T>(items: readonly T[], page: number): T[] {
  return pageOf(items, page, CITING_PAGE_SIZE);
}
