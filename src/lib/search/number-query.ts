/**
 * Reads what a person types when looking for a document by its number, in any spelling:
 * `57/NQ-CP`, `57/nq-cp`, `57 NQ-CP`, `NQ-CP 57`, `57-NQ-CP`, `5817 ubnd ktth`, `94 KL TW`,
 * `107/2021/ND-CP`, `nghị quyết 57`. The number and symbol are read by identity (src/lib/identity/), as
 * printed numbers are; this module only decides whether a query is a number at all. Runs in the browser
 * (search page, /tra-cuu/) and at build time (to key the number look-up files), so both sides compare
 * the same keys.
 */
import { numberKey, parseNumberSymbol, symbolKey, typedTypeWords } from '../identity/index.ts';
import { foldDiacritics } from '../text.ts';

export interface NumberQuery {
  /** The document number without leading zeros (`57`, `12` for `012`): identity's `numberKey`. */
  number: string;
  /** The symbol's comparison key (`NQCP`, `2021NDCP`, `KLTW`): identity's `symbolKey`; null when only a number was typed. */
  symbolKey: string | null;
  /** A document type typed with the number (`nghị quyết 57` → `nghi quyet`), folded; null otherwise. */
  typeKey: string | null;
}

const TYPE_WORDS = typedTypeWords();

/** Parses a typed query as a document number, or returns null when it is not one. */
export function parseNumberQuery(query: string): NumberQuery | null {
  let folded = foldDiacritics(query.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
  if (folded.length === 0 || folded.length > 60) return null;
  const typeKey = TYPE_WORDS.find((word) => folded.startsWith(`${word} `)) ?? null;
  if (typeKey !== null) folded = folded.slice(typeKey.length + 1);
  // Separators are read as spaces or, at the end, dropped: `57/` is typed on the way to `57/NQ-CP`.
  folded = folded.replace(/^so /, '').replace(/[_.:]+/g, ' ').replace(/[\s/\-–]+$/, '').trim();
  if (/^\d{1,6}$/.test(folded)) return { number: numberKey(folded), symbolKey: null, typeKey };
  const read = parseNumberSymbol(folded);
  if (read === null || read.number === null || read.number.length > 6) return null;
  // Without a / or - between number and symbol, only a short query (`5817 ubnd ktth`, `NQ CP 57`) is a
  // number, so that `5 người chết trong vụ tai nạn` stays a text query; long words are no symbol codes.
  const tokens = folded.split(/[\s/\-–]+/).filter(Boolean);
  const separated = /\d\s*[/-]|[/-]\s*\d/.test(folded);
  if (!separated && tokens.length > 3 && typeKey === null) return null;
  if (tokens.some((token) => /[a-z]/.test(token) && token.length > 8)) return null;
  return { number: numberKey(read.number), symbolKey: symbolKey(read.symbol), typeKey };
}

/** True when an instrument's symbol matches a typed symbol key (exact, after folding). */
export function symbolMatches(symbol: string | null, key: string | null): boolean {
  if (key === null) return true;
  return symbol !== null && symbolKey(symbol) === key;
}
