/**
 * Reads what a person types when looking for a document by its number, in any spelling:
 * `57/NQ-CP`, `57/nq-cp`, `57 NQ-CP`, `NQ-CP 57`, `57-NQ-CP`, `5817 ubnd ktth`, `94 KL TW`,
 * `107/2021/ND-CP`, `nghị quyết 57`. Runs in the browser (search page, /tra-cuu/) and at build time
 * (to key the number look-up files), so both sides compare the same keys.
 */
import { foldDiacritics } from '../text.ts';

export interface NumberQuery {
  /** The document number without leading zeros (`57`, `12` for `012`). */
  number: string;
  /** The symbol folded to a comparison key (`NQCP`, `2021NDCP`, `KLTW`), or null when only a number was typed. */
  symbolKey: string | null;
  /** A document type typed with the number (`nghị quyết 57` → `nghi quyet`), folded; null otherwise. */
  typeKey: string | null;
}

/** Type words people type before a number, folded (longest first so that `chuong trinh hanh dong` wins). */
const TYPE_WORDS = [
  'chuong trinh hanh dong', 'nghi quyet', 'nghi dinh', 'quyet dinh', 'ket luan', 'chi thi', 'cong van', 'ke hoach',
  'thong bao', 'thong tu', 'bao cao', 'chuong trinh', 'to trinh', 'huong dan', 'cong dien', 'luat', 'van ban',
];

/** Folds a symbol to its comparison key: diacritics and đ folded, case and separators dropped. */
export function symbolKey(symbol: string): string {
  return foldDiacritics(symbol).toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Normalizes a number for look-up: digits only, leading zeros dropped (`012` → `12`). */
export function numberKey(number: string): string {
  return number.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

/** Parses a typed query as a document number, or returns null when it is not one. */
export function parseNumberQuery(query: string): NumberQuery | null {
  let folded = foldDiacritics(query.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
  if (folded.length === 0 || folded.length > 60) return null;
  let typeKey: string | null = null;
  for (const word of TYPE_WORDS) {
    if (folded.startsWith(`${word} `)) {
      typeKey = word;
      folded = folded.slice(word.length + 1).replace(/^so /, '');
      break;
    }
  }
  folded = folded.replace(/^so /, '');
  const tokens = folded.split(/[\s/\-–_.:]+/).filter(Boolean);
  if (tokens.length === 0 || !tokens.every((token) => /^[a-z0-9]+$/.test(token))) return null;
  // The number is the first all-digit token that is not a 4-digit year following the number (107/2021/…).
  const numberIndex = tokens.findIndex((token) => /^\d{1,6}$/.test(token));
  if (numberIndex < 0) return null;
  const number = numberKey(tokens[numberIndex]!);
  const rest = tokens.filter((_, index) => index !== numberIndex);
  if (rest.length === 0) return typeKey || tokens.length === 1 ? { number, symbolKey: null, typeKey } : null;
  // A symbol has at least one letter part (NQ, CP, UBND); plain words make this a text query instead.
  if (!rest.some((token) => /[a-z]/.test(token))) return null;
  // Without a / or - the number must open or close a short query (`5817 ubnd ktth`, `NQ CP 57`), so that
  // `năm 2024 triển khai` stays a text query.
  const separated = /\d\s*[/-]|[/-]\s*\d/.test(folded);
  const atEdge = numberIndex === 0 || numberIndex === tokens.length - 1;
  if (!separated && !(atEdge && tokens.length <= 3) && typeKey === null) return null;
  if (rest.some((token) => /[a-z]/.test(token) && token.length > 8)) return null;
  return { number, symbolKey: symbolKey(rest.join('')), typeKey };
}

/** True when an instrument's symbol matches a typed symbol key (exact, after folding). */
export function symbolMatches(symbol: string | null, key: string | null): boolean {
  if (key === null) return true;
  return symbol !== null && symbolKey(symbol) === key;
}
