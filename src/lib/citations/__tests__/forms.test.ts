/**
 * Unit tables for the citation forms of Nghị định 30/2020/NĐ-CP and of Party documents (Quy định
 * 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): one row per form, with what the detector must read from it.
 */
import { describe, expect, it } from 'vitest';
import { detectCitations } from '../detect.ts';
import { detectInBlocks } from '../resolve.ts';
import type { Block } from '../../../schemas/text.ts';

function one(text: string) {
  const found = detectCitations(text).filter((c) => c.number !== null);
  expect(found).toHaveLength(1);
  const c = found[0]!;
  return { docType: c.docType, number: c.number, symbol: c.symbol, issuer: c.issuer };
}

describe('number and symbol forms', () => {
  it.each([
    ['state', 'theo Quyết định số 905/QĐ-UBND ngày 12/3/2025 của UBND tỉnh về việc', 'Quyết định', '905', 'QĐ-UBND', 'UBND tỉnh'],
    ['Party conclusion', 'Thực hiện Kết luận số 12-KL/TW ngày 13/9/2024 của Bộ Chính trị về tiếp tục', 'Kết luận', '12', 'KL/TW', 'Bộ Chính trị'],
    ['Party guidance', 'theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức', 'Hướng dẫn', '36', 'HD/VPTW', 'Văn phòng Trung ương Đảng'],
    ['steering committee', 'Căn cứ Quyết định số 05-QĐ/BCĐTW ngày 10/3/2023 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng', 'Quyết định', '05', 'QĐ/BCĐTW', 'Ban Chỉ đạo Trung ương'],
    ['`&` in the symbol', 'tại Công văn số 1207/SNV-TCBC&TCPCP ngày 02/6/2025 về', 'Công văn', '1207', 'SNV-TCBC&TCPCP', null],
    ['`& ` with a stray space', 'tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về', 'Công văn', '15972', 'SXD-QLN&TTBĐS', null],
    ['a joint symbol and both issuers', 'trên cơ sở Kế hoạch số 515/KH-BCA-BNN&MT ngày 31 tháng 8 năm 2025 của Bộ Công an và Bộ Nông nghiệp và Môi trường, cùng', 'Kế hoạch', '515', 'KH-BCA-BNN&MT', 'Bộ Công an và Bộ Nông nghiệp và Môi trường'],
    ['a dot in the symbol', 'tại Văn bản số 6721/VPCP-V.I ngày 19 tháng 7 năm 2025 của Văn phòng Chính phủ.', 'Văn bản', '6721', 'VPCP-V.I', 'Văn phòng Chính phủ'],
    ['a trailing /nb', 'theo Công văn số 85-CV/VPTW/nb ngày 12/4/2024 của Văn phòng Trung ương Đảng', 'Công văn', '85', 'CV/VPTW/nb', 'Văn phòng Trung ương Đảng'],
    ['a Cyrillic С', 'Căn cứ Nghị định số 30/2020/NĐ-\u0421P ngày 05/3/2020 của Chính phủ về công tác văn thư', 'Nghị định', '30', '2020/NĐ-CP', 'Chính phủ'],
    ['a number glued to the next word', 'theo Quyết định số 1899/QĐ-TTgcủa Thủ tướng Chính phủ', 'Quyết định', '1899', 'QĐ-TTg', 'Thủ tướng Chính phủ'],
    ['a decimal number', 'Nghị quyết số 66.1/2025/NQ-CP ngày 15/5/2025 của Chính phủ về', 'Nghị quyết', '66.1', '2025/NQ-CP', 'Chính phủ'],
    ['a stray space after the hyphen', 'Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025 của Thủ tướng Chính phủ về', 'Chỉ thị', '13', 'CT-TTg', 'Thủ tướng Chính phủ'],
    ['a type code glued to the issuer code', 'tại Quyết định số 5969/QĐUBND ngày 28/11/2025 của UBND Thành phố;', 'Quyết định', '5969', 'QĐ-UBND', 'UBND Thành phố'],
    ['the mixed-case codes kept whole', 'theo Tờ trình số 9807/TTr-SNV ngày 25 tháng 11 năm 2025;', 'Tờ trình', '9807', 'TTr-SNV', null],
    ['a Party notice', 'Căn cứ Thông báo số 212-TB/TU ngày 23/01/2026 của Thành ủy Hà Nội;', 'Thông báo', '212', 'TB/TU', 'Thành ủy Hà Nội'],
    ['a Party report of a central organ', 'theo Báo cáo số 87-BC/BTCTW ngày 05/6/2025 của Ban Tổ chức Trung ương về', 'Báo cáo', '87', 'BC/BTCTW', 'Ban Tổ chức Trung ương'],
  ])('%s', (_label, text, docType, number, symbol, issuer) => expect(one(text)).toEqual({ docType, number, symbol, issuer }));
});

describe('the issuer after `của`: a body’s name and nothing of the clause after it', () => {
  it.each([
    ['Thông tư số 09/2025/TT-BXD của Bộ Xây dựng. Thời gian', 'Bộ Xây dựng'],
    ['Kế hoạch số 94/KH-UBND ngày 19 tháng 9 năm 2025 của Ủy ban nhân dân Thành phố.', 'Ủy ban nhân dân Thành phố'],
    ['Thông báo số 341/TB-VPCP ngày 01 tháng 7 năm 2025 của Văn phòng Chính phủ), công tác', 'Văn phòng Chính phủ'],
    ['Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
    ['Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII về công tác', 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII'],
    ['Nghị định số 91/2022/NĐ-CP ngày 30/10/2022 của Chính phủ sửa đổi, bổ sung một số điều', 'Chính phủ'],
    ['Nghị định số 72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ thì thuộc đối tượng', 'Chính phủ'],
    ['Tờ trình số 226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ về thành lập', 'Bộ Khoa học và Công nghệ'],
    ['Chương trình số 27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh Sóc Trăng; Chỉ thị', 'Ban Chấp hành Đảng bộ tỉnh Sóc Trăng'],
    ['Thông tư số 02/2021/TT-BYT ngày 25 tháng 01 năm 2021 của Bộ trưởng Bộ Y tế quy định tiêu chuẩn', 'Bộ trưởng Bộ Y tế'],
    ['Quyết định số 364/QĐ-UBND ngày 26/01/2026 của Chủ tịch UBND Thành phố, bảo đảm tiến độ', 'Chủ tịch UBND Thành phố'],
    ['Thông tư số 45/2024/TT-BTC ngày 01/7/2024 của Bộ Tài chính ban hành phương pháp định giá', 'Bộ Tài chính'],
    ['Công văn số 2209-KL/TU ngày 19/3/2024 của Ban Thường vụ Tỉnh ủy làm việc với Ban cán sự đảng', 'Ban Thường vụ Tỉnh ủy'],
    ['Quyết định số 1038/QĐ-UBND ngày 13/7/2021 của UBND tỉnh phê duyệt điều chỉnh', 'UBND tỉnh'],
    ['Quyết định số 2152/QĐ-BNN-TCTL ngày 11/6/2020 của Bộ Giao thông vận tải tại địa bàn', 'Bộ Giao thông vận tải'],
    ['KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG', 'THỦ TƯỚNG CHÍNH PHỦ'],
    ['Kế hoạch số 980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND TỈNH NGHỆ AN VỀ VIỆC', 'UBND TỈNH NGHỆ AN'],
    ['Kết luận so 2043-KL/TU ngay 05/12/2023 cua Ban Thuong vu Tinh uy lam viec voi', 'Ban Thuong vu Tinh uy'],
  ])('%s', (text, issuer) => expect(one(text).issuer).toBe(issuer));
});

describe('issuers stated before the citations', () => {
  const issuers = (text: string) => detectCitations(text).filter((c) => c.number !== null).map((c) => [c.number, c.issuer]);
  it.each([
    ['Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về rà soát', [['15972', 'Sở Xây dựng']]],
    ['Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 9807/TTr-SNV ngày 25 tháng 11 năm 2025;', [['9807', 'Giám đốc Sở Nội vụ']]],
    ['Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151- CV/BTCTW ngày 29/7/2025 về triển khai', [['9151', 'Ban Tổ chức Trung ương']]],
    ['quy trình được Bộ Nông nghiệp và PTNT ban hành tại Quyết định số 2152/QĐ-BNN-TCTL ngày 11/6/2020 và quy chế', [['2152', 'Bộ Nông nghiệp và PTNT']]],
    [
      'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường tại Tờ trình số 4017/TTr-BNNMT ngày 23 tháng 4 năm 2026 và Báo cáo số 4123/BC-BNNMT ngày 26 tháng 4 năm 2026; của Ủy ban nhân dân Thành phố Hà Nội tại Tờ trình số 83/TTr-UBND ngày 31 tháng 3 năm 2026, các văn bản số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026, số 1446/UBND-NNMT ngày 07 tháng 4 năm 2026 và Báo cáo số 139/BC-UBND ngày 23 tháng 4 năm 2026;',
      [
        ['4017', 'Bộ trưởng Bộ Nông nghiệp và Môi trường'],
        ['4123', 'Bộ trưởng Bộ Nông nghiệp và Môi trường'],
        ['83', 'Ủy ban nhân dân Thành phố Hà Nội'],
        ['1407', 'Ủy ban nhân dân Thành phố Hà Nội'],
        ['1446', 'Ủy ban nhân dân Thành phố Hà Nội'],
        ['139', 'Ủy ban nhân dân Thành phố Hà Nội'],
      ],
    ],
  ])('%s', (text, want) => expect(issuers(text)).toEqual(want));

  it('a lead-in names type and issuer for the numbers of its list', () => {
    const text =
      'Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010 về miễn, giảm thuế sử dụng đất nông nghiệp; số 28/2016/QH14 ngày 11/11/2016 về sửa đổi, bổ sung một số điều của Nghị quyết số 55/2010/QH12 về miễn, giảm thuế; số 107/2020/QH14 ngày 10/6/2020 về kéo dài thời hạn miễn thuế;';
    const found = detectCitations(text).map((c) => [c.docType, c.number, c.issuer]);
    expect(found).toEqual([
      ['Nghị quyết', '55', 'Quốc hội'],
      ['Nghị quyết', '28', 'Quốc hội'],
      // Typed inside what the list item is about: the lead-in is not what names it (its symbol does).
      ['Nghị quyết', '55', null],
      ['Nghị quyết', '107', 'Quốc hội'],
    ]);
  });

  it('a lead-in ending its paragraph names the issuer of the list items under it', () => {
    const block = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, section: 'body', inlines: [{ text }] });
    const blocks = [
      block('Thực hiện các văn bản chỉ đạo của UBND tỉnh:'),
      block('Quyết định số 91/QĐ-UBND ngày 19/01/2024 về Kế hoạch phát triển kinh tế - xã hội năm 2024;', 'list-item'),
      block('Kế hoạch số 41/KH-UBND ngày 26/02/2024 về sắp xếp cơ sở nhà, đất;', 'list-item'),
      block('Các sở theo dõi Công văn số 12/SKHĐT-TH ngày 02/3/2024.'),
    ];
    expect(detectInBlocks(blocks).map((d) => [d.candidate.number, d.candidate.issuer])).toEqual([
      ['91', 'UBND tỉnh'],
      ['41', 'UBND tỉnh'],
      ['12', null],
    ]);
  });
});

describe('named laws', () => {
  const laws = (text: string) => detectCitations(text).map((c) => [c.name, c.date?.iso ?? null]);
  it('reads an amending law as one instrument named by the law it amends, with its own date', () => {
    expect(laws('Căn cứ Luật Xây dựng ngày 18/6/2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020;')).toEqual([
      ['Luật Xây dựng', '2014-06-18'],
      ['Luật sửa đổi, bổ sung một số điều của Luật Xây dựng', '2020-06-17'],
    ]);
    expect(laws('theo Luật sửa đổi, bổ sung một số điều của các Luật Quy hoạch ngày 15/6/2018')).toEqual([
      ['Luật sửa đổi, bổ sung một số điều của các Luật Quy hoạch', '2018-06-15'],
    ]);
  });
  it('still reads a law by its name and year', () => {
    expect(laws('Căn cứ Luật Đất đai năm 2024;')).toEqual([['Luật Đất đai', '2024']]);
  });
});
