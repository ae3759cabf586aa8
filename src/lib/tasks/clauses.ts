/**
 * One paragraph → its assignments. A paragraph can hold several (`Sở A chủ trì …, trong đó giao
 * Sở B …`); each assignment opens a group that runs to the next one, and a deadline belongs to the
 * group it is printed in. Clauses without a body of their own (`; hoàn thành trước ngày …`) stay
 * with the assignment before them.
 */
import { bodySpan, isHeadAt, splitBodies } from './bodies.ts';
import { findInKey, type DeadlineMatch } from './deadline.ts';

export interface Group {
  start: number;
  end: number;
  /** Bodies named by this group's own assignment; empty when it has none. */
  lead: string[];
  support: string[];
  deadlines: DeadlineMatch[];
  /** Only a formula such as `Yêu cầu … nghiêm túc triển khai thực hiện./.`: not a task of its own. */
  boilerplate: boolean;
}

interface Anchor {
  start: number;
  bodyStart: number;
  bodyEnd: number;
}

/** `giao`, `yêu cầu`, `đề nghị` + a body. Not `được giao`, `về việc giao`, `theo yêu cầu`, `theo đề nghị`. */
const KEYWORD = /\b(?:giao|yeu cau|de nghi)\s+(?:(?:nhiem vu )?cho\s+)?/g;
const NOT_BEFORE = /\b(?:duoc|viec|ban|da|se|theo|co|cac|nhung|ung|moi|khi|tiep|chuyen|ve)\s*$/;

export function analyze(text: string, key: string, from: number, year: number | null): Group[] {
  const clauseStarts = [from, ...[...key.matchAll(/(?:; |\. (?=\S))/g)].map((m) => m.index + m[0].length).filter((i) => i > from)];
  const anchors: Anchor[] = [];
  let covered = from;
  for (const c of clauseStarts) {
    if (c < covered || !isHeadAt(text, key, c)) continue;
    const span = bodySpan(text, key, c);
    if (!span?.stopped || span.end <= c) continue;
    anchors.push({ start: c, bodyStart: c, bodyEnd: span.end });
    covered = span.end;
  }
  for (const m of key.matchAll(KEYWORD)) {
    const at = m.index + m[0].length;
    if (m.index < from || NOT_BEFORE.test(key.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (anchors.some((a) => m.index >= a.bodyStart && m.index < a.bodyEnd)) continue;
    if (!isHeadAt(text, key, at)) continue;
    const span = bodySpan(text, key, at);
    if (!span?.stopped || span.end <= at) continue;
    anchors.push({ start: groupStart(key, from, m.index, anchors), bodyStart: at, bodyEnd: span.end });
  }
  anchors.sort((a, b) => a.start - b.start);

  const groups: Group[] = [];
  const firstStart = anchors[0]?.start ?? text.length;
  if (firstStart > from && /\p{L}/u.test(text.slice(from, firstStart))) groups.push(emptyGroup(from, firstStart));
  anchors.forEach((a, i) => {
    const g = emptyGroup(a.start, anchors[i + 1]?.start ?? text.length);
    g.lead = splitBodies(text.slice(a.bodyStart, a.bodyEnd));
    g.boilerplate = isBoilerplate(key.slice(g.start, a.bodyStart) + ' ' + key.slice(a.bodyEnd, g.end));
    groups.push(g);
  });
  for (const g of groups) g.support = supportIn(text, key, g).filter((s) => !g.lead.includes(s));
  for (const d of findInKey(text, key, year)) {
    if (d.start < from) continue;
    const g = groups.find((x) => d.start >= x.start && d.start < x.end) ?? groups[groups.length - 1];
    g?.deadlines.push(d);
  }
  return groups;
}

/** A keyword anchor's group starts at its clause: after `;`/`.` if any, else after the last comma. */
function groupStart(key: string, from: number, keyword: number, anchors: Anchor[]): number {
  const floor = Math.max(from, ...anchors.map((a) => a.bodyEnd));
  const before = key.slice(floor, keyword);
  const strong = Math.max(before.lastIndexOf('; '), before.lastIndexOf('. '));
  if (strong >= 0) return floor + strong + 2;
  if (floor === from) return from;
  const comma = before.lastIndexOf(', ');
  return comma >= 0 ? floor + comma + 2 : keyword;
}

function emptyGroup(start: number, end: number): Group {
  return { start, end, lead: [], support: [], deadlines: [], boilerplate: false };
}

/** `phối hợp (với) <bodies>`; OCR reads `phối` as `phéi`, `ph01`. */
function supportIn(text: string, key: string, g: Group): string[] {
  const out: string[] = [];
  const re = /\bph[oe0][i1] hop(?: chat che)?(?: v[oe0][i1]| cung)?\s+/g;
  re.lastIndex = g.start;
  for (let m = re.exec(key); m && m.index < g.end; m = re.exec(key)) {
    const at = m.index + m[0].length;
    if (!isHeadAt(text, key, at) && !/^(?:don vi|dia phuong)/.test(key.slice(at))) continue;
    const span = bodySpan(text, key, at, 30);
    if (!span || span.end <= at) continue;
    for (const body of splitBodies(text.slice(at, Math.min(span.end, g.end)))) if (!out.includes(body)) out.push(body);
  }
  return out;
}

const FORMULA = new Set('yeu cau de nghi nghiem tuc tic to chuc trien khai thuc hien dam bao bao chat chet luong va tien do de ra kip thoi khan truong'.split(' '));

/** True when the words around the body are only the closing formula of a directive. */
function isBoilerplate(rest: string): boolean {
  const words = rest.split(/[^a-z0-9]+/).filter(Boolean);
  return words.every((w) => FORMULA.has(w));
}
