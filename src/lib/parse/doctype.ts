/**
 * Document type, from the type title printed in capitals (`KẾ HOẠCH`) or, failing that, from
 * the type code in the symbol (`41/KH-UBND`). Names and codes come from the one table of document types
 * (src/lib/identity/doc-types.ts).
 */
import { titleKeys, typeOfCode } from '../identity/index.ts';
import { keyOf } from './lines.ts';

/** Type names keyed by their folded form, so OCR'd titles (`QUYÉT ĐỊNH`) match. */
const BY_KEY = new Map(titleKeys().map(([key, name]) => [keyOf(key).replace(/\s+/g, ' '), name]));

/** The type named by a title line (`KẾ HOẠCH`, `## KẾ HOẠCH`), or null when the line is not a bare title. */
export function typeFromTitle(text: string): string | null {
  const key = keyOf(text).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return BY_KEY.get(key) ?? null;
}

/**
 * The type coded in a symbol: `KH-UBND` → Kế hoạch, `2021/NĐ-CP` → Nghị định, `CV/TU` → Công văn.
 * A symbol whose first part is no type code is the công văn form `ISSUER-UNIT` (`UBND-KTTH`).
 */
export function typeFromSymbol(symbol: string): string | null {
  const parts = symbol.replace(/^\d{4}\//, '').split(/[-/]/);
  const code = parts[0] ?? '';
  const found = typeOfCode(code);
  if (found) return found;
  return parts.length >= 2 && /^\p{Lu}[\p{L}\p{N}]*$/u.test(code) ? 'Công văn' : null;
}
