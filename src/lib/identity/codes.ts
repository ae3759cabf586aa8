/**
 * Tables of the issuer and unit codes printed in numbers/symbols (Nghị định 30/2020/NĐ-CP, Phụ lục III, and
 * codes seen in real documents; type codes are in doc-types.ts). They restore `Đ` lost by typing or OCR and
 * name the body a symbol implies.
 */
import { foldDiacritics } from '../text.ts';
import { TYPE_CODES } from './doc-types.ts';

/**
 * Issuer codes whose series are nationally unique (one issuer in the whole country), mapped to the
 * issuer's name. Such an instrument needs no issuer in its identity key.
 */
export const NATIONAL_ISSUERS: Readonly<Record<string, string>> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  TW: 'Trung ương',
  VPCP: 'Văn phòng Chính phủ',
  BTC: 'Bộ Tài chính',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BNN: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BYT: 'Bộ Y tế',
  BNV: 'Bộ Nội vụ',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BXD: 'Bộ Xây dựng',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BNG: 'Bộ Ngoại giao',
  BTP: 'Bộ Tư pháp',
  BCT: 'Bộ Công Thương',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BGTVT: 'Bộ Giao thông vận tải',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BDTTG: 'Bộ Dân tộc và Tôn giáo',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  TTCP: 'Thanh tra Chính phủ',
  KTNN: 'Kiểm toán Nhà nước',
  TANDTC: 'Tòa án nhân dân tối cao',
  VKSNDTC: 'Viện kiểm sát nhân dân tối cao',
  // Central Party bodies (Quy định 66-QĐ/TW): `9671-CV/BTCTW`, `36-HD/VPTW`, `05-QĐ/BCĐTW`.
  VPTW: 'Văn phòng Trung ương Đảng',
  BTCTW: 'Ban Tổ chức Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BDVTW: 'Ban Dân vận Trung ương',
  BTGDVTW: 'Ban Tuyên giáo và Dân vận Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  BNCTW: 'Ban Nội chính Trung ương',
  BKTTW: 'Ban Kinh tế Trung ương',
  BĐNTW: 'Ban Đối ngoại Trung ương',
  BCĐTW: 'Ban Chỉ đạo Trung ương',
  QUTW: 'Quân ủy Trung ương',
  ĐUCA: 'Đảng ủy Công an Trung ương',
  ĐUCP: 'Đảng ủy Chính phủ',
  ĐUQH: 'Đảng ủy Quốc hội',
};

/** Local issuer and unit codes, only so that typed or OCR forms get their proper spelling back. */
const LOCAL_CODES: readonly string[] = [
  'UBND', 'HĐND', 'TU', 'HU', 'ĐU', 'BCS', 'BCSĐ', 'BTV', 'SKHĐT', 'STC', 'SNV', 'SXD', 'SYT', 'SGDĐT', 'STP',
  'SNNMT', 'SNNPTNT', 'STNMT', 'SGTVT', 'SCT', 'SVHTTDL', 'SLĐTBXH', 'SKHCN', 'STTTT', 'KTTH', 'KTN', 'TH', 'NC',
  'VX', 'KGVX', 'CN', 'NNMT', 'HCTC', 'VP', 'VPUB', 'MTTQ', 'BQL', 'CĐS', 'QLĐ', 'TCKH', 'GDĐT', 'ĐT', 'TCCB',
  // Printed with P, not an OCR `Đ`: giáo dục phổ thông.
  'GDPT',
];

/** Quốc hội terms by number, for `QH15` → `Quốc hội khóa XV`. */
const ROMAN: readonly [number, string][] = [
  [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Key used to look codes up: ASCII, upper case (`Qđ`, `QD`, `qd` → `QD`). */
function codeKey(code: string): string {
  return foldDiacritics(code).toUpperCase();
}

/**
 * Canonical spellings by key. Where two codes fold to the same key (`DA` dự án / `ĐA` đề án) the one
 * with `Đ` wins: typed and OCR input loses `Đ`, and đề án is by far the more frequently cited.
 */
const CANONICAL = new Map<string, string>();
for (const code of [...TYPE_CODES, ...Object.keys(NATIONAL_ISSUERS), ...LOCAL_CODES]) {
  const key = codeKey(code);
  const known = CANONICAL.get(key);
  if (known === undefined || (!known.includes('Đ') && code.includes('Đ'))) CANONICAL.set(key, code);
}

/**
 * The proper spelling of one symbol segment. OCR reads `Đ` as `b`, `P` or `D` (`Qb`, `QP`, `BCSP`): when the
 * segment is not a code as is, each `B`/`P` is tried as `D`. Unknown segments keep their letters, upper-cased
 * unless printed in mixed case.
 */
export function canonicalCode(segment: string): string {
  if (/^\d+$/.test(segment) || segment === 'nb') return segment;
  const qh = /^QH(\d{1,2})$/i.exec(segment);
  if (qh) return `QH${qh[1]}`;
  if (segment.includes('Đ') || segment.includes('đ')) {
    const exact = CANONICAL.get(codeKey(segment));
    return exact !== undefined && exact.includes('Đ') ? exact : segment.toUpperCase();
  }
  // A code printed as it is spelled in the tables stays (`HD` hướng dẫn is not `HĐ` hợp đồng).
  if (TYPE_CODES.includes(segment)) return segment;
  const key = codeKey(segment);
  const direct = CANONICAL.get(key);
  if (direct !== undefined) return direct;
  const ocr = key.replace(/[BP]/g, (letter, at: number) => (at === 0 ? letter : 'D'));
  const repaired = CANONICAL.get(ocr);
  if (repaired !== undefined && repaired.includes('Đ')) return repaired;
  // OCR reads the small `r` of `TTr`, `CTr` as `y`.
  const small = /^([A-Z]{1,3})y$/.exec(segment);
  const withR = small ? CANONICAL.get(`${small[1]}R`) : undefined;
  if (withR !== undefined && withR.endsWith('r')) return withR;
  return /[a-z]/.test(segment) && /[A-Z]/.test(segment) ? segment : segment.toUpperCase();
}

/** A code in the tables, as printed or with `Đ` lost (`QĐ`, `QD`, `UBND`, `TTg`). */
export function isKnownCode(code: string): boolean {
  return CANONICAL.has(codeKey(code));
}

/** An issuer's code (not a type's): `UBND`, `TTg`, `BYT`, `SKHĐT`. */
export function isIssuerCode(code: string): boolean {
  const known = CANONICAL.get(codeKey(code));
  return known !== undefined && !TYPE_CODES.includes(known);
}

/** Party bodies: their symbols put the type before a slash (`94-KL/TW`, `1425-BC/BCSĐ`). */
export const PARTY_BODIES: readonly string[] = [
  'TW', 'TU', 'HU', 'ĐU', 'TƯ', 'BCS', 'BCSĐ', 'ĐUK', 'QU', 'BTCTW', 'BTGTW', 'UBKTTW', 'VPTW', 'BDVTW', 'BTGDVTW',
  'BNCTW', 'BKTTW', 'BĐNTW', 'BCĐTW', 'QUTW', 'ĐUCA', 'ĐUCP', 'ĐUQH',
];

/** The name of the body a national issuer code implies (`CP` → `Chính phủ`, `QH15` → `Quốc hội khóa XV`). */
export function nationalIssuer(code: string): string | null {
  const qh = /^QH(\d{1,2})$/.exec(code);
  if (qh) return `Quốc hội khóa ${roman(Number(qh[1]))}`;
  if (/^UBTVQH\d{1,2}$/.test(code)) return 'Ủy ban Thường vụ Quốc hội';
  return NATIONAL_ISSUERS[code] ?? null;
}
