/** Pins how text is written for the index: syllables joined to the next, punctuation ending a pair, đ folded, reading back. */
import { describe, expect, it } from 'vitest';
import { displayText, displayWord, indexText, indexTokens, JOIN, STROKE } from '../index-words.ts';

describe('index words', () => {
  it('joins each syllable to the next one of its sentence, lower-casing and đ-folding the second', () => {
    expect(indexTokens('Triển khai Nghị quyết')).toEqual([`Triển${JOIN}khai`, `khai${JOIN}nghị`, `Nghị${JOIN}quyết`, `quyết${JOIN}`]);
    expect(indexTokens('chuyển đổi số')).toEqual([`chuyển${JOIN}dổi`, `d${STROKE}ổi${JOIN}số`, `số${JOIN}`]);
  });

  it('ends a pair at punctuation and leaves numbers, symbols and OCR debris as written', () => {
    expect(indexTokens('số 57/NQ-CP, (Đảng ủy) xã cu6ng')).toEqual([
      `số${JOIN}`, '57/NQ-CP,', `(D${STROKE}ảng${JOIN}ủy`, `ủy${JOIN})`, `xã${JOIN}`, 'cu6ng',
    ]);
    expect(indexTokens('kế hoạch, Ba Tơ.')).toEqual([`kế${JOIN}hoạch`, `hoạch${JOIN},`, `Ba${JOIN}tơ`, `Tơ${JOIN}.`]);
  });

  it('writes text in NFC and drops the scheme’s own characters from a source', () => {
    expect(indexText('Tie\u0302\u0301n')).toBe(`Tiến${JOIN}`);
    expect(indexText(`a${JOIN}b c${STROKE}`)).toBe(`a${JOIN}b b${JOIN}c c${JOIN}`);
  });

  it('reads back as written, whatever the punctuation and case', () => {
    const text = 'Triển khai Nghị quyết số 57/NQ-CP ngày 21/4/2022; (Đảng ủy) xã Ba Tơ: “ĐẦU TƯ” công, đ.';
    expect(displayText(indexText(text))).toBe(text);
    expect(displayWord(`(D${STROKE}ảng${JOIN}ủy`)).toBe('(Đảng');
    expect(displayWord('57/QD\u0335-UBND')).toBe('57/QĐ-UBND');
  });
});
