/**
 * What follows a citation's number: `ngày 21/4/2022`, `của Chính phủ`, `về các nhiệm vụ, giải pháp …`.
 * Works on the folded view (fold.ts) and reads words' case from the original, since issuer names are
 * capitalized while the clause that follows them is not.
 */
import type { PartialDate } from '../../schemas/metadata.ts';
import { squashSpaces } from '../text.ts';
import { type FoldedText, isUpperAt, originalSlice } from './fold.ts';
import { CUA, DATE, NAMED_TYPES, TYPE_ALTERNATION } from './patterns.ts';

export function toDate(m: RegExpExecArray, base: number): PartialDate | null {
  const d = Number(m[base] ?? m[base + 3]);
  const mo = Number(m[base + 1] ?? m[base + 4]);
  const y = m[base + 2] ?? m[base + 5];
  if (!(d >= 1 && d <= 31 && mo >= 1 && mo <= 12)) return null;
  return { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day' };
}

const DATE_AFTER = new RegExp(String.raw`\s*,?\s*(?:ban hanh\s+)?ngay\s+(?:${DATE})`, 'y');
const CUA_AFTER = new RegExp(String.raw`\s*,?\s*${CUA}\s+`, 'y');
const ABOUT_AFTER = /\s*,?\s*(?:ve|v\/v)\s+(?:viec\s+)?|\s+(?=(?:phe duyet|ban hanh|quy dinh|huong dan)\s)/y;

/** Words that end an issuer's name: the clause goes on after them. */
const ISSUER_STOP = new Set(
  've tai thuc trien phe ngay theo de da duoc cho nham voi trong la co ve vi sau khi giao yeu ket qua ban hanh quy huong nhu tren so nam kem nay cac mot den tu ma hay lam viec noi neu'.split(' '),
);
/** Lower-case words that occur inside issuers' names (`Ban cán sự đảng UBND tỉnh`, `Thủ tướng Chính phủ`). */
const ISSUER_LOWER = new Set(
  'tinh thanh pho huyen xa thi phuong quan nhan dan uy ban vu truc su can dang tuong phu tich tri hanh chap uong trung hoi nghi lan thu tha khoa bo cuc truong chinh quoc dong thuong nong nghiep thon tu dau te mat tran to'.split(' '),
);

export interface Tail {
  end: number;
  date: PartialDate | null;
  issuer: string | null;
  /** Folded end of the issuer; about starts after it. */
  about: string | null;
  aboutEnd: number;
}

/** Reads an issuer's words from folded offset `at`; returns its folded end (== at when none). */
export function readIssuer(f: FoldedText, at: number): number {
  const word = /(\S+?)([,;.:)]*)(?=\s|$)/y;
  let end = at;
  let pos = at;
  for (let count = 0; count < 14; count++) {
    const gap = /\s*/y;
    gap.lastIndex = pos;
    gap.exec(f.folded);
    const start = gap.lastIndex;
    word.lastIndex = start;
    const m = word.exec(f.folded);
    if (!m || m[1].startsWith('(')) break;
    const w = m[1];
    const upper = isUpperAt(f, start) || /^\d/.test(w);
    if (ISSUER_STOP.has(w) && !upper) break;
    if (w === 'va') {
      // `Sở Kế hoạch và Đầu tư` goes on; `của Chính phủ và Chương trình số …` does not.
      const next = new RegExp(String.raw`va\s+(?!(?:${TYPE_ALTERNATION}|${NAMED_TYPES})\b)`, 'y');
      next.lastIndex = start;
      const after = next.exec(f.folded);
      if (!after || !isUpperAt(f, next.lastIndex)) break;
    } else if (!upper && !ISSUER_LOWER.has(w) && w.length > 3) break;
    if (new RegExp(String.raw`(?:${TYPE_ALTERNATION})\b`, 'y').test(f.folded.slice(start, start + 40)) && count > 0 && upper) break;
    end = start + w.length;
    pos = start + m[0].length;
    if (m[2] !== '') break;
  }
  return end;
}

/** Reads `về …` up to the end of its clause: `;`, `(`, a sentence end, `, ` + capital or verb, `và` + citation. */
export function readAbout(f: FoldedText, at: number): number {
  const stop = new RegExp(
    String.raw`[;(:]|\n\s*\n|\.(?:\s|$)|\/\.|,\s+(?:yeu cau|de nghi|giao|dong thoi|trong do|lam co so|dam bao|bao dam|hoan thanh|phan dau|kip thoi|uu tien|chu tich|ubnd|truong hop)\b|\s+va\s+(?=(?:cac\s+)?(?:${TYPE_ALTERNATION})\s+(?:s[o6be0]\s+)?\d)|\s+(?:theo|tai)\s+(?=(?:${TYPE_ALTERNATION})\s)|,\s+`,
    'g',
  );
  const window = f.folded.slice(at, at + 600);
  // Capitals are only visible in the original: check `, ` + capital there.
  for (const m of window.matchAll(stop)) {
    if (/^,\s+$/.test(m[0]) && !isUpperAt(f, at + m.index + m[0].length)) continue;
    return at + m.index;
  }
  return Math.min(f.folded.length, at + 600);
}

/** Parses date, issuer and subject after folded offset `at` (the end of the number/symbol). */
export function readTail(f: FoldedText, at: number): Tail {
  let end = at;
  let date: PartialDate | null = null;
  let issuer: string | null = null;
  DATE_AFTER.lastIndex = end;
  const d = DATE_AFTER.exec(f.folded);
  if (d) {
    date = toDate(d, 1);
    end = DATE_AFTER.lastIndex;
  }
  CUA_AFTER.lastIndex = end;
  if (CUA_AFTER.exec(f.folded)) {
    const issuerEnd = readIssuer(f, CUA_AFTER.lastIndex);
    if (issuerEnd > CUA_AFTER.lastIndex) {
      issuer = squashSpaces(originalSlice(f, CUA_AFTER.lastIndex, issuerEnd));
      end = issuerEnd;
    }
  }
  if (date === null) {
    DATE_AFTER.lastIndex = end;
    const late = DATE_AFTER.exec(f.folded);
    if (late) {
      date = toDate(late, 1);
      end = DATE_AFTER.lastIndex;
    }
  }
  ABOUT_AFTER.lastIndex = end;
  let about: string | null = null;
  let aboutEnd = end;
  if (ABOUT_AFTER.exec(f.folded)) {
    const from = ABOUT_AFTER.lastIndex;
    aboutEnd = readAbout(f, from);
    const text = squashSpaces(originalSlice(f, from, aboutEnd)).replace(/[\s,.]+$/u, '');
    about = text.length >= 3 ? text : null;
  }
  return { end, date, issuer, about, aboutEnd };
}
