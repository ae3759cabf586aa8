/**
 * A Pagefind bundle searched at build time as the search page searches it, so that the search page's own
 * engine (src/lib/search/engine.ts) can run over it: Pagefind's query normalisation (its browser script),
 * its exact search (`exact_term`: a quoted term, or a phrase of terms in a row) and its ranked search
 * (src/lib/build/pagefind-ranking.ts), over the bundle's own files (src/lib/build/pagefind-files.ts).
 * Without filters or sorting: those are always Pagefind's own in the browser.
 *
 * Like the browser, it sees only the index chunks a query word falls in, so a word's extensions (`ba‿to` →
 * `ba‿toan`) in another chunk are not seen; in the browser they are once some earlier search loaded that
 * chunk: `wholeInChunks` tells the words whose answer does not depend on what was searched before.
 */
import type { PagefindAnswer, PagefindHit, SearchIndex, SearchOptions } from '../search/engine.ts';
import type { PagefindBundle, PageWord } from './pagefind-files.ts';
import { diacriticsMatch, loadedWord, rankedSearch, type LoadedWords, type RankingWeights } from './pagefind-ranking.ts';

const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Pagefind's diacritics folding (its `normalizeDiacritics`). */
export function pagefindFold(text: string): string {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** A query as Pagefind's browser script reads it: exact or not, its folded terms and their spellings. */
export function pagefindQuery(query: string, includeCharacters: readonly string[]): { exact: boolean; terms: string[]; originals: string[] } {
  const exact = /^\s*".+"\s*$/.test(query);
  let kept = '';
  for (const { segment } of graphemes.segment(query)) {
    if (includeCharacters.includes(segment)) kept += segment;
    else if (!PUNCTUATION.test(segment)) kept += segment.toLocaleLowerCase();
  }
  const pairs = kept
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map((original) => [original, pagefindFold(original)] as const)
    .filter(([, folded]) => folded.length > 0);
  return { exact, terms: pairs.map(([, folded]) => folded), originals: pairs.map(([original]) => original) };
}

interface Found { page: number; locations: number[] }

/** Pagefind's exact search: every term (a word, folded) on the page, in a row when there are several. */
function exactSearch(loaded: LoadedWords, terms: string[], originals: string[], exactDiacritics: boolean): { unfiltered: number; pages: Found[] } {
  // Each term's entries by page: its spellings one after the other, as stored.
  const byTerm: Array<Map<number, PageWord[]>> = [];
  for (const [index, term] of terms.entries()) {
    const data = loadedWord(loaded, term);
    if (!data) return { unfiltered: 0, pages: [] };
    const original = originals[index] ?? '';
    const byPage = new Map<number, PageWord[]>();
    const forms: Array<[string, PageWord[]]> = [[term, data.pages], ...data.variants.map((variant): [string, PageWord[]] => [variant.form, variant.pages])];
    for (const [form, pages] of forms) {
      if (exactDiacritics && !diacriticsMatch(original, form)) continue;
      for (const word of pages) {
        const list = byPage.get(word.page);
        if (list) list.push(word);
        else byPage.set(word.page, [word]);
      }
    }
    byTerm.push(byPage);
  }
  if (byTerm.length === 1) return oneTerm(byTerm[0]!);
  const results = byTerm.length === 0 ? [] : [...byTerm[0]!.keys()].filter((page) => byTerm.every((byPage) => byPage.has(page))).sort((a, b) => a - b);
  const pages: Found[] = [];
  for (const page of results) {
    // Pagefind takes the first position (as stored, not sorted) that starts the phrase, or a lone term's first.
    const entries = byTerm.map((byPage) => byPage.get(page)!);
    const [first, ...rest] = entries.map((words) => words.flatMap((word) => Array.from({ length: word.locs.length / 2 }, (_, i) => word.locs[2 * i + 1]!)));
    const start = first?.find((position) => rest.every((positions, offset) => positions.includes(position + offset + 1)));
    if (start !== undefined) {
      pages.push({ page, locations: Array.from({ length: rest.length + 1 }, (_, offset) => start + offset) });
    } else if (inMetadataInARow(entries)) {
      pages.push({ page, locations: [] });
    } else if (terms.length === 1) {
      pages.push({ page, locations: first ?? [] });
    }
  }
  return { unfiltered: results.length, pages };
}

/** An exact search of one term: every page holding it, matched at its first position as stored (if any). */
function oneTerm(byPage: Map<number, PageWord[]>): { unfiltered: number; pages: Found[] } {
  const pages = [...byPage.entries()].sort((a, b) => a[0] - b[0]).map(([page, words]): Found => {
    const first = words.find((word) => word.locs.length > 0);
    return { page, locations: first ? [first.locs[1]!] : [] };
  });
  return { unfiltered: pages.length, pages };
}

/** The terms in a row in one metadata field (an exact search matching a title, say). */
function inMetadataInARow(entries: PageWord[][]): boolean {
  const fields = entries.map((words) => {
    const byField = new Map<number, number[]>();
    for (const word of words) for (const [field, position] of word.metaLocs) byField.set(field, [...(byField.get(field) ?? []), position]);
    return byField;
  });
  const ids = new Set(fields.flatMap((byField) => [...byField.keys()]));
  return [...ids].some((id) => {
    if (fields.some((byField) => !byField.has(id))) return false;
    const [first, ...rest] = fields.map((byField) => byField.get(id)!);
    return first!.some((position) => rest.every((positions, offset) => positions.includes(position + offset + 1)));
  });
}

const prefix = (text: string, length: number) => Array.from(text).slice(0, length).join('');

/**
 * The chunks Pagefind's browser script loads for a query word (`request_indexes`): those whose first and
 * last words (shortened to distinct prefixes) bracket it, else those they bracket when cut to its length.
 */
export function requestedChunks(bundle: PagefindBundle, term: string): number[] {
  let byTerm = requested.get(bundle);
  if (!byTerm) requested.set(bundle, (byTerm = new Map()));
  let chunks = byTerm.get(term);
  if (!chunks) byTerm.set(term, (chunks = chunksFor(bundle, term)));
  return chunks;
}

const requested = new WeakMap<PagefindBundle, Map<string, number[]>>();

function chunksFor(bundle: PagefindBundle, term: string): number[] {
  const strict = bundle.chunks.flatMap((chunk, index) => (term >= chunk.from && term <= chunk.to ? [index] : []));
  if (strict.length > 0) return strict;
  const length = Array.from(term).length;
  return bundle.chunks.flatMap((chunk, index) => {
    const from = Math.min(length, Array.from(chunk.from).length);
    const to = Math.min(length, Array.from(chunk.to).length);
    return prefix(term, from) >= prefix(chunk.from, from) && prefix(term, to) <= prefix(chunk.to, to) ? [index] : [];
  });
}

function loadedWords(bundle: PagefindBundle, chunks: Iterable<number>): LoadedWords {
  return [...new Set(chunks)].sort((a, b) => a - b).map((index) => bundle.chunk(bundle.chunks[index]!.hash));
}

/**
 * True when the word `term` is in the chunks the browser loads for it, with every word it begins: no chunk
 * around them holds one. Then no chunk loaded by an earlier search can change what a search of it finds.
 */
export function wholeInChunks(bundle: PagefindBundle, term: string): boolean {
  const chunks = requestedChunks(bundle, term);
  if (chunks.length === 0 || !loadedWord(loadedWords(bundle, chunks), term)) return false;
  const around = [Math.min(...chunks) - 1, Math.max(...chunks) + 1].filter((index) => index >= 0 && index < bundle.chunks.length && !chunks.includes(index));
  return around.every((index) => !bundle.chunk(bundle.chunks[index]!.hash).keys.some((word) => word.startsWith(term)));
}

/** Answers kept per bundle: one query's spellings and its phrases ask the same searches again. */
const ANSWERS_KEPT = 16;

/** The bundle as the engine's SearchIndex (held documents), its results keyed by Pagefind's page hashes. */
export function replicaIndex(bundle: PagefindBundle, ranking: RankingWeights): SearchIndex {
  let exactDiacritics = false;
  const answers = new Map<string, PagefindAnswer>();
  const hit = (page: number, score: number, words: number[]): PagefindHit => ({ id: bundle.pages[page]!.hash, score, words, data: () => Promise.reject(new Error('replica: no fragment')) });
  const answer = ({ exact, terms, originals }: ReturnType<typeof pagefindQuery>): PagefindAnswer => {
    const loaded = loadedWords(bundle, terms.flatMap((word) => requestedChunks(bundle, word)));
    if (exact) {
      const found = exactSearch(loaded, terms, originals, exactDiacritics);
      return { unfilteredResultCount: found.unfiltered, results: found.pages.map((page) => hit(page.page, 1, page.locations)) };
    }
    const ranked = rankedSearch(bundle, loaded, terms, originals, exactDiacritics, ranking);
    return { unfilteredResultCount: ranked.unfiltered, results: ranked.pages.map((page) => hit(page.page, page.score, page.locations)) };
  };
  return {
    held: true,
    async exactDiacritics(on) {
      exactDiacritics = on;
    },
    async search(term: string | null, options: SearchOptions): Promise<PagefindAnswer | null> {
      if (term === null || options.sort || Object.keys(options.filters ?? {}).length > 0) throw new Error('replica: chỉ tìm theo từ, không lọc, không sắp xếp');
      const query = pagefindQuery(term, bundle.includeCharacters);
      // The spellings typed matter to a ranked search (its diacritics bonus) and to an exact one with exact diacritics.
      const spelled = !query.exact || exactDiacritics ? query.originals.join(' ') : '';
      const key = [query.exact, exactDiacritics, query.terms.join(' '), spelled].join('\u0000');
      let found = answers.get(key);
      if (!found) {
        if (answers.size >= ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
        answers.set(key, (found = answer(query)));
      }
      return found;
    },
  };
}
