/**
 * Instrument identity: the ONE place that parses, normalizes and formats numbers/symbols, instrument ids
 * (which are URL segments, /van-ban/{id}/) and citation strings. Everything else calls these functions so
 * that a document held later gets the same id its citations already had.
 */
import { foldDiacritics, slugify, squashSpaces } from './text.ts';
import type { ExtractedMetadata, Instrument, PartialDate } from './types.ts';
import { PARTY_BODIES, canonicalCode, isTypeCode, nationalIssuer } from './citations/codes.ts';

export interface NumberSymbol {
  /** Digits as printed without inner spaces (`91`), or null when blank (`Số: /KH-UBND`). */
  number: string | null;
  /** Normalized symbol: `QĐ-UBND`, `UBND-KTTH`, `2021/NĐ-CP`, `KL/TW`. */
  symbol: string;
}

/** What identity is derived from: nothing else (no title, no citing document). */
export type IdentityParts = Pick<Instrument, 'docType' | 'number' | 'symbol' | 'issuer' | 'date' | 'name'>;

/** Splits a symbol into its legal year (if any) and its code segments: `2021/NĐ-CP` → 2021, [NĐ, CP]. */
function symbolParts(symbol: string): { year: string | null; party: boolean; codes: string[] } {
  const legal = /^(\d{4})\/(.*)$/.exec(symbol);
  const rest = legal ? legal[2] : symbol;
  return { year: legal ? legal[1] : null, party: !legal && rest.includes('/'), codes: rest.split(/[/-]/) };
}

/** Builds the normalized symbol from code segments; Party bodies take the `TYPE/BODY` form. */
function joinCodes(codes: string[]): string {
  const fixed = codes.filter((c) => c !== '').map(canonicalCode);
  const year = fixed.length > 1 && /^(19|20)\d\d$/.test(fixed[0]) ? fixed.shift() : undefined;
  const last = fixed[fixed.length - 1];
  const body =
    year === undefined && fixed.length === 2 && PARTY_BODIES.includes(last) ? `${fixed[0]}/${last}` : fixed.join('-');
  return year === undefined ? body : `${year}/${body}`;
}

/** Normalizes a printed or typed symbol (`Qb-UBND` → `QĐ-UBND`, `ND-CP` → `NĐ-CP`, `kl/tw` → `KL/TW`). */
export function normalizeSymbol(symbol: string): string {
  return joinCodes(squashSpaces(symbol).split(/\s*[/\-\s]\s*/));
}

/**
 * Reads a number/symbol as printed, OCR-damaged or typed into search: `9 1/Qb-UBND`, `1425-BC/BCSP`,
 * `57 NQ-CP`, `NQ-CP 57`, `5817 ubnd ktth`, `94 KL TW`, `107/2021/ND-CP`, `/KH-UBND`. Null when no symbol.
 */
export function parseNumberSymbol(text: string): NumberSymbol | null {
  const clean = squashSpaces(text.replace(/[–—]/g, '-'));
  let number: string | null = null;
  let rest = clean;
  const lead = /^(\d+(?: \d+)*)\s*[/-]\s*(.*)$/.exec(clean) ?? /^(\d+)\s+(.*)$/.exec(clean);
  const trail = /^([^\d\s].*?)\s+(\d+)$/.exec(clean);
  if (lead) [number, rest] = [lead[1].replace(/ /g, ''), lead[2]];
  else if (trail) [rest, number] = [trail[1], trail[2]];
  else if (clean.startsWith('/')) rest = clean.slice(1);
  else return null; // a symbol without a number is only valid in the blank form `/KH-UBND`
  const codes = rest.split(/\s*[/\-\s]\s*/).filter((c) => c !== '');
  if (!codes.some((c) => /\p{L}/u.test(c)) || codes.some((c) => !/^[\p{L}\d]+$/u.test(c))) return null;
  // Printed Party form (`9671-CV/BTCTW`, `89-TC/TCT`): keep it even when the body is not in our table.
  const party = /^\d[\d ]*\s*-\s*([\p{L}\d]+)\s*\/\s*([\p{L}\d]+)$/u.exec(clean);
  if (party) return { number, symbol: `${canonicalCode(party[1])}/${canonicalCode(party[2])}` };
  return { number, symbol: joinCodes(codes) };
}

/** True for the Party form, whose number takes a hyphen: `94-KL/TW`. */
function isParty(symbol: string): boolean {
  return symbolParts(symbol).party;
}

/** `5817/UBND-KTTH`, `94-KL/TW`, `107/2021/NĐ-CP`; a blank number prints as `…` (`…/KH-UBND`). */
export function formatNumberSymbol(number: string | null, symbol: string | null): string {
  const num = number === null || number === '' ? '…' : number;
  if (symbol === null || symbol === '') return num;
  return `${num}${isParty(symbol) ? '-' : '/'}${symbol}`;
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

/**
 * The numbering series an issuer belongs to, as a slug: roles and sittings issue in their body's series
 * (`Chủ tịch UBND tỉnh Quảng Ngãi` and `Ban Thường vụ Tỉnh ủy Quảng Ngãi` number with their body).
 */
export function issuerKey(issuer: string): string {
  const folded = ` ${foldDiacritics(squashSpaces(issuer)).toLowerCase()} `
    .replace(/ uy ban nhan dan /g, ' ubnd ')
    .replace(/ hoi dong nhan dan /g, ' hdnd ')
    .replace(/ tp\.? ?/g, ' thanh pho ')
    .replace(/\(.*?\)|\blan thu \S+|\bkhoa [xvil]+\b/g, ' ')
    .replace(/^ (?:(?:pho )?chu tich|thuong truc|ban thuong vu|ban can su dang|hoi nghi|ban chap hanh|tap the lanh dao) /, ' ');
  return slugify(folded.replace(/^ (?:(?:pho )?chu tich|thuong truc|ban thuong vu) /, ' '));
}

/** A full issuer name for a held document: a Sở under `UBND tỉnh Quảng Ngãi` becomes `Sở … tỉnh Quảng Ngãi`. */
export function fullIssuer(issuer: string | null, parent: string | null): string | null {
  if (issuer === null) return parent;
  const place = parent === null ? null : /\b(?:tỉnh|thành phố|huyện|thị xã)\s.+$/iu.exec(parent);
  const hasPlace = /\b(?:tỉnh|thành phố|huyện|thị xã|xã|phường)\s+\p{Lu}/u.test(issuer);
  return place && !hasPlace ? `${issuer} ${place[0]}` : issuer;
}

/** `dd/mm/yyyy`, `mm/yyyy` or `yyyy` by precision. */
export function formatDate(date: PartialDate): string {
  return date.iso.split('-').reverse().join('/');
}

type Citable = Pick<IdentityParts, 'docType' | 'number' | 'symbol' | 'name' | 'date'>;

/** `Nghị quyết 57/NQ-CP`; blank number: `Kế hoạch …/KH-UBND (04/2024)`; unnumbered: the name. */
export function shortCitation(i: Citable): string {
  if (i.symbol === null) return i.name ?? i.docType ?? 'Văn bản';
  const ns = `${i.docType ?? 'Văn bản'} ${formatNumberSymbol(i.number, i.symbol)}`;
  return i.number === null && i.date !== null ? `${ns} (${formatDate(i.date)})` : ns;
}

/** `Công văn số 5817/UBND-KTTH ngày 29/10/2024 của UBND tỉnh Quảng Ngãi`. */
export function fullCitation(i: Citable & { issuer: string | null }): string {
  const head =
    i.symbol === null ? (i.name ?? i.docType ?? 'Văn bản') : `${i.docType ?? 'Văn bản'} số ${formatNumberSymbol(i.number, i.symbol)}`;
  const date = i.date === null ? '' : ` ${i.date.precision === 'day' ? 'ngày' : i.date.precision === 'month' ? 'tháng' : 'năm'} ${formatDate(i.date)}`;
  return `${head}${date}${i.issuer === null ? '' : ` của ${i.issuer}`}`;
}

/** Parties of a memorandum/agreement named `… giữa A và B` with nothing after, sorted case-insensitively. */
export function memorandumParties(name: string): string[] | null {
  const m = /^Bản\s+(?:ghi nhớ|thỏa thuận|thoả thuận)\s+giữa\s+(.+?)\s+và\s+(.+)$/iu.exec(name);
  if (!m) return null;
  const strip = (p: string): string => squashSpaces(p.replace(/^(?:tỉnh|thành phố)\s+/iu, ''));
  return [strip(m[1]), strip(m[2])].sort((a, b) => slugify(a).localeCompare(slugify(b)));
}

/** The number without zero padding: `01/CT-UBND` and `1/CT-UBND` are one instrument. */
export function numberKey(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}

/**
 * The instrument's id and URL segment. Numbered: `57-nq-cp-2022`, `107-2021-nd-cp`, `94-kl-tw-2024`,
 * `5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai` (local series carry their issuer). Blank number:
 * `khong-so-kh-ubnd-2024-04-ubnd-huyen-ba-to`. Unnumbered: `ban-ghi-nho-nghe-an-quang-ngai-2023-07-24`, `luat-quy-hoach-2017`.
 */
export function instrumentId(parts: IdentityParts): string {
  const { number, symbol, issuer, date } = parts;
  if (symbol !== null && symbol !== '') {
    const sym = normalizeSymbol(symbol);
    const local = !isNationalSeries(sym) && issuer !== null ? issuerKey(issuer) : null;
    if (number === null || number === '') {
      const typeInSymbol = isTypeCode(symbolParts(sym).codes[0]);
      return slugify(['khong-so', typeInSymbol ? '' : (parts.docType ?? ''), sym, date?.iso ?? '', local ?? ''].join(' '));
    }
    const year = symbolParts(sym).year === null ? (date?.iso.slice(0, 4) ?? '') : '';
    return slugify([numberKey(number), sym, year, local ?? ''].join(' '));
  }
  const name = parts.name ?? parts.docType ?? 'van ban';
  const parties = memorandumParties(name);
  const base = parties ? slugify(`${name.split(/\s+giữa\s+/iu)[0]} ${parties.join(' ')}`) : slugify(name);
  const when = date === null ? '' : slugify(date.iso);
  return when === '' || base.endsWith(when) ? base : `${base}-${when}`;
}

/** The id of a held document: the same function, so that citing and held forms meet on one URL. */
export function documentId(meta: ExtractedMetadata): string {
  return instrumentId({
    docType: meta.docType,
    number: meta.number,
    symbol: meta.symbol,
    issuer: fullIssuer(meta.issuer, meta.issuerParent),
    date: meta.date,
    // Without a symbol, the type and the first words of the subject name it (kept short: it is a URL).
    name: meta.symbol === null ? [meta.docType, meta.subject?.split(/\s+/).slice(0, 8).join(' ') ?? null].filter((s) => s !== null).join(' ') : null,
  });
}

/** Number and symbol as printed in citations, or null when the document has neither. */
export function numberSymbolOrNull(number: string | null, symbol: string | null): string | null {
  return symbol || number ? formatNumberSymbol(number, symbol) : null;
}

/** Spellings a user may type for one number/symbol, for the search index (`57/NQ-CP`, `57 nq cp`, `94/KL/TW`…). */
export function numberVariants(number: string | null, symbol: string | null): string[] {
  if (symbol === null) return number === null ? [] : [number];
  const out = new Set<string>();
  const nums = number === null ? [''] : [number, numberKey(number)];
  for (const num of nums) {
    const printed = formatNumberSymbol(num === '' ? null : num, symbol).replace(/^…/, '');
    const spaced = squashSpaces(printed.replace(/[/-]/g, ' '));
    for (const v of [printed, spaced, printed.replace(/[/-]/g, '-'), `${symbol} ${num}`.trim(), `${num}/${symbol}`]) {
      out.add(v);
      out.add(foldDiacritics(v));
      out.add(foldDiacritics(v).toLowerCase());
    }
  }
  return [...out].filter((v) => v !== '' && !v.startsWith('/'));
}

/**
 * The id of a document the archive holds, given its source. With a number it is the instrument id, so
 * that citations of it meet its page. A copy with a blank number adds six hex digits of its source's
 * hash: such copies share type, symbol, month and issuer, and their URL must not depend on which other
 * copies exist. With neither number nor date the file name is all that identifies it.
 */
export function heldDocumentId(meta: ExtractedMetadata, source: { name: string; sha256: string }): string {
  if (meta.number === null && meta.date === null) return slugify(`khong ro ${source.name.replace(/\.[^.]+$/, '')}`);
  const id = documentId(meta);
  return meta.number === null ? `${id}-${source.sha256.slice(0, 6)}` : id;
}
