/** The long server-rendered lists: their page sizes (each page stays light on a phone at any archive size) and slicing. */

/** The list of every held document, and the full lists of an agency's or the timeline's sections. */
export const LIST_PAGE_SIZE = 50;
/** A facet value's documents (/loai/{slug}/…). */
export const FACET_PAGE_SIZE = 20;
/** The documents citing an instrument (page 1 on the instrument's own page). */
export const CITING_PAGE_SIZE = 20;
/** How many items a summary page (an agency, the timeline) shows before linking to the full list. */
export const PREVIEW_SIZE = 20;

/** Page `n` (1-based) of a listing: only that slice, so that rendering one page never copies the whole list. */
export function pageOf<T>(items: readonly T[], n: number, size: number): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** How many pages a listing of `length` items has (one, empty, when there are none). */
export function pageCount(length: number, size: number): number {
  return Math.max(1, Math.ceil(length / size));
}
