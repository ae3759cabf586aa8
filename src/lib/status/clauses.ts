/**
 * One block's text as the status readers see it: folded (citations/fold.ts), with its citations at folded
 * offsets, and the questions every reader asks of it: which citation stands before a verb, which ones follow
 * it as a list, where the clause starts, whether the document names itself (`Quyết định này`).
 */
import type { CitationCandidate } from '../../schemas/archive.ts';
import { type FoldedText, foldText, foldedIndex, originalSlice } from '../citations/fold.ts';
import { TYPE_ALTERNATION, TYPE_WORDS } from '../citations/patterns.ts';
import { sentenceBounds } from '../citations/sentence.ts';
import { squashSpaces } from '../text.ts';
import { LIST_GAP } from './parts.ts';

export interface Cited {
  candidate: CitationCandidate;
  fStart: number;
  fEnd: number;
}

export interface BlockText {
  index: number;
  f: FoldedText;
  cited: Cited[];
}

export function blockText(index: number, text: string, candidates: CitationCandidate[]): BlockText {
  const f = foldText(text);
  const cited = candidates
    .map((candidate) => ({ candidate, fStart: foldedIndex(f, candidate.start), fEnd: foldedIndex(f, candidate.end) }))
    .sort((a, b) => a.fStart - b.fStart);
  return { index, f, cited };
}

/** Folded [start, end) of the sentence around folded [from, to). */
export function sentenceOf(b: BlockText, from: number, to: number): [number, number] {
  const [s, e] = sentenceBounds(b.f.text, b.f.offsets[from]!, b.f.offsets[to]!);
  return [foldedIndex(b.f, s), foldedIndex(b.f, e)];
}

/** The sentence around folded [from, to), as printed, for evidence. */
export function sentenceText(b: BlockText, from: number, to: number): string {
  const [s, e] = sentenceOf(b, from, to);
  return squashSpaces(originalSlice(b.f, s, e));
}

/** Start of the clause holding folded offset `at`: after the last `;` of its sentence. */
export function clauseStart(b: BlockText, at: number): number {
  const [sentence] = sentenceOf(b, at, at);
  return Math.max(sentence, b.f.folded.lastIndexOf(';', at - 1) + 1);
}

/** The folded text between `from` and `to` with every citation blanked (their words are not the sentence's). */
export function withoutCitations(b: BlockText, from: number, to: number): string {
  let text = b.f.folded.slice(from, to);
  for (const c of b.cited) {
    const [s, e] = [Math.max(c.fStart, from) - from, Math.min(c.fEnd, to) - from];
    if (e > s) text = text.slice(0, s) + ' '.repeat(e - s) + text.slice(e);
  }
  return text;
}

/** The citation just before folded offset `at` (ending before it, or whose span runs over it), if any. */
export function citedBefore(b: BlockText, at: number, from: number): Cited | null {
  let found: Cited | null = null;
  for (const c of b.cited) if (c.fStart < at && c.fStart >= from) found = c;
  return found;
}

const SELF = new RegExp(String.raw`(?<![a-z])(?:${TYPE_ALTERNATION})\s+nay(?![a-z])`, 'g');

/** The last `Quyết định này` (any type word + `này`) in folded [from, to) with no citation after it: its type and end. */
export function selfBefore(b: BlockText, from: number, to: number): { type: string; end: number } | null {
  let found: { type: string; end: number } | null = null;
  for (const m of b.f.folded.slice(from, to).matchAll(SELF)) {
    const index = m.slice(1).findIndex((group) => group !== undefined);
    found = { type: TYPE_WORDS[index]![0], end: from + m.index + m[0].length };
  }
  if (found && b.cited.some((c) => c.fStart >= found.end && c.fStart < to)) return null;
  return found;
}

/** Removes a `về (việc) <about>` the citation detector read from the start of a gap, so that the list gap shows. */
function skipAbout(gap: string, about: string | null): string {
  if (about === null) return gap;
  const folded = squashSpaces(foldText(about).folded);
  const squashed = squashSpaces(gap).replace(/^,?\s*(?:(?:ve|v\/v)\s+(?:viec\s+)?)?/, '');
  return squashed.startsWith(folded) ? squashed.slice(folded.length) : gap;
}

/** The citations after `first` that continue its list (`…; Quyết định số …`, `… và …`). */
export function listFrom(b: BlockText, first: Cited): Cited[] {
  const list = [first];
  for (const next of b.cited) {
    const last = list[list.length - 1]!;
    if (next.fStart < last.fEnd) continue;
    const gap = skipAbout(b.f.folded.slice(last.fEnd, next.fStart), last.candidate.about);
    if (!LIST_GAP.test(gap)) break;
    list.push(next);
  }
  return list;
}

/** The original text of a folded span, squashed; null when empty. */
export function printed(b: BlockText, span: [number, number] | null, offset = 0): string | null {
  if (span === null) return null;
  const text = squashSpaces(originalSlice(b.f, offset + span[0], offset + span[1]));
  return text === '' ? null : text;
}
