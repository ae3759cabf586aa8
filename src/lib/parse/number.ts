/**
 * The `Số:` field: number and symbol kept apart. Forms seen: `5817/UBND-KTTH`,
 * `**5817** /UBND-KTTH` (markers already gone), `/UBND-TH` (blank number: an unsigned copy),
 * `9476 /BNNMT-CNTY` (stray space), `012/CT-UBND` (leading zero kept), `107/2021/NĐ-CP`
 * (legal form: the year belongs to the symbol), `2371-CV/TU` (Party form), `66.1/2025/NQ-CP` (decimal),
 * `SXD-QLN& TTBĐS`, `VPCP-V.I`, `CV/VPTW/nb`, and `453` whose `/TB-UBND` was pushed to a later line by an
 * e-signature stamp.
 */

import { tidySymbolText } from '../identity/index.ts';

export interface NumberField {
  number: string | null;
  symbol: string | null;
  /** Whatever follows the symbol on the same line (a scan may put the date there). */
  rest: string;
}

const SYMBOL = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&/-]*[\p{L}\p{N}]|[\p{L}\p{N}]`;
const STATE = new RegExp(String.raw`^(?<pre>[^/\s]*(?:\s+\d+)*)\s*\/\s*(?<sym>${SYMBOL})(?<rest>.*)$`, 'u');
const PARTY = new RegExp(String.raw`^(?<num>\d+(?:\.\d+)?)\s*-\s*(?<type>\p{L}+)\s*\/\s*(?<body>${SYMBOL})(?<rest>.*)$`, 'u');

/** Parses what follows `Số:`; an empty value yields all nulls (the caller may look further). */
export function parseNumberValue(value: string): NumberField {
  const text = tidySymbolText(value.trim());
  const party = PARTY.exec(text);
  if (party?.groups) {
    const g = party.groups;
    return { number: g['num'] ?? null, symbol: `${g['type']}/${g['body']}`, rest: (g['rest'] ?? '').trim() };
  }
  const state = STATE.exec(text);
  if (state?.groups) {
    const pre = (state.groups['pre'] ?? '').trim();
    return {
      number: readNumber(pre),
      symbol: state.groups['sym'] ?? null,
      rest: (state.groups['rest'] ?? '').trim(),
    };
  }
  const bare = /^(\d+(?:\s+\d+)*)\s*(.*)$/.exec(text);
  if (bare) return { number: readNumber(bare[1] ?? ''), symbol: null, rest: (bare[2] ?? '').trim() };
  return { number: null, symbol: null, rest: text };
}

/** Digits only (a stray inner space dropped, a decimal `66.1` kept); OCR garbage such as `#2` is unknown, not a guess. */
function readNumber(pre: string): string | null {
  return /^\d+(?:\s+\d+)*(?:\.\d+)?$/.test(pre) ? pre.replace(/\s+/g, '') : null;
}

/** A line that carries only the symbol part (`/TB-UBND`) after an e-signature stamp split it off. */
export function parseDetachedSymbol(text: string): string | null {
  const m = new RegExp(String.raw`^\/\s*(${SYMBOL})\s*$`, 'u').exec(tidySymbolText(text.trim()));
  return m?.[1] ?? null;
}
