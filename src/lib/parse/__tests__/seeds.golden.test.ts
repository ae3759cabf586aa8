/**
 * Golden metadata for the five seeds, written from reading each source by hand. Every field of
 * ExtractedMetadata is pinned; a change here means the parser reads a seed differently.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedMetadata } from '../../../schemas/metadata.ts';
import { decodeSource } from '../../extract/encodings/decode.ts';
import { parseDocument } from '../index.ts';
import { blockWords, sourceWords } from './words.ts';

const SOURCES = resolve(import.meta.dirname, '../../../../content/sources');

function parse(file: string) {
  const decoded = decodeSource(readFileSync(`${SOURCES}/${file}`));
  if (!decoded.ok) throw new Error(decoded.reason);
  return { text: decoded.text, doc: parseDocument(decoded.text) };
}

const GOLDEN: Record<string, ExtractedMetadata> = {
  'cv-5817-ubnd-ktth-2024.txt': {
    issuer: 'UBND tỉnh Quảng Ngãi',
    issuerParent: null,
    number: '5817',
    symbol: 'UBND-KTTH',
    docType: 'Công văn',
    place: 'Quảng Ngãi',
    date: { iso: '2024-10-29', precision: 'day' },
    subject: 'triển khai cụ thể hóa và tổ chức thực hiện Kết luận số 94-KL/TW ngày 13/9/2024 của Bộ Chính trị',
    recipients: ['Các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh', 'UBND các huyện, thị xã, thành phố'],
    distribution: [
      'Như trên',
      'Thường trực Tỉnh ủy',
      'CT, PCT UBND tỉnh',
      'Văn phòng Tỉnh ủy',
      'VPUB: CVP, PCVP (KTTH), các P.Ch/môn',
      'Công TTĐT tỉnh',
      'Lưu VT, KTTHbao396',
    ],
    signature: { marks: ['KT.'], capacityLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], capacity: 'PHÓ CHỦ TỊCH', name: 'Trần Phước Hiền' },
  },
  'cv-ubnd-tp-quang-ngai-2024-02-ket-nghia-vinh.txt': {
    issuer: 'UBND thành phố Quảng Ngãi',
    issuerParent: null,
    number: null,
    symbol: 'UBND-TH',
    docType: 'Công văn',
    place: 'TP. Quảng Ngãi',
    date: { iso: '2024-02', precision: 'month' },
    subject:
      'triển khai các nhiệm vụ hợp tác, kết nghĩa giữa Thành phố Quảng Ngãi và thành phố Vinh theo Bản ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi',
    recipients: [
      'UBNDTTQ Việt Nam thành phố',
      'Các cơ quan, đơn vị thuộc thành phố',
      'Các Hội đoàn thể thành phố',
      'Thành đoàn Quảng Ngãi',
      'UBND các xã, phường',
    ],
    distribution: ['Như trên', 'CT, PCT.UBND TP', 'VP HĐND&UBND TP', 'Phòng TC-KH TP', 'Lưu: VT, TCKH (H)'],
    signature: { marks: [], capacityLines: ['CHỦ TỊCH'], capacity: 'CHỦ TỊCH', name: 'Trà Thanh Danh' },
  },
  'cv-2395-ubnd-ktth-2022.txt': {
    issuer: 'UBND tỉnh Quảng Ngãi',
    issuerParent: null,
    number: '2395',
    symbol: 'UBND-KTTH',
    docType: 'Công văn',
    place: 'Quảng Ngãi',
    date: { iso: '2022-05-20', precision: 'day' },
    subject:
      'triển khai thực hiện Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ về các nhiệm vụ, giải pháp hoàn thiện thể chế liên kết vùng kinh tế - xã hội',
    recipients: [
      'Các sở, ban ngành, đơn vị trực thuộc UBND tỉnh',
      'Các cơ quan Trung ương trên địa bàn tỉnh',
      'UBND các huyện, thị xã, thành phố',
    ],
    distribution: [
      'Như trên',
      'Văn phòng Chính phủ (b/cáo)',
      'Bộ Kế hoạch và Đầu tư (b/cáo)',
      'Thường trực Tỉnh ủy (b/cáo)',
      'Thường trực HĐND tỉnh',
      'CT, PCT UBND tỉnh',
      'VPUB: CVP, PCVP, các P.Ng/cứu, CBTH',
      'Lưu:VT, KTTHthuc159',
    ],
    signature: { marks: [], capacityLines: ['CHỦ TỊCH'], capacity: 'CHỦ TỊCH', name: 'Đặng Văn Minh' },
  },
  // OCR without a header: only what is printed is known; spelling stays as scanned.
  'cv-ocr-ket-luan-2209-kl-tu-2024.txt': {
    issuer: null,
    issuerParent: null,
    number: null,
    symbol: null,
    docType: 'Công văn',
    place: null,
    date: null,
    subject: 'trién khai thuc hién n6i dung Két luan ctia Ban Thudng vu Tinh ty tai budi lam viéc véi Ban céan sy dang UBND tinh',
    recipients: [
      'Céc sd, ban, nganh, don vi truc thudée UBND tinh',
      'Céac co quan Trung uong trén dia ban tinh',
      'UBND céc huyén, thi x4, thanh pho',
    ],
    distribution: [
      'Nhu trén',
      'Ban Thuong vu Tinh uy',
      'Thuong truc HDND tinh',
      'BCS dang UBND tinh',
      'Cac PCT UBND tinh',
      'Van phong Tinh dy',
      'VPUB: CVP, PCVP, cac phong, ban, don vi, CBTH',
      'Luu: VT, P.KTTHphap133',
    ],
    signature: { marks: [], capacityLines: [], capacity: null, name: 'Tran Hoang Tuan' },
  },
  // No issuer block printed: the issuer stays null (an editor correction supplies it).
  'kh-ubnd-ba-to-2024-04-ghi-nho.txt': {
    issuer: null,
    issuerParent: null,
    number: null,
    symbol: 'KH-UBND',
    docType: 'Kế hoạch',
    place: 'Ba Tơ',
    date: { iso: '2024-04', precision: 'month' },
    subject:
      'Triển khai thực hiện Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi về hợp tác, kết nghĩa giữa huyện Ba Tơ với thị xã Thái Hòa năm 2024 và những năm tiếp theo',
    recipients: [],
    distribution: [
      'UBND tỉnh (B/c)',
      'Đ/c Võ Phiên - PCT UBND tỉnh',
      'Sở Kế hoạch và Đầu tư',
      'TT Huyện ủy (B/c)',
      'TT HĐND huyện',
      'UBND thị xã Thái Hòa',
      'CT, các PCT UBND huyện',
      'UBMTTQVN và các Hội đoàn thể huyện',
      'Các cơ quan HC-SN thuộc UBND huyện',
      'UBND các xã, thị trấn',
      'Văn phòng HĐND&UBND huyện',
      'Lưu VT, TCKH',
    ],
    signature: { marks: ['TM.'], capacityLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], capacity: 'CHỦ TỊCH', name: 'Phạm Xuân Vinh' },
  },
};

describe('seed golden metadata', () => {
  for (const [file, want] of Object.entries(GOLDEN)) {
    it(`${file}: every metadata field`, () => expect(parse(file).doc.metadata).toEqual(want));
    it(`${file}: every word lands in a block, in order`, () => {
      const { text, doc } = parse(file);
      expect(blockWords(doc.blocks)).toEqual(sourceWords(text));
    });
  }
});

describe('seed blocks', () => {
  it('000: header, recipients, body, distribution and signature sections in paper order', () => {
    const sections = parse('cv-5817-ubnd-ktth-2024.txt').doc.blocks.map((b) => b.section);
    const order = [...new Set(sections)];
    expect(order).toEqual(['header', 'recipients', 'body', 'distribution', 'signature']);
  });
  it('000: **bold** becomes strong, *italic* becomes emphasis, `- ` becomes a list marker', () => {
    const blocks = parse('cv-5817-ubnd-ktth-2024.txt').doc.blocks;
    expect(blocks.find((b) => b.section === 'signature' && b.inlines[0]?.text === 'Trần Phước Hiền')?.inlines).toEqual([
      { text: 'Trần Phước Hiền', strong: true },
    ]);
    expect(blocks.some((b) => b.inlines.some((i) => i.emphasis && i.text.startsWith('trước ngày 30/6/2025')))).toBe(true);
    const item = blocks.find((b) => b.section === 'distribution' && b.kind === 'list-item');
    expect(item).toMatchObject({ marker: '-', inlines: [{ text: 'Như trên;' }] });
  });
  it('002: one paragraph per source line is kept; the empty line inside `Đà / Năng` is run across', () => {
    const blocks = parse('cv-2395-ubnd-ktth-2022.txt').doc.blocks.map((b) => b.inlines.map((i) => i.text).join(''));
    expect(blocks).toContain(
      'Triển khai thực hiện hiệu quả Kế hoạch tổ chức Hội nghị sơ kết diễn đàn liên kết phát triển du lịch giữa các tỉnh, thành phố: Thừa Thiên Huế, Đà Năng, Quảng Nam, Quảng Ngãi và Bình Định với Thành phố Hà Nội và Thành phố Hồ Chí Minh trong năm 2022 tại Quảng Ngãi.',
    );
    expect(blocks.filter((t) => t.startsWith('2.3. Sở Văn hóa'))).toEqual(['2.3. Sở Văn hóa, Thể thao và Du lịch']);
  });
  it('000: `… báo cáo UBND tỉnh` / `*trước ngày 30/6/2025 …*` is one list item, the deadline still in italics', () => {
    const blocks = parse('cv-5817-ubnd-ktth-2024.txt').doc.blocks;
    const item = blocks.find((b) => b.inlines.some((i) => i.text.includes('báo cáo UBND tỉnh')));
    expect(item?.kind).toBe('list-item');
    expect(item?.inlines.at(-1)).toEqual({ text: 'trước ngày 30/6/2025 (thông qua Sở Kế hoạch và Đầu tư).', emphasis: true });
    expect(item?.inlines.at(-2)?.text.endsWith('báo cáo UBND tỉnh ')).toBe(true);
  });
  it('003: a sentence cut by a page break (`… truéc ngay` / `31/3/2024.`) is one paragraph', () => {
    const texts = parse('cv-ocr-ket-luan-2209-kl-tu-2024.txt').doc.blocks.map((b) => b.inlines.map((i) => i.text).join(''));
    expect(texts.some((t) => t.endsWith('hoan thanh truéc ngay 31/3/2024.'))).toBe(true);
    expect(texts.some((t) => t.includes('nang cao Chi sé cai cach hanh chinh (PAR INDEX)'))).toBe(true);
  });
  it('003: OCR hard-wrapped lines are joined into one paragraph per item', () => {
    const blocks = parse('cv-ocr-ket-luan-2209-kl-tu-2024.txt').doc.blocks.filter((b) => b.section === 'body');
    const first = blocks[0]?.inlines.map((i) => i.text).join('') ?? '';
    expect(first.startsWith('Thuc hién ndi dung Két luan s6 2209-KL/TU')).toBe(true);
    expect(first.endsWith('chi yéu sau:')).toBe(true);
    expect(blocks[1]?.inlines[0]?.text.startsWith('1. Tap trung')).toBe(true);
  });
  it('004: markdown headings keep their depth', () => {
    const blocks = parse('kh-ubnd-ba-to-2024-04-ghi-nho.txt').doc.blocks;
    expect(blocks.find((b) => b.inlines[0]?.text === 'KẾ HOẠCH')).toMatchObject({ kind: 'heading', depth: 2, section: 'header' });
    expect(blocks.find((b) => b.inlines[0]?.text === 'I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ kind: 'heading', depth: 4, section: 'body' });
  });
});
