/** Small text utilities shared by every step: Unicode folding, slugs, whitespace. */

/**
 * A pure function of one string, remembered: the ingest asks the same few thousand words, symbols and
 * issuers millions of times over an archive. The memory is bounded (cleared when full), so a long run
 * cannot grow it without end.
 */
export function rememberedByString<R>(fn: (text: string) => R, limit = 100_000): (text: string) => R {
  const memory = new Map<string, R>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined && !memory.has(text)) {
      if (memory.size >= limit) memory.clear();
      value = fn(text);
      memory.set(text, value);
    }
    return value as R;
  };
}

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

/**
 * Letters of other scripts drawn as a Latin letter (Unicode's intentional confusables: Cyrillic and Greek),
 * the one table for every place that reads a number or symbol typed on another keyboard layout (`NĐ-СP`
 * with a Cyrillic С): the extracted text (src/lib/extract/unicode.ts), symbols (identity) and the folded
 * view of the citation detector.
 */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
};

/** The Latin letter `char` looks like, or undefined when it is not such a look-alike. */
export const latinLookalike = (char: string): string | undefined => LATIN_LOOKALIKES[char];
