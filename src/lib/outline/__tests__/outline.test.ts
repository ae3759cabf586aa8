/** The outline of a document's text ("Mục lục") and its heading levels, on the seeds' forms and the real corpus's. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../schemas/text.ts';
import { documentOutline, headingDepths } from '../outline.ts';

const p = (text: string, section: Block['section'] = 'body'): Block => ({ kind: 'paragraph', section, inlines: [{ text }] });
const h = (depth: number, text: string, section: Block['section'] = 'body'): Block => ({ kind: 'heading', section, depth, inlines: [{ text, strong: true }] });

describe('documentOutline', () => {
  it('reads the Ba Tơ plan by its numbering, not its # count (III. is one # above I. and II.)', () => {
    const blocks = [
      h(2, 'KẾ HOẠCH', 'header'),
      h(3, 'Triển khai thực hiện Bản Ghi nhớ', 'header'),
      h(4, 'I. MỤC ĐÍCH, YÊU CẦU'),
      h(5, '1. Mục đích'),
      p('Tiếp tục triển khai thực hiện hiệu quả Bản Ghi nhớ.'),
      h(5, '2. Yêu cầu'),
      h(4, 'II. NỘI DUNG'),
      p('1. Thăm quan, học tập kinh nghiệm về công tác chỉ đạo.'),
      h(3, 'III. TỔ CHỨC THỰC HIỆN'),
      h(4, 'Nơi nhận:', 'distribution'),
    ];
    expect(documentOutline(blocks)).toEqual([
      { block: 2, level: 1, label: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { block: 3, level: 2, label: '1. Mục đích' },
      { block: 5, level: 2, label: '2. Yêu cầu' },
      { block: 6, level: 1, label: 'II. NỘI DUNG' },
      { block: 8, level: 1, label: 'III. TỔ CHỨC THỰC HIỆN' },
    ]);
    expect([...headingDepths(blocks)]).toEqual([[0, 3], [1, 3], [2, 3], [3, 4], [5, 4], [6, 3], [8, 3], [9, 3]]);
  });

  it('finds Phần, Chương, Mục and Điều in plain paragraphs, in that order of levels', () => {
    const blocks = [
      p('Phần thứ nhất'), p('Chương I'), p('QUY ĐỊNH CHUNG'), p('Mục 1. PHẠM VI'),
      p('Điều 1. Phạm vi điều chỉnh'), p('Quyết định này quy định …'), p('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế các văn bản trước đây'),
      p('Chương II'),
    ];
    expect(documentOutline(blocks).map((entry) => [entry.block, entry.level, entry.label])).toEqual([
      [0, 1, 'Phần thứ nhất'],
      [1, 2, 'Chương I'],
      [3, 3, 'Mục 1. PHẠM VI'],
      [4, 4, 'Điều 1. Phạm vi điều chỉnh'],
      [6, 4, 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký…'],
      [7, 2, 'Chương II'],
    ]);
  });

  it('takes a decision’s articles as its sections (real corpus 25: Điều 1–3, then the plan’s I.–III.)', () => {
    const blocks = [p('Điều 1. Phê duyệt Kế hoạch'), p('Điều 2. Quyết định này có hiệu lực từ ngày ký.'), p('I. MỤC ĐÍCH, YÊU CẦU'), p('II. NỘI DUNG KẾ HOẠCH:')];
    expect(documentOutline(blocks).map((entry) => [entry.level, entry.label])).toEqual([
      [1, 'Điều 1. Phê duyệt Kế hoạch'], [1, 'Điều 2. Quyết định này có hiệu lực từ ngày ký.'], [2, 'I. MỤC ĐÍCH, YÊU CẦU'], [2, 'II. NỘI DUNG KẾ HOẠCH'],
    ]);
  });

  it('leaves out ordinary text: a "Chương trình", "Mục tiêu", numbered tasks, list items, the header', () => {
    const blocks = [
      p('Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy Cần Thơ'), p('Mục tiêu chung của kế hoạch'), p('1. Nhiệm vụ chung'),
      { kind: 'list-item', section: 'body', inlines: [{ text: 'II. trong danh sách' }] } satisfies Block, p('I. MỤC ĐÍCH', 'header'),
      p('Điều kiện được hưởng'), p('Mục đích'),
    ];
    expect(documentOutline(blocks)).toEqual([]);
  });

  it('never puts a head two levels below the one before it', () => {
    const blocks = [p('Chương I'), h(3, '1. Giải thích từ ngữ'), p('Điều 1. Phạm vi')];
    expect(documentOutline(blocks).map((entry) => entry.level)).toEqual([1, 2, 2]);
  });
});
