/**
 * A folded view of a text for matching: no diacritics, lower case, `đ` → `d`, with a map back to the
 * original offsets. Patterns then match `Quyết định`, `Quyét dinh` and `QUYẾT ĐỊNH` alike, while every
 * span we report still points into the text as printed (which may be NFD or OCR-damaged).
 */
import { foldDiacritics, latinLookalike } from '../text.ts';

export interface FoldedText {
  /** The original text. */
  text: string;
  /** Folded text; one folded character per kept original character (combining marks drop out). */
  folded: string;
  /** `offsets[i]` is the original offset of folded character i; `offsets[folded.length]` is text.length. */
  offsets: number[];
}

/** Folding one character is a Unicode normalization: cache it, since texts reuse few distinct characters. */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    f = foldDiacritics(ch).toLowerCase();
    // A letter of another script that looks Latin folds to that letter (`NĐ-СP` typed on a Russian layout).
    f = latinLookalike(f.toUpperCase())?.toLowerCase() ?? f;
    foldedChars.set(ch, f);
  }
  return f;
}

export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    // Keep exactly one character per original character, so regex lengths stay meaningful.
    if (f.length > 0) {
      parts.push(f.length === 1 ? f : f[0]!);
      offsets.push(i);
    }
    i += ch.length;
  }
  offsets.push(text.length);
  return { text, folded: parts.join(''), offsets };
}

/** Original [start, end) for a folded [start, end). */
export function originalSpan(f: FoldedText, start: number, end: number): [number, number] {
  const s = f.offsets[start];
  const e = end > start ? f.offsets[end - 1] + charLength(f.text, f.offsets[end - 1]) : s;
  return [s, e];
}

function charLength(text: string, at: number): number {
  const code = text.codePointAt(at) ?? 0;
  let len = code > 0xffff ? 2 : 1;
  // Include combining marks that follow (NFD text): they belong to the character.
  while (at + len < text.length && /\p{M}/u.test(text[at + len])) len += 1;
  return len;
}

/** The original text of a folded span. */
export function originalSlice(f: FoldedText, start: number, end: number): string {
  const [s, e] = originalSpan(f, start, end);
  return f.text.slice(s, e);
}

/** Whether the original character at folded position `at` is an upper-case letter. */
export function isUpperAt(f: FoldedText, at: number): boolean {
  const ch = f.text[f.offsets[at]] ?? '';
  return ch !== ch.toLowerCase();
}

/** The first folded index at or after original offset `at` (binary search over the offset map). */
export function foldedIndex(f: FoldedText, at: number): number {
  let lo = 0;
  let hi = f.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.offsets[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
