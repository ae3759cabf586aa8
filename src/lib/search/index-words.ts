/**
 * The words the search index holds, shared by the build (what Pagefind indexes) and the search page (what
 * it asks Pagefind for), so that both sides spell a word the same way.
 *
 * Vietnamese writes every syllable apart and most words have two (*triển khai*, *Ba Tơ*): searched syllable
 * by syllable, a word matches any page holding its syllables anywhere, and a syllable found in every
 * document costs its every position. So each syllable is indexed joined to the next one of its sentence,
 * `triển‿khai khai‿thực thực‿hiện hiện‿`: one index entry per syllable, as before, but the entry names a
 * word pair. A pair is looked up whole (`triển‿khai`), a lone syllable as the prefix `triển‿`, a phrase as
 * consecutive pairs, and punctuation between two syllables ends the pair.
 *
 * - `‿` (U+203F) is a connector Pagefind keeps inside a word (its default `includeCharacters`), and the
 *   part after it carries no punctuation, so Pagefind never splits the pair again.
 * - Pagefind folds tone marks but not đ. The index text writes đ as d + U+0335 (a combining stroke that
 *   Pagefind drops when it folds, kept through `includeCharacters`), and the second syllable of a pair with
 *   d: `dang` then finds `Đảng` without a second search, and exact diacritics still tell them apart.
 * - The display form of a token (excerpts, result titles) is its first syllable with its punctuation:
 *   `displayWord('(triển‿khai')` is `(triển`.
 */

/** Joins a syllable to the next one. */
export const JOIN = '\u203F';
/** Written after d for đ (and D for Đ) in the index text. */
export const STROKE = '\u0335';
/** Characters Pagefind must keep inside words, for the build and the browser alike. */
export const INCLUDE_CHARACTERS = `${JOIN}${STROKE}`;

const SYLLABLE = /^\p{L}[\p{L}\p{M}]*$/u;
const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
const TOKEN = new RegExp(`^([^\\p{L}\\p{N}]*)(\\p{L}[\\p{L}\\p{M}]*)${JOIN}[\\p{L}\\p{M}]*([^\\p{L}\\p{N}]*)$`, 'u');

/** A written word split into its leading punctuation, its core and its trailing punctuation. */
export interface WordParts { lead: string; core: string; trail: string }

export function wordParts(word: string): WordParts {
  const [, lead = '', core = '', trail = ''] = EDGES.exec(word) ?? [];
  return { lead, core, trail };
}

/** True for a core made of letters only (a syllable; numbers, symbols and OCR debris such as `cu6ng` are not). */
export function isSyllable(core: string): boolean {
  return SYLLABLE.test(core);
}

/** đ as d + stroke, in the index text. */
export function strokeD(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** The second syllable of a pair: lower case, đ as plain d. */
export function pairTail(syllable: string): string {
  return syllable.toLowerCase().replace(/đ/g, 'd');
}

/** Splits text into the words the index holds (whitespace-separated, NFC). */
export function writtenWords(text: string): string[] {
  return text.normalize('NFC').split(/\s+/).filter(Boolean);
}

/**
 * The index tokens of one block of text (a paragraph, a heading, a list item): each syllable joined to the
 * next syllable when nothing but a space separates them, other words as written. The two characters of the
 * scheme are removed from the text first, so that no token of the text can be mistaken for one of ours.
 */
export function indexTokens(text: string): string[] {
  const words = writtenWords(text.replaceAll(JOIN, ' ').replaceAll(STROKE, ''));
  const parts = words.map(wordParts);
  return parts.map((part, index) => {
    if (!isSyllable(part.core)) return strokeD(words[index]!);
    const next = parts[index + 1];
    const joined = next !== undefined && part.trail === '' && next.lead === '' && isSyllable(next.core);
    return `${part.lead}${strokeD(part.core)}${JOIN}${joined ? pairTail(next.core) : ''}${part.trail}`;
  });
}

/** The index text of a block: its tokens, space-separated. */
export function indexText(text: string): string {
  return indexTokens(text).join(' ');
}

/** How a token reads: its first syllable with its punctuation, đ restored. */
export function displayWord(token: string): string {
  const match = TOKEN.exec(token);
  const word = match ? `${match[1]}${match[2]}${match[3]}` : token;
  return word.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/** How index text reads: every token shown as written. */
export function displayText(text: string): string {
  return text.split(' ').map(displayWord).join(' ');
}
