/** Pins which asterisks are Markdown emphasis and which are text that must stay on the page. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';

function textOf(source: string): string {
  return parseDocument(source).blocks.map((block) => block.inlines.map((inline) => inline.text).join('')).join('\n');
}

describe('asterisks', () => {
  it.each([
    ['a footnote mark', 'Ghi chú (*): xem phụ lục.', '(*)'],
    ['a multiplication', 'Diện tích 5 * 3 = 15 m2.', '5 * 3'],
    ['a JSX comment', 'Văn bản có {/* chú thích */} ở giữa.', '{/* chú thích */}'],
    ['an escaped asterisk', 'Mục \\*quan trọng\\* cần lưu ý.', '*quan trọng*'],
    ['a lone star', 'Điểm đánh dấu * cuối câu.', '* cuối'],
  ])('keeps %s as text', (_label, source, kept) => {
    expect(textOf(`Thực hiện nội dung sau.\n\n${source}\n`)).toContain(kept);
  });

  it('still reads **bold** and *italic* as emphasis, also across a line break', () => {
    const { blocks } = parseDocument('**ỦY\nBAN NHÂN DÂN **\n\nHoàn thành *trước ngày 30/6/2025*.\n');
    const runs = blocks.flatMap((block) => block.inlines);
    expect(runs.some((run) => run.strong && run.text.includes('BAN NHÂN DÂN'))).toBe(true);
    expect(runs.some((run) => run.emphasis && run.text === 'trước ngày 30/6/2025')).toBe(true);
    expect(textOf('**ỦY\nBAN NHÂN DÂN **\n')).not.toContain('*');
  });
});

describe('an italic place-and-date line closed after a space at the end of a line (crawl artefact)', () => {
  it('reads the place without the asterisk', () => {
    const source = 'Số: 165/KH-UBND\n|\n*Cần Thơ, ngày 21\ntháng 11 năm 2025 *\n|\nKẾ HOẠCH\n\nNội dung.\n';
    const { metadata, blocks } = parseDocument(source);
    expect(metadata.place).toBe('Cần Thơ');
    expect(metadata.date).toEqual({ iso: '2025-11-21', precision: 'day' });
    expect(blocks.flatMap((block) => block.inlines).some((run) => run.text.includes('*'))).toBe(false);
  });
});
