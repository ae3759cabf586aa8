/**
 * Keyword tests on a line's folded key (no diacritics, lower case), tolerant of the OCR
 * confusions seen in scans (`Kinh gui`, `Noi nhan`, `s6` for `số`). Matching on the folded
 * form is what lets one rule serve typed and scanned documents alike.
 */
import type { Line } from './lines.ts';

/** `Kính gửi:` opening the recipients (also `Kinh gui:` from OCR). */
export const KINH_GUI = /^\W*k[i1l]nh\s*g[uư][i1l]\s*:/;
/** `Đồng kính gửi:` (copy recipients). */
export const DONG_KINH_GUI = /^\W*[dđ][o0]ng\s*k[i1l]nh\s*g[uư][i1l]\s*:/;
/** `THỦ TƯỚNG CHÍNH PHỦ điện:` opens the addressees of a công điện. */
export const DIEN = /\bdien\s*:\s*$/;
/** `Nơi nhận:` opening the distribution list. */
export const NOI_NHAN = /^\W*n[o0ơ][i1l]\s*nh[a4]n\s*:?/;
/**
 * `Số:` opening the number line; OCR reads `số` as `s6`, `sb`, `sé`, `so`. Party documents (and some state
 * ones) print no colon: `Số 12-KL/TW`, `Số 905/QĐ-UBND`; then a number and a symbol must follow.
 */
export const SO = /^\W*s[o06be]\s*(?:[:.]|\s(?=\s*[\d.]+\s*[-/]\s*\p{L}|\s*\/\s*\p{L}))/u;

/** The national motto, or the Party's (`ĐẢNG CỘNG SẢN VIỆT NAM`, top right of a Party document). */
export function isMotto(line: Line): boolean {
  return /cong hoa xa hoi chu nghia|doc lap\s*[-–—]+\s*tu do|^\W*dang cong san viet nam\W*$/.test(line.key);
}

/**
 * A list marker as printed at the start of a line (`- `, `+ `, `• `; a doubled `-- ` from a
 * crawl counts once; `~ ` is how a scan reads a dash) with the prefix to cut; `-5%` or a number is not a marker.
 */
export function listMarker(text: string): { marker: string; prefix: string } | null {
  const m = /^([-+•–—~])[-–—]*\s+(?=\S)/.exec(text);
  if (!m?.[1]) return null;
  return { marker: m[1], prefix: m[0] };
}

/** `1.`, `2.1.`, `a)`, `đ)`, `I.`, `[1]`, `Điều 3.` — starts of numbered items and footnotes. */
export function isNumbered(text: string): boolean {
  return (
    /^\d+(?:\.\d+)*[.)](?:\s|$)/.test(text) ||
    /^[a-zđ]\)\s/.test(text) ||
    /^[IVXLC]+\.\s/.test(text) ||
    /^\[\d+\]/.test(text) ||
    /^Điều\s+\d+/.test(text)
  );
}

/** True when every letter is a capital (and there are at least `min` letters). */
export function isAllCaps(text: string, min = 3): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= min && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
}

export function endsSentence(text: string): boolean {
  return /[.;:!?…]["”’)\]]*$/.test(text.trimEnd());
}

export function startsUpper(text: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0];
  return first !== undefined && (/\p{N}/u.test(first) || first !== first.toLowerCase());
}

export function startsLower(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && first !== first.toUpperCase() && !/^\W*\p{N}/u.test(text);
}
