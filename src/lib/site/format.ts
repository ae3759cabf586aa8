/** How dates and texts are shown: dates as 29/10/2024 (or 02/2024, 2024 by precision). */
import type { PartialDate } from '../../schemas/metadata.ts';

/** 29/10/2024, 02/2024 or 2024 by precision: the one formatting, owned by identity (citations use it too). */
export { formatDate } from '../identity/index.ts';

/** Sort key for newest-first lists: undated documents go last. */
export function dateSortKey(date: PartialDate | null): string {
  return date ? date.iso : '0000';
}

/** The first `words` words of a text, with "…" when cut (the full text is one link away). */
export function firstWords(text: string, words: number): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')} …`;
}
