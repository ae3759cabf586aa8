/**
 * What a typed query asks of the index (src/lib/search/index-words.ts): its words, read the way the index
 * writes them. A run of syllables becomes its adjacent pairs (`chuyển đổi số` → `chuyển‿đổi`, `đổi‿số`),
 * each looked up whole; a lone syllable becomes the prefix `số‿`, which matches the syllable as a whole
 * word wherever it stands; a number or symbol stays as written. The phrase is the same tokens in a row.
 */
import { isSyllable, JOIN, pairTail, strokeD, wordParts, writtenWords } from './index-words.ts';

/** One thing every exact result must hold. */
export interface QueryUnit {
  /** The query words it covers, as typed. */
  words: string[];
  /** What Pagefind is asked: a quoted token for a whole token, a bare prefix for a lone syllable. */
  term: string;
  /** The index token (or prefix) without quotes, for normal (ranked) searches. */
  token: string;
  /** The segment it comes from, and its place in a run of syllables (pairs only). */
  segment: number;
  pair: number | null;
}

/** A run of syllables with nothing but spaces between them, or one other word (a number, a symbol). */
export type Segment = { syllables: string[] } | { word: string };

export interface QueryPlan {
  /** The query as typed, NFC, quotes removed. */
  text: string;
  segments: Segment[];
  /** Every unit the page must hold. */
  units: QueryUnit[];
  /** The query typed between double quotes: only the phrase matches. */
  quoted: boolean;
  /** The query has tone marks or đ: pages with the same marks rank first. */
  marked: boolean;
}

const quote = (token: string) => `"${token}"`;

export function pairToken(first: string, second: string): string {
  return `${strokeD(first.toLowerCase())}${JOIN}${pairTail(second)}`;
}

export function syllablePrefix(syllable: string): string {
  return `${strokeD(syllable.toLowerCase())}${JOIN}`;
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let run: string[] = [];
  const closeRun = () => {
    if (run.length > 0) segments.push({ syllables: run });
    run = [];
  };
  for (const written of writtenWords(text)) {
    const { lead, core, trail } = wordParts(written);
    if (core === '') {
      closeRun();
    } else if (!isSyllable(core)) {
      closeRun();
      segments.push({ word: core });
    } else {
      if (lead !== '') closeRun();
      run.push(core);
      if (trail !== '') closeRun();
    }
  }
  closeRun();
  return segments;
}

function unitsOf(segments: Segment[]): QueryUnit[] {
  return segments.flatMap((segment, index): QueryUnit[] => {
    if ('word' in segment) {
      const token = strokeD(segment.word.toLowerCase());
      return [{ words: [segment.word], term: quote(token), token, segment: index, pair: null }];
    }
    const { syllables } = segment;
    if (syllables.length === 1) {
      const token = syllablePrefix(syllables[0]!);
      return [{ words: syllables, term: token, token, segment: index, pair: null }];
    }
    return syllables.slice(1).map((second, i) => {
      const token = pairToken(syllables[i]!, second);
      return { words: [syllables[i]!, second], term: quote(token), token, segment: index, pair: i };
    });
  });
}

/** Reads a query into its units; an empty query (or one of punctuation only) has none. */
export function planQuery(query: string): QueryPlan {
  const trimmed = query.normalize('NFC').trim();
  const quoted = /^".+"$/s.test(trimmed);
  const text = trimmed.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  const segments = segmentsOf(text);
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const marked = folded !== text.normalize('NFD') || /[đĐ]/.test(text);
  return { text, segments, units: unitsOf(segments), quoted, marked };
}

/**
 * The phrase as one exact Pagefind query: the index tokens the query's words have when they stand in a row
 * (a run's pairs, then `last‿` when another word follows it). A query ending in a lone syllable would need
 * a prefix there, which a phrase search cannot take: such a query (and a one-unit query) has no phrase term.
 */
export function phraseTerm(plan: QueryPlan): string | null {
  if (plan.units.length < 2) return null;
  const last = plan.segments.at(-1)!;
  if ('syllables' in last && last.syllables.length === 1) return null;
  const tokens = plan.segments.flatMap((segment, index) => {
    if ('word' in segment) return [strokeD(segment.word.toLowerCase())];
    const { syllables } = segment;
    const pairs = syllables.slice(1).map((second, i) => pairToken(syllables[i]!, second));
    return index < plan.segments.length - 1 ? [...pairs, syllablePrefix(syllables.at(-1)!)] : pairs;
  });
  return quote(tokens.join(' '));
}
