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
  /** The province (or centrally run city) relative names refer to; null in a central body's document. */
  province: string | null;
  /** `tỉnh`, or `thành phố` for the six centrally run cities (Hà Nội, Hồ Chí Minh…). */
  provinceLevel: 'tỉnh' | 'thành phố';
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

/** Cities run by the centre, on a level with the provinces (since 2025 with Huế). */
const CENTRAL_CITIES = new Set(['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);

export function citingContext(meta: Pick<ExtractedMetadata, 'issuer' | 'issuerParent' | 'symbol'> | null): IssuerContext {
  const own = meta === null ? null : fullIssuer(meta.issuer, meta.issuerParent);
  const places = [meta?.issuer, meta?.issuerParent].map((i) => (i ? explicitPlace(i) : null));
  const city = places.find((p) => p?.level === 'thành phố' && CENTRAL_CITIES.has(p.place.toLocaleLowerCase('vi')));
  const province = places.find((p) => p?.level === 'tỉnh') ?? city;
  // A local body's document without its province is one of the archive's; a central body's names no province.
  const local = own === null || places.some((p) => p !== null) || !CENTRAL.test(foldDiacritics(own).toLowerCase());
  const ownCode = meta?.symbol ? issuerCode(normalizeSymbol(meta.symbol)) : null;
  return {
    province: province?.place ?? (local ? ARCHIVE_PROVINCE : null),
    provinceLevel: province === city && city !== undefined ? 'thành phố' : 'tỉnh',
    own,
    ownCode,
  };
}

/** The place a relative level refers to, from the citing document's context. */
function contextPlace(level: string, ctx: IssuerContext): string | null {
  const own = ctx.own === null ? null : explicitPlace(ctx.own);
  if (own !== null && own.level === level) return own.place;
  return level === ctx.provinceLevel ? ctx.province : null;
}

/** Bodies of the centre, never completed with a place (`Bộ Xây dựng`, `Ban Tổ chức Trung ương`). */
const CENTRAL = /^(?:bo |chinh phu|thu tuong|quoc hoi|van phong chinh phu|van phong quoc hoi|bo chinh tri|ban bi thu|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|kiem toan nha nuoc|ngan hang nha nuoc)|trung uong|quoc gia|viet nam/;
/** Relative local bodies: a level word without its place (`UBND tỉnh`, `Thường trực Tỉnh ủy`), or a provincial department (`Sở Xây dựng`). */
const LEVEL_WORD = /\b(?:tinh|huyen|thanh pho|thi xa)\b/;
const DEPARTMENT = /^(?:(?:giam doc|pho giam doc)\s+)?so\s/;

/** Canonical body of a local series, built from the symbol's issuer code: the identity part of the key. */
function seriesBody(code: string | null, level: string, place: string | null): string | null {
  if (place === null) return null;
  const where = `${level} ${place}`;
  if (code === 'UBND') return `UBND ${where}`;
  if (code === 'HĐND') return `HĐND ${where}`;
  if (code === 'TU') return level === 'tỉnh' ? `Tỉnh ủy ${place}` : `Thành ủy ${place}`;
  if (code === 'HU') return `Huyện ủy ${place}`;
  if (code === 'BCS' || code === 'BCSĐ') return `Ban cán sự đảng UBND ${where}`;
  return null;
}

/**
 * Whether a stated issuer is the implied body written otherwise: in capitals (`THỦ TƯỚNG CHÍNH PHỦ`) or
 * with words abbreviated to their initials (`Bộ Nông nghiệp và PTNT`).
 */
function spells(said: string, full: string): boolean {
  const a = foldDiacritics(said).split(/\s+/);
  const b = foldDiacritics(full).split(/\s+/);
  let j = 0;
  for (const word of a) {
    if (b[j]?.toLowerCase() === word.toLowerCase()) {
      j++;
      continue;
    }
    if (!/^[A-Z]{2,}$/.test(word)) return false;
    const initials = b.slice(j, j + word.length).map((w) => w.charAt(0).toUpperCase()).join('');
    if (initials !== word) return false;
    j += word.length;
  }
  return j === b.length;
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
  if (national !== null) return { display: said !== null && !spells(said, national) ? said : national, body: null };
  if (said === null) {
    if (code !== null && code === ctx.ownCode && ctx.own !== null) return { display: ctx.own, body: ctx.own };
    const body = seriesBody(code, ctx.provinceLevel, ctx.province);
    return { display: body, body };
  }
  const explicit = explicitPlace(said);
  const folded = foldDiacritics(said).toLowerCase();
  const relative = explicit === null && !CENTRAL.test(folded) && (LEVEL_WORD.test(folded) || DEPARTMENT.test(folded));
  const level = explicit?.level ?? (/\bhuyen\b/.test(folded) ? 'huyện' : /\bthanh pho\b/.test(folded) ? 'thành phố' : LEVEL_WORD.test(folded) ? 'tỉnh' : ctx.provinceLevel);
  let place = explicit?.place ?? (relative ? contextPlace(level, ctx) : null);
  if (place !== null && ctx.province !== null && slugify(place) === slugify(ctx.province)) place = ctx.province;
  let display = said;
  if (explicit === null && place !== null) {
    // Insert the place after the level word (`Hội nghị Tỉnh ủy lần thứ 14` → `Hội nghị Tỉnh ủy Quảng Ngãi lần thứ 14`).
    const m = /\b(?:tinh|huyen|thanh pho)(?:\s+(?:uy|[a-z0-9]{1,2}(?=\s|$)))?/.exec(folded);
    const at = m && folded.length === said.length ? m.index + m[0].length : said.length;
    display = `${said.slice(0, at)}${m ? '' : ` ${level}`} ${place}${said.slice(at)}`.replace(/\s+/g, ' ').trim();
  }
  const body = place === null ? null : seriesBody(code, level, place);
  // A relative name whose place the context does not give (`Ban Chấp hành Đảng bộ tỉnh` in a city's document)
  // names no series on its own: it joins the one instrument of that number it can mean.
  if (relative && place === null) return { display, body: null };
  return { display, body: body ?? display };
}
