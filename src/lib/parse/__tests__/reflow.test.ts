/**
 * Pins how source lines become paragraphs: a sentence broken across lines (with or without an empty line
 * between) is one paragraph; a heading, a list item, a numbered item, a cell boundary or a page number
 * is not run across.
 */
import { describe, expect, it } from 'vitest';
import type { Line } from '../lines.ts';
import { toLines } from '../lines.ts';
import { reflow } from '../reflow.ts';

function paragraphs(source: string): string[] {
  const lines: Line[] = toLines(source);
  return reflow(lines, 0, lines.length, 'body').map((b) => `${b.marker ? `${b.marker} ` : ''}${b.inlines.map((i) => i.text).join('')}`);
}

describe('reflow across an empty line', () => {
  it.each([
    ['a lower-case continuation', 'Các đơn vị báo cáo UBND tỉnh\n\ntrước ngày 30/6/2025.', ['Các đơn vị báo cáo UBND tỉnh trước ngày 30/6/2025.']],
    ['an italic continuation', '- Tổng hợp, báo cáo UBND tỉnh\n\n*trước ngày 30/6/2025 (qua Sở Tài chính).*', ['- Tổng hợp, báo cáo UBND tỉnh trước ngày 30/6/2025 (qua Sở Tài chính).']],
    ['a date cut by a page break', 'hoàn thành trước ngày\n\n31/3/2024.', ['hoàn thành trước ngày 31/3/2024.']],
    ['a phrase ending in `của`', 'theo chỉ đạo của\n\nBộ Tài chính về việc này.', ['theo chỉ đạo của Bộ Tài chính về việc này.']],
    [
      'a name cut inside a long sentence',
      'Triển khai Kế hoạch tổ chức Hội nghị sơ kết diễn đàn liên kết phát triển du lịch giữa các tỉnh: Thừa Thiên Huế, Đà\n\nNẵng, Quảng Nam và Quảng Ngãi.',
      ['Triển khai Kế hoạch tổ chức Hội nghị sơ kết diễn đàn liên kết phát triển du lịch giữa các tỉnh: Thừa Thiên Huế, Đà Nẵng, Quảng Nam và Quảng Ngãi.'],
    ],
  ])('joins %s', (_label, source, want) => expect(paragraphs(source)).toEqual(want));

  it.each([
    ['a finished sentence', 'Đề nghị thực hiện.\n\ntrước đó đã có văn bản.', 2],
    ['a heading and its text', '2.3. Sở Văn hóa, Thể thao và Du lịch\n\nTriển khai thực hiện hiệu quả Kế hoạch.', 2],
    ['a short unpunctuated line and a capital', 'Nhiệm vụ chung\n\nTriển khai thực hiện quyết liệt.', 2],
    ['a list item', 'Các cơ quan gồm\n\n- Sở Tài chính;', 2],
    ['a numbered item', 'Các nhiệm vụ sau\n\na) Rà soát quy hoạch.', 2],
    ['a title in capitals', 'Căn cứ kết quả\n\nQUYẾT ĐỊNH:', 2],
    ['a cell boundary', 'Có đủ các chức danh trong ban giám đốc\n|\nkế toán, thủ quỹ', 2],
    ['a page number', 'các tỉnh, thành phố và\n\n4\n\ncác đơn vị có liên quan.', 3],
    ['a comma before a capital (OCR for `;`)', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 02 năm 2025 về tổ chức bộ máy hành chính nhà nước các cấp,\n\nCăn cứ Luật Tổ chức chính quyền địa phương.', 2],
  ])('keeps apart %s', (_label, source, count) => expect(paragraphs(source)).toHaveLength(count));
});

describe('reflow of a crawl that wraps each paragraph’s first line short', () => {
  const crawl = [
    'Xét báo cáo, đề xuất của',
    'Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về',
    'rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai;',
    '1.1. Giao Sở Nông nghiệp',
    'và Môi trường',
    'Khẩn trương chia sẻ toàn',
    'bộ cơ sở dữ liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có thông',
    'tin địa chỉ (số nhà) của Thành phố đến Ủy ban nhân dân các phường, xã, đặc khu.',
    '1.4. Giao Sở Xây dựng',
    'Theo dõi, đôn đốc Ủy ban',
    'nhân dân các phường, xã, đặc khu thực hiện cập nhật thông tin số nhà vào cơ sở',
    'dữ liệu đất đai; đảm bảo thống nhất, đồng bộ, chính xác trên toàn địa bàn Thành',
    'phố.',
    'Chủ tịch Ủy ban nhân dân',
    'Thành phố có ý kiến chỉ đạo như sau:',
  ].join('\n');

  it('starts a paragraph at a short capitalized line followed by a full one, and nowhere else', () => {
    expect(paragraphs(crawl)).toEqual([
      'Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai;',
      '1.1. Giao Sở Nông nghiệp và Môi trường',
      'Khẩn trương chia sẻ toàn bộ cơ sở dữ liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có thông tin địa chỉ (số nhà) của Thành phố đến Ủy ban nhân dân các phường, xã, đặc khu.',
      '1.4. Giao Sở Xây dựng',
      'Theo dõi, đôn đốc Ủy ban nhân dân các phường, xã, đặc khu thực hiện cập nhật thông tin số nhà vào cơ sở dữ liệu đất đai; đảm bảo thống nhất, đồng bộ, chính xác trên toàn địa bàn Thành phố.',
      'Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:',
    ]);
  });

  it('gives the note under an attached text its own paragraph', () => {
    expect(paragraphs('Bảo đảm thoát nước mùa mưa năm 2026\n(Kèm theo Quyết định số\n/QĐ-UBND ngày /4/2026 của UBND Thành phố)\nTrên cơ sở Bản tin dự báo khí hậu.')).toEqual([
      'Bảo đảm thoát nước mùa mưa năm 2026',
      '(Kèm theo Quyết định số /QĐ-UBND ngày /4/2026 của UBND Thành phố)',
      'Trên cơ sở Bản tin dự báo khí hậu.',
    ]);
  });
});
