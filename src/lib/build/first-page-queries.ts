/**
 * Which queries get a precomputed first page (src/lib/build/first-pages.ts): the word pairs held by the
 * most documents (`triển khai`), and the three-syllable phrases made of two of them in a row (`chuyển đổi
 * số`), each unaccented and in its most common spelling, as a reader would type them. They are counted in
 * the index text of the first pages of each bundle (a pair held by 1% of documents is in that sample; the
 * count shown is always the full one, from the search).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JOIN, displayWord } from '../search/index-words.ts';
import { foldedKey } from '../search/first-page.ts';
import type { PagefindBundle } from './pagefind-files.ts';

/** A pair token of the index text, with any punctuation around it. */
const PAIR_TOKEN = new RegExp(`^[^\\p{L}\\p{N}]*(\\p{L}[\\p{L}\\p{M}]*${JOIN}[\\p{L}\\p{M}]+)[^\\p{L}\\p{N}]*$`, 'u');
const SAMPLE_PAGES = 500;

/** `triển‿khai` (a form as indexed, lower case) → `triển khai`, đ restored. */
const pairText = (form: string) => `${displayWord(form)} ${form.slice(form.indexOf(JOIN) + 1)}`;

const mostCommon = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];

/** The query texts of `key` (folded) spelled as in `forms`: unaccented, and its commonest marked spelling. */
function spellings(key: string, forms: Map<string, number>, text: (form: string) => string): string[] {
  forms.delete(key);
  const marked = mostCommon(forms);
  return marked ? [text(key), text(marked)] : [text(key)];
}

async function fragmentContent(file: string): Promise<string> {
  const bytes = gunzipSync(await readFile(file));
  return (JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as { content: string }).content;
}

/** Counts of a sample of pages: how many hold each key, and each key's spellings. */
class Tally {
  readonly held = new Map<string, number>();
  readonly forms = new Map<string, Map<string, number>>();
  private seen = new Set<string>();

  page(): void {
    this.seen = new Set();
  }

  add(key: string, form: string): void {
    if (!this.seen.has(key)) this.held.set(key, (this.held.get(key) ?? 0) + 1);
    this.seen.add(key);
    const counts = this.forms.get(key) ?? new Map<string, number>();
    this.forms.set(key, counts.set(form, (counts.get(form) ?? 0) + 1));
  }

  /** The keys held by at least `minimum` sampled pages, most held first, at most `limit`. */
  common(minimum: number, limit: number): string[] {
    return [...this.held.entries()]
      .filter(([, count]) => count >= minimum)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([key]) => key);
  }
}

/**
 * The common pairs (held by `share` of the sampled pages, and by two), most held first, at most `limit`,
 * and the phrases of two of them in a row, at most half as many: the query texts of each, unaccented and
 * in its commonest spelling. The sample is the first pages of each bundle, read in their index text.
 */
export async function commonQueries(folders: string[], bundles: PagefindBundle[], share: number, limit: number): Promise<{ pairs: string[]; phrases: string[] }> {
  const pairs = new Tally();
  const phrases = new Tally();
  const folded = new Map<string, string>();
  let sampled = 0;
  for (const [number, bundle] of bundles.entries()) {
    for (const { hash } of bundle.pages.slice(0, SAMPLE_PAGES)) {
      pairs.page();
      phrases.page();
      let previous: { key: string; form: string } | null = null;
      for (const token of (await fragmentContent(path.join(folders[number]!, 'fragment', `${hash}.pf_fragment`))).split(' ')) {
        const form = PAIR_TOKEN.exec(token)?.[1]?.toLowerCase();
        let key = form === undefined ? undefined : folded.get(form);
        if (form !== undefined && key === undefined) folded.set(form, (key = foldedKey(form)));
        const current = form !== undefined ? { key: key!, form } : null;
        if (current) pairs.add(current.key, current.form);
        // A pair followed by the pair its second syllable begins (`chuyển‿đổi đổi‿số`) is a phrase.
        if (previous && current) phrases.add(`${previous.key} ${current.key}`, `${previous.form} ${current.form}`);
        previous = current;
      }
      sampled++;
    }
  }
  const minimum = Math.max(2, Math.ceil(sampled * share));
  const commonPairs = pairs.common(minimum, limit);
  const known = new Set(commonPairs);
  const phraseText = (spelled: string) => {
    const [first, second] = spelled.split(' ');
    return `${displayWord(first!)} ${pairText(second!)}`;
  };
  const commonPhrases = phrases.common(minimum, Infinity).filter((key) => key.split(' ').every((pair) => known.has(pair))).slice(0, Math.ceil(limit / 2));
  return {
    pairs: commonPairs.flatMap((key) => spellings(key, pairs.forms.get(key)!, pairText)),
    phrases: commonPhrases.flatMap((key) => spellings(key, phrases.forms.get(key)!, phraseText)),
  };
}
