/**
 * Numbers and symbols (`5817/UBND-KTTH`, `94-KL/TW`, `107/2021/NĐ-CP`): read as printed, OCR-damaged or
 * typed into search, normalized, formatted back, and the keys two spellings of one number meet on.
 */
import { foldDiacritics, latinLookalike, rememberedByString, squashSpaces } from '../text.ts';
import { PARTY_BODIES, canonicalCode, isIssuerCode, isKnownCode, nationalIssuer } from './codes.ts';
import { TYPE_CODES, isTypeCode } from './doc-types.ts';

export interface NumberSymbol {
  /** Digits as printed without inner spaces (`91`), or null when blank (`Số: /KH-UBND`). */
  number: string | null;
  /** Normalized symbol: `QĐ-UBND`, `UBND-KTTH`, `2021/NĐ-CP`, `KL/TW`. */
  symbol: string;
}

/** Splits a symbol into its legal year (if any) and its code segments: `2021/NĐ-CP` → 2021, [NĐ, CP]. */
export function symbolParts(symbol: string): { year: string | null; party: boolean; codes: string[] } {
  const legal = /^(\d{4})\/(.*)$/.exec(symbol);
  const rest = (legal ? legal[2] : symbol).replace(/\/nb$/, '');
  return { year: legal ? legal[1] : null, party: !legal && rest.includes('/'), codes: rest.split(/[/-]/) };
}

/**
 * A symbol as printed, its typing slips undone: stray spaces around `&` (`QLN& TTBĐS`), a Cyrillic look-alike
 * among Latin capitals (`NĐ-СP`). Only applied to text already read as a number/symbol.
 */
export function tidySymbolText(text: string): string {
  return text
    .replace(/\s*&\s*/g, '&')
    .replace(/(?<=[\p{Lu}\d/&.-])[АВЕКМНОРСТХУ]|[АВЕКМНОРСТХУ](?=[\p{Lu}\d/&.-])/gu, (c) => latinLookalike(c) ?? c);
}

/** A type code glued to its issuer's code (`QĐUBND` for `QĐ-UBND`), split; a code we know is never split. */
function unglue(code: string): string[] {
  if (isKnownCode(code)) return [code];
  for (const type of TYPE_CODES) {
    const rest = code.slice(type.length);
    if (code.startsWith(type) && rest.length >= 2 && isIssuerCode(rest)) return [type, rest];
  }
  return [code];
}

/** Builds the normalized symbol from code segments; Party bodies take the `TYPE/BODY` form. */
function joinCodes(codes: string[]): string {
  const internal = codes[codes.length - 1] === 'nb' && codes.length > 2;
  const fixed = (internal ? codes.slice(0, -1) : codes).filter((c) => c !== '').flatMap(unglue).map(canonicalCode);
  const year = fixed.length > 1 && /^(19|20)\d\d$/.test(fixed[0]) ? fixed.shift() : undefined;
  const last = fixed[fixed.length - 1];
  const body =
    year === undefined && fixed.length === 2 && PARTY_BODIES.includes(last) ? `${fixed[0]}/${last}${internal ? '/nb' : ''}` : fixed.join('-');
  return year === undefined ? body : `${year}/${body}`;
}

/** Normalizes a printed or typed symbol (`Qb-UBND` → `QĐ-UBND`, `ND-CP` → `NĐ-CP`, `kl/tw` → `KL/TW`); remembered. */
export const normalizeSymbol = rememberedByString(normalizeSymbolOnce);

function normalizeSymbolOnce(symbol: string): string {
  const tidy = squashSpaces(tidySymbolText(symbol));
  // The Party form `TC/TCT`, `CV/BTCTW/nb` stays one even when its body is not in our tables.
  const party = /^([\p{L}\d]+)\s*\/\s*([\p{L}\d]+)(\s*\/\s*nb)?$/u.exec(tidy);
  if (party && !/^\d/.test(party[1] ?? '')) return `${canonicalCode(party[1] ?? '')}/${canonicalCode(party[2] ?? '')}${party[3] ? '/nb' : ''}`;
  return joinCodes(tidy.split(/\s*[/\-\s]\s*/));
}

/**
 * Reads a number/symbol as printed, OCR-damaged or typed into search: `9 1/Qb-UBND`, `1425-BC/BCSP`,
 * `57 NQ-CP`, `NQ-CP 57`, `5817 ubnd ktth`, `94 KL TW`, `107/2021/ND-CP`, `/KH-UBND`. Null when no symbol.
 */
export function parseNumberSymbol(text: string): NumberSymbol | null {
  const clean = squashSpaces(tidySymbolText(text.replace(/[–—]/g, '-')));
  let number: string | null = null;
  let rest = clean;
  const lead = /^(\d+(?: \d+)*(?:\.\d+)?)\s*[/-]\s*(.*)$/.exec(clean) ?? /^(\d+)\s+(.*)$/.exec(clean);
  const trail = /^([^\d\s].*?)\s+(\d+)$/.exec(clean);
  if (lead) [number, rest] = [lead[1].replace(/ /g, ''), lead[2]];
  else if (trail) [rest, number] = [trail[1], trail[2]];
  else if (clean.startsWith('/')) rest = clean.slice(1);
  else return null; // a symbol without a number is only valid in the blank form `/KH-UBND`
  const codes = rest.split(/\s*[/\-\s]\s*/).filter((c) => c !== '');
  if (!codes.some((c) => /\p{L}/u.test(c)) || codes.some((c) => !/^[\p{L}\d]+(?:[&.][\p{L}\d]+)*$/u.test(c))) return null;
  // Printed Party form (`9671-CV/BTCTW`, `89-TC/TCT`, `85-CV/VPTW/nb`): kept even when the body is not in our table.
  const party = /^\d[\d ]*(?:\.\d+)?\s*-\s*([\p{L}\d]+)\s*\/\s*([\p{L}\d]+)(\s*\/\s*nb)?$/u.exec(clean);
  if (party) return { number, symbol: `${canonicalCode(party[1])}/${canonicalCode(party[2])}${party[3] ? '/nb' : ''}` };
  return { number, symbol: joinCodes(codes) };
}

/** `5817/UBND-KTTH`, `94-KL/TW`, `107/2021/NĐ-CP`; a blank number prints as `…` (`…/KH-UBND`). */
export function formatNumberSymbol(number: string | null, symbol: string | null): string {
  const num = number === null || number === '' ? '…' : number;
  if (symbol === null || symbol === '') return num;
  return `${num}${symbolParts(symbol).party ? '-' : '/'}${symbol}`;
}

/** Number and symbol as printed in citations, or null when the document has neither. */
export function numberSymbolOrNull(number: string | null, symbol: string | null): string | null {
  return symbol || number ? formatNumberSymbol(number, symbol) : null;
}

/** The number without zero padding: `01/CT-UBND` and `1/CT-UBND` are one instrument. */
export function numberKey(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}

/** A symbol folded to the key typed and printed spellings meet on: `2021/NĐ-CP`, `2021 nd cp` → `2021NDCP`. */
export function symbolKey(symbol: string): string {
  return foldDiacritics(symbol).toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The code of the body that issued under this symbol: `QĐ-UBND` → UBND, `UBND-KTTH` → UBND, `KL/TW` → TW. */
export function issuerCode(symbol: string): string | null {
  const { party, codes } = symbolParts(symbol);
  if (party) return codes[codes.length - 1] ?? null;
  if (codes.length === 1) return codes[0];
  return isTypeCode(codes[0]) ? codes[1] : codes[0];
}

/** The issuer a symbol implies on its own (`NQ-CP` → Chính phủ, `81/2023/QH15` → Quốc hội khóa XV), else null. */
export function impliedIssuer(symbol: string | null): string | null {
  const code = symbol === null ? null : issuerCode(symbol);
  return code === null ? null : nationalIssuer(code);
}

/** Nationally unique series need no issuer in the key: one body issues them in the whole country. */
export function isNationalSeries(symbol: string): boolean {
  return impliedIssuer(symbol) !== null;
}
