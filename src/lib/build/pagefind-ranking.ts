/**
 * Pagefind's ranked search (`search_term` of pagefind_web/src/search.rs, Pagefind 1.6), computed the way its
 * WebAssembly computes it — in float32, in the same order of operations — over a bundle read back from its
 * files (src/lib/build/pagefind-files.ts): each query word matches every loaded word it begins (their
 * length bonus), and each spelling of it (its diacritics bonus); a page holding every query word is scored
 * by BM25 on its weighted positions, plus a boost for the metadata fields holding query words.
 */
import type { Chunk, PagefindBundle, PageWord } from './pagefind-files.ts';

const f = Math.fround;

/** Pagefind's ranking weights: its defaults, and the metadata weights the search page sets. */
export interface RankingWeights { termSimilarity: number; pageLength: number; termSaturation: number; termFrequency: number; diacriticSimilarity: number; metaWeights: Record<string, number> }
export const DEFAULT_RANKING: Omit<RankingWeights, 'metaWeights'> = { termSimilarity: 1, pageLength: 0.75, termSaturation: 1.4, termFrequency: 1, diacriticSimilarity: 0.8 };

export interface RankedPage { page: number; score: number; locations: number[] }

/** The chunks the browser has loaded for a search (src/lib/build/pagefind-replica.ts), in word order. */
export type LoadedWords = Chunk[];

export function loadedWord(loaded: LoadedWords, key: string) {
  for (const chunk of loaded) {
    const data = chunk.words.get(key);
    if (data) return data;
  }
  return undefined;
}

export function diacriticsMatch(original: string, form: string): boolean {
  return form === original || form.startsWith(original) || original.startsWith(form);
}

export function idf(totalPages: number, holding: number): number {
  return f(Math.log(f(f(f(f(f(totalPages) - f(holding)) + 0.5) / f(f(holding) + 0.5)) + 1)));
}

function lengthBonus(differential: number, similarity: number): number {
  const base = f(Math.exp(f(f(-0.5 * f(differential * differential)) / 4)));
  return f(f(Math.exp(f(base * similarity))) / f(Math.exp(similarity)));
}

/** The first index of `keys` (sorted) not below `term`. */
function lowerBound(keys: string[], term: string): number {
  let [low, high] = [0, keys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The loaded words a query word matches: those it begins (in word order), else the longest word that begins it. */
export function extensionsOf(loaded: LoadedWords, term: string): string[] {
  const found: string[] = [];
  for (const { keys } of loaded) for (let i = lowerBound(keys, term); i < keys.length && keys[i]!.startsWith(term); i++) found.push(keys[i]!);
  if (found.length > 0) return found;
  let longest: string | undefined;
  for (const { keys } of loaded) for (const word of keys) if (term.startsWith(word) && word.length > (longest?.length ?? 0)) longest = word;
  return longest ? [longest] : [];
}

/** One page entry a query word matched: which word (its place in `words`), its bonuses, which query word. */
interface Entry { word: PageWord; wordStr: number; lengthBonus: number; diacriticBonus: number; term: number }

/** Pagefind's ranked search of the normalised `terms` (spellings as typed in `originals`), in page order. */
export function rankedSearch(bundle: PagefindBundle, loaded: LoadedWords, terms: string[], originals: string[], exactDiacritics: boolean, ranking: RankingWeights): { unfiltered: number; pages: RankedPage[] } {
  const total = bundle.pages.length;
  const words: string[] = [];
  const entries: Entry[] = [];
  const holding: Array<Set<number>> = [];
  const combined: number[] = [];
  terms.forEach((term, index) => {
    const original = originals[index] ?? '';
    const pages = new Set<number>();
    const extensions = extensionsOf(loaded, term);
    for (const wordStr of extensions) {
      const data = loadedWord(loaded, wordStr)!;
      const bonus = lengthBonus(Math.min(255, Math.abs(Buffer.byteLength(wordStr) - Buffer.byteLength(term)) + 1), ranking.termSimilarity);
      const forms: Array<[string, PageWord[]]> = [];
      if (!exactDiacritics || diacriticsMatch(original, wordStr)) forms.push([wordStr, data.pages]);
      for (const variant of data.variants) if (!exactDiacritics || diacriticsMatch(original, variant.form)) forms.push([variant.form, variant.pages]);
      // One place per word: a word two query words begin is one word to Pagefind (its map of words).
      let place = words.indexOf(wordStr);
      if (place < 0) place = words.push(wordStr) - 1;
      for (const [form, formPages] of forms) {
        const boost = ranking.diacriticSimilarity > 0 && diacriticsMatch(original, form) ? f(1 + ranking.diacriticSimilarity) : 1;
        for (const word of formPages) {
          entries.push({ word, wordStr: place, lengthBonus: bonus, diacriticBonus: boost, term: index });
          pages.add(word.page);
        }
      }
    }
    combined.push(extensions.length > 0 ? pages.size : 0);
    if (extensions.length > 0) holding.push(pages);
  });
  if (terms.length > 0 && holding.length === 0) return { unfiltered: 0, pages: [] };
  const [fewest, ...others] = [...holding].sort((a, b) => a.size - b.size);
  const results = fewest ? [...fewest].filter((page) => others.every((set) => set.has(page))).sort((a, b) => a - b) : [];
  // Entries by page, in the order they were found (a stable counting sort).
  const starts = new Int32Array(total + 1);
  for (const entry of entries) starts[entry.word.page + 1]!++;
  for (let page = 0; page < total; page++) starts[page + 1]! += starts[page]!;
  const byPage = new Array<Entry>(entries.length);
  const next = starts.slice(0, total);
  for (const entry of entries) byPage[next[entry.word.page]!++] = entry;
  const context: Scoring = {
    bundle,
    ranking,
    idfs: combined.map((count) => idf(total, count)),
    queryIdf: combined.reduce((sum, count) => f(sum + idf(total, count)), 0),
    // Pagefind sums word scores in the order of the words as strings (a BTreeMap): their byte order.
    wordOrder: rankOf(words),
  };
  const scored = results.map((page) => scorePage(context, page, byPage.slice(starts[page]!, starts[page + 1]!)));
  return { unfiltered: results.length, pages: scored };
}

interface Scoring { bundle: PagefindBundle; ranking: RankingWeights; idfs: number[]; queryIdf: number; wordOrder: number[] }

function rankOf(words: string[]): number[] {
  const order = words.map((_, index) => index).sort((a, b) => Buffer.compare(Buffer.from(words[a]!), Buffer.from(words[b]!)));
  const rank = new Array<number>(words.length);
  order.forEach((index, place) => (rank[index] = place));
  return rank;
}

/** Positions of one page's entries, reused from page to page (a page's entries rarely hold many). */
let positions = new Int32Array(1024);

/**
 * Each matched word's weight on the page, and the page's matched positions: Pagefind groups the entries by
 * position, and one position matching several query words counts each, times their number, at the least
 * weight; otherwise each position counts its own weight.
 */
function weightsOf(entries: Entry[]): { weighted: Map<number, number>; locations: number[] } {
  let count = 0;
  for (const entry of entries) count += entry.word.locs.length / 2;
  if (positions.length < count) positions = new Int32Array(2 * count);
  let at = 0;
  for (const entry of entries) for (let i = 1; i < entry.word.locs.length; i += 2) positions[at++] = entry.word.locs[i]!;
  const sorted = positions.subarray(0, count).sort();
  let shared = false;
  for (let i = 1; i < count && !shared; i++) shared = sorted[i] === sorted[i - 1];
  if (!shared) {
    const weighted = new Map<number, number>();
    for (const entry of entries) {
      let sum = 0;
      for (let i = 0; i < entry.word.locs.length; i += 2) sum += entry.word.locs[i]!;
      if (entry.word.locs.length > 0) weighted.set(entry.wordStr, (weighted.get(entry.wordStr) ?? 0) + sum);
    }
    return { weighted, locations: Array.from(sorted) };
  }
  const located: Array<[position: number, weight: number, entry: Entry]> = [];
  for (const entry of entries) for (let i = 0; i < entry.word.locs.length; i += 2) located.push([entry.word.locs[i + 1]!, entry.word.locs[i]!, entry]);
  located.sort((a, b) => a[0] - b[0]);
  const weighted = new Map<number, number>();
  const locations: number[] = [];
  for (let i = 0; i < located.length; ) {
    // The first entry of each query word at this position.
    const seen: Array<[term: number, wordStr: number, weight: number]> = [];
    let j = i;
    for (; j < located.length && located[j]![0] === located[i]![0]; j++) {
      const [, weight, entry] = located[j]!;
      if (!seen.some(([term]) => term === entry.term)) seen.push([entry.term, entry.wordStr, weight]);
    }
    const minimum = Math.min(...seen.map(([, , weight]) => weight));
    const effective = seen.length > 1 ? Math.min(255, minimum * seen.length) : minimum;
    for (const [, wordStr] of seen) weighted.set(wordStr, (weighted.get(wordStr) ?? 0) + effective);
    locations.push(located[i]![0]);
    i = j;
  }
  return { weighted, locations };
}

function scorePage({ bundle, ranking, idfs, queryIdf, wordOrder }: Scoring, page: number, entries: Entry[]): RankedPage {
  const { weighted, locations } = weightsOf(entries);
  const { wordCount } = bundle.pages[page]!;
  const k1 = f(ranking.termSaturation);
  const b = f(ranking.pageLength);
  const norm = f(k1 * f(f(1 - b) + f(b * f(f(wordCount) / bundle.averagePageLength))));
  let base = 0;
  for (const wordStr of [...weighted.keys()].sort((x, y) => wordOrder[x]! - wordOrder[y]!)) {
    const matched = entries.find((entry) => entry.wordStr === wordStr)!;
    const withLength = f(f(weighted.get(wordStr)! / 24) * matched.lengthBonus);
    const bm25 = f(f(f(k1 + 1) * withLength) / f(norm + withLength));
    const raw = Math.min(f(withLength / f(bundle.averagePageLength / 5)), f(k1 + 1));
    const tf = f(f(f(1 - ranking.termFrequency) * raw) + f(f(ranking.termFrequency) * bm25));
    base = f(base + f(f(idfs[matched.term]! * tf) * matched.diacriticBonus));
  }
  // Metadata: each field's query words (by word) weigh their idf, scaled by the share of the query's idf they cover, squared.
  const meta = new Map<number, Map<number, number>>();
  for (const entry of entries) for (const [field] of entry.word.metaLocs) meta.set(field, (meta.get(field) ?? new Map()).set(entry.wordStr, idfs[entry.term]!));
  let boost = 0;
  for (const [field, byWord] of meta) {
    const name = bundle.metaFields[field];
    if (name === undefined) continue;
    const weight = f(ranking.metaWeights[name] ?? 1);
    const matched = [...byWord.values()].reduce((sum, value) => f(sum + value), 0);
    const coverage = f(matched / queryIdf);
    boost = f(boost + (queryIdf > 0 ? f(f(f(weight * matched) * coverage) * coverage) : 0));
  }
  return { page, score: f(base + boost), locations };
}
