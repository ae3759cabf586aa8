/**
 * extractTasks: a document's blocks → its assignments with responsible bodies and deadlines.
 * The blocks are read as an outline. A numbered heading that names a body (`2.1. Sở Kế hoạch và Đầu
 * tư`) or an introduction that assigns (`… yêu cầu các sở, ban ngành … thực hiện các nhiệm vụ sau:`)
 * makes its bodies responsible for the items under it; an item naming its own body overrides them.
 * Structured items (`- Cơ quan chủ trì: …`, `- Thời gian thực hiện: …`) fill in the item above them.
 */
import type { Block } from '../../schemas/text.ts';
import type { PartialDate } from '../../schemas/metadata.ts';
import type { Deadline, Task } from '../../schemas/tasks.ts';
import { prepare } from './keys.ts';
import { bodySpan, isHeadAt, splitBodies } from './bodies.ts';
import { analyze, type Group } from './clauses.ts';
import { findInKey } from './deadline.ts';

export { deadlineStatus } from './status.ts';
export { parseDeadline, findDeadlines } from './deadline.ts';

interface Unit {
  block: number;
  heading: boolean;
  text: string;
  key: string;
  /** Outline depth from the numbering: 1 `I.`, 2 `1.`, 3 `1.1.`, 4 `1.1.1.`, 5 `a)`, 6 list item, 7 none. */
  level: number;
  /** Offset of the text after the numbering. */
  from: number;
}

interface Frame {
  level: number;
  lead: string[];
  support: string[];
}

interface Draft {
  task: Task;
  visible: boolean;
  leadFrom: 'own' | 'inherited' | 'fields' | 'none';
}

export function extractTasks(blocks: Block[], documentDate: PartialDate | null): Task[] {
  const year = documentDate && /^\d{4}/.test(documentDate.iso) ? Number(documentDate.iso.slice(0, 4)) : null;
  const units = toUnits(blocks);
  const drafts: Draft[] = [];
  let stack: Frame[] = [];
  let current: Draft | null = null;

  units.forEach((u, i) => {
    if (u.level >= 6 && current && applyField(u, current, year)) return;
    const container = /:\s*$/.test(u.text);
    if (u.heading && u.level === 7) stack = [];
    else if (container && u.level === 7) stack = [];
    else if (u.level <= 6) stack = stack.filter((f) => f.level < u.level);
    const frameLevel = u.level === 7 ? 0 : u.level;
    current = null;

    if (isBodyHeading(u)) {
      stack.push({ level: frameLevel, lead: splitBodies(u.text.slice(u.from)), support: [] });
      return;
    }
    const groups = analyze(u.text, u.key, u.from, year);
    const hasDeadline = groups.some((g) => g.deadlines.length > 0);
    const hasOwn = groups.some((g) => g.lead.length > 0);
    if (isHeadingLike(u, units[i + 1], hasDeadline, hasOwn, container)) {
      stack.push({ level: frameLevel, lead: [], support: [] });
      return;
    }
    if (container) {
      // An introduction or item ending in `:` assigns what follows; it is not a task itself.
      const own = groups.find((g) => g.lead.length > 0);
      stack.push({ level: frameLevel, lead: own?.lead ?? [], support: groups.flatMap((g) => g.support) });
      return;
    }
    const parent = [...stack].reverse().find((f) => f.lead.length > 0);
    const support = [...stack].reverse().find((f) => f.support.length > 0 && (!parent || f.level >= parent.level))?.support ?? [];
    const made = groups.flatMap((g) => draftsOf(u, g, parent?.lead ?? [], support));
    drafts.push(...made);
    if (u.level <= 5) {
      current = made[made.length - 1] ?? { task: { block: u.block, lead: [], support: [], action: action(u.text.slice(u.from)), deadline: null }, visible: false, leadFrom: 'none' };
      if (made.length === 0) drafts.push(current);
    }
  });
  return drafts.filter((d) => d.visible).map((d) => d.task);
}

function draftsOf(u: Unit, g: Group, inherited: string[], inheritedSupport: string[]): Draft[] {
  if (g.boilerplate) return [];
  const own = g.lead.length > 0;
  const lead = own ? g.lead : inherited;
  const support = g.support.length > 0 ? g.support : own ? [] : inheritedSupport;
  // With nobody named, a deadline makes a task only in an item of a list: in a running paragraph it is
  // narration (`Chủ tịch … đã chỉ đạo … hoàn thành trước ngày 30/10/2025`).
  const visible = own || lead.length > 0 || (g.deadlines.length > 0 && u.level <= 6);
  const leadFrom = own ? 'own' : lead.length > 0 ? 'inherited' : 'none';
  if (g.deadlines.length <= 1) {
    const deadline = g.deadlines[0]?.deadline ?? null;
    return [{ task: { block: u.block, lead, support, action: action(u.text.slice(g.start, g.end)), deadline }, visible, leadFrom }];
  }
  // Several deadlines in one assignment: one task per deadline, each with the words that lead to it.
  return g.deadlines.map((d, k) => {
    const start = k === 0 ? g.start : (g.deadlines[k - 1]?.end ?? g.start);
    const end = k === g.deadlines.length - 1 ? g.end : d.end;
    return { task: { block: u.block, lead, support, action: action(u.text.slice(start, end)), deadline: d.deadline }, visible, leadFrom };
  });
}

const FIELD = /^(?:(?:co quan|don vi|bo phan)\s+)?(chu tri|chi dao|tham muu|thuc hien|chiu trach nhiem|dau moi|phoi hop)\s*:\s*/;
const TIME = /^(?:thoi gian|thoi han|tien do)(?: (?:thuc hien|hoan thanh))?\s*:/;

/** `- Cơ quan chủ trì: …` and its kin, applied to the item above. False when `u` is not such a line. */
function applyField(u: Unit, draft: Draft, year: number | null): boolean {
  const rest = u.key.slice(u.from);
  const role = FIELD.exec(rest);
  if (role) {
    const bodies = splitBodies(u.text.slice(u.from + role[0].length));
    if (role[1] === 'phoi hop') draft.task.support = unique([...draft.task.support, ...bodies]);
    else {
      if (draft.leadFrom !== 'fields' && draft.leadFrom !== 'own') draft.task.lead = [];
      draft.task.lead = unique([...draft.task.lead, ...bodies]);
      draft.leadFrom = 'fields';
    }
  } else if (TIME.test(rest)) {
    const found = findInKey(u.text, u.key, year)[0];
    if (found && !draft.task.deadline) draft.task.deadline = found.deadline;
  } else return false;
  draft.visible = draft.task.lead.length > 0 || draft.task.deadline !== null;
  return true;
}

/** `2.1. Sở Kế hoạch và Đầu tư`, `6. Sở Kế hoạch và Đầu tư:`: a heading that is nothing but a body. */
function isBodyHeading(u: Unit): boolean {
  if (u.level > 5 || !isHeadAt(u.text, u.key, u.from)) return false;
  const span = bodySpan(u.text, u.key, u.from, 20);
  return span !== null && !span.stopped && u.text.slice(span.end).replace(/[\s:.]/g, '') === '';
}

/** `1. Nhiệm vụ chung`, `5. Về đầu tư xây dựng cơ bản`: short, unpunctuated, with items under it. */
function isHeadingLike(u: Unit, next: Unit | undefined, deadline: boolean, own: boolean, container: boolean): boolean {
  if (deadline || own || container) return false;
  if (u.heading) return true;
  const rest = u.text.slice(u.from);
  return u.level <= 5 && !/[.;]$/.test(rest) && rest.split(' ').length <= 15 && next !== undefined && next.level > u.level;
}

function action(raw: string): string {
  return raw.replace(/^[\s,;:.]+/, '').replace(/\s*\.?\/\.?\s*$/, '.').replace(/[\s,;]+$/, '').trim();
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Body blocks as outline units; a paragraph cut by a page break or an italic tail joins the one before. */
function toUnits(blocks: Block[]): Unit[] {
  const units: Unit[] = [];
  blocks.forEach((block, index) => {
    if (block.section !== 'body') return;
    const { text, key } = prepare(block.inlines.map((i) => i.text).join(''));
    if (!text) return;
    const numbering = numberingOf(text, block);
    const prev = units[units.length - 1];
    const heading = block.kind === 'heading';
    if (prev && !heading && !prev.heading && numbering.level === 7 && block.kind === 'paragraph' && continues(prev, text)) {
      const joined = prepare(prev.text + ' ' + text);
      prev.text = joined.text;
      prev.key = joined.key;
      return;
    }
    units.push({ block: index, heading, text, key, ...numbering, level: heading && numbering.level === 6 ? 7 : numbering.level });
  });
  return units;
}

/**
 * A block starting in lower case continues the one before (`…báo cáo UBND tỉnh` / `*trước ngày 30/6/2025…*`);
 * so does one after a long unnumbered paragraph left without final punctuation (`…Thừa Thiên Huế, Đà` /
 * `Năng, Quảng Nam…`). A short or numbered line without punctuation is a heading, not a cut paragraph.
 */
function continues(prev: Unit, text: string): boolean {
  if (/:$/.test(prev.text)) return false;
  if (/^\p{Ll}/u.test(text)) return true;
  return prev.level >= 6 && !/[.;!?…]$/.test(prev.text) && prev.text.split(' ').length >= 12;
}

function numberingOf(text: string, block: Block): { level: number; from: number } {
  let m: RegExpExecArray | null;
  if ((m = /^[IVX]+\.\s+/.exec(text))) return { level: 1, from: m[0].length };
  if ((m = /^\d{1,2}(?:\.\d{1,2})+\.?\s*/.exec(text))) return { level: Math.min(4, 1 + (m[0].match(/\d+/g)?.length ?? 1)), from: m[0].length };
  if ((m = /^\d{1,2}[.)]\s*(?=\p{L})/u.exec(text))) return { level: 2, from: m[0].length };
  if ((m = /^[a-zđ¢]\)\s*/u.exec(text))) return { level: 5, from: m[0].length };
  if ((m = /^[-+•–]\s+/.exec(text))) return { level: 6, from: m[0].length };
  return { level: block.kind === 'list-item' ? 6 : 7, from: 0 };
}

export type { Deadline, Task };
