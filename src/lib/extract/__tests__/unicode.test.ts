/** Unicode neutralisation (src/lib/extract/unicode.ts): what readers are shown, what identity reads, what is reported. */
import { describe, expect, it } from 'vitest';
import { describeNeutralised, neutraliseText } from '../unicode.ts';

describe('invisible format characters', () => {
  it.each([
    ['a right-to-left override in a subject (it showed the rest of the line reversed)', 'V/v \u202Etriển khai\u202C kế hoạch', 'V/v triển khai kế hoạch', { 'U+202E': 1, 'U+202C': 1 }],
    ['the isolates U+2066–2069', '\u2066Số: 15\u2069/\u2067KH\u2068', 'Số: 15/KH', { 'U+2066': 1, 'U+2069': 1, 'U+2067': 1, 'U+2068': 1 }],
    ['embeddings U+202A, U+202B, U+202D and marks', '\u202Aa\u202B\u202Db\u200E\u200Fc', 'abc', { 'U+202A': 1, 'U+202B': 1, 'U+202D': 1, 'U+200E': 1, 'U+200F': 1 }],
    ['zero-width characters, a soft hyphen, a stray BOM', 'Quảng\u200B Ngãi\u00AD\uFEFF', 'Quảng Ngãi', { 'U+200B': 1, 'U+00AD': 1, 'U+FEFF': 1 }],
  ])('%s: removed and counted', (_label, input, output, counts) => {
    const result = neutraliseText(input);
    expect(result.text).toBe(output);
    expect(result.neutralised?.formatCharacters).toEqual(counts);
  });

  it('line and paragraph separators become line ends', () => {
    expect(neutraliseText('một\u2028hai\u2029ba').text).toBe('một\nhai\nba');
  });

  it('a clean text is returned as it is, with nothing to report', () => {
    const text = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\nКонвенция Москва (a Russian word stays Russian).';
    expect(neutraliseText(text)).toEqual({ text, neutralised: null });
  });
});

describe('look-alike letters of other scripts inside numbers and symbols', () => {
  it.each([
    ['a Cyrillic С in NĐ-CP', 'Nghị định số 30/2020/NĐ-\u0421P ngày', 'Nghị định số 30/2020/NĐ-CP ngày', '30/2020/NĐ-\u0421P', '30/2020/NĐ-CP'],
    ['a Cyrillic Р at the end', 'Số: 12/2024/NĐ-C\u0420', 'Số: 12/2024/NĐ-CP', '12/2024/NĐ-C\u0420', '12/2024/NĐ-CP'],
    ['Cyrillic К and Н in KH', 'Số: 15/\u041A\u041D-UBND', 'Số: 15/KH-UBND', '15/\u041A\u041D-UBND', '15/KH-UBND'],
    ['a Greek Τ in TTg', 'Quyết định 1899/QĐ-\u03A4Tg', 'Quyết định 1899/QĐ-TTg', '1899/QĐ-\u03A4Tg', '1899/QĐ-TTg'],
    ['a Cyrillic о in a lower-case code', 'Điều 5/k\u043Eh', 'Điều 5/koh', '5/k\u043Eh', '5/koh'],
  ])('%s: read as Latin and reported', (_label, input, output, printed, read) => {
    const result = neutraliseText(input);
    expect(result.text).toBe(output);
    expect(result.neutralised?.lookalikes).toEqual([{ printed, read }]);
  });

  it.each([
    ['a Cyrillic word, no digit nor separator', 'Москва'],
    ['a Cyrillic word with a hyphen but no Latin letter', 'Ростов-на-Дону'],
    ['a Cyrillic letter with no Latin look-alike inside a symbol', '15/Д-UBND'],
    ['Vietnamese letters (Latin script)', 'Số: 15/KH-ĐĐBQH'],
  ])('%s is left alone', (_label, text) => {
    expect(neutraliseText(text)).toEqual({ text, neutralised: null });
  });

  it('one report per distinct token, in order', () => {
    const result = neutraliseText('NĐ-\u0421P và NĐ-\u0421P, rồi \u041AH-UBND');
    expect(result.neutralised?.lookalikes.map((change) => change.read)).toEqual(['NĐ-CP', 'KH-UBND']);
  });
});

describe('the report', () => {
  it('is one sentence naming each code point and each changed symbol', () => {
    const { neutralised } = neutraliseText('V/v \u202Etriển khai\u202E Nghị định 30/2020/NĐ-\u0421P');
    expect(describeNeutralised(neutralised!)).toBe(
      'bỏ 2 ký tự định dạng vô hình khi hiển thị (U+202E ×2); “30/2020/NĐ-\u0421P” có chữ Kirin \u0421 (U+0421) giống chữ Latinh, được đọc là “30/2020/NĐ-CP”',
    );
  });
});
