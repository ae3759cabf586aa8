/**
 * Amending statements in one block: who changes what, how, which part, from when.
 *
 * Active: `Quyết định này thay thế Quyết định số …`, `Nghị định số 91/2022/NĐ-CP … sửa đổi, bổ sung một số
 * điều của Nghị định số 126/2020/NĐ-CP`, `Điều 2. Bãi bỏ Quyết định số …` (the document itself, implied).
 * Passive: `Thông tư số 219/2013/TT-BTC (được sửa đổi, bổ sung tại khoản 3 Điều 1 Thông tư số 130/2016/TT-BTC)`,
 * `Quyết định số … hết hiệu lực kể từ ngày …`, `… đã bị bãi bỏ`.
 * A verb after `đề nghị`, `khi có`, `chưa`… is not an act and states nothing; a verb with no instrument
 * named for it (`bãi bỏ các quy định không cần thiết`) states nothing either, unless a list follows (lists.ts).
 */
import type { ChangeKind, ChangeStatement, StatementRef } from '../../schemas/status.ts';
import { type BlockText, type Cited, citedBefore, clauseStart, listFrom, printed, selfBefore, sentenceOf, sentenceText, withoutCitations } from './clauses.ts';
import { changeDate } from './effect.ts';
import { NOT_AN_ACT, partBefore, readObjectGap } from './parts.ts';
import { VERB_PATTERN, verbOf } from './verbs.ts';

/** A verb whose instruments (or, for `… như sau:`, whose parts) follow its block as a list (lists.ts). */
export interface OpenList {
  kind: ChangeKind;
  voice: ChangeStatement['voice'];
  by: StatementRef;
  reported: boolean;
  date: ChangeStatement['date'];
  /** The lead-in sentence, quoted with each item. */
  lead: string;
  /** Set when the list names parts of this instrument (`Sửa đổi … Quyết định số … như sau:`). */
  target: StatementRef | null;
}

/** Types that propose or record rather than decide: a Tờ trình "về việc bãi bỏ" proposes it. */
const NOT_ACTING = new Set(['Tờ trình', 'Báo cáo', 'Biên bản', 'Giấy mời']);

const SUBJECT_GAP = /^[\s,(]*(?:(?:ve|v\/v)\s+(?:viec\s+)?)?(?:da\s+)?$/;
const PASSIVE = /(?:da\s+)?(?:duoc|bi)\s+$/;
/** Only list marks, an article number or `đồng thời` before the verb: the document itself acts. */
const CLAUSE_OPENING = /^[\s\-+•*|]*(?:dieu\s+\d+[a-z]?\s*[.:]?\s*)?(?:\d+(?:\.\d+)*\s*[.)]\s*|[a-z]\)\s*)?(?:(?:dong thoi|va|nay|ve viec|v\/v|ve)\s*,?\s*)*$/;
/** After a passive verb: part words, then `tại/bởi/bằng/theo`, then the changing instrument's part. */
const BY_GAP = /^(\s*,?\s*[^;.]{0,60}?)\s*(?:tai|boi|bang|theo)\s+([^;.]{0,60}?)\s*$/;
const BY_SELF = /^\s*,?\s*[^;.]{0,60}?\s*(?:tai|boi|bang|theo)\s+(?:[^;.]{0,40}?\s)?$/;
/** After a passive verb with no instrument named: nothing more than parts before the clause ends or a date. */
const NOTHING_AFTER = /^([^;.()]{0,60}?)\s*(?:[,;.)]|\/\.|$|\s(?:ke tu|tu ngay|ke tu ngay)\b)/;
const LIST_LEAD = /:\s*$/;
/** `các Quyết định sau đây của Ủy ban nhân dân tỉnh:`, `các văn bản dưới đây:`: a list follows. */
const LIST_LEAD_WORDS = /^[^;.]{0,80}?\b(?:sau day|sau|duoi day)\b[^;.]{0,120}:\s*$/;

const cite = (b: BlockText, c: Cited): StatementRef => ({ kind: 'citation', block: b.index, start: c.candidate.start });

function acts(b: BlockText, from: number, verbStart: number): boolean {
  const before = withoutCitations(b, from, verbStart);
  return !NOT_AN_ACT.test(before) && !/\bhoac\s*$/.test(before);
}

/** The gap names a part (or nothing) and nothing else. */
const gapPart = (b: BlockText, gap: string, at: number): string | null | undefined => {
  const read = readObjectGap(gap);
  return read === null ? undefined : printed(b, read.part, at);
};

interface Verb { kind: ChangeKind; vs: number; ve: number; clause: number; sentenceEnd: number; sentence: string }

function passive(b: BlockText, v: Verb, emit: (s: Partial<ChangeStatement>) => void): OpenList | null {
  const folded = b.f.folded;
  const target = citedBefore(b, v.vs, v.clause);
  if (target && /;/.test(folded.slice(target.fEnd, v.vs))) return null;
  if (!acts(b, target ? Math.min(target.fEnd, v.vs) : v.clause, v.vs)) return null;
  const after = folded.slice(v.ve, v.sentenceEnd);
  const byCited = b.cited.find((c) => c.fStart >= v.ve && c.fStart <= v.ve + 130 && BY_GAP.test(folded.slice(v.ve, c.fStart)));
  const self = selfBefore(b, v.ve, Math.min(v.sentenceEnd, v.ve + 80));
  let by: StatementRef = { kind: 'implicit' };
  let part: string | null | undefined = null;
  let byPart: string | null | undefined = null;
  if (byCited) {
    const gap = BY_GAP.exec(folded.slice(v.ve, byCited.fStart))!;
    part = gapPart(b, gap[1]!, v.ve);
    byPart = gapPart(b, gap[2]!, v.ve + gap[0].lastIndexOf(gap[2]!));
    if (part === undefined || byPart === undefined) return null;
    by = cite(b, byCited);
  } else if (self && BY_SELF.test(folded.slice(v.ve, self.end).replace(/[a-z]+\s+nay$/, ''))) {
    by = { kind: 'self', type: self.type };
  } else {
    const rest = NOTHING_AFTER.exec(after);
    if (!rest) return null;
    part = gapPart(b, rest[1]!, v.ve);
    if (part === undefined) return null;
  }
  const reported = by.kind === 'citation' || /\bda\s+(?:duoc\s+|bi\s+)?$/.test(folded.slice(Math.max(v.clause, v.vs - 12), v.vs));
  const date = changeDate(withoutCitations(b, v.ve, v.sentenceEnd));
  if (target) {
    const window = Math.max(0, target.fStart - 60);
    part ??= printed(b, partBefore(folded.slice(window, target.fStart)), window);
    emit({ by, target: cite(b, target), part, byPart, date, reported });
    return null;
  }
  if (LIST_LEAD.test(after)) return { kind: v.kind, voice: 'passive', by, reported, date, lead: sentenceText(b, v.clause, folded.length), target: null };
  return null;
}

function active(b: BlockText, v: Verb, chained: { by: StatementRef; end: number; reported: boolean } | null, emit: (s: Partial<ChangeStatement>) => void): OpenList | null {
  const folded = b.f.folded;
  const before = citedBefore(b, v.vs, v.clause);
  const self = selfBefore(b, sentenceOf(b, v.vs, v.vs)[0], v.vs);
  let by: StatementRef | null = null;
  let reported = false;
  if (before && (before.fEnd > v.vs || SUBJECT_GAP.test(folded.slice(before.fEnd, v.vs))) && !NOT_ACTING.has(before.candidate.docType ?? '')) {
    if (!acts(b, Math.min(before.fEnd, v.vs), v.vs)) return null;
    [by, reported] = [cite(b, before), true];
  } else if (chained && /^[\s,;]*(?:va|dong thoi)?\s*$/.test(withoutCitations(b, chained.end, v.vs))) {
    [by, reported] = [chained.by, chained.reported];
  } else if (self && acts(b, self.end, v.vs) && !before) {
    by = { kind: 'self', type: self.type };
  } else if (CLAUSE_OPENING.test(folded.slice(v.clause, v.vs))) {
    by = { kind: 'implicit' };
  }
  if (by === null) return null;
  const first = b.cited.find((c) => c.fStart >= v.ve);
  const part = first ? gapPart(b, folded.slice(v.ve, first.fStart), v.ve) : undefined;
  if (first && part !== undefined) {
    const list = listFrom(b, first);
    const last = list[list.length - 1]!;
    const date = changeDate(withoutCitations(b, last.fEnd, v.sentenceEnd));
    for (const target of list) emit({ by, target: cite(b, target), part: target === first ? part : null, date, reported });
    const rest = withoutCitations(b, last.fEnd, folded.length);
    if (list.length === 1 && LIST_LEAD.test(rest) && !/[;.]/.test(rest)) {
      return { kind: v.kind, voice: 'active', by, reported, date, lead: sentenceText(b, v.clause, folded.length), target: cite(b, first) };
    }
    return null;
  }
  const rest = folded.slice(v.ve);
  if (first === undefined && (LIST_LEAD_WORDS.test(rest) || (LIST_LEAD.test(rest) && readObjectGap(rest.replace(LIST_LEAD, '')) !== null))) {
    return { kind: v.kind, voice: 'active', by, reported, date: changeDate(rest), lead: sentenceText(b, v.clause, folded.length), target: null };
  }
  return null;
}

export function readChanges(b: BlockText): { statements: ChangeStatement[]; open: OpenList | null } {
  const statements: ChangeStatement[] = [];
  let open: OpenList | null = null;
  let chained: { by: StatementRef; end: number; reported: boolean } | null = null;
  for (const m of b.f.folded.matchAll(VERB_PATTERN)) {
    const kind = verbOf(m).kind;
    const [vs, ve] = [m.index, m.index + m[0].length];
    const v: Verb = { kind, vs, ve, clause: clauseStart(b, vs), sentenceEnd: sentenceOf(b, vs, ve)[1], sentence: sentenceText(b, vs, ve) };
    const isPassive = kind === 'het-hieu-luc' || PASSIVE.test(b.f.folded.slice(Math.max(v.clause, vs - 12), vs));
    let end = ve;
    const emit = (s: Partial<ChangeStatement>) => {
      statements.push({
        type: 'change', kind, voice: isPassive ? 'passive' : 'active', by: s.by!, target: s.target!, part: s.part ?? null, byPart: s.byPart ?? null,
        date: s.date ?? null, reported: s.reported ?? false, block: b.index, sentence: v.sentence,
      });
      const target = s.target!.kind === 'citation' ? b.cited.find((c) => c.candidate.start === (s.target as { start: number }).start) : undefined;
      end = Math.max(end, target?.fEnd ?? ve);
      chained = { by: s.by!, end, reported: s.reported ?? false };
    };
    const list = isPassive ? passive(b, v, emit) : active(b, v, chained, emit);
    if (list) open = list;
  }
  return { statements, open };
}
