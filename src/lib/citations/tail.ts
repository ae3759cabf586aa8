/**
 * What follows a citation's number: `ngày 21/4/2022`, `của Chính phủ`, `về các nhiệm vụ, giải pháp …`.
 * Works on the folded view (fold.ts) and reads words' case from the original, since issuer names are
 * capitalized while the clause that follows them is not.
 */
import type { PartialDate } from '../../schemas/metadata.ts';
import { squashSpaces } from '../text.ts';
import { type FoldedText, isUpperAt, originalSlice } from './fold.ts';
import { CUA, DATE, TYPE_ALTERNATION } from './patterns.ts';
import { readIssuerName } from './issuer-name.ts';

export function toDate(m: RegExpExecArray, base: number): PartialDate | null {
  const d = Number(m[base] ?? m[base + 3]);
  const mo = Number(m[base + 1] ?? m[base + 4]);
  const y = m[base + 2] ?? m[base + 5];
  if (!(d >= 1 && d <= 31 && mo >= 1 && mo <= 12)) return null;
  return { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day' };
}

const DATE_AFTER = new RegExp(String.raw`\s*,?\s*(?:ban hanh\s+)?ngay\s+(?:${DATE})`, 'y');
const CUA_AFTER = new RegExp(String.raw`\s*,?\s*(?:${CUA}|giua)\s+`, 'y');
const ABOUT_AFTER = /\s*,?\s*(?:ve|v\/v)\s+(?:viec\s+)?|\s+(?=(?:phe duyet|ban hanh|quy dinh|huong dan)\s)/y;

export interface Tail {
  end: number;
  date: PartialDate | null;
  issuer: string | null;
  /** Folded end of the issuer; about starts after it. */
  about: string | null;
  aboutEnd: number;
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
    const issuerEnd = readIssuerName(f, CUA_AFTER.lastIndex);
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
