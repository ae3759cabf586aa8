/**
 * Where a reader can look up the official text of an instrument the archive does not hold, by its number,
 * as fits its issuer: state bodies' legal documents in the national legal database (vbpl.vn) and, for the
 * central state's, the Official Gazette (congbao.chinhphu.vn); the central Party's documents in the Party's
 * document system (tulieuvankien.dangcongsan.vn, whose search form takes the number). A local Party body's
 * documents and a local body's administrative letters are in none of them: no link is offered.
 * The search addresses were checked against the sites' current forms (December 2026).
 */
import { impliedIssuer, issuerCode, PARTY_BODIES } from '../identity/index.ts';

export interface OfficialLookup {
  /** The database's name as readers know it. */
  site: string;
  url: string;
  /** True when the address already searches for the number; false when the reader types it there. */
  searches: boolean;
}

interface LookupInstrument { numberSymbol: string | null; symbol: string | null; title: string; docType: string | null }

const VBPL = (query: string): OfficialLookup => ({ site: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật (vbpl.vn)', url: `https://vbpl.vn/tim-kiem?SearchIn=all&q=${encodeURIComponent(query)}`, searches: true });
const CONG_BAO = (number: string): OfficialLookup => ({ site: 'Công báo Chính phủ (congbao.chinhphu.vn)', url: `https://congbao.chinhphu.vn/tim-kiem-van-ban?sovanban=${encodeURIComponent(number)}`, searches: true });
const PARTY: OfficialLookup = { site: 'Hệ thống văn bản của Đảng (tulieuvankien.dangcongsan.vn)', url: 'https://tulieuvankien.dangcongsan.vn/he-thong-van-ban/van-ban-cua-dang', searches: false };

/** Central Party bodies' codes (`94-KL/TW`, `…/VPTW`); the others of PARTY_BODIES are local. */
const CENTRAL_PARTY = new Set(['TW', 'TƯ', 'BTCTW', 'BTGTW', 'UBKTTW', 'VPTW', 'BDVTW']);
/** Local state bodies publish their legal documents (decisions, resolutions, directives) in vbpl.vn too. */
const LOCAL_LEGAL_TYPES = new Set(['Quyết định', 'Nghị quyết', 'Chỉ thị']);

export function officialLookups(instrument: LookupInstrument): OfficialLookup[] {
  const { numberSymbol, symbol } = instrument;
  if (!numberSymbol || !symbol) {
    // An unnumbered law or code is found by its name.
    return instrument.docType && /^(Luật|Bộ luật|Hiến pháp|Pháp lệnh)$/.test(instrument.docType) ? [VBPL(instrument.title)] : [];
  }
  const code = issuerCode(symbol);
  if (code !== null && PARTY_BODIES.includes(code)) return CENTRAL_PARTY.has(code) ? [PARTY] : [];
  if (impliedIssuer(symbol) !== null) return [VBPL(numberSymbol), CONG_BAO(numberSymbol)];
  return instrument.docType && LOCAL_LEGAL_TYPES.has(instrument.docType) ? [VBPL(numberSymbol)] : [];
}
