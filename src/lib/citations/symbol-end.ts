/**
 * Where a number/symbol printed in running text ends. The folded pattern (patterns.ts) matches letters
 * of any case; the original decides: a code is in capitals with at most one small letter (`QĐ-UBND`,
 * `CT-TTg`, `TTr-SNV`, `QTR-KTr2`), so `QĐ-UBND - về` does not swallow `về`; a code glued to the next word
 * (`QĐ-TTgcủa`) is cut before the word; a Party symbol may end in the small `/nb` (nội bộ).
 */
import { isVietnameseSyllable } from '../vietnamese/syllables.ts';
import { type FoldedText, isUpperAt, originalSlice } from './fold.ts';

function smallLetters(text: string): number {
  return (text.match(/\p{Ll}/gu) ?? []).length;
}

/** A code: starts with a capital, at most one small letter (`TTg`, `CTr`, `QyĐ`). */
function isCode(text: string): boolean {
  return /^\p{Lu}/u.test(text) && smallLetters(text) <= 1;
}

/** Length of the code at the start of a segment glued to a word (`TTgcủa` → 3), or null. */
function gluedCode(segment: string): number | null {
  for (let k = segment.length - 2; k >= 2; k--) {
    const word = segment.slice(k);
    if (isCode(segment.slice(0, k)) && /^\p{Ll}+$/u.test(word) && isVietnameseSyllable(word)) return k;
  }
  return null;
}

/**
 * The folded end of the number/symbol matched at [start, end), or null when even its first code is not
 * one (the match was ordinary words).
 */
export function symbolEnd(f: FoldedText, start: number, end: number): number | null {
  const seg = /[a-z0-9]+(?:\.[a-z0-9]+)*(?:\s?&\s?[a-z0-9]+)*/g;
  const text = f.folded.slice(start, end);
  let last: number | null = null;
  for (const m of text.matchAll(seg)) {
    const at = start + m.index;
    if (/^\d/.test(m[0])) {
      // The number and the legal year come first; after a code, a part in figures (`CV-01`, `…/17h00/…`) belongs.
      if (last === null) continue;
      if (!/^\d{1,4}(?:h\d{2})?$/.test(m[0])) break;
      last = at + m[0].length;
      continue;
    }
    const original = originalSlice(f, at, at + m[0].length);
    const before = f.folded[at - 1];
    if (last !== null && m[0] === 'nb' && original === 'nb' && before === '/') {
      last = at + 2;
      break;
    }
    if (!isUpperAt(f, at)) break;
    if (isCode(original)) {
      last = at + m[0].length;
      continue;
    }
    const glued = gluedCode(original);
    if (glued !== null) last = at + glued;
    return last;
  }
  return last;
}
