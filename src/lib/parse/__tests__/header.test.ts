import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { parseNumberValue } from '../number.ts';
import { parsePlaceDate } from '../date.ts';
import { typeFromSymbol, typeFromTitle } from '../doctype.ts';
import { canonicalIssuerName } from '../../issuer.ts';

const meta = (text: string) => parseDocument(text).metadata;

describe('Số: number and symbol kept apart', () => {
  it.each([
    ['5817/UBND-KTTH', '5817', 'UBND-KTTH'],
    ['/UBND-TH', null, 'UBND-TH'], // blank number: an unsigned copy
    [' /KH-UBND', null, 'KH-UBND'],
    ['9476 /BNNMT-CNTY', '9476', 'BNNMT-CNTY'], // stray space
    ['012/CT-UBND', '012', 'CT-UBND'], // leading zero kept as printed
    ['2371-CV/TU', '2371', 'CV/TU'], // Party form
    ['9151- CV/BTCTW', '9151', 'CV/BTCTW'],
    ['107/2021/NĐ-CP', '107', '2021/NĐ-CP'], // legal form: the year is part of the symbol
    ['11554/VPCP-V.I', '11554', 'VPCP-V.I'],
    ['#2 /QĐ-TTg', null, 'QĐ-TTg'], // a misread handwritten number is unknown, not guessed
    ['453', '453', null], // symbol pushed to a later line by an e-signature stamp
  ])('%s → number %s, symbol %s', (value, number, symbol) => {
    const parsed = parseNumberValue(value);
    expect([parsed.number, parsed.symbol]).toEqual([number, symbol]);
  });

  it('bold markers around the number are not part of it', () => {
    expect(meta('Số: **5817** /UBND-KTTH\n')).toMatchObject({ number: '5817', symbol: 'UBND-KTTH' });
  });
  it('a number split from its symbol by an e-signature stamp is rejoined', () => {
    const m = meta('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 453\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n/TB-UBND\nHà Nội, ngày 29 tháng 4 năm 2026\n');
    expect(m).toMatchObject({ number: '453', symbol: 'TB-UBND', docType: 'Thông báo', issuer: 'UBND thành phố Hà Nội' });
  });
  it('a value on the line after an empty `Số:` is read', () => {
    expect(meta('Số:\n7360/KH-UBND\n')).toMatchObject({ number: '7360', symbol: 'KH-UBND' });
  });
  it('a scan with number and date on one line gives both', () => {
    const m = meta('Số: 3722/VPCP-CN Hà Nội, ngày 28 tháng 4 năm 2026\n');
    expect(m).toMatchObject({ number: '3722', symbol: 'VPCP-CN', place: 'Hà Nội', date: { iso: '2026-04-28', precision: 'day' } });
  });
});

describe('place and date with the precision printed', () => {
  it.each([
    ['Quảng Ngãi, ngày 29 tháng 10 năm 2024', 'Quảng Ngãi', '2024-10-29', 'day'],
    ['TP. Quảng Ngãi, ngày tháng 02 năm 2024', 'TP. Quảng Ngãi', '2024-02', 'month'], // blank day
    ['Ba Tơ, ngày tháng 4 năm 2024', 'Ba Tơ', '2024-04', 'month'],
    ['Hà Nội, ngày33 tháng 4 năm 2026', 'Hà Nội', '2026-04', 'month'], // day 33 is invalid
    ['Hà Nội, ngày 31 tháng 2 năm 2025', 'Hà Nội', '2025-02', 'month'], // no 31 February
    ['Hà Nội, ngày #3 tháng ! năm 2026', 'Hà Nội', '2026', 'year'], // OCR garbage in day and month
    ['Quang Ngai, ngay 05 thang 3 nam 2024', 'Quang Ngai', '2024-03-05', 'day'], // OCR without diacritics
  ])('%s', (line, place, iso, precision) => {
    expect(parsePlaceDate(line)).toEqual({ place, date: { iso, precision } });
  });
  it('a date spread over lines by a PDF text layer is joined', () => {
    expect(meta('Số:173\n\n/KH-UBND\nHà Nội, ngày 28\n\ntháng 4\n\nnăm 2026\n').date).toEqual({ iso: '2026-04-28', precision: 'day' });
  });
  it('a body sentence starting with a date is not the header date', () => {
    expect(meta('Kính gửi: Sở Xây dựng.\nNgày 24 tháng 7 năm 2023, Tỉnh ủy đã ký.\n').date).toBeNull();
  });
});

describe('document type', () => {
  it.each([
    ['KẾ HOẠCH', 'Kế hoạch'],
    ['## KẾ HOẠCH', 'Kế hoạch'],
    ['QUYẾT ĐỊNH', 'Quyết định'],
    ['QUYÉT ĐỊNH', 'Quyết định'], // OCR
    ['CÔNG ĐIỆN', 'Công điện'],
    ['NGHỊ QUYẾT', 'Nghị quyết'],
    ['TỜ TRÌNH', 'Tờ trình'],
    ['Kế hoạch triển khai', null],
  ])('title %s → %s', (title, type) => expect(typeFromTitle(title)).toBe(type));
  it.each([
    ['KH-UBND', 'Kế hoạch'],
    ['QĐ-TTg', 'Quyết định'],
    ['2021/NĐ-CP', 'Nghị định'],
    ['KL/TW', 'Kết luận'],
    ['CTr-UBND', 'Chương trình'],
    ['UBND-KTTH', 'Công văn'], // công văn: issuer-unit, no type part
  ])('symbol %s → %s', (symbol, type) => expect(typeFromSymbol(symbol)).toBe(type));
  it('V/v without a type title makes a công văn', () => {
    expect(meta('Số: 12/SXD-QLN\nV/v cấp phép\n').docType).toBe('Công văn');
  });
  it('a type title wins over the symbol', () => {
    expect(meta('Số: 5/UBND-VP\n\nTHÔNG BÁO\nKết luận của Chủ tịch\n').docType).toBe('Thông báo');
  });
});

describe('subject (trích yếu)', () => {
  it('V/v wrapped over lines is re-joined with single spaces, prefix dropped', () => {
    expect(meta('Số: /UBND-TH\nV/v triển khai các nhiệm vụ hợp tác,  \nkết nghĩa giữa Thành phố Quảng  \nNgãi\n\nKính gửi: Sở X.\n').subject).toBe(
      'triển khai các nhiệm vụ hợp tác, kết nghĩa giữa Thành phố Quảng Ngãi',
    );
  });
  it.each(['V/V', 'V/y', 'V.v', 'Vív', 'VW', 'V/v:'])('`%s` (V/v as printed or as OCR reads it) starts the subject', (prefix) => {
    expect(meta(`Số: 3722/VPCP-CN\n${prefix} cơ chế đặc thù xây dựng\ncông trình khẩn cấp\n\nKính gửi: Bộ Xây dựng.\n`).subject).toBe(
      'cơ chế đặc thù xây dựng công trình khẩn cấp',
    );
  });
  it('a header line starting like V/v but with a word (`Việc`, `Vì vậy`) is not a subject', () => {
    expect(meta('Số: 12/SXD-QLN\nViệc cấp phép\n').subject).toBeNull();
    expect(meta('Số: 12/SXD-QLN\nVì vậy cấp phép\n').subject).toBeNull();
  });
  it('`Về` under the number is the subject of a công văn', () => {
    const m = meta('Số: 5155/SGDĐT-GDTXNNĐH\n*Về hướng dẫn đánh giá, xếp loại trung tâm\nhọc tập cộng đồng*\n|\n*Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025*\n');
    expect(m).toMatchObject({ docType: 'Công văn', subject: 'hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng', place: 'Thành phố Hồ Chí Minh' });
  });
  it('a capitals subject under the title runs until the first non-capitals line', () => {
    const m = meta('Số: 980/KH-UBND\n**KẾ HOẠCH**\nTHỰC\nHIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG\nPHÒNG THỦ DÂN SỰ\nThực hiện Quyết định số 1899/QĐ-TTg.\n');
    expect(m.subject).toBe('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG PHÒNG THỦ DÂN SỰ');
  });
  it('the enacting authority of a decision is not part of its subject', () => {
    const m = meta('Số: 5721/QĐ-UBND\n**QUYẾT ĐỊNH**\nVỀ VIỆC PHÊ DUYỆT GIÁ THÓC\n**ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI**\n*Căn cứ Luật;*\n');
    expect(m.subject).toBe('VỀ VIỆC PHÊ DUYỆT GIÁ THÓC');
  });
});

describe('issuer and parent body', () => {
  it('a lone `ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG NGÃI` is one issuer', () => {
    expect(meta('**ỦY BAN NHÂN DÂN  \nTỈNH QUẢNG NGÃI**\n\nSố: 1/UBND-TH\n')).toMatchObject({ issuer: 'UBND tỉnh Quảng Ngãi', issuerParent: null });
  });
  it('a department under its parent body', () => {
    expect(meta('UBND TỈNH QUẢNG NGÃI\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\n\nSố: 2140/SKHĐT-TH\n')).toMatchObject({
      issuer: 'Sở Kế hoạch và Đầu tư',
      issuerParent: 'UBND tỉnh Quảng Ngãi',
    });
  });
  it('a body name wrapped inside its bold span (`**BỘ NÔNG NGHIỆP` / `VÀ **` / `MÔI TRƯỜNG`)', () => {
    expect(meta('**BỘ NÔNG NGHIỆP\nVÀ **\nMÔI TRƯỜNG\n--------\nSố: 9476 /BNNMT-CNTY\n').issuer).toBe('Bộ Nông nghiệp và Môi trường');
  });
  it('no issuer block printed → null, never inferred from the place', () => {
    expect(meta('Số: /KH-UBND\n\nBa Tơ, ngày tháng 4 năm 2024\n').issuer).toBeNull();
  });
  it.each([
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ QUẢNG NGÃI', 'UBND thành phố Quảng Ngãi'],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'UBND tỉnh Quảng Ngãi'],
    ['UỶ BAN NHÂN DÂN TỈNH ĐẮK LẮK', 'UBND tỉnh Đắk Lắk'],
    ['BỘ TÀI CHÍNH', 'Bộ Tài chính'],
    ['CỤC THUẾ', 'Cục Thuế'],
    ['THUẾ TỈNH TÂY NINH', 'Thuế tỉnh Tây Ninh'],
    ['VĂN PHÒNG CHÍNH PHỦ', 'Văn phòng Chính phủ'],
    ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['UBND tỉnh Quảng Ngãi', 'UBND tỉnh Quảng Ngãi'],
    // A scan's misread marks on the fixed head and the council's level (Tesseract on the 5817 seed).
    ['ÚY BAN NHÂN DÂN TÍNH QUẢNG NGÃI', 'UBND tỉnh Quảng Ngãi'],
    ['HỘI ĐÔNG NHÂN DÂN HUYÊN BA TƠ', 'HĐND huyện Ba Tơ'],
    // Elsewhere a level is read as printed: `ĐỊA PHƯƠNG` is no `phường`.
    ['BAN CHỈ ĐẠO CÔNG TÁC ĐỊA PHƯƠNG TỈNH QUẢNG NGÃI', 'Ban Chỉ đạo công tác địa phương tỉnh Quảng Ngãi'],
  ])('canonicalIssuerName(%s) = %s', (printed, written) => expect(canonicalIssuerName(printed)).toBe(written));
});

describe('OCR keywords and missing header', () => {
  it('`Kinh gui:` and `Noi nhan:` without diacritics are recognized', () => {
    const m = meta(' V/v trién khai thuc hién\nKét luan ctia Ban\n\nKinh gui:\n- Céc sd, ban;\n- UBND tinh.\n\nThuc hién ndi dung.\n\nNoi nhan:\n- Nhu trén;\n\n- Luu: VT.\n\nTran Hoang Tuan\n');
    expect(m).toMatchObject({
      issuer: null,
      number: null,
      date: null,
      docType: 'Công văn',
      subject: 'trién khai thuc hién Két luan ctia Ban',
      recipients: ['Céc sd, ban', 'UBND tinh'],
      distribution: ['Nhu trén', 'Luu: VT'],
      signature: { marks: [], capacityLines: [], capacity: null, name: 'Tran Hoang Tuan' },
    });
  });
  it('a document whose header was lost starts with its recipients', () => {
    const m = meta('**Kính gửi:** Chủ\ntịch Ủy ban nhân dân các tỉnh.\nThực hiện Kết luận số 210-KL/TW.\n');
    expect(m).toMatchObject({ issuer: null, number: null, symbol: null, docType: null, recipients: ['Chủ tịch Ủy ban nhân dân các tỉnh'] });
  });
});
