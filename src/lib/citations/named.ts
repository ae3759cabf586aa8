/**
 * Instruments cited by name rather than number: memoranda and agreements between parties
 * (`Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi`), laws with a year or number (`Luật Quy hoạch 2017`,
 * `Luật Tổ chức chính quyền địa phương số 72/2025/QH15`) and plans with a period (`Quy hoạch Thành phố
 * Hồ Chí Minh thời kỳ 2021-2030, tầm nhìn đến năm 2050`).
 *
 * Not citations: generic plans without a name or period (`Kế hoạch tổ chức giao lưu`), and a named plan
 * that the sentence is creating or changing (`phê duyệt Quy hoạch tỉnh … thời kỳ 2021-2030`): that names a
 * document not yet in force, or the act that approves it is the instrument.
 */
import type { CitationCandidate } from '../../schemas/archive.ts';
import { squashSpaces } from '../text.ts';
import { parseNumberSymbol } from '../identity/index.ts';
import { type FoldedText, foldedIndex, isUpperAt, originalSlice, originalSpan } from './fold.ts';
import { DATE, NUMBER_SYMBOL, SO } from './patterns.ts';
import { readTail, toDate } from './tail.ts';
import { sentenceBounds } from './sentence.ts';

export interface Named extends CitationCandidate {
  fStart: number;
  fEnd: number;
  fAboutEnd: number;
}

const PERIOD = String.raw`(?:(?:thoi ky|giai doan)\s+\d{4}\s*-\s*\d{4}|den\s+nam\s+\d{4})(?:\s*,\s*(?:tam nhin|dinh huong)\s+den\s+nam\s+\d{4})?`;
const PLAN = new RegExp(String.raw`\b(quy\s+hoach|de\s+an|chien\s+luoc|chuong\s+trinh)\s+((?:[^;(.:\s]+\s+){0,25}?)(${PERIOD})`, 'g');
const CREATING = /\b(?:phe duyet|trinh|lap|xay dung|dieu chinh|ban hanh|soan thao|bo sung|de xuat|hoan thien|sua doi|thong qua)\b[^;.]{0,40}$/;
const AGREEMENT = new RegExp(String.raw`\bban\s+thoa\s+thuan\s+((?:[^;(.:\s]+\s+){0,30}?)(${PERIOD}|nam\s+\d{4})`, 'g');
const MEMO = /\bban\s+ghi\s+nho\s+giua\s+/g;
const LAW = /\b(?:bo\s+)?luat\s+(?=\S)/g;
/** After `Luật`: an amending law, named by the law it amends (`Luật sửa đổi, bổ sung một số điều của Luật Xây dựng`). */
const AMENDING_LAW = /sua\s+doi,?\s+bo\s+sung\s+(?:mot\s+so\s+dieu\s+)?(?:cua\s+)?(?:cac\s+)?(?:bo\s+)?luat\s+(?=\S)/y;
const LAW_STOP = new Set('va cua da duoc theo tai de ve thi nay hien hanh so ngay nam trong khi voi cho phu hop'.split(' '));

function candidate(f: FoldedText, fStart: number, fEnd: number, fields: Partial<Named>): Named {
  const [start, end] = originalSpan(f, fStart, fEnd);
  return {
    start, end, printed: f.text.slice(start, end), docType: null, number: null, symbol: null, date: null,
    issuer: null, name: null, about: null, relation: 'dan-chieu', fStart, fEnd, fAboutEnd: fEnd, ...fields,
  };
}

const clean = (s: string): string => squashSpaces(s).normalize('NFC');

/** One party of a memorandum: `tỉnh Quảng Ngãi`, `Tỉnh Nghệ An` → [`tỉnh`, `Nghệ An`], with its folded end. */
function readParty(f: FoldedText, at: number): { prefix: string; name: string; end: number } | null {
  const prefix = /(tinh|thanh pho|tp\.?)\s+/y;
  prefix.lastIndex = at;
  const p = prefix.exec(f.folded);
  let pos = p ? prefix.lastIndex : at;
  const start = pos;
  let end = pos;
  const word = /[a-z]+/y;
  for (let n = 0; n < 5; n++) {
    word.lastIndex = pos;
    if (!word.exec(f.folded) || !isUpperAt(f, pos)) break;
    end = word.lastIndex;
    pos = /^ [a-z]/.test(f.folded.slice(end, end + 2)) ? end + 1 : -1;
    if (pos < 0) break;
  }
  if (end === start) return null;
  return { prefix: p ? (p[1].startsWith('t') && p[1] !== 'tinh' ? 'thành phố' : 'tỉnh') : '', name: clean(originalSlice(f, start, end)), end };
}

function memoranda(f: FoldedText): Named[] {
  const out: Named[] = [];
  for (const m of f.folded.matchAll(MEMO)) {
    const a = readParty(f, m.index + m[0].length);
    const and = a && /\s+va\s+/y;
    if (!a || !and) continue;
    and.lastIndex = a.end;
    if (!and.exec(f.folded)) continue;
    const b = readParty(f, and.lastIndex);
    if (!b) continue;
    const parties = [a, b].sort((x, y) => x.name.localeCompare(y.name, 'vi'));
    const name = `Bản ghi nhớ giữa ${parties.map((p) => `${p.prefix} ${p.name}`.trim()).join(' và ')}`;
    const tail = readTail(f, b.end);
    let date = tail.date;
    if (date === null) {
      // `Ngày 24/7/2023, … đã ký Bản ghi nhớ …`: the signing date leads the sentence.
      const [s] = sentenceBounds(f.text, f.offsets[m.index], f.offsets[m.index]);
      const lead = new RegExp(String.raw`ngay\s+(?:${DATE})[^.;]*\bky\b`).exec(f.folded.slice(foldedIndex(f, s), m.index));
      if (lead) date = toDate(lead, 1);
    }
    out.push(candidate(f, m.index, tail.end, { docType: 'Bản ghi nhớ', name, date, about: tail.about, fAboutEnd: tail.aboutEnd }));
  }
  return out;
}

function agreements(f: FoldedText): Named[] {
  const out: Named[] = [];
  for (const m of f.folded.matchAll(AGREEMENT)) {
    if (!/\bgiua\b/.test(m[1])) continue;
    const end = m.index + m[0].length;
    out.push(candidate(f, m.index, end, { docType: 'Bản thỏa thuận', name: clean(originalSlice(f, m.index, end)) }));
  }
  return out;
}

function plans(f: FoldedText): Named[] {
  const out: Named[] = [];
  const types: Record<string, string> = { quy: 'Quy hoạch', de: 'Đề án', chien: 'Chiến lược', chuong: 'Chương trình' };
  for (const m of f.folded.matchAll(PLAN)) {
    if (!isUpperAt(f, m.index) || /\bnay\b/.test(m[2])) continue;
    if (CREATING.test(f.folded.slice(Math.max(0, m.index - 60), m.index))) continue;
    const end = m.index + m[0].length;
    const docType = types[m[1].split(/\s/)[0]];
    out.push(candidate(f, m.index, end, { docType, name: clean(originalSlice(f, m.index, end)) }));
  }
  return out;
}

function laws(f: FoldedText): Named[] {
  const out: Named[] = [];
  // The law an amending law names is part of its name, not a citation of its own.
  let covered = -1;
  for (const m of f.folded.matchAll(LAW)) {
    if (m.index < covered) continue;
    let pos = m.index + m[0].length;
    AMENDING_LAW.lastIndex = pos;
    if (AMENDING_LAW.exec(f.folded)) pos = AMENDING_LAW.lastIndex;
    const nameStart = pos;
    if (!isUpperAt(f, m.index) || !isUpperAt(f, pos)) continue;
    let nameEnd = pos;
    const word = /([a-z]+)\s*/y;
    for (let n = 0; n < 10; n++) {
      word.lastIndex = pos;
      const w = word.exec(f.folded);
      if (!w || LAW_STOP.has(w[1])) break;
      nameEnd = pos + w[1].length;
      pos = word.lastIndex;
    }
    const name = clean(originalSlice(f, m.index, nameEnd));
    const after = new RegExp(String.raw`\s*(?:${SO}\s+(${NUMBER_SYMBOL})|(?:nam\s+)?(\d{4})\b|ngay\s+(?:${DATE}))`, 'y');
    after.lastIndex = nameEnd;
    const a = after.exec(f.folded);
    if (!a || nameEnd === nameStart) continue;
    const ns = a[1] ? parseNumberSymbol(originalSlice(f, nameEnd, after.lastIndex).replace(/^\s*\S+\s+/, '')) : null;
    const date = a[2] ? { iso: a[2], precision: 'year' as const } : a[1] ? null : toDate(a, 3);
    const tail = readTail(f, after.lastIndex);
    if (nameStart !== m.index + m[0].length) covered = tail.end;
    out.push(
      candidate(f, m.index, tail.end, {
        docType: m[0].startsWith('bo') ? 'Bộ luật' : 'Luật', name, number: ns?.number ?? null, symbol: ns?.symbol ?? null,
        date: tail.date ?? date, issuer: tail.issuer, about: tail.about, fAboutEnd: tail.aboutEnd,
      }),
    );
  }
  return out;
}

/** All named citations in a folded block, in no particular order (detect.ts sorts and de-overlaps). */
export function detectNamed(f: FoldedText): Named[] {
  return [...memoranda(f), ...agreements(f), ...plans(f), ...laws(f)];
}
