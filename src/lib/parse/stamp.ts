/**
 * A scan reads the stamps printed over a header as text on the same lines: the received stamp (`ĐẾN`,
 * `Giờ: …`, `Ngày: …`), the e-signature box (`CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ`), their frames (`——`).
 * The subject is read without them: a wrapped subject is a column as wide as its first line, so what a
 * later line prints past that width is cut when it is noise. The text itself keeps every character (the
 * blocks are untouched); only the extracted field is cleaned.
 */

/** A stamp's field with its handwritten value: `Giờ:.....G...`, `Ngày:.2Š.|..L2O26...`. */
const FIELD = /^(?:Giờ|Gio|Ngày|Ngay|Số|So|Chuyển|Chuyen|Lưu|Luu)\s*:/iu;
const FRAME = /^[-—–_=.…|]{2,}$/u;

function isCapitalsWord(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** A stamp's field, frame or dotted blank: noise wherever it stands. */
function isStampToken(token: string): boolean {
  return FIELD.test(token) || FRAME.test(token) || /\.{3,}/.test(token);
}

/** Whether tokens (the end of a line past the column) are stamp noise rather than the subject running on. */
function isNoise(tokens: string[]): boolean {
  if (tokens.some(isStampToken)) return true;
  let capitals = 0;
  for (const t of tokens) capitals = isCapitalsWord(t) ? capitals + 1 : 0;
  return tokens.filter(isCapitalsWord).length >= 3 || capitals >= 3;
}

/** The line cut at the column `width` when what lies past it is noise; a stamp word left at the cut goes too. */
function cutAtColumn(line: string, width: number): string {
  const tokens = [...line.matchAll(/\S+/g)];
  const at = tokens.findIndex((m) => m.index + m[0].length > width);
  // The column may end a word or two before the stamp begins (`… tuyến mã khởng —— n`): cut at the first token
  // from which the rest of the line is noise.
  for (let k = at; at >= 0 && k < tokens.length; k++) {
    if (!isNoise(tokens.slice(k).map((m) => m[0]))) continue;
    return keepBefore(tokens.map((m) => m[0]), k);
  }
  const stamp = tokens.findIndex((m) => isStampToken(m[0]));
  return stamp > 0 ? keepBefore(tokens.map((m) => m[0]), stamp) : line;
}

/** The tokens before `k`, without the stamp's own word left before its field (`ĐẾN`, read `ĐỀN`). */
function keepBefore(tokens: string[], k: number): string {
  const keep = tokens.slice(0, k);
  const last = keep[keep.length - 1] ?? '';
  if (/^\p{Lu}{2,4}$/u.test(last) && /[^\x00-\x7FĐ]/u.test(last)) keep.pop();
  return keep.join(' ');
}

/** The lines of a wrapped subject without the stamp printed over them. */
export function subjectWithoutStamp(parts: string[]): string[] {
  // Lines of a printed column differ by a character or so around the first line's width.
  const width = (parts[0]?.length ?? 0) + 1;
  return parts.map((part, k) => (k === 0 ? part : cutAtColumn(part, width))).filter((p) => p.trim() !== '');
}

/**
 * A type title at the end of a line that starts with stamp noise (`đống G:....É QUYÉT ĐỊNH`): the title's
 * words, else null.
 */
export function titleAfterNoise(text: string): string | null {
  const m = /(?:\.{3,}|:\S*\.\S*)\s*\p{Lu}?\s+((?:\p{Lu}+\s+){0,3}\p{Lu}+)\s*$/u.exec(text);
  return m?.[1] ?? null;
}

/** The subject after a stamp's field on its line (`ĐỀN quy, 221412)26...| Phê chuẩn …`), else the line. */
export function afterStampField(text: string): string {
  const bar = text.lastIndexOf('|');
  return bar > 0 && /\.{3,}|\d{4,}/.test(text.slice(0, bar)) ? text.slice(bar + 1).trim() : text;
}
