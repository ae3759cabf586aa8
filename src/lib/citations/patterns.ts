/**
 * Regular-expression pieces over folded text (fold.ts: no diacritics, lower case). Each piece tolerates
 * the OCR damage seen in the corpus: `s6`/`sb`/`sé` for `số`, `Thong béo`, `Béo cao`, `hanh déng`,
 * digits split by a space, line breaks inside a citation.
 */

/** Type words and the normalized type name they stand for. Longer phrases first: the regex takes the first. */
export const TYPE_WORDS: readonly [string, string][] = [
  ['Chương trình hành động', String.raw`chuong\s+trinh\s+hanh\s+d[oe]ng`],
  ['Thông báo', String.raw`thong\s+b[ae]o\s+ket\s+luan`],
  ['Thông tư liên tịch', String.raw`thong\s+tu\s+lien\s+tich`],
  ['Nghị quyết liên tịch', String.raw`nghi\s*quyet\s+lien\s+tich`],
  ['Nghị quyết', String.raw`nghi\s*quyet`],
  ['Nghị định', String.raw`nghi\s*dinh`],
  ['Kết luận', String.raw`ket\s+lu[a]n`],
  ['Quyết định', String.raw`quyet\s+dinh`],
  ['Chỉ thị', String.raw`chi\s+thi`],
  ['Công văn', String.raw`c[oe]ng\s+van`],
  ['Công điện', String.raw`cong\s+dien`],
  ['Kế hoạch', String.raw`ke\s*hoach`],
  ['Thông báo', String.raw`thong\s+b[ae]o`],
  ['Thông tư', String.raw`thong\s+tu`],
  ['Thông cáo', String.raw`thong\s+cao`],
  ['Báo cáo', String.raw`b[aeo]o\s+c[a4]o`],
  ['Chương trình', String.raw`chuong\s+trinh`],
  ['Tờ trình', String.raw`to\s+trinh`],
  ['Bộ luật', String.raw`bo\s+luat`],
  ['Luật', String.raw`luat`],
  ['Pháp lệnh', String.raw`phap\s+lenh`],
  ['Hướng dẫn', String.raw`huong\s+dan`],
  ['Quy định', String.raw`quy\s+dinh`],
  ['Quy chế', String.raw`quy\s+che`],
  ['Đề án', String.raw`de\s+an`],
  ['Phương án', String.raw`phuong\s+an`],
  ['Biên bản', String.raw`bien\s+ban`],
  ['Giấy mời', String.raw`giay\s+moi`],
  ['Văn bản hợp nhất', String.raw`van\s+ban\s+hop\s+nhat`],
  ['Văn bản', String.raw`van\s+ban`],
];

/** Any type word, one capture group per entry of TYPE_WORDS (index i → group i + 1). */
export const TYPE_ALTERNATION = TYPE_WORDS.map(([, source]) => `(${source})`).join('|');

/** `số` and its OCR readings (`s6`, `sb`, `so`, `sé`, `s0`), optionally followed by `:` or `.`. */
export const SO = String.raw`s[o6be0][.:]?`;

/**
 * A number/symbol: number (perhaps split by one space: `9 1`), `/` or `-`, optional legal year, then code
 * segments joined by `/` or `-` (a line break may follow a hyphen: `33/KH-\nUBND`). Segments are
 * checked against the original case afterwards (detect.ts).
 */
export const NUMBER_SYMBOL = String.raw`\d+(?: \d{1,2}(?=\s?[/-]))?\s?[/-]\s?(?:\d{4}\s?/\s?)?[a-z][a-z0-9]*(?:\s?[/-]\s*[a-z][a-z0-9]*)*`;

/** A date: `21/4/2022`, `06/02/2024`, `21 tháng 12 năm 2016` (folded). Groups: d, m, y or d, m, y. */
export const DATE = String.raw`(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})`;

/** `của` and its OCR readings (`cua`, `ctia`, `cta`, `ciia`, `cia`). */
export const CUA = String.raw`c(?:u|ti|t|ii|i|ii)a`;

/** Names of unnumbered instruments (named.ts): an issuer's name stops before them. */
export const NAMED_TYPES = String.raw`ban\s+(?:thoa\s+thuan|ghi\s+nho)|quy\s+hoach|de\s+an|chien\s+luoc`;
