/**
 * The language model the restoration reads with: how often each syllable, and each pair of syllables, occurs
 * in the archive's own clean text, over the vocabulary of the Vietnamese syllable list (src/lib/vietnamese/
 * syllables.ts). Numbers and codes are one token each (`<so>`, `<ma>`), so that `số 91` teaches that `số` comes
 * before a number. Syllables are grouped by their skeleton (no marks, lower case): the candidates an OCR word
 * can stand for.
 */
import { foldDiacritics } from '../text.ts';
import { knownSyllableList } from '../vietnamese/syllables.ts';

export const NUMBER = '<so>';
export const CODE = '<ma>';
const BOUNDARY = '<b>';

export interface LanguageModel {
  unigram: Map<string, number>;
  /** Previous token → token → count. */
  bigram: Map<string, Map<string, number>>;
  total: number;
  /** Skeleton → syllables that have it (lower case, NFC). */
  bySkeleton: Map<string, string[]>;
}

/** A syllable's skeleton: its letters without marks, `đ` as `d`, lower case. */
export function skeleton(word: string): string {
  return foldDiacritics(word.normalize('NFC')).toLowerCase();
}

const NUMBER_WORD = /^\p{N}[\p{N}.,/-]*$/u;
const CODE_MARK = /[\p{N}/-]/u;
const CAPITALS = /^\p{Lu}{2,6}$/u;
const VOWEL = /[aeiouy]/i;

/** What a word (punctuation trimmed) counts as: `<so>` for a number, `<ma>` for a code (`UBND`, `KL/TU`), else itself in lower case. */
export function tokenKind(word: string): string {
  if (NUMBER_WORD.test(word)) return NUMBER;
  if (CODE_MARK.test(word) || (CAPITALS.test(word) && !VOWEL.test(skeleton(word).slice(1)))) return CODE;
  return word.toLowerCase();
}

/** The tokens of a text as the model counts them: syllables (lower case), `<so>`, `<ma>`, and sentence boundaries. */
export function modelTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.normalize('NFC').split(/\s+/u)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') continue;
    out.push(tokenKind(word));
    if (/[.;:!?]$/.test(raw)) out.push(BOUNDARY);
  }
  return out;
}

export function buildModel(texts: Iterable<string>): LanguageModel {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, Map<string, number>>();
  let total = 0;
  for (const text of texts) {
    let previous = BOUNDARY;
    for (const token of modelTokens(text)) {
      unigram.set(token, (unigram.get(token) ?? 0) + 1);
      let after = bigram.get(previous);
      if (!after) bigram.set(previous, (after = new Map()));
      after.set(token, (after.get(token) ?? 0) + 1);
      total++;
      previous = token;
    }
  }
  const bySkeleton = new Map<string, string[]>();
  for (const word of new Set([...knownSyllableList(), ...unigram.keys()])) {
    if (word.startsWith('<')) continue;
    const key = skeleton(word);
    const list = bySkeleton.get(key);
    if (list) list.push(word);
    else bySkeleton.set(key, [word]);
  }
  return { unigram, bigram, total, bySkeleton };
}

/** Smoothing: a pair never seen still has the chance of its second word; a word never seen the list's share. */
const PAIR_WEIGHT = 2;
const LIST_WEIGHT = 0.5;

/** P(word) smoothed over the vocabulary, times the pair weight: what a pair never seen counts as. */
export function unseenPairMass(model: LanguageModel, word: string): number {
  const vocabulary = model.bySkeleton.size + 3;
  return (PAIR_WEIGHT * ((model.unigram.get(word) ?? 0) + LIST_WEIGHT)) / (model.total + LIST_WEIGHT * vocabulary);
}

/** log of the denominator of P(· | previous): the previous token's count plus the pair weight. */
export function contextLogMass(model: LanguageModel, previous: string): number {
  return Math.log((model.unigram.get(previous) ?? 0) + PAIR_WEIGHT);
}

/** log P(word | previous): counted pairs, backed off to the word's own frequency. */
export function logProbability(model: LanguageModel, previous: string, word: string): number {
  const pair = model.bigram.get(previous)?.get(word) ?? 0;
  return Math.log(pair + unseenPairMass(model, word)) - contextLogMass(model, previous);
}

export { BOUNDARY };
