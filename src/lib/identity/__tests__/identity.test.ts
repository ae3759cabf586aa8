/** Identity: parsing, formatting and ids of instruments. */
import { describe, expect, it } from 'vitest';
import {
  documentId, formatNumberSymbol, fullCitation, instrumentId, parseNumberSymbol, shortCitation,
} from '../index.ts';
import type { ExtractedMetadata, PartialDate } from '../../../schemas/metadata.ts';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });

describe('parseNumberSymbol', () => {
  it.each([
    ['57/NQ-CP', '57', 'NQ-CP'],
    ['57/nq-cp', '57', 'NQ-CP'],
    ['57 NQ-CP', '57', 'NQ-CP'],
    ['NQ-CP 57', '57', 'NQ-CP'],
    ['57-NQ-CP', '57', 'NQ-CP'],
    ['9 1/Qb-UBND', '91', 'QĐ-UBND'],
    ['139/QD-UBND', '139', 'QĐ-UBND'],
    ['33/KH-\nUBND', '33', 'KH-UBND'],
    ['01/CT- UBND', '01', 'CT-UBND'],
    ['1425-BC/BCSP', '1425', 'BC/BCSĐ'],
    ['5817 ubnd ktth', '5817', 'UBND-KTTH'],
    ['94 KL TW', '94', 'KL/TW'],
    ['94-KL/TW', '94', 'KL/TW'],
    ['2371-CV/TU', '2371', 'CV/TU'],
    ['28-CTr/TU', '28', 'CTr/TU'],
    ['9671-CV/BTCTW', '9671', 'CV/BTCTW'],
    ['107/2021/ND-CP', '107', '2021/NĐ-CP'],
    ['81/2023/QH15', '81', '2023/QH15'],
    ['15/2024/NQ-HDND', '15', '2024/NQ-HĐND'],
    ['2140/SKHDT-TH', '2140', 'SKHĐT-TH'],
    ['9476 /BNNMT-CNTY', '9476', 'BNNMT-CNTY'],
    ['/KH-UBND', null, 'KH-UBND'],
  ])('%j → %s %s', (text, number, symbol) => {
    expect(parseNumberSymbol(text)).toEqual({ number, symbol });
  });

  it.each(['21/4/2022', 'abc', '', '2024'])('%j is not a number/symbol', (text) => {
    expect(parseNumberSymbol(text)).toBeNull();
  });
});

describe('formatNumberSymbol', () => {
  it.each([
    ['5817', 'UBND-KTTH', '5817/UBND-KTTH'],
    ['94', 'KL/TW', '94-KL/TW'],
    ['107', '2021/NĐ-CP', '107/2021/NĐ-CP'],
    [null, 'KH-UBND', '…/KH-UBND'],
    ['1425', 'BC/BCSĐ', '1425-BC/BCSĐ'],
  ])('%s + %s → %s', (number, symbol, printed) => {
    expect(formatNumberSymbol(number, symbol)).toBe(printed);
    if (number !== null) expect(parseNumberSymbol(printed)).toEqual({ number, symbol });
  });
});

describe('citations', () => {
  it('short and full forms', () => {
    expect(shortCitation({ docType: 'Nghị quyết', number: '57', symbol: 'NQ-CP', name: null, date: day('2022-04-21') })).toBe('Nghị quyết 57/NQ-CP');
    expect(shortCitation({ docType: 'Kế hoạch', number: null, symbol: 'KH-UBND', name: null, date: { iso: '2024-04', precision: 'month' } })).toBe(
      'Kế hoạch …/KH-UBND (04/2024)',
    );
    expect(shortCitation({ docType: 'Luật', number: null, symbol: null, name: 'Luật Quy hoạch', date: null })).toBe('Luật Quy hoạch');
    expect(
      fullCitation({ docType: 'Công văn', number: '5817', symbol: 'UBND-KTTH', name: null, date: day('2024-10-29'), issuer: 'UBND tỉnh Quảng Ngãi' }),
    ).toBe('Công văn số 5817/UBND-KTTH ngày 29/10/2024 của UBND tỉnh Quảng Ngãi');
  });
});

describe('instrumentId', () => {
  const base = { docType: null, number: null, symbol: null, issuer: null, date: null, name: null };
  it.each([
    [{ ...base, number: '57', symbol: 'NQ-CP', date: day('2022-04-21') }, '57-nq-cp-2022'],
    [{ ...base, number: '107', symbol: '2021/NĐ-CP', date: day('2021-12-06'), issuer: 'Chính phủ' }, '107-2021-nd-cp'],
    [{ ...base, number: '94', symbol: 'KL/TW', date: day('2024-09-13'), issuer: 'Bộ Chính trị' }, '94-kl-tw-2024'],
    [{ ...base, number: '5817', symbol: 'UBND-KTTH', date: day('2024-10-29'), issuer: 'UBND tỉnh Quảng Ngãi' }, '5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai'],
    [{ ...base, number: '5817', symbol: 'UBND-KTTH', date: day('2024-10-29'), issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi' }, '5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai'],
    [{ ...base, number: '33', symbol: 'KH-UBND', date: day('2024-02-06'), issuer: 'Chủ tịch UBND tỉnh Quảng Ngãi' }, '33-kh-ubnd-2024-ubnd-tinh-quang-ngai'],
    [{ ...base, docType: 'Kế hoạch', symbol: 'KH-UBND', date: { iso: '2024-04', precision: 'month' as const }, issuer: 'UBND huyện Ba Tơ' }, 'khong-so-kh-ubnd-2024-04-ubnd-huyen-ba-to'],
    [{ ...base, docType: 'Bản ghi nhớ', name: 'Bản ghi nhớ giữa tỉnh Quảng Ngãi và Tỉnh Nghệ An', date: day('2023-07-24') }, 'ban-ghi-nho-nghe-an-quang-ngai-2023-07-24'],
    [{ ...base, docType: 'Bản ghi nhớ', name: 'Bản Ghi nhớ giữa tỉnh Nghệ An và tỉnh Quảng Ngãi', date: day('2023-07-24') }, 'ban-ghi-nho-nghe-an-quang-ngai-2023-07-24'],
    [{ ...base, docType: 'Luật', name: 'Luật Quy hoạch', date: { iso: '2017', precision: 'year' as const } }, 'luat-quy-hoach-2017'],
  ])('%j → %s', (parts, id) => {
    expect(instrumentId(parts)).toBe(id);
  });

  it('documentId uses the same function: a cited instrument keeps its URL when its text is added', () => {
    const meta: ExtractedMetadata = {
      issuer: 'UBND tỉnh Quảng Ngãi', issuerParent: null, number: '5817', symbol: 'UBND-KTTH', docType: 'Công văn', place: 'Quảng Ngãi',
      date: day('2024-10-29'), subject: 'triển khai', recipients: [], distribution: [], signature: null,
    };
    expect(documentId(meta)).toBe('5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai');
    expect(documentId({ ...meta, issuer: 'Sở Kế hoạch và Đầu tư', issuerParent: 'UBND tỉnh Quảng Ngãi', number: '12', symbol: 'SKHĐT-TH' })).toBe(
      '12-skhdt-th-2024-so-ke-hoach-va-dau-tu-tinh-quang-ngai',
    );
  });
});
