/**
 * The documents citing an instrument, split into pages: a national instrument can be cited by thousands
 * of documents, and one page quoting them all would weigh megabytes. Page 1 sits on the instrument's
 * own page; pages 2… at /van-ban/{id}/trang-{n}/. Newest citing document first.
 */
import type { CitationRecord } from '../../schemas/archive.ts';
import type { Archive } from './archive.ts';
import { dateSortKey } from './format.ts';

export const CITING_PAGE_SIZE = 20;

export interface CitingSource { from: string; citations: CitationRecord[] }

/** Citing documents of `id` (grouped, text order within each), newest first. */
export function citingSources(archive: Archive, id: string): CitingSource[] {
  const bySource = new Map<string, CitationRecord[]>();
  for (const citation of archive.citationsTo.get(id) ?? []) bySource.set(citation.from, [...(bySource.get(citation.from) ?? []), citation]);
  const dateOf = (from: string) => dateSortKey(archive.documentById.get(from)?.data.date ?? null);
  return [...bySource]
    .map(([from, citations]) => ({ from, citations }))
    .sort((a, b) => dateOf(b.from).localeCompare(dateOf(a.from)) || a.from.localeCompare(b.from));
}

export function pageCount(sources: number): number {
  return Math.max(1, Math.ceil(sources / CITING_PAGE_SIZE));
}

export function pageSlice<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * CITING_PAGE_SIZE, page * CITING_PAGE_SIZE);
}

/** Site-relative path of citing page `n` of instrument `id` (page 1 is the instrument page itself). */
export function citingPagePath(id: string, page: number): string {
  return page === 1 ? `van-ban/${id}/` : `van-ban/${id}/trang-${page}/`;
}
