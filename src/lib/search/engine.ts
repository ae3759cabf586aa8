/**
 * Which pages answer a query, and in what order, from Pagefind searches of the index words
 * (src/lib/search/query-plan.ts). A page is an exact result only when it holds every unit of the query
 * whole (Pagefind's quoted search looks a token up exactly; a lone syllable's prefix `số‿` is whole by
 * construction); best first: the query as a phrase before its units apart, the query's own diacritics
 * before folded ones, then Pagefind's score, held documents before cited-only pages. Pages Pagefind's
 * ranked search finds but that miss a unit (a longer word, a unit missing) are near matches, listed apart.
 *
 * A pair of a run of three syllables or more that no page holds (`hoạch Ba` in `kế hoạch Ba Tơ`) is read
 * as a word boundary and dropped, the syllables on either side staying covered by their other pairs.
 */
import { phraseTerm, syllablePrefix, type QueryPlan, type QueryUnit } from './query-plan.ts';

export interface PagefindHit { id: string; score: number; words?: number[]; data: () => Promise<unknown> }
export interface PagefindAnswer { results: PagefindHit[]; unfilteredResultCount: number }
export type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> };

/** One Pagefind index (a bundle) the search runs over. */
export interface SearchIndex {
  held: boolean;
  search(term: string | null, options: SearchOptions): Promise<PagefindAnswer | null>;
  exactDiacritics(on: boolean): Promise<void>;
}

export interface Hit {
  key: string;
  /** The index it comes from, and its place in that index's results (its date order in a sorted search). */
  index: number;
  rank: number;
  held: boolean;
  score: number;
  tier: number;
  /** Where the query matched in the page's words (for the excerpt). */
  words: number[];
  data: () => Promise<unknown>;
}
/**
 * Exact results as streams: one ranked list, or, sorted by date, one list per scope (held, cited), each in
 * date order, for the caller to merge by the dates of their pages. Near matches: one ranked list.
 */
export interface Answer { exact: Hit[][]; near: Hit[]; dropped: string[] }

type Found = Map<string, Hit>;

async function runAll(indexes: SearchIndex[], term: string | null, options: SearchOptions): Promise<{ found: Found; total: number }> {
  const answers = await Promise.all(indexes.map((index) => index.search(term, options)));
  const found: Found = new Map();
  let total = 0;
  answers.forEach((answer, index) => {
    total += answer?.unfilteredResultCount ?? 0;
    answer?.results.forEach((result, rank) => {
      const key = `${index}:${result.id}`;
      found.set(key, { key, index, rank, held: indexes[index]!.held, score: result.score, tier: 0, words: result.words ?? [], data: result.data });
    });
  });
  return { found, total };
}

const intersect = (sets: Found[]): Set<string> => {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!.keys()].filter((key) => rest.every((set) => set.has(key))));
};

/** The units kept after dropping pairs no page holds, with lone syllables added where a drop isolates one. */
function keptUnits(plan: QueryPlan, counts: number[]): { units: QueryUnit[]; dropped: QueryUnit[] } {
  const dropped = plan.units.filter((unit, i) => {
    const segment = plan.segments[unit.segment]!;
    return unit.pair !== null && 'syllables' in segment && segment.syllables.length >= 3 && counts[i] === 0;
  });
  const units = plan.units.filter((unit) => !dropped.includes(unit));
  for (const [segmentIndex, segment] of plan.segments.entries()) {
    if (!('syllables' in segment) || segment.syllables.length < 3) continue;
    segment.syllables.forEach((syllable, position) => {
      const covered = units.some((unit) => unit.segment === segmentIndex && (unit.pair === position || unit.pair === position - 1));
      if (!covered) units.push({ words: [syllable], term: syllablePrefix(syllable), token: syllablePrefix(syllable), segment: segmentIndex, pair: null });
    });
  }
  return { units, dropped };
}

function ranked(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => a.tier - b.tier || b.score - a.score || Number(b.held) - Number(a.held) || (a.key < b.key ? -1 : 1));
}

/**
 * Hits in date order, as streams by scope: the indexes of a scope hold disjoint years, newest first, so
 * their sorted results follow one another; pages without a date (left out of a sorted search) come last.
 */
function byDate(hits: Hit[], sorted: Found, direction: 'asc' | 'desc'): Hit[][] {
  const place = (hit: Hit) => sorted.get(hit.key);
  const order = (a: Hit, b: Hit) => {
    const [pa, pb] = [place(a), place(b)];
    if (pa && pb) return (direction === 'desc' ? pa.index - pb.index : pb.index - pa.index) || pa.rank - pb.rank;
    return pa ? -1 : pb ? 1 : b.score - a.score;
  };
  return [true, false].map((held) => hits.filter((hit) => hit.held === held).sort(order)).filter((stream) => stream.length > 0);
}

/** Every page the filters let through, newest first (or in the order asked): browsing without a query. */
export async function browse(indexes: SearchIndex[], options: SearchOptions): Promise<Answer> {
  const sort = options.sort ?? { date: 'desc' };
  const [{ found: sorted }, { found: all }] = await Promise.all([runAll(indexes, null, { ...options, sort }), runAll(indexes, null, { filters: options.filters })]);
  return { exact: byDate([...all.values()], sorted, sort.date ?? 'desc'), near: [], dropped: [] };
}

export async function answerQuery(indexes: SearchIndex[], plan: QueryPlan, options: SearchOptions): Promise<Answer> {
  const first = await Promise.all(plan.units.map((unit) => runAll(indexes, unit.term, { filters: options.filters })));
  const { units, dropped } = keptUnits(plan, first.map((search) => search.total));
  const unitSets = await Promise.all(
    units.map((unit) => {
      const known = plan.units.indexOf(unit);
      return known >= 0 ? first[known]!.found : runAll(indexes, unit.term, { filters: options.filters }).then((search) => search.found);
    }),
  );
  const phrase = dropped.length === 0 ? phraseTerm(plan) : null;
  const ranking = units.map((unit) => unit.token).join(' ');
  const [scored, sorted, phraseFound] = await Promise.all([
    runAll(indexes, ranking, { filters: options.filters }).then((search) => search.found),
    options.sort ? runAll(indexes, ranking, options).then((search) => search.found) : null,
    phrase ? runAll(indexes, phrase, { filters: options.filters }).then((search) => search.found) : null,
  ]);
  const exactKeys = intersect(unitSets);
  const phraseKeys = phraseFound ? new Set([...phraseFound.keys()].filter((key) => exactKeys.has(key))) : exactKeys;
  const marked = plan.marked ? await markedKeys(indexes, units, phrase, options) : null;
  const exact: Hit[] = [];
  const near: Hit[] = [];
  // The excerpt shows where the page matched best: the phrase, else its rarest unit (a ranked search
  // would also mark the longer words its prefixes found).
  const rarest = [...unitSets].sort((a, b) => a.size - b.size);
  const hitOf = (key: string): Hit => phraseFound?.get(key) ?? rarest.map((set) => set.get(key)).find(Boolean) ?? scored.get(key)!;
  for (const key of exactKeys) {
    const inPhrase = phraseKeys.has(key);
    if (plan.quoted && !inPhrase) continue;
    const sameMarks = marked === null || (inPhrase ? marked.phrase : marked.apart).has(key);
    const hit = hitOf(key);
    exact.push({ ...hit, score: scored.get(key)?.score ?? -Infinity, tier: (inPhrase ? 0 : 2) + (sameMarks ? 0 : 1) });
  }
  for (const [key, hit] of scored) if (!exactKeys.has(key) || (plan.quoted && !phraseKeys.has(key))) near.push({ ...hit, tier: 0 });
  const nearKeys = new Set(near.map((hit) => hit.key));
  for (const key of missingOne(unitSets)) {
    if (!exactKeys.has(key) && !nearKeys.has(key)) near.push({ ...hitOf(key), score: -Infinity, tier: 1 });
  }
  const streams = sorted ? byDate(exact, sorted, options.sort?.date ?? 'desc') : [ranked(exact)];
  return { exact: streams, near: ranked(near), dropped: dropped.map((unit) => unit.words.join(' ')) };
}

/** Pages holding all units but one (for queries of two units or more). */
function missingOne(sets: Found[]): string[] {
  if (sets.length < 2) return [];
  return [...new Set(sets.flatMap((_, skip) => [...intersect(sets.filter((__, i) => i !== skip))]))];
}

/** Pages that hold the units (and the phrase) with the query's own diacritics, from Pagefind's exact-diacritics mode. */
async function markedKeys(indexes: SearchIndex[], units: QueryUnit[], phrase: string | null, options: SearchOptions): Promise<{ apart: Set<string>; phrase: Set<string> }> {
  await Promise.all(indexes.map((index) => index.exactDiacritics(true)));
  try {
    const [sets, phraseFound] = await Promise.all([
      Promise.all(units.map((unit) => runAll(indexes, unit.term, { filters: options.filters }).then((search) => search.found))),
      phrase ? runAll(indexes, phrase, { filters: options.filters }).then((search) => search.found) : null,
    ]);
    const apart = intersect(sets);
    return { apart, phrase: phraseFound ? new Set(phraseFound.keys()) : apart };
  } finally {
    await Promise.all(indexes.map((index) => index.exactDiacritics(false)));
  }
}
