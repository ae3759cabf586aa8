/**
 * Document type, from the type title printed in capitals (`KẾ HOẠCH`) or, failing that, from
 * the type code in the symbol (`41/KH-UBND`). Tables follow Nghị định 30/2020/NĐ-CP, Phụ lục III,
 * plus the Party codes and the legal-document codes seen in citations.
 */
import { keyOf } from './lines.ts';

/** Type names in sentence case, keyed by their folded form so OCR'd titles (`QUYÉT ĐỊNH`) match. */
const TYPE_NAMES = [
  'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Quy chế', 'Quy định', 'Thông cáo', 'Thông báo',
  'Hướng dẫn', 'Chương trình', 'Kế hoạch', 'Phương án', 'Đề án', 'Dự án', 'Báo cáo', 'Biên bản',
  'Tờ trình', 'Hợp đồng', 'Công điện', 'Bản ghi nhớ', 'Bản thỏa thuận', 'Giấy ủy quyền', 'Giấy mời',
  'Giấy giới thiệu', 'Giấy nghỉ phép', 'Phiếu gửi', 'Phiếu chuyển', 'Phiếu báo', 'Kết luận', 'Công văn',
  'Thông tư', 'Thông tư liên tịch', 'Luật', 'Pháp lệnh', 'Lệnh', 'Quy hoạch', 'Văn bản hợp nhất',
];

const BY_KEY = new Map(TYPE_NAMES.map((name) => [keyOf(name).replace(/\s+/g, ' '), name]));
// Spelling variants of the same title.
BY_KEY.set('ban thoa thuan', 'Bản thỏa thuận');
BY_KEY.set('quyet nghi', 'Nghị quyết');

const CODES: Record<string, string> = {
  NQ: 'Nghị quyết', NĐ: 'Nghị định', QĐ: 'Quyết định', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định',
  TC: 'Thông cáo', TB: 'Thông báo', HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án',
  ĐA: 'Đề án', DA: 'Dự án', BC: 'Báo cáo', BB: 'Biên bản', TTr: 'Tờ trình', HĐ: 'Hợp đồng', CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận', GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển', PB: 'Phiếu báo', KL: 'Kết luận', CV: 'Công văn',
  TT: 'Thông tư', TTLT: 'Thông tư liên tịch', VBHN: 'Văn bản hợp nhất',
};

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
  const found = CODES[code] ?? CODES[Object.keys(CODES).find((c) => c.toUpperCase() === code.toUpperCase()) ?? ''];
  if (found) return found;
  return parts.length >= 2 && /^\p{Lu}[\p{L}\p{N}]*$/u.test(code) ? 'Công văn' : null;
}
