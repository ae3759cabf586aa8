/**
 * Issuers of cited instruments: completes relative names (`của UBND tỉnh` in a Quảng Ngãi document means
 * UBND tỉnh Quảng Ngãi), names the body a symbol implies (`NQ-CP` → Chính phủ) and gives the body whose
 * numbering series the instrument belongs to (`Chủ tịch UBND tỉnh` numbers with UBND tỉnh).
 */
import { foldDiacritics, slugify, squashSpaces } from '../text.ts';
import type { ExtractedMetadata } from '../../schemas/metadata.ts';
import { fullIssuer, impliedIssuer, issuerCode, normalizeSymbol } from '../identity/index.ts';

/** The archive's province: the default place of a relative issuer when the citing document names none. */
export const ARCHIVE_PROVINCE = 'Quảng Ngãi';

export interface IssuerContext {
  province: string;
  /** The citing document's own issuer (full), and the issuer code of its own symbol. */
  own: string | null;
  ownCode: string | null;
}

const PLACE = /\b(tinh|thanh pho|tp\.?|huyen|thi xa|quan|thanh uy|huyen uy)\s+(?:uy\s+)?/g;

/** An explicit place in an issuer: `UBND Thành phố Hồ Chí Minh` → [thành phố, Hồ Chí Minh]. */
function explicitPlace(issuer: string): { level: string; place: string } | null {
  const text = issuer.normalize('NFC');
  const folded = foldDiacritics(text).toLowerCase();
  if (folded.length !== text.length) return null;
  for (const m of folded.matchAll(PLACE)) {
    const at = m.index + m[0].length;
    const name = /^\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*/u.exec(text.slice(at));
    if (name && !/^(UBND|HĐND|HDND)$/.test(name[0].split(' ')[0])) {
      const level = m[1].startsWith('tinh') ? 'tỉnh' : m[1].startsWith('huyen') ? 'huyện' : m[1] === 'thi xa' ? 'thị xã' : 'thành phố';
      return { level, place: name[0] };
    }
  }
  return null;
}

export function citingContext(meta: Pick<ExtractedMetadata, 'issuer' | 'issuerParent' | 'symbol'> | null): IssuerContext {
  const own = meta === null ? null : fullIssuer(meta.issuer, meta.issuerParent);
  const places = [meta?.issuer, meta?.issuerParent].map((i) => (i ? explicitPlace(i) : null));
  const province = places.find((p) => p?.level === 'tỉnh')?.place ?? ARCHIVE_PROVINCE;
  const ownCode = meta?.symbol ? issuerCode(normalizeSymbol(meta.symbol)) : null;
  return { province, own, ownCode };
}

/** The place a relative level refers to, from the citing document's context. */
function contextPlace(level: string, ctx: IssuerContext): string | null {
  if (level === 'tỉnh') return ctx.province;
  const own = ctx.own === null ? null : explicitPlace(ctx.own);
  return own !== null && own.level === level ? own.place : null;
}

/** Canonical body of a local series, built from the symbol's issuer code: the identity part of the key. */
function seriesBody(code: string | null, level: string, place: string): string | null {
  const where = `${level} ${place}`;
  if (code === 'UBND') return `UBND ${where}`;
  if (code === 'HĐND') return `HĐND ${where}`;
  if (code === 'TU') return level === 'tỉnh' ? `Tỉnh ủy ${place}` : `Thành ủy ${place}`;
  if (code === 'HU') return `Huyện ủy ${place}`;
  if (code === 'BCS' || code === 'BCSĐ') return `Ban cán sự đảng UBND ${where}`;
  return null;
}

export interface ResolvedIssuer {
  /** Shown on the page: as stated, completed with its place; else the implied body. */
  display: string | null;
  /** The body whose series numbers this instrument (null for national series). */
  body: string | null;
}

export function resolveIssuer(stated: string | null, symbol: string | null, ctx: IssuerContext): ResolvedIssuer {
  const national = impliedIssuer(symbol);
  const code = symbol === null ? null : issuerCode(symbol);
  const said = stated === null ? null : squashSpaces(stated).normalize('NFC');
  if (national !== null) return { display: said ?? national, body: null };
  if (said === null) {
    if (code !== null && code === ctx.ownCode && ctx.own !== null) return { display: ctx.own, body: ctx.own };
    const body = seriesBody(code, 'tỉnh', ctx.province);
    return { display: body, body };
  }
  const explicit = explicitPlace(said);
  const folded = foldDiacritics(said).toLowerCase();
  const level = explicit?.level ?? (/\bhuyen\b/.test(folded) ? 'huyện' : /\bthanh pho\b/.test(folded) ? 'thành phố' : 'tỉnh');
  let place = explicit?.place ?? contextPlace(level, ctx);
  if (place !== null && slugify(place) === slugify(ctx.province)) place = ctx.province;
  let display = said;
  if (explicit === null && place !== null) {
    // Insert the place after the level word (`Hội nghị Tỉnh ủy lần thứ 14` → `Hội nghị Tỉnh ủy Quảng Ngãi lần thứ 14`).
    const m = /\b(?:tinh|huyen|thanh pho)(?:\s+(?:uy|[a-z0-9]{1,2}(?=\s|$)))?/.exec(folded);
    const at = m && folded.length === said.length ? m.index + m[0].length : said.length;
    display = `${said.slice(0, at)}${m ? '' : ' tỉnh'} ${place}${said.slice(at)}`.replace(/\s+/g, ' ').trim();
  }
  const body = place === null ? null : seriesBody(code, level, place);
  return { display, body: body ?? display };
}
