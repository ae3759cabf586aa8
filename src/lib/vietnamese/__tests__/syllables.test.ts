/** Pins what counts as a Vietnamese syllable, and that the share separates clean text from damaged text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, syllableCounts, validSyllableShare } from '../syllables.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const source = (name: string) => readFileSync(path.join(ROOT, 'content/sources', name), 'utf8');

describe('isVietnameseSyllable', () => {
  it.each([
    ['hòa', 'new tone placement'],
    ['hoà', 'old tone placement'],
    ['ủy', 'new placement of ủy'],
    ['uỷ', 'old placement of uỷ'],
    ['ỦY', 'capitals'],
    ['Quảng', 'a capitalised word'],
    ['nghiêng', 'the longest shape'],
    ['\u0051\u0075\u0061\u0309\u006e\u0067', 'decomposed (NFD) input'],
  ])('accepts %s (%s)', (word) => expect(isVietnameseSyllable(word)).toBe(true));

  it.each([
    ['thuc', 'a stop coda without sắc or nặng (OCR lost the tone)'],
    ['trién', 'iê without its circumflex (OCR)'],
    ['NH¢N', 'TCVN3 read as Windows-1252'],
    ['®i', 'TCVN3 đi read as Windows-1252'],
    ['NHAÂN', 'VNI read as Windows-1252'],
    ['UÛY', 'VNI capitals read as Windows-1252'],
    ['ñY', 'TCVN3 capitals font read as Windows-1252'],
    ['', 'the empty string'],
  ])('refuses %s (%s)', (word) => expect(isVietnameseSyllable(word)).toBe(false));
});

describe('syllableCounts', () => {
  it('skips numbers, ASCII acronyms and punctuation, and counts the rest', () => {
    expect(syllableCounts('Số: 5817/UBND-KTTH, ngày 29/10/2024 (Quảng Ngãi)')).toEqual({ words: 4, valid: 4 });
    expect(syllableCounts('ñY BAN NH¢N D¢N')).toEqual({ words: 4, valid: 1 });
  });

  it('has no share for a text without words', () => {
    expect(validSyllableShare('5817/UBND-KTTH 29/10/2024')).toBeNull();
  });
});

describe('validSyllableShare on the seeds', () => {
  it.each([
    'cv-5817-ubnd-ktth-2024.txt',
    'cv-ubnd-tp-quang-ngai-2024-02-ket-nghia-vinh.txt',
    'cv-2395-ubnd-ktth-2022.txt',
    'kh-ubnd-ba-to-2024-04-ghi-nho.txt',
  ])('is above 0.95 for the clean seed %s', (name) => {
    expect(validSyllableShare(source(name))).toBeGreaterThan(0.95);
  });

  it('is below 0.7 for the OCR seed that lost its diacritics', () => {
    expect(validSyllableShare(source('cv-ocr-ket-luan-2209-kl-tu-2024.txt'))).toBeLessThan(0.7);
  });
});
