/**
 * A machine-restored reading of OCR text: each word is read as the syllable that best fits it and its
 * neighbours (Viterbi over the syllables a word can stand for, scored by the language model of model.ts).
 * A word stands for the syllables of its skeleton once the usual OCR confusions are undone (`s6`, `sb` → `so`;
 * `x4` → `xa`; `Qb`, `P` for `Đ`); a mark the scan kept (`trién`) counts for the syllables that have it.
 * Numbers, codes and punctuation are kept as printed. The result is a reading, never the text of record.
 */
import { CODE, NUMBER, BOUNDARY, type LanguageModel, contextLogMass, skeleton, tokenKind, unseenPairMass } from './model.ts';

/** OCR misreadings of letters, undone before looking a word's skeleton up. */
const CONFUSIONS: readonly [RegExp, string][] = [
  [/6/g, 'o'], [/0/g, 'o'], [/4/g, 'a'], [/1/g, 'i'], [/&/g, 'o'], [/¢/g, 'c'], [/@/g, 'a'], [/(?<=\p{L})(?:ti|ii)(?=a)/gu, 'u'],
];
/** What reading a word as another skeleton costs: one letter misread, or `Đ` read as `P` or `b`. */
const LETTER_COST = 2;
const LETTERS = 'abcdeghiklmnopqrstuvxy';
/** How much the print is trusted (log scale): keeping a word as printed, each mark a reading shares with it. */
export interface RestoreOptions {
  keepBonus?: number;
  markBonus?: number;
}
const KEEP_BONUS = 0.3;
const MARK_BONUS = 0.7;

interface Token {
  /** The text as printed, with its punctuation. */
  raw: string;
  /** Leading and trailing punctuation, and the word between. */
  lead: string;
  word: string;
  trail: string;
  /** Candidate readings (lower case) with their channel score; empty for numbers, codes, non-words. */
  candidates: { word: string; score: number }[];
  /** The model token standing for a kept word (`<so>`, `<ma>`), for its neighbours' context. */
  fixed: string | null;
}

function marksOf(word: string): string[] {
  return [...word.normalize('NFD')].filter((c) => /[\u0300-\u036f]/u.test(c));
}

/** Skeletons one letter away from `key` that the vocabulary has: OCR misreads letters (`thudng` for `thuong`). */
function nearSkeletons(model: LanguageModel, key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    for (const letter of LETTERS) {
      for (const variant of [key.slice(0, i) + letter + key.slice(i + 1), key.slice(0, i) + letter + key.slice(i)]) {
        if (variant !== key && model.bySkeleton.has(variant)) out.add(variant);
      }
    }
    const deleted = key.slice(0, i) + key.slice(i + 1);
    if (i < key.length && model.bySkeleton.has(deleted)) out.add(deleted);
  }
  return [...out];
}

/** At most this many readings of a word are weighed (the likeliest by print and frequency): keeps Viterbi fast. */
const MAX_CANDIDATES = 6;
/** The readings of each printed word, per model and settings: words repeat through a document and an archive. */
const memo = new WeakMap<LanguageModel, Map<string, Token['candidates']>>();

function candidatesOf(model: LanguageModel, word: string, keepBonus: number, markBonus: number): Token['candidates'] {
  let known = memo.get(model);
  if (!known) memo.set(model, (known = new Map()));
  const memoKey = `${keepBonus} ${markBonus} ${word}`;
  const hit = known.get(memoKey);
  if (hit) return hit;
  const found = readingsOf(model, word, keepBonus, markBonus);
  known.set(memoKey, found);
  return found;
}

function readingsOf(model: LanguageModel, word: string, keepBonus: number, markBonus: number): Token['candidates'] {
  const lower = word.toLowerCase();
  let key = skeleton(lower);
  for (const [from, to] of CONFUSIONS) key = key.replace(from, to);
  const printed = marksOf(lower);
  const options = new Map<string, number>();
  const add = (skeletonKey: string, cost: number) => {
    for (const syllable of model.bySkeleton.get(skeletonKey) ?? []) {
      const shared = marksOf(syllable).filter((m) => printed.includes(m)).length;
      const score = (syllable === lower ? keepBonus : 0) + shared * markBonus - cost;
      if (score > (options.get(syllable) ?? -Infinity)) options.set(syllable, score);
    }
  };
  add(key, 0);
  // `Đ` read as `P` or `b` (`Pai hoi` for `Đại hội`).
  if (/^[bp]/.test(key)) add(`d${key.slice(1)}`, LETTER_COST / 2);
  if (!model.bySkeleton.has(key)) for (const near of nearSkeletons(model, key)) add(near, LETTER_COST);
  if (!options.has(lower)) options.set(lower, options.size > 0 ? -LETTER_COST : 0);
  const all = [...options].map(([w, score]) => ({ word: w, score }));
  if (all.length <= MAX_CANDIDATES) return all;
  const prior = (c: { word: string; score: number }) => c.score + Math.log(unseenPairMass(model, c.word));
  return all.sort((a, b) => prior(b) - prior(a)).slice(0, MAX_CANDIDATES);
}

function tokenize(model: LanguageModel, text: string, keepBonus: number, markBonus: number): Token[] {
  return text.split(/(\s+)/u).map((raw) => {
    // `&`, `¢`, `@` inside a word are a scan's letters (`x&` for `xã`), not punctuation.
    const m = /^([^\p{L}\p{N}&¢@]*)(.*?)([^\p{L}\p{N}&¢@]*)$/u.exec(raw);
    const [lead, word, trail] = [m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? ''];
    const kind = word === '' ? null : tokenKind(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    // A scan's digit for a letter (`s6`, `x4`, `d6i`) is a word to read; `2209-KL/TU` and `UBND` are kept.
    const misread = kind === CODE && /^\p{L}+\p{N}\p{L}*$|^\p{N}\p{L}+$/u.test(word) && /\p{Ll}/u.test(word);
    if (word === '' || kind === NUMBER || (kind === CODE && !misread) || !/\p{L}/u.test(word)) return { raw, lead, word, trail, candidates: [], fixed: kind };
    return { raw, lead, word, trail, candidates: candidatesOf(model, word, keepBonus, markBonus), fixed: null };
  });
}

/** The printed word's case, put on the reading (`Két` → `Kết`, `UBND` stays). */
function withCase(printed: string, reading: string): string {
  if (printed === printed.toUpperCase() && printed !== printed.toLowerCase() && printed.length > 1) return reading.toUpperCase();
  if (printed[0] !== printed[0]?.toLowerCase()) return reading.charAt(0).toUpperCase() + reading.slice(1);
  return reading;
}

/** The restored reading of one text (a block). */
export function restoreText(model: LanguageModel, text: string, options: RestoreOptions = {}): string {
  const tokens = tokenize(model, text.normalize('NFC'), options.keepBonus ?? KEEP_BONUS, options.markBonus ?? MARK_BONUS);
  const words = tokens.filter((t) => t.candidates.length > 0);
  if (words.length === 0) return text;
  // Viterbi over word tokens; a kept token between two words is their context, punctuation ends a sentence.
  let scores: number[] = [0];
  let states: string[] = [BOUNDARY];
  const back: number[][] = [];
  let context: string | null = null;
  for (const token of tokens) {
    if (token.candidates.length === 0) {
      if (token.fixed) context = token.fixed;
      continue;
    }
    const next: number[] = [];
    const from: number[] = [];
    // Per state: its score less the log mass of its context, and the pairs counted after that context.
    const base = states.map((state, i) => (scores[i] ?? 0) - contextLogMass(model, context ?? state));
    const after = states.map((state) => model.bigram.get(context ?? state));
    for (const candidate of token.candidates) {
      const unseen = unseenPairMass(model, candidate.word);
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < states.length; i++) {
        const s = base[i]! + Math.log((after[i]?.get(candidate.word) ?? 0) + unseen);
        if (s > best) [best, arg] = [s, i];
      }
      next.push(best + candidate.score);
      from.push(arg);
    }
    back.push(from);
    scores = next;
    states = token.candidates.map((c) => c.word);
    context = /[.;:!?]$/.test(token.trail) ? BOUNDARY : null;
    if (context === BOUNDARY) {
      const top = Math.max(...scores);
      scores = scores.map((s) => s - top);
    }
  }
  // Follow the best path back.
  const chosen: number[] = [];
  let at = scores.indexOf(Math.max(...scores));
  for (let k = back.length - 1; k >= 0; k--) {
    chosen[k] = at;
    at = back[k]?.[at] ?? 0;
  }
  let k = 0;
  return tokens
    .map((token) => {
      if (token.candidates.length === 0) return token.raw;
      const reading = token.candidates[chosen[k++] ?? 0]?.word ?? token.word.toLowerCase();
      return `${token.lead}${withCase(token.word, reading)}${token.trail}`;
    })
    .join('');
}
