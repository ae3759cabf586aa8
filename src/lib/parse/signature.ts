/**
 * The signing block: authority marks (`KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`; in Party documents `T/M`, `K/T`,
 * `T/L`, `T/U`), capacity lines in capitals, the signer's name. A capacity may run over two lines
 * (`KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM`; `KT. BỘ TRƯỞNG` / `BỘ CÔNG AN`); a published copy prints `(Đã ký)`
 * over the name; an officer's rank precedes it (`Thượng tướng Nguyễn Văn Long`). A scan may keep only
 * the name (seed 003 ends with `Tran Hoang Tuan`): marks and capacity then stay empty rather than guessed.
 */
import type { Signature } from '../../schemas/metadata.ts';
import type { Line } from './lines.ts';
import { isAllCaps } from './keywords.ts';
import { nextFilled } from './items.ts';

export interface SignatureSpan {
  start: number;
  end: number;
  value: Signature;
  /** Line groups, one per printed capacity (and one for the name). */
  lines: number[][];
}

const MARK = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\/U)\.?(?:\s+|$)(?=\p{Lu}|$)/u;
const BARE_MARK = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\/U)\.?$/u;
const CAPACITY_WORDS = /CHỦ TỊCH|TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|CHỦ NHIỆM|BÍ THƯ|CHÁNH|TỔNG|ỦY BAN|UỶ BAN|CHÍNH PHỦ|BỘ CHÍNH TRỊ/u;
/** A body named under a capacity (`BỘ CÔNG AN`, `ỦY BAN NHÂN DÂN TỈNH …`): part of that capacity. */
const BODY_LINE = /^(BỘ|ỦY BAN|UỶ BAN|SỞ|BAN|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|ĐẢNG ỦY|ĐẢNG UỶ|HỘI ĐỒNG|VĂN PHÒNG|CỤC)\s/u;
const SIGNED = /^\(?\s*(?:đã\s+k[ýí]|k[ýí]|signed)\s*\)?$/iu;
const RANK = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý))\s+/u;

/** `KT.` from `KT. CHỦ TỊCH`, `T/M` from `T/M BỘ CHÍNH TRỊ`: state marks end with a dot, Party marks keep their slash. */
export function markOf(text: string): string | null {
  const m = MARK.exec(text)?.[1];
  if (!m) return null;
  return m.includes('/') ? m : `${m}.`;
}

/** A body's name in capitals, printed under a capacity (`BỘ CÔNG AN` under `KT. BỘ TRƯỞNG`). */
export function isBodyLine(text: string): boolean {
  return BODY_LINE.test(text.trim()) && isAllCaps(text, 4) && !/[;:&/()\d]/.test(text);
}

export function isCapacity(text: string): boolean {
  const t = text.trim();
  if (MARK.test(t) && isAllCaps(t, 2)) return true;
  if (BARE_MARK.test(t)) return true;
  return isAllCaps(t, 4) && !/[;:&/()\d]/.test(t) && CAPACITY_WORDS.test(t) && t.split(/\s+/).length <= 10;
}

/** A personal name: 2–5 capitalized words, not in capitals (`Trần Phước Hiền`, `Tran Hoang Tuan`), a rank before it allowed. */
export function isName(text: string): boolean {
  const words = personName(text).split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (isAllCaps(words.join(' '), 2)) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/** The name without its rank and trailing punctuation. */
export function personName(text: string): string {
  return text.trim().replace(/[.,;]+$/, '').replace(RANK, '');
}

/** Reads a signing block starting at the first filled line at or after `from`. */
export function readSignature(lines: Line[], from: number, needCapacity: boolean): SignatureSpan | null {
  const capacity: number[][] = [];
  const texts: string[] = [];
  let i = nextFilled(lines, from);
  const start = i;
  if (i < 0) return null;
  for (; i >= 0 && i < lines.length; i = nextFilled(lines, i + 1)) {
    const text = (lines[i] as Line).text.trim();
    const prev = texts[texts.length - 1];
    if (SIGNED.test(text) && texts.length > 0) continue;
    const joins = prev !== undefined && (/,$/.test(prev) || BARE_MARK.test(prev) || (isBodyLine(text) && MARK.test(prev)));
    if (!isCapacity(text) && !joins) break;
    // `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM`, a bare `KT.` and `KT. BỘ TRƯỞNG` / `BỘ CÔNG AN` are one capacity over two lines.
    if (joins) {
      texts[texts.length - 1] = `${prev} ${text}`;
      capacity[capacity.length - 1]?.push(i);
    } else {
      texts.push(text);
      capacity.push([i]);
    }
  }
  if (needCapacity && texts.length === 0) return null;
  const nameText = i >= 0 ? (lines[i] as Line).text.trim() : '';
  const named = i >= 0 && isName(nameText);
  if (texts.length === 0 && !named) return null;
  const lastCapacity = capacity[capacity.length - 1];
  const end = named ? i + 1 : lastCapacity ? Math.max(...lastCapacity) + 1 : start;
  return {
    start,
    end,
    lines: named ? [...capacity, [i]] : capacity,
    value: {
      marks: texts.flatMap((t) => markOf(t) ?? []),
      capacityLines: texts,
      capacity: texts[texts.length - 1] ?? null,
      name: named ? personName(nameText) : null,
    },
  };
}

/** The signing blocks printed one after another from `from` (a joint document has one per issuing body). */
export function readSignatures(lines: Line[], from: number, needCapacity: boolean): SignatureSpan[] {
  const found: SignatureSpan[] = [];
  for (let at = from, need = needCapacity; ; need = true) {
    const next = readSignature(lines, at, need);
    if (!next || next.end <= at || (found.length > 0 && next.value.name === null)) break;
    found.push(next);
    if (next.value.name === null) break;
    at = next.end;
  }
  return found;
}
