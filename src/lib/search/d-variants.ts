/**
 * Pagefind folds tone marks but not đ → d, so `dang` never finds `Đảng` and `ND-CP` never finds `NĐ-CP`.
 * The search page therefore also runs the query with d read as đ in the words that have a d, and merges
 * the results. Each word flips as a whole (all its d's or none): Vietnamese words rarely hold two.
 */

/** At most this many spellings of one query are searched (2^words-with-d grows fast). */
export const MAX_VARIANTS = 8;

function flip(word: string): string {
  return word.replace(/d/g, 'đ').replace(/D/g, 'Đ');
}

export function dVariants(query: string): string[] {
  const words = query.split(/(\s+)/);
  const flippable = words.map((word, index) => (/[dD]/.test(word) && !/\s/.test(word) ? index : -1)).filter((index) => index >= 0);
  const variants: string[] = [query];
  const limit = Math.min(2 ** flippable.length, MAX_VARIANTS);
  for (let mask = 1; mask < limit; mask++) {
    const copy = [...words];
    flippable.forEach((wordIndex, bit) => {
      if (mask & (1 << bit)) copy[wordIndex] = flip(copy[wordIndex]!);
    });
    variants.push(copy.join(''));
  }
  return variants;
}
