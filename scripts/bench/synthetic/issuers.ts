/**
 * The bodies that issue documents in the synthetic archive: UBND tỉnh and its departments,
 * the districts, HĐND tỉnh and Tỉnh ủy, each with the dates it existed (Đức Phổ became a town and
 * Tây Trà joined Trà Bồng in 2020; departments merged in March 2025; districts ended on 1/7/2025).
 */
import type { SimpleDate } from './dates.ts';
import type { DocType, IssuerKind } from './types.ts';

export interface Issuer {
  /** File-name slug: `ubnd-tinh`, `so-tai-chinh`, `ubnd-ba-to`. */
  id: string;
  kind: IssuerKind;
  /** Issuer block as printed, parent first: [`UBND TỈNH QUẢNG NGÃI`, `SỞ TÀI CHÍNH`]. */
  header: string[];
  name: string;
  /** How another document names it after `của`. */
  citedAs: string;
  /** Code in symbols: `UBND`, `STC`, `HĐND`, `TU`. */
  code: string;
  /** Units after the code in a công văn symbol (`UBND-KTTH`). */
  units: string[];
  place: string;
  from?: SimpleDate;
  to?: SimpleDate;
  weight: number;
}

const PROVINCE_PARENT = 'UBND TỈNH QUẢNG NGÃI';
const MERGED = { year: 2025, month: 2, day: 28 };
const REORGANISED = { year: 2025, month: 3, day: 1 };
const DISTRICTS_END = { year: 2025, month: 6, day: 30 };
const TOWN_2020 = { year: 2020, month: 2, day: 1 };

function department(
  id: string, caps: string, title: string, code: string, units: string[],
  period: { from?: SimpleDate; to?: SimpleDate } = {},
): Issuer {
  return {
    id, kind: 'department', header: [PROVINCE_PARENT, caps], name: `${title} tỉnh Quảng Ngãi`,
    citedAs: title, code, units, place: 'Quảng Ngãi', weight: 1, ...period,
  };
}

function district(id: string, caps: string, title: string, place: string, period: { from?: SimpleDate; to?: SimpleDate } = {}): Issuer {
  return {
    id: `ubnd-${id}`, kind: 'district', header: ['ỦY BAN NHÂN DÂN', caps], name: `UBND ${title}`,
    citedAs: `UBND ${title}`, code: 'UBND', units: ['TH', 'VP', 'TCKH', 'NV', 'KT'], place,
    to: DISTRICTS_END, weight: 1, ...period,
  };
}

export const ISSUERS: readonly Issuer[] = [
  {
    id: 'ubnd-tinh', kind: 'province', header: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'], name: 'UBND tỉnh Quảng Ngãi',
    citedAs: 'UBND tỉnh', code: 'UBND', units: ['KTTH', 'KTN', 'NC', 'KGVX', 'CNXD', 'NNTN', 'TH', 'HCQT'],
    place: 'Quảng Ngãi', weight: 30,
  },
  {
    id: 'hdnd-tinh', kind: 'council', header: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH QUẢNG NGÃI'], name: 'HĐND tỉnh Quảng Ngãi',
    citedAs: 'HĐND tỉnh', code: 'HĐND', units: ['VP', 'KTNS', 'VHXH', 'PC'], place: 'Quảng Ngãi', weight: 5,
  },
  {
    id: 'tinh-uy', kind: 'party', header: ['TỈNH ỦY QUẢNG NGÃI', '*'], name: 'Tỉnh ủy Quảng Ngãi',
    citedAs: 'Ban Thường vụ Tỉnh ủy', code: 'TU', units: [], place: 'Quảng Ngãi', weight: 10,
  },
  department('so-ke-hoach-va-dau-tu', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Sở Kế hoạch và Đầu tư', 'SKHĐT', ['TH', 'KTĐN', 'ĐKKD', 'VX'], { to: MERGED }),
  department('so-tai-chinh', 'SỞ TÀI CHÍNH', 'Sở Tài chính', 'STC', ['QLNS', 'TCĐT', 'QLGCS', 'TH']),
  department('so-noi-vu', 'SỞ NỘI VỤ', 'Sở Nội vụ', 'SNV', ['TCBC', 'CCVC', 'CCHC', 'VP']),
  department('so-xay-dung', 'SỞ XÂY DỰNG', 'Sở Xây dựng', 'SXD', ['QLXD', 'QHKT', 'HTKT']),
  department('so-giao-thong-van-tai', 'SỞ GIAO THÔNG VẬN TẢI', 'Sở Giao thông vận tải', 'SGTVT', ['QLCL', 'KHTC', 'QLVT'], { to: MERGED }),
  department('so-cong-thuong', 'SỞ CÔNG THƯƠNG', 'Sở Công Thương', 'SCT', ['QLCN', 'QLTM', 'KHTC'], { from: { year: 2008, month: 4, day: 1 } }),
  department('so-nong-nghiep-va-ptnt', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT', ['KHTC', 'TTBVTV', 'CCTL'], { to: MERGED }),
  department('so-tai-nguyen-va-moi-truong', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Sở Tài nguyên và Môi trường', 'STNMT', ['ĐĐ', 'MT', 'KS'], { to: MERGED }),
  department('so-nong-nghiep-va-moi-truong', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Sở Nông nghiệp và Môi trường', 'SNNMT', ['KHTC', 'ĐĐ', 'MT'], { from: REORGANISED }),
  department('so-y-te', 'SỞ Y TẾ', 'Sở Y tế', 'SYT', ['NVY', 'KHTC', 'VP']),
  department('so-giao-duc-va-dao-tao', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo', 'SGDĐT', ['GDTrH', 'KHTC', 'VP']),
  department('so-van-hoa-the-thao-va-du-lich', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', ['QLDL', 'QLVH', 'VP'], { from: { year: 2008, month: 4, day: 1 } }),
  department('so-thong-tin-va-truyen-thong', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Sở Thông tin và Truyền thông', 'STTTT', ['CNTT', 'BCVT', 'TTBCXB'], { to: MERGED }),
  department('so-khoa-hoc-va-cong-nghe', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ', 'SKHCN', ['QLKH', 'CNTT', 'VP']),
  department('so-lao-dong-tbxh', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', ['LĐVL', 'BTXH', 'NCC'], { to: MERGED }),
  department('so-tu-phap', 'SỞ TƯ PHÁP', 'Sở Tư pháp', 'STP', ['XDKTVB', 'HCTP', 'VP']),
  district('tp-quang-ngai', 'THÀNH PHỐ QUẢNG NGÃI', 'thành phố Quảng Ngãi', 'TP. Quảng Ngãi'),
  district('huyen-duc-pho', 'HUYỆN ĐỨC PHỔ', 'huyện Đức Phổ', 'Đức Phổ', { to: { year: 2020, month: 1, day: 31 } }),
  district('tx-duc-pho', 'THỊ XÃ ĐỨC PHỔ', 'thị xã Đức Phổ', 'Đức Phổ', { from: TOWN_2020 }),
  district('binh-son', 'HUYỆN BÌNH SƠN', 'huyện Bình Sơn', 'Bình Sơn'),
  district('son-tinh', 'HUYỆN SƠN TỊNH', 'huyện Sơn Tịnh', 'Sơn Tịnh'),
  district('tu-nghia', 'HUYỆN TƯ NGHĨA', 'huyện Tư Nghĩa', 'Tư Nghĩa'),
  district('nghia-hanh', 'HUYỆN NGHĨA HÀNH', 'huyện Nghĩa Hành', 'Nghĩa Hành'),
  district('mo-duc', 'HUYỆN MỘ ĐỨC', 'huyện Mộ Đức', 'Mộ Đức'),
  district('ba-to', 'HUYỆN BA TƠ', 'huyện Ba Tơ', 'Ba Tơ'),
  district('minh-long', 'HUYỆN MINH LONG', 'huyện Minh Long', 'Minh Long'),
  district('son-ha', 'HUYỆN SƠN HÀ', 'huyện Sơn Hà', 'Sơn Hà'),
  district('son-tay', 'HUYỆN SƠN TÂY', 'huyện Sơn Tây', 'Sơn Tây'),
  district('tra-bong', 'HUYỆN TRÀ BỒNG', 'huyện Trà Bồng', 'Trà Bồng'),
  district('tay-tra', 'HUYỆN TÂY TRÀ', 'huyện Tây Trà', 'Tây Trà', { to: { year: 2020, month: 1, day: 31 } }),
  district('ly-son', 'HUYỆN LÝ SƠN', 'huyện Lý Sơn', 'Lý Sơn'),
];

/** Share of the archive by kind of issuer; within a kind, issuers share equally. */
const KIND_WEIGHT: Record<IssuerKind, number> = { province: 30, council: 5, party: 10, department: 30, district: 25 };

/** Document types each kind of issuer produces, with their relative frequency. */
export const TYPE_WEIGHTS: Record<IssuerKind, readonly (readonly [DocType, number])[]> = {
  province: [['cv', 55], ['qd', 20], ['kh', 12], ['tb', 13]],
  department: [['cv', 65], ['kh', 15], ['qd', 10], ['tb', 10]],
  district: [['cv', 55], ['qd', 15], ['kh', 15], ['tb', 15]],
  council: [['nq', 40], ['cv', 35], ['tb', 15], ['kh', 10]],
  party: [['cv', 40], ['kl', 20], ['kh', 15], ['tb', 15], ['nq', 10]],
};

function active(issuer: Issuer, day: number, toDay: (d: SimpleDate) => number): boolean {
  return (!issuer.from || toDay(issuer.from) <= day) && (!issuer.to || day <= toDay(issuer.to));
}

/** Issuers existing on a day, weighted so that each kind keeps its share. */
export function issuersOn(day: number, toDay: (d: SimpleDate) => number): [Issuer, number][] {
  const live = ISSUERS.filter((i) => active(i, day, toDay));
  const perKind = new Map<IssuerKind, number>();
  for (const i of live) perKind.set(i.kind, (perKind.get(i.kind) ?? 0) + 1);
  return live.map((i) => [i, KIND_WEIGHT[i.kind] / (perKind.get(i.kind) ?? 1)]);
}

export function issuerById(id: string): Issuer {
  const found = ISSUERS.find((i) => i.id === id);
  if (!found) throw new Error(`unknown issuer ${id}`);
  return found;
}
