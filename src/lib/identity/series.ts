/**
 * Numbering series: which body numbers a document, so that `5817/UBND-KTTH` of the province and of a
 * district are two instruments while the forms of one citation meet. Resolution (citations/resolve.ts)
 * keys held documents and citations alike with `seriesOf`.
 */
import type { PartialDate } from '../../schemas/metadata.ts';
import { foldDiacritics, rememberedByString, slugify, squashSpaces } from '../text.ts';
import { isNationalSeries, numberKey } from './number-symbol.ts';

/**
 * The numbering series an issuer belongs to, as a slug: roles and sittings issue in their body's series
 * (`Chủ tịch UBND tỉnh Quảng Ngãi` and `Ban Thường vụ Tỉnh ủy Quảng Ngãi` number with their body).
 */
export const issuerKey = rememberedByString(issuerKeyOnce);

function issuerKeyOnce(issuer: string): string {
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

export interface Series {
  /** `n|{number}|{symbol}`: the forms of one number/symbol, whatever their year or issuer. */
  key: string;
  /** `legal` when the symbol carries its year (`2021/NĐ-CP`), else the year of the date, null when unknown. */
  when: string | null;
  /** The issuing body's series key, '' for a national series, null when the issuer is unknown. */
  body: string | null;
}

/** The series of a numbered instrument (`symbol` normalized), its year and its body. */
export function seriesOf(number: string, symbol: string, issuer: string | null, date: PartialDate | null): Series {
  return {
    key: `n|${numberKey(number)}|${symbol}`,
    when: /^\d{4}\//.test(symbol) ? 'legal' : (date?.iso.slice(0, 4) ?? null),
    body: isNationalSeries(symbol) ? '' : issuer === null ? null : issuerKey(issuer),
  };
}
