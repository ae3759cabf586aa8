/**
 * Unit tables for the header and signature forms of Nghị định 30/2020/NĐ-CP (state documents) and of
 * Quy định 66-QĐ/TW with Hướng dẫn 36-HD/VPTW (Party documents), one row per form. The sources are
 * written here in the layout those texts prescribe (numbers made up).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';

const meta = (source: string) => parseDocument(source).metadata;

describe('the Số line', () => {
  it.each([
    ['a state number after `Số:`', 'Số: 905/QĐ-UBND', '905', 'QĐ-UBND'],
    ['a state number without the colon', 'Số 905/QĐ-UBND', '905', 'QĐ-UBND'],
    ['a Party number without the colon', 'Số 12-KL/TW', '12', 'KL/TW'],
    ['a Party number with spaces around the hyphen', 'Số 2371 - CV/TU', '2371', 'CV/TU'],
    ['a symbol with `&`', 'Số: 1207/SNV-TCBC&TCPCP', '1207', 'SNV-TCBC&TCPCP'],
    ['a symbol with `& ` (stray space)', 'Số: 15972/SXD-QLN& TTBĐS', '15972', 'SXD-QLN&TTBĐS'],
    ['a joint symbol', 'Số: 515/KH-BCA-BNN&MT', '515', 'KH-BCA-BNN&MT'],
    ['a symbol with a dot', 'Số: 11554/VPCP-V.I', '11554', 'VPCP-V.I'],
    ['a Party symbol ending in /nb', 'Số 85-CV/VPTW/nb', '85', 'CV/VPTW/nb'],
    ['a decimal number', 'Số: 66.1/2025/NQ-CP', '66.1', '2025/NQ-CP'],
    ['a Cyrillic С inside the symbol', 'Số: 30/2020/NĐ-\u0421P', '30', '2020/NĐ-CP'],
    ['a Party steering committee', 'Số 05-QĐ/BCĐTW', '05', 'QĐ/BCĐTW'],
    ['Party guidance', 'Số 36-HD/VPTW', '36', 'HD/VPTW'],
  ])('%s', (_label, line, number, symbol) => {
    const m = meta(`ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\n${line}\n\nQuảng Ngãi, ngày 12 tháng 3 năm 2025\n\nNội dung.\n`);
    expect({ number: m.number, symbol: m.symbol }).toEqual({ number, symbol });
  });

  it('does not take a body sentence starting with `Số` for the number', () => {
    const m = meta('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nQuảng Ngãi, ngày 12 tháng 3 năm 2025\n\nSố 12 cán bộ được cử đi học.\n');
    expect(m.number).toBeNull();
  });
});

const BO_CHINH_TRI = `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 12-KL/TW

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 13 tháng 9 năm 2024

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ
về tiếp tục thực hiện Nghị quyết số 26-NQ/TW

Bộ Chính trị kết luận như sau:

1. Các cấp ủy tổ chức thực hiện.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.

T/M BỘ CHÍNH TRỊ
THƯỜNG TRỰC BAN BÍ THƯ
(Đã ký)
Trần Cẩm Tú
`;

const TINH_UY = `ĐẢNG BỘ TỈNH QUẢNG NGÃI
TỈNH ỦY
*
Số 2371-CV/TU
V/v nghiên cứu, đề xuất cụ thể hóa Kết luận số 94-KL/TW

ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ngãi, ngày 23 tháng 9 năm 2024

Kính gửi: Ban cán sự đảng UBND tỉnh

Thường trực Tỉnh ủy đề nghị nghiên cứu, đề xuất.

Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.

K/T BÍ THƯ
PHÓ BÍ THƯ THƯỜNG TRỰC
Đinh Thị Hồng Minh
`;

const VPTW = `BAN CHẤP HÀNH TRUNG ƯƠNG
VĂN PHÒNG
*
Số 36-HD/VPTW

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 03 tháng 4 năm 2018

HƯỚNG DẪN
thể thức và kỹ thuật trình bày văn bản của Đảng

Văn phòng Trung ương Đảng hướng dẫn như sau.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.

K/T CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Nguyễn Văn Minh
`;

const BAN_BI_THU = `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 25-CT/TW

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 08 tháng 8 năm 2023

CHỈ THỊ
CỦA BAN BÍ THƯ
về tiếp tục tăng cường công tác đối ngoại

Các cấp ủy quán triệt.

T/M BAN BÍ THƯ
Trương Thị Mai
`;

describe('Party documents (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW)', () => {
  it('a Kết luận of Bộ Chính trị: issuer from the title, `T/M` signature, the Party motto is no body', () => {
    const m = meta(BO_CHINH_TRI);
    expect(m).toMatchObject({
      issuer: 'Bộ Chính trị',
      issuerParent: 'Ban Chấp hành Trung ương',
      number: '12',
      symbol: 'KL/TW',
      docType: 'Kết luận',
      place: 'Hà Nội',
      date: { iso: '2024-09-13', precision: 'day' },
      subject: 'về tiếp tục thực hiện Nghị quyết số 26-NQ/TW',
      distribution: ['Các tỉnh ủy, thành ủy', 'Lưu Văn phòng Trung ương Đảng'],
    });
    expect(m.signature).toEqual({
      marks: ['T/M'],
      capacityLines: ['T/M BỘ CHÍNH TRỊ', 'THƯỜNG TRỰC BAN BÍ THƯ'],
      capacity: 'THƯỜNG TRỰC BAN BÍ THƯ',
      name: 'Trần Cẩm Tú',
    });
  });

  it('a Chỉ thị of Ban Bí thư signed `T/M BAN BÍ THƯ` with no capacity line under it', () => {
    const m = meta(BAN_BI_THU);
    expect({ issuer: m.issuer, parent: m.issuerParent, docType: m.docType, subject: m.subject }).toEqual({
      issuer: 'Ban Bí thư',
      parent: 'Ban Chấp hành Trung ương',
      docType: 'Chỉ thị',
      subject: 'về tiếp tục tăng cường công tác đối ngoại',
    });
    expect(m.signature).toEqual({ marks: ['T/M'], capacityLines: ['T/M BAN BÍ THƯ'], capacity: 'T/M BAN BÍ THƯ', name: 'Trương Thị Mai' });
  });

  it('a công văn of a Tỉnh ủy printed under its Đảng bộ, signed `K/T BÍ THƯ`', () => {
    const m = meta(TINH_UY);
    expect(m).toMatchObject({
      issuer: 'Tỉnh ủy Quảng Ngãi',
      issuerParent: null,
      number: '2371',
      symbol: 'CV/TU',
      docType: 'Công văn',
      subject: 'nghiên cứu, đề xuất cụ thể hóa Kết luận số 94-KL/TW',
      recipients: ['Ban cán sự đảng UBND tỉnh'],
    });
    expect(m.signature).toEqual({
      marks: ['K/T'],
      capacityLines: ['K/T BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'],
      capacity: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
      name: 'Đinh Thị Hồng Minh',
    });
  });

  it('Hướng dẫn of Văn phòng Trung ương Đảng: the bare `VĂN PHÒNG` under the Central Committee is completed', () => {
    const m = meta(VPTW);
    expect(m).toMatchObject({
      issuer: 'Văn phòng Trung ương Đảng',
      issuerParent: 'Ban Chấp hành Trung ương',
      number: '36',
      symbol: 'HD/VPTW',
      docType: 'Hướng dẫn',
      subject: 'thể thức và kỹ thuật trình bày văn bản của Đảng',
    });
    expect(m.signature?.marks).toEqual(['K/T']);
    expect(m.signature?.name).toBe('Nguyễn Văn Minh');
  });
});

const JOINT = `BỘ CÔNG AN - BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 515/KH-BCA-BNN&MT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 31 tháng 8 năm 2025

KẾ HOẠCH
Làm giàu, làm sạch dữ liệu đất đai

Bộ Công an và Bộ Nông nghiệp và Môi trường ban hành Kế hoạch.

Nơi nhận:
- Thủ tướng Chính phủ (để b/c);
- Lưu: VT.

KT. BỘ TRƯỞNG
BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
THỨ TRƯỞNG
Nguyễn Thị Phương Hoa

KT. BỘ TRƯỞNG
BỘ CÔNG AN
THỨ TRƯỞNG
Thượng tướng Nguyễn Văn Long
`;

describe('joint documents (liên tịch)', () => {
  it('each issuing body is an issuer with its own signer', () => {
    const m = meta(JOINT);
    expect({ issuer: m.issuer, parent: m.issuerParent, symbol: m.symbol }).toEqual({
      issuer: 'Bộ Công an',
      parent: null,
      symbol: 'KH-BCA-BNN&MT',
    });
    expect(m.signature).toEqual({
      marks: ['KT.'],
      capacityLines: ['KT. BỘ TRƯỞNG BỘ CÔNG AN', 'THỨ TRƯỞNG'],
      capacity: 'THỨ TRƯỞNG',
      name: 'Nguyễn Văn Long',
    });
    expect(m.coIssuers).toEqual([
      {
        issuer: 'Bộ Nông nghiệp và Môi trường',
        signature: {
          marks: ['KT.'],
          capacityLines: ['KT. BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'THỨ TRƯỞNG'],
          capacity: 'THỨ TRƯỞNG',
          name: 'Nguyễn Thị Phương Hoa',
        },
      },
    ]);
  });

  it('two bodies printed on two lines are a parent and its unit unless both are top-level bodies', () => {
    expect(meta('BỘ TÀI CHÍNH\nCỤC THUẾ\n\nSố: 5348/CT-CS\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nNội dung.\n')).toMatchObject({
      issuer: 'Cục Thuế',
      issuerParent: 'Bộ Tài chính',
    });
    expect(meta('BỘ TÀI CHÍNH\nCỤC THUẾ\n\nSố: 5348/CT-CS\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nNội dung.\n').coIssuers).toBeUndefined();
    expect(meta('BỘ CÔNG AN\nBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 515/KH-BCA-BNN&MT\n\nHà Nội, ngày 31 tháng 8 năm 2025\n\nNội dung.\n')).toMatchObject({
      issuer: 'Bộ Công an',
      issuerParent: null,
      coIssuers: [{ issuer: 'Bộ Nông nghiệp và Môi trường', signature: null }],
    });
  });
});

describe('the attached text of a decision', () => {
  const DECISION = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

Số: /QĐ-UBND

Quảng Ngãi, ngày tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế làm việc

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Hoàng Giang

QUY CHẾ
Làm việc của UBND tỉnh
(Ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 12/3/2025 của UBND tỉnh Quảng Ngãi)

Chương I. QUY ĐỊNH CHUNG
`;
  it('an unsigned copy takes its number and day from the note under its attached text', () => {
    const m = meta(DECISION);
    expect({ number: m.number, symbol: m.symbol, docType: m.docType, date: m.date }).toEqual({
      number: '905',
      symbol: 'QĐ-UBND',
      docType: 'Quyết định',
      date: { iso: '2025-03-12', precision: 'day' },
    });
  });
  it('a note naming another type or number does not change the header', () => {
    const other = DECISION.replace('Số: /QĐ-UBND', 'Số: 906/QĐ-UBND');
    expect(meta(other)).toMatchObject({ number: '906', date: { iso: '2025-03', precision: 'month' } });
  });
});

describe('item lists printed run together on one line (a PDF text layer, a list pasted as one paragraph)', () => {
  const source = (kinhGui: string, noiNhan: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 905/UBND-KT\n\nQuảng Ngãi, ngày 12 tháng 3 năm 2025\n\nKính gửi:\n\n${kinhGui}\n\nNội dung của công văn.\n\nNơi nhận:\n${noiNhan}\n\nCHỦ TỊCH\n\nNguyễn Văn A\n`;

  it('splits each list where a `;` is followed by a list dash, and only there', () => {
    const m = meta(source('- Sở Tài chính; - Sở Nội vụ; - UBND các xã, phường.', '- Như trên; - CT, PCT UBND tỉnh; - Lưu: VT.'));
    expect(m.recipients).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'UBND các xã, phường']);
    expect(m.distribution).toEqual(['Như trên', 'CT, PCT UBND tỉnh', 'Lưu: VT']);
  });

  it('keeps an item whose own text holds a `;` without a dash after it', () => {
    const m = meta(source('- Sở Tài chính (để biết; thực hiện);\n- Sở Nội vụ.', '- Như trên;\n- Lưu: VT.'));
    expect(m.recipients).toEqual(['Sở Tài chính (để biết; thực hiện)', 'Sở Nội vụ']);
  });
});
