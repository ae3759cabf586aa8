/**
 * Regular-expression pieces over folded text (fold.ts: no diacritics, lower case). Each piece tolerates
 * the OCR damage seen in the corpus: `s6`/`sb`/`sé` for `số`, `Thong béo`, `Béo cao`, `hanh déng`,
 * digits split by a space, line breaks inside a citation.
 */
import { citedTypeWords } from '../identity/index.ts';

/**
 * Type words and the normalized type name they stand for, from the one table of document types
 * (src/lib/identity/doc-types.ts), longest phrase first: the regex takes the first.
 */
export const TYPE_WORDS: readonly [string, string][] = citedTypeWords();

/** Any type word, one capture group per entry of TYPE_WORDS (index i → group i + 1). */
export const TYPE_ALTERNATION = TYPE_WORDS.map(([, source]) => `(${source})`).join('|');

/** `số` and its OCR readings (`s6`, `sb`, `so`, `sé`, `s0`), optionally followed by `:` or `.`. */
export const SO = String.raw`s[o6be0][.:]?`;

/** One code of a symbol (folded): `ubnd`, `v.i` (`VPCP-V.I`), `bnn&mt`, `qln& ttbds` (a stray space after `&`). */
const CODE = String.raw`[a-z][a-z0-9]*(?:\.[a-z0-9]+)*(?:\s?&\s?[a-z][a-z0-9]*)*`;

/**
 * A number/symbol: number (perhaps split by one space: `9 1`; decimal: `66.1`), `/` or `-`, optional legal
 * year, then codes joined by `/` or `-` (a line break may follow a hyphen: `33/KH-\nUBND`), parts in figures
 * among them (`01/CV-01`, `01/KH1N-01/17h00/DBQG-DBKH`). Codes are
 * checked against the original case afterwards (symbol-end.ts).
 */
export const NUMBER_SYMBOL = String.raw`\d+(?:\.\d+)?(?: \d{1,2}(?=\s?[/-]))?\s?[/-]\s?(?:\d{4}\s?/\s?)?${CODE}(?:\s?[/-]\s*(?:${CODE}|\d{1,4}(?:h\d{2})?(?!\d)))*`;

/** A date: `21/4/2022`, `06/02/2024`, `21 tháng 12 năm 2016` (folded). Groups: d, m, y or d, m, y. */
export const DATE = String.raw`(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})`;

/** `của` and its OCR readings (`cua`, `ctia`, `cta`, `ciia`, `cia`). */
export const CUA = String.raw`c(?:u|ti|t|ii|i|ii)a`;

/** Names of unnumbered instruments (named.ts): an issuer's name stops before them. */
export const NAMED_TYPES = String.raw`ban\s+(?:thoa\s+thuan|ghi\s+nho)|quy\s+hoach|de\s+an|chien\s+luoc`;
