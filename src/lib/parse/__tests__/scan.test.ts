/**
 * Pins how a scan's header and closing are read when a stamp or the other column is read into the same
 * lines: the subject without the stamp, a title after stamp noise, the subject across a scan's empty
 * line, the signing column read into the Nơi nhận list.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { subjectWithoutStamp } from '../stamp.ts';

describe('a subject under a received stamp', () => {
  it.each([
    [['V/v kế hoạch tổ chức hội nghị sơ kết', 'công tác phòng chống thiên tai năm Giờ:....8..... sec', 'và tìm kiếm cứu nạn tỉnh ĐẾN Ngày:.2Š|..2026']],
    [['V/v kế hoạch tổ chức hội nghị sơ kết', 'công tác phòng chống thiên tai năm CỔNG THÔNG TIN ĐIỆN TỬ', 'và tìm kiếm cứu nạn tỉnh —— n']],
  ])('keeps the column and drops the stamp past it', (parts) => {
    expect(subjectWithoutStamp(parts).slice(1)).toEqual(['công tác phòng chống thiên tai năm', 'và tìm kiếm cứu nạn tỉnh']);
  });
  it('keeps a line that runs past the column with words, not noise', () => {
    expect(subjectWithoutStamp(['V/v triển khai thực hiện', 'Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ'])).toEqual([
      'V/v triển khai thực hiện',
      'Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ',
    ]);
  });
});

describe('a scanned decision', () => {
  const SCAN = `THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 512 /QĐ-TTg Hà Nội, ngày 14 tháng 5 năm 2026
đống G:....É QUYẾT ĐỊNH
ĐẾN quy, 221412)26...| Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch

Ủy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2026 - 2031

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Phê chuẩn kết quả bầu.

Nơi nhận: _ KT. THỦ TƯỚNG
- Như Điều 3; PHÓ THỦ TƯỚNG
- Kiểm toán nhà nước; À2 Z2 „
- Văn phòng Chính phủ; Nguyễn Hòa Bình
- UBND TP. Hồ Chí Minh;
- Lưu: VT, QHĐP.
`;
  it('reads the title after the stamp, the subject after the bar and across the empty line', () => {
    const m = parseDocument(SCAN).metadata;
    expect({ number: m.number, docType: m.docType, subject: m.subject }).toEqual({
      number: '512',
      docType: 'Quyết định',
      subject: 'Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2026 - 2031',
    });
  });
  it('reads the signing column out of the Nơi nhận lines', () => {
    const m = parseDocument(SCAN).metadata;
    expect(m.distribution).toEqual(['Như Điều 3', 'Kiểm toán nhà nước', 'Văn phòng Chính phủ', 'UBND TP. Hồ Chí Minh', 'Lưu: VT, QHĐP']);
    expect(m.signature).toEqual({ marks: ['KT.'], capacityLines: ['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'], capacity: 'PHÓ THỦ TƯỚNG', name: 'Nguyễn Hòa Bình' });
  });
});
