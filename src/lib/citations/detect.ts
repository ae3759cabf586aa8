/**
 * Finds citations in one block's plain text: numbered (`Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ
 * về …`, OCR-damaged forms included) and named (named.ts). Offsets point into the text as given.
 */
import type { CitationCandidate } from '../../schemas/archive.ts';
import type { Relation } from '../../schemas/relations.ts';
import { parseNumberSymbol } from '../identity/index.ts';
import { type FoldedText, foldText, foldedIndex, originalSlice, originalSpan } from './fold.ts';
import { symbolEnd } from './symbol-end.ts';
import { NUMBER_SYMBOL, SO, TYPE_ALTERNATION, TYPE_WORDS } from './patterns.ts';
import { readTail } from './tail.ts';
import { type Named, detectNamed } from './named.ts';
import { relationFromVerb } from './relations.ts';
import { sentenceBounds } from './sentence.ts';
import { type Raw, shareInList } from './lists.ts';
import type { LeadIn } from './lead-in.ts';

const TYPED = new RegExp(String.raw`\b(?:${TYPE_ALTERNATION})(?:\s+${SO})?\s+(?=\d)`, 'g');
const NUMSYM_AT = new RegExp(NUMBER_SYMBOL, 'y');
const BARE = new RegExp(String.raw`(?<![\w/.#-])${NUMBER_SYMBOL}`, 'g');
const LOCAL_LEVEL = /\s+(tinh|huyen|thanh pho|thi xa)\b/y;

/** The type name for a TYPED match: the first type-word group that matched. */
function typeOf(m: RegExpExecArray): string {
  const index = m.slice(1).findIndex((g) => g !== undefined);
  return TYPE_WORDS[index][0];
}

function numbered(f: FoldedText, typeStart: number, docType: string | null, numStart: number): Raw | null {
  NUMSYM_AT.lastIndex = numStart;
  const ns = NUMSYM_AT.exec(f.folded);
  if (!ns) return null;
  const numEnd = symbolEnd(f, numStart, NUMSYM_AT.lastIndex);
  if (numEnd === null) return null;
  const parsed = parseNumberSymbol(originalSlice(f, numStart, numEnd));
  if (parsed === null || parsed.number === null) return null;
  let end = numEnd;
  let level: string | null = null;
  LOCAL_LEVEL.lastIndex = end;
  const lv = /UBND$/.test(parsed.symbol) ? LOCAL_LEVEL.exec(f.folded) : null;
  if (lv) {
    level = `UBND ${originalSlice(f, end + lv[0].length - lv[1].length, LOCAL_LEVEL.lastIndex)}`;
    end = LOCAL_LEVEL.lastIndex;
  }
  const tail = readTail(f, end);
  const [start, stop] = originalSpan(f, typeStart, tail.end);
  return {
    start,
    end: stop,
    printed: f.text.slice(start, stop),
    docType,
    number: parsed.number,
    symbol: parsed.symbol,
    date: tail.date,
    issuer: tail.issuer ?? level,
    name: null,
    about: tail.about,
    relation: 'dan-chieu',
    fStart: typeStart,
    fEnd: tail.end,
    fAboutEnd: tail.aboutEnd,
    typed: docType !== null,
  };
}

/** Numbered citations: typed ones, then bare numbers/symbols (`…, 02/NQ-CP`) not already covered. */
function detectNumbered(f: FoldedText, laws: readonly Named[]): Raw[] {
  const found: Raw[] = [];
  for (const m of f.folded.matchAll(TYPED)) {
    const c = numbered(f, m.index, typeOf(m), m.index + m[0].length);
    if (c) found.push(c);
  }
  const spans = [...found, ...laws];
  const covered = (at: number): boolean => spans.some((c) => at >= c.fStart && at < c.fEnd);
  for (const m of f.folded.matchAll(BARE)) {
    if (covered(m.index)) continue;
    const before = f.folded.slice(Math.max(0, m.index - 8), m.index);
    if (/s[o6be]\s*[:.]\s*[#*.…]*\s*$/.test(before)) continue; // the document's own `Số:` line (`Só: #2 /QĐ-TTg` in a scan)
    const c = numbered(f, m.index, null, m.index);
    // A bare symbol needs two code parts (`QĐ-UBND`, `KL/TW`): `3/s`, `24/24h` are not symbols.
    if (c && c.symbol !== null && /[-/]/.test(c.symbol)) found.push(c);
  }
  return found.sort((a, b) => a.fStart - b.fStart);
}

/** The relation of each citation: the verb before it in its clause, else the previous citation's in the sentence. */
function assignRelations(f: FoldedText, list: Raw[]): void {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const sentence = foldedIndex(f, sentenceBounds(f.text, c.start, c.end)[0]);
    let before = f.folded.slice(sentence, c.fStart);
    for (const p of list.slice(0, i)) {
      const [s, e] = [Math.max(p.fStart, sentence) - sentence, Math.min(p.fAboutEnd, c.fStart) - sentence];
      if (e > s) before = before.slice(0, s) + ' '.repeat(e - s) + before.slice(e);
    }
    const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
    let relation: Relation | null = relationFromVerb(before.slice(clauseStart));
    const prev = list[i - 1];
    if (relation === null && prev !== undefined && prev.fEnd > sentence) relation = prev.relation;
    c.relation = relation ?? relationFromVerb(before) ?? 'dan-chieu';
  }
}

/** The citations of one block; `leadIn` is a lead-in that ended the block above (`Các văn bản của UBND tỉnh:`). */
export function detectCitations(text: string, leadIn: LeadIn | null = null): CitationCandidate[] {
  const f = foldText(text);
  const named = detectNamed(f);
  const list: Raw[] = detectNumbered(f, named.filter((n) => n.number !== null));
  const taken = list.map((c): [number, number] => [c.fStart, c.fEnd]);
  for (const n of named) {
    if (!taken.some(([s, e]) => n.fStart < e && n.fEnd > s)) list.push({ ...n, fAboutEnd: n.fAboutEnd, typed: true });
  }
  list.sort((a, b) => a.fStart - b.fStart);
  shareInList(f, list, leadIn);
  assignRelations(f, list);
  return list.map(({ fStart: _s, fEnd: _e, fAboutEnd: _a, typed: _t, before: _b, ...c }) => c);
}
