/**
 * Matching keys. Keywords are matched on a folded, lower-cased copy of the text that keeps every
 * offset of the original, so a match in the key can be cut out of the printed text as printed
 * (OCR damage and all). Folding also absorbs most of the OCR damage of seed 003 (`truéc` → `truec`).
 */
import { foldDiacritics } from '../text.ts';

/** Folds character by character so `key[i]` always corresponds to `text[i]` (text must be NFC). */
export function foldKey(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = foldDiacritics(ch).toLowerCase();
    // A lone combining mark folds to nothing; a space keeps the offsets aligned.
    const one = folded.length === ch.length ? folded : folded.padEnd(ch.length, ' ').slice(0, ch.length);
    out += one;
  }
  return out;
}

/** Letters only, with the OCR confusions of the corpus undone (`S¢ Noi v` → `sonoiv`, `1y` → `ly`). */
export function skeleton(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[0&¢6]/g, 'o')
    .replace(/1/g, 'l')
    .replace(/[^a-z]/g, '');
}

/** Two reusable rows: the distance runs millions of times over a corpus, so it allocates nothing. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Edit distance, bounded: the distance when it is at most `limit`, else `limit + 1`. Only the cells
 * within `limit` of the diagonal can hold a distance that small, so only they are computed (Ukkonen's
 * band); the others count as `limit + 1`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (previousRow.length <= b.length + 1) {
    previousRow = new Int32Array(b.length * 2 + 2);
    currentRow = new Int32Array(b.length * 2 + 2);
  }
  let prev = previousRow;
  let row = currentRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    row[from - 1] = from === 1 && i <= limit ? i : over;
    let best = over;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost, over);
      row[j] = v;
      if (v < best) best = v;
    }
    if (to < b.length) row[to + 1] = over;
    if (best > limit && !(from === 1 && i <= limit)) return over;
    const swap = prev;
    prev = row;
    row = swap;
  }
  return prev[b.length]!;
}

/** Squashes whitespace and normalizes to NFC, so offsets into key and text agree. */
export function prepare(text: string): { text: string; key: string } {
  const clean = text.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();
  return { text: clean, key: foldKey(clean) };
}
