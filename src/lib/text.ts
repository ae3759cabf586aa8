/** Small text utilities shared by every step: Unicode folding, slugs, whitespace. */

/** Short strings (issuers, symbols, type words) are folded again and again: remember them. */
const foldedShort = new Map<string, string>();
const SHORT = 64;
const MAX_REMEMBERED = 100_000;

/** Removes Vietnamese tone and vowel marks and maps đ/Đ to d/D: `Quảng Ngãi` → `Quang Ngai`. */
export function foldDiacritics(text: string): string {
  if (text.length > SHORT) return fold(text);
  let folded = foldedShort.get(text);
  if (folded === undefined) {
    if (foldedShort.size >= MAX_REMEMBERED) foldedShort.clear();
    folded = fold(text);
    foldedShort.set(text, folded);
  }
  return folded;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** An ASCII, lowercase, hyphen-separated slug: `Nghị quyết 57/NQ-CP` → `nghi-quyet-57-nq-cp`. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Collapses runs of whitespace (including no-break and zero-width spaces) to one space and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/gu, ' ').trim();
}

/** Vietnamese collation for every sorted list the site shows. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
