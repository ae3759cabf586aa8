/**
 * Instrument ids: the URL segment of /van-ban/{id}/, derived from an instrument's own identity (number,
 * symbol, year, issuer; a name for one without a number) and nothing else, so that a document held later
 * gets the id its citations already had.
 */
import type { ExtractedMetadata } from '../../schemas/metadata.ts';
import type { Instrument } from '../../schemas/archive.ts';
import { slugify, squashSpaces } from '../text.ts';
import { isTypeCode } from './doc-types.ts';
import { isNationalSeries, normalizeSymbol, numberKey, symbolParts } from './number-symbol.ts';
import { fullIssuer, issuerKey } from './series.ts';

/** What identity is derived from: nothing else (no title, no citing document). */
export type IdentityParts = Pick<Instrument, 'docType' | 'number' | 'symbol' | 'issuer' | 'date' | 'name'>;

/** Parties of a memorandum/agreement named `… giữa A và B` with nothing after, sorted case-insensitively. */
export function memorandumParties(name: string): string[] | null {
  const m = /^Bản\s+(?:ghi nhớ|thỏa thuận|thoả thuận)\s+giữa\s+(.+?)\s+và\s+(.+)$/iu.exec(name);
  if (!m) return null;
  const strip = (p: string): string => squashSpaces(p.replace(/^(?:tỉnh|thành phố)\s+/iu, ''));
  return [strip(m[1]), strip(m[2])].sort((a, b) => slugify(a).localeCompare(slugify(b)));
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

/**
 * The id a document without a number is first given, before an ordinal tells it from others of the same
 * name (src/lib/ingest/ids.ts gives it once and keeps it): what identity derives without the number (type
 * or symbol, date, issuer: `khong-so-kh-ubnd-2024-04-ubnd-huyen-ba-to`); with neither number nor date, the
 * file name is all that names it (`khong-ro-cv-ocr-ket-luan-2209-kl-tu-2024`).
 */
export function numberlessBase(meta: ExtractedMetadata, sourceName: string): string {
  if (meta.date === null) return slugify(`khong ro ${sourceName.replace(/\.[^.]+$/, '')}`);
  return documentId(meta);
}
