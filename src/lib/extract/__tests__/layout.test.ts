/**
 * Pins the reading order of positioned words (a PDF's text layer, Tesseract's words): the header's two
 * columns each a cell of their own, and the body after them, whatever order the words came in.
 */
import { describe, expect, it } from 'vitest';
import { pageText, type TextItem } from '../pdf-layout.ts';
import { tsvText } from '../ocr.ts';

/** A line of words laid out from `x`, 10 units a letter, on the line `row` (top of the page first). */
function line(text: string, x: number, row: number, size = 12): TextItem[] {
  const items: TextItem[] = [];
  let at = x;
  for (const word of text.split(' ')) {
    items.push({ str: word, x: at, y: 1000 - row * 16, width: word.length * 6, fontSize: size });
    at += word.length * 6 + 4;
  }
  return items;
}

/** Centred under a column whose centre is `centre`. */
const centred = (text: string, centre: number, row: number) => line(text, centre - (text.replace(/ /g, '').length * 6 + (text.split(' ').length - 1) * 4) / 2, row);

const HEADER = [
  ...centred('ỦY BAN NHÂN DÂN', 150, 0), ...centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 450, 0),
  ...centred('TỈNH QUẢNG NGÃI', 150, 1), ...centred('Độc lập - Tự do - Hạnh phúc', 450, 1),
  ...centred('Số: 905/UBND-KT', 150, 2), ...centred('Quảng Ngãi, ngày 12 tháng 3', 450, 2),
  ...centred('V/v triển khai', 150, 3), ...centred('năm 2025', 450, 3),
];

describe('two header columns, then the body', () => {
  it('reads each column apart, and a line at the margin after them as the body', () => {
    const text = pageText([...HEADER, ...line('Kính gửi:', 40, 5), ...line('Các sở, ban, ngành thuộc UBND tỉnh và các đơn vị có liên quan.', 40, 6)]);
    expect(text.split('\n\n')).toEqual([
      '|', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 905/UBND-KT\nV/v triển khai',
      '|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 12 tháng 3\nnăm 2025',
      '|', 'Kính gửi:\nCác sở, ban, ngành thuộc UBND tỉnh và các đơn vị có liên quan.',
    ]);
  });

  it('keeps a wrapped line centred under its column inside the column', () => {
    const text = pageText([...HEADER, ...centred('và thực hiện', 150, 4), ...line('Kính gửi:', 40, 6)]);
    expect(text).toContain('V/v triển khai\nvà thực hiện\n\n|');
  });
});

describe('Tesseract words (TSV)', () => {
  /** Rows as `tesseract … tsv` prints them, blocks in the order Tesseract finds them (by height). */
  const row = (level: number, block: number, lineNo: number, word: number, left: number, top: number, width: number, height: number, text = '') =>
    [level, 1, block, 1, lineNo, word, left, top, width, height, level === 5 ? 95 : -1, text].join('\t');
  const words = (block: number, lineNo: number, text: string, left: number, top: number) => {
    const out = [row(4, block, lineNo, 0, left, top, text.length * 20, 40)];
    let at = left;
    text.split(' ').forEach((word, index) => {
      out.push(row(5, block, lineNo, index + 1, at, top + (index % 2) * 3, word.length * 18, 34 + (index % 2) * 6, word));
      at += word.length * 18 + 14;
    });
    return out;
  };
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    ...words(1, 1, 'ỦY BAN NHÂN DÂN', 240, 100),
    ...words(1, 2, 'V/v triển khai', 260, 150),
    ...words(2, 1, 'CỘNG HÒA XÃ HỘI', 900, 100),
    ...words(2, 2, 'năm 2025', 960, 150),
    ...words(3, 1, 'Kính gửi:', 120, 260),
  ].join('\n');

  it('gives the words in reading order: one column, the other, then the body', () => {
    expect(tsvText(tsv).split('\n\n')).toEqual(['|', 'ỦY BAN NHÂN DÂN\nV/v triển khai', '|', 'CỘNG HÒA XÃ HỘI\nnăm 2025', '|', 'Kính gửi:']);
  });
});

describe('lines of three parts or more', () => {
  it('reads a table row spread across the page as one line, before and after the header (it used to loop for ever)', () => {
    const row = (r: number) => [...line('1', 40, r), ...line('Sở Tài chính', 200, r), ...line('30/6/2025', 450, r)];
    const text = pageText([...row(0), ...HEADER.map((item) => ({ ...item, y: item.y - 32 })), ...row(8)]);
    expect(text.startsWith('1 Sở Tài chính 30/6/2025')).toBe(true);
    expect(text.endsWith('1 Sở Tài chính 30/6/2025')).toBe(true);
    expect(text).toContain('|\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});
