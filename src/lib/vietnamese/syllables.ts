/**
 * Is a word a Vietnamese syllable? Vietnamese is written one syllable a word, and the ~6,600 syllables in
 * use are listed by the `dictionary-vi` package (Hunspell, GPL-2.0; read at run time, not copied here).
 * Text converted with the wrong legacy encoding (`NH¢N`, `NHAÂN`) or damaged by OCR (`trién`, `thuc`) is
 * mostly not syllables, so the share of valid syllables measures both: the encoding detector picks the
 * conversion with the highest share, and the OCR-damage measure compares it with clean text.
 *
 * Tone placement varies (`hòa`/`hoà`, `ủy`/`uỷ`): a syllable is compared as its letters without tone
 * plus its tone, so either placement matches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { rememberedByString } from '../text.ts';

/** The five tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS_ALL = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** `hoà` and `hòa` both → `hoa\u0300`: the letters without tone, then the tone (or nothing). */
function syllableKey(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tone = TONE_MARKS.exec(decomposed)?.[0] ?? '';
  return `${decomposed.replace(TONE_MARKS_ALL, '').normalize('NFC')}${tone}`;
}

let syllables: Set<string> | null = null;
let spellings: string[] = [];

/** Every syllable of the list as the list spells it (lower case, NFC): the vocabulary of the OCR restoration. */
export function knownSyllableList(): readonly string[] {
  knownSyllables();
  return spellings;
}

function knownSyllables(): Set<string> {
  if (syllables === null) {
    const dictionary = path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-vi')), 'index.dic');
    const lines = readFileSync(dictionary, 'utf8').split('\n').slice(1); // the first line is the entry count
    syllables = new Set();
    for (const line of lines) {
      const word = line.split('/')[0]!.trim();
      // The list also holds acronyms (`HĐND`, `GIF`) and a few names: only one-word lower-case entries are syllables.
      if (word !== '' && word === word.toLowerCase() && !/[\s\d-]/u.test(word)) {
        syllables.add(syllableKey(word));
        spellings.push(word.normalize('NFC'));
      }
    }
  }
  return syllables;
}

/**
 * True when `word` (one word, any case, any tone placement, NFC or not) is a Vietnamese syllable. Remembered
 * by word: a text repeats its words, and a corpus its few thousand syllables.
 */
export const isVietnameseSyllable = rememberedByString((word: string): boolean => word !== '' && knownSyllables().has(syllableKey(word)));

/**
 * Punctuation around a word is not part of it. Only the marks of ordinary text are stripped: a sign that
 * legacy-encoding mojibake is made of (`§`, `®`, `¢`, `µ`) stays, even at the edge of a word (`®i` is `đi`).
 */
const EDGE_PUNCTUATION = /^[.,;:!?()[\]{}"'«»“”‘’…*_#|<>=+~^`-]+|[.,;:!?()[\]{}"'«»“”‘’…*_#|<>=+~^`-]+$/gu;
/** Acronyms and codes in plain ASCII capitals (`UBND`, `KTTH`, `NQ-CP`) are not syllables, nor damaged (`BAN` is a syllable). */
const ASCII_ACRONYM = /^[A-Z][A-Z.&/-]+$/;

export interface SyllableCounts {
  /** Words that should be syllables: with a letter, without digits, not an ASCII acronym. */
  words: number;
  /** Of them, the valid syllables. */
  valid: number;
}

/** What a part of a token counts as: no word (0), a word that is no syllable (1), a syllable (2). Remembered. */
const partKind = rememberedByString((part: string): 0 | 1 | 2 => {
  const word = part.replace(EDGE_PUNCTUATION, '');
  if (word === '' || /\d/u.test(word) || !/\p{L}/u.test(word)) return 0;
  const syllable = isVietnameseSyllable(word);
  if (!syllable && word.length > 1 && ASCII_ACRONYM.test(word)) return 0;
  return syllable ? 2 : 1;
});

/** Counts the words of a text that should be syllables, and how many are. */
export function syllableCounts(text: string): SyllableCounts {
  let words = 0;
  let valid = 0;
  for (const token of text.normalize('NFC').split(/[\s\u00a0]+/u)) {
    // `Quảng Ngãi,` / `(Kế` / `“Đại`: outer punctuation goes; `hoạch/kế` counts as two words.
    for (const part of token.split(/[/–—]/u)) {
      const kind = partKind(part);
      if (kind > 0) words += 1;
      if (kind === 2) valid += 1;
    }
  }
  return { words, valid };
}

/** Share (0–1) of a text's words that are valid syllables; null when it has no such word to judge by. */
export function validSyllableShare(text: string): number | null {
  const { words, valid } = syllableCounts(text);
  return words === 0 ? null : valid / words;
}
