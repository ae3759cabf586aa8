/** Pins the excerpt: index words read as written, a window around the densest matches, both syllables of a matched pair marked. */
import { describe, expect, it } from 'vitest';
import { excerptParts, tokenKey } from '../excerpt.ts';
import { indexText } from '../index-words.ts';
import { pairToken } from '../query-plan.ts';

describe('excerpt', () => {
  const content = indexText('Ủy ban nhân dân tỉnh đề nghị các sở triển khai thực hiện, kịp thời báo cáo kết quả triển khai.');

  it('shows the text as written and marks both syllables of a matched pair', () => {
    const pairs = new Set([tokenKey(pairToken('triển', 'khai'))]);
    const parts = excerptParts(content, [9, 19], pairs, 40);
    expect(parts.map((part) => part.text).join('')).toBe('Ủy ban nhân dân tỉnh đề nghị các sở triển khai thực hiện, kịp thời báo cáo kết quả triển khai.');
    expect(parts.filter((part) => part.marked).map((part) => part.text.trim())).toEqual(['triển khai', 'triển khai.']);
  });

  it('cuts a window around the densest group of matches', () => {
    const parts = excerptParts(content, [19], new Set(), 6);
    const text = parts.map((part) => part.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text).toContain('triển');
    expect(text.split(' ').length).toBeLessThan(10);
  });
});
