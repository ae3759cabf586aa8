/**
 * Amending statements whose instruments follow as a list: `Bãi bỏ các Quyết định sau:` then numbered items,
 * table rows or cells, each naming one instrument (or several: `…; Quyết định số …`); and `Sửa đổi, bổ sung
 * một số điều của Quyết định số … như sau:` then items naming the parts (`1. Sửa đổi khoản 2 Điều 3 như sau:`).
 * The list ends at the next article (`Điều 3.`), heading or prose paragraph.
 */
import type { ChangeStatement } from '../../schemas/status.ts';
import { squashSpaces } from '../text.ts';
import { originalSlice } from '../citations/fold.ts';
import { type BlockText, type Cited, listFrom, printed } from './clauses.ts';
import type { OpenList } from './changes.ts';
import { readObjectGap } from './parts.ts';
import { FIRST_VERB, verbOf } from './verbs.ts';

/** What ends a list: an article, chapter, section or part heading. */
const NEXT_PART = /^\s*(?:dieu\s+\d|chuong\s+[ivxlc\d]|muc\s+\d|phan\s+[ivxlc\d])/;
/** A roman-numbered heading, in capitals as printed (`II. TỔ CHỨC THỰC HIỆN`; `c)` is an item). */
const ROMAN_HEADING = /^\s*[IVXLC]+\.\s/;
/** A table cell or a short item may name nothing (`STT`, `05/3/2010`); prose that names nothing ends the list. */
const LONGEST_QUIET_BLOCK = 300;
/** An item's own numbering or mark: `1.`, `a)`, `-`, a table row's first cells. */
const ITEM_MARK = /^[\s\-+•*|]*(?:(?:\d+(?:\.\d+)*|[a-z])\s*[.)|]?\s*)?(?:\|\s*)*/;
/** `1. Sửa đổi khoản 2 Điều 3 như sau:`, `2. Bãi bỏ điểm c khoản 1 Điều 5.` */
const PART_ITEM = /^[\s\-+•*]*(?:(?:\d+(?:\.\d+)*|[a-z])\s*[.)]\s*)?$/;

export interface ListState {
  open: OpenList;
  /** Items so far (a list without items names nothing). */
  items: number;
}

export type ListStep = { statements: ChangeStatement[]; done: boolean };

function statement(open: OpenList, b: BlockText, fields: Pick<ChangeStatement, 'target' | 'part' | 'kind'>, item = squashSpaces(b.f.text)): ChangeStatement {
  return {
    type: 'change', voice: open.voice, by: open.by, byPart: null, date: open.date, reported: open.reported, block: b.index,
    sentence: `${open.lead} … ${item.length > 300 ? `${item.slice(0, 300)}…` : item}`, ...fields,
  };
}

/** Reads one block under an open list; `done` when the block ends the list (it is then read on its own). */
export function continueList(state: ListState, b: BlockText, heading: boolean): ListStep {
  const folded = b.f.folded;
  if (heading || NEXT_PART.test(folded) || ROMAN_HEADING.test(b.f.text) || /^\s*["“”]/.test(folded)) return { statements: [], done: !/^\s*["“]/.test(folded) };
  const { open } = state;
  if (open.target !== null) return partItem(state, b);
  if (b.cited.length === 0) return { statements: [], done: folded.length > LONGEST_QUIET_BLOCK };
  // Each cell that starts with an instrument is an item; in a table its text runs to the next item's cell.
  const items: Array<{ from: number; to: number; first: Cited; part: string | null }> = [];
  for (const [from, to] of cells(folded)) {
    const first = b.cited.find((c) => c.fStart >= from && c.fStart < to);
    if (first === undefined) continue;
    const prefix = folded.slice(from, first.fStart);
    if (FIRST_VERB.test(prefix)) return { statements: [], done: true };
    const mark = ITEM_MARK.exec(prefix)![0].length;
    const gap = readObjectGap(prefix.slice(mark));
    if (gap !== null) items.push({ from, to, first, part: printed(b, gap.part, from + mark) });
  }
  state.items += items.length;
  const statements = items.flatMap(({ from, to, first, part }, i) => {
    const text = items.length === 1 ? undefined : squashSpaces(originalSlice(b.f, from, items[i + 1]?.from ?? folded.length)).replace(/[|\s]+$/, '');
    return listFrom(b, first)
      .filter((c) => c.fStart < to)
      .map((c) => statement(open, b, { kind: open.kind, target: { kind: 'citation', block: b.index, start: c.candidate.start }, part: c === first ? part : null }, text));
  });
  return { statements, done: statements.length === 0 && folded.length > LONGEST_QUIET_BLOCK };
}

/**
 * The cells of a table row (`| 1 | Quyết định số … | 05/3/2010 | Về việc … |`, or tab-separated), folded
 * offsets; a whole table reflowed into one block is read cell by cell. Other blocks are one cell.
 */
function cells(folded: string): Array<[number, number]> {
  const separators = [...folded.matchAll(/[|\t]/g)].map((m) => m.index);
  if (separators.length < 2) return [[0, folded.length]];
  const bounds = [0, ...separators.map((at) => at + 1)];
  return bounds.map((start, i) => [start, separators[i] ?? folded.length]);
}

/** An item of `… như sau:` naming a part of the lead's instrument: `1. Sửa đổi khoản 2 Điều 3 như sau:`. */
function partItem(state: ListState, b: BlockText): ListStep {
  const folded = b.f.folded;
  const m = FIRST_VERB.exec(folded);
  if (!m || b.cited.length > 0 || !PART_ITEM.test(folded.slice(0, m.index))) return { statements: [], done: false };
  const end = m.index + m[0].length;
  const rest = folded.slice(end).split(/\s+nhu\s+sau|[:;.]/)[0]!;
  const gap = readObjectGap(rest);
  if (gap === null || gap.part === null) return { statements: [], done: false };
  state.items += 1;
  return { statements: [statement(state.open, b, { kind: verbOf(m).kind, target: state.open.target!, part: printed(b, gap.part, end) })], done: false };
}
