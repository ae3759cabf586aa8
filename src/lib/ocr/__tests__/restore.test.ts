import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model.ts';
import { restoreText } from '../restore.ts';
import { foldDiacritics } from '../../text.ts';

const SOURCES = path.resolve(import.meta.dirname, '../../../../content/sources');
const OCR_SEED = 'cv-ocr-ket-luan-2209-kl-tu-2024.txt';
const clean = readdirSync(SOURCES).filter((file) => file !== OCR_SEED).map((file) => readFileSync(path.join(SOURCES, file), 'utf8'));
// The archive's clean documents teach the model (here the four clean seeds), over the syllable list.
const model = buildModel(clean);
const restore = (text: string) => restoreText(model, text);

describe('restored reading of OCR text', () => {
  it.each([
    ['Két luan s6 2209-KL/TU ngay 19/3/2024', 'Kết luận số 2209-KL/TU ngày 19/3/2024'],
    ['Uy ban nhan dan tinh Quang Ngai', 'Ủy ban nhân dân tỉnh Quảng Ngãi'],
    ['Cac s0, ban, nganh tinh', 'Các sở, ban, ngành tỉnh'],
    ['nhiém vu', 'nhiệm vụ'],
    ['Chu tich UBND céc huyén, thi x4, thanh pho.', 'Chủ tịch UBND các huyện, thị xã, thành phố.'],
    ['trién khai thuc hién', 'triển khai thực hiện'],
  ])('reads %j as %j', (printed, reading) => expect(restore(printed)).toBe(reading));

  it('keeps numbers, symbols and abbreviations as printed', () => {
    expect(restore('Cong van s6 1438-CV/BCS ngay 20/3/2024 cua UBND tinh')).toBe('Công văn số 1438-CV/BCS ngày 20/3/2024 của UBND tỉnh');
  });

  it('keeps the printed case: a capital, a word in capitals', () => {
    expect(restore('KET LUAN')).toBe('KẾT LUẬN');
    expect(restore('Tinh')).toMatch(/^T/);
  });

  it('leaves clean text as it is', () => {
    const text = 'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện kết luận.';
    expect(restore(text)).toBe(text);
  });

  it('restores most syllables of a clean document it did not learn from, stripped of its diacritics', () => {
    const text = clean[1]!;
    const restore = (printed: string) => restoreText(buildModel(clean.filter((other) => other !== text)), printed);
    const words = text.split(/\s+/u).filter(Boolean);
    const restored = restore(foldDiacritics(text)).split(/\s+/u).filter(Boolean);
    expect(restored).toHaveLength(words.length);
    const right = words.filter((word, index) => restored[index] === word).length;
    expect(right / words.length).toBeGreaterThan(0.9);
  });
});
