/**
 * The excerpt of a result, from the page's index text (Pagefind's fragment `content`, in index words) and
 * the positions where the query's tokens matched: a window of words around the densest group of matches,
 * shown as written (`displayWord`), the matched words marked. A matched pair marks both of its syllables.
 */
import { displayWord } from './index-words.ts';

export interface ExcerptPart { text: string; marked: boolean }

/** Words shown in an excerpt. */
export const EXCERPT_WORDS = 30;

/** Folds a token to its comparison key: lower case, no marks (so d + stroke is d), no punctuation. */
export function tokenKey(token: string): string {
  return token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\u203F]/gu, '');
}

/** The start of the window of `size` words holding the most matches (the earliest such window). */
function windowStart(locations: number[], size: number, total: number): number {
  if (locations.length === 0) return 0;
  const sorted = [...locations].sort((a, b) => a - b);
  let best = sorted[0]!;
  let bestCount = 0;
  let end = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (end < sorted.length && sorted[end]! < sorted[i]! + size) end++;
    if (end - i > bestCount) {
      bestCount = end - i;
      best = sorted[i]!;
    }
  }
  const centred = best - Math.floor(size / 4);
  return Math.max(0, Math.min(centred, total - size));
}

/**
 * `pairKeys` are the query's pair tokens as `tokenKey` gives them: a match on one of them marks the next
 * word too, its second syllable.
 */
export function excerptParts(content: string, locations: number[], pairKeys: ReadonlySet<string>, size = EXCERPT_WORDS): ExcerptPart[] {
  const words = content.split(' ');
  const marked = new Set<number>();
  for (const location of locations) {
    if (location < 0 || location >= words.length) continue;
    marked.add(location);
    if (pairKeys.has(tokenKey(words[location]!))) marked.add(location + 1);
  }
  const start = windowStart(locations, size, words.length);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', marked: false });
  const add = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  const end = Math.min(words.length, start + size);
  for (let i = start; i < end; i++) {
    add(displayWord(words[i]!), marked.has(i));
    // The space between two marked words is marked too; any other is not.
    if (i + 1 < end) add(' ', marked.has(i) && marked.has(i + 1));
  }
  if (start + size < words.length) parts.push({ text: ' …', marked: false });
  return parts;
}
