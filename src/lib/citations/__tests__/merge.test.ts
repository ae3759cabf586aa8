/** Which printed forms are one instrument and which stay apart. */
import { describe, expect, it } from 'vitest';
import type { ExtractedMetadata } from '../../../schemas/metadata.ts';
import { resolveCitations } from '../resolve.ts';
import { loadInstrumentsFile } from '../editorial.ts';
import { blocksOf, seedDoc } from './fixtures.ts';

function meta(issuer: string | null, number: string | null, symbol: string | null, iso: string | null): ExtractedMetadata {
  return {
    issuer, issuerParent: null, number, symbol, docType: 'Công văn', place: null,
    date: iso === null ? null : { iso, precision: 'day' }, subject: null, recipients: [], distribution: [], signature: null,
  };
}

function doc(id: string, text: string, m: ExtractedMetadata = meta('UBND tỉnh Quảng Ngãi', '1', 'UBND-TH', '2024-05-01')) {
  return { id, metadata: m, blocks: blocksOf(text) };
}

function targets(text: string, m?: ExtractedMetadata): string[] {
  return [...new Set(resolveCitations([doc('d', text, m)]).edges.map((e) => e.to))].sort();
}

describe('forms that merge', () => {
  it.each([
    ['Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ. Nghị quyết 57/NQ-CP. Nghị quyết số 57/NQ-CP.'],
    ['Nghị quyết 57/NQ-CP và Nghị quyết số 57/NQ-CP ngày 21/4/2022.'],
    ['Nghi quyét s6 57/NQ-CP ngay 21/4/2022 cua Chinh phu; Nghị quyết số 57/NQ-CP ngày 21 tháng 4 năm 2022.'],
  ])('%s', (text) => {
    expect(targets(text)).toEqual(['57-nq-cp-2022']);
  });

  it('OCR forms of seed 003 match clean forms', () => {
    const clean = 'Quyết định số 91/QĐ-UBND ngày 19/01/2024 của UBND tỉnh; Báo cáo số 1425-BC/BCSĐ ngày 13/3/2024 của Ban cán sự đảng UBND tỉnh; Kế hoạch số 33/KH-UBND ngày 06/02/2024 của Chủ tịch UBND tỉnh.';
    const ocr = 'Quyét dinh s6 9 1/Qb-\nUBND ngay 19/01/2024 cua UBND tinh; Béo cao s6 1425-BC/BCSP ngay 13/3/2024 cua Ban can su dang UBND tinh; Ké hoach sb 33/KH-\nUBND ngay 06/02/2024 cua Chu tich UBND tinh.';
    expect(targets(ocr)).toEqual(targets(clean));
    expect(targets(clean)).toHaveLength(3);
  });

  it('the memorandum of seeds 001 and 004 is one instrument', () => {
    const { instruments, edges } = resolveCitations([seedDoc('001'), seedDoc('004')]);
    const memo = instruments.filter((i) => i.docType === 'Bản ghi nhớ');
    expect(memo.map((i) => i.id)).toEqual(['ban-ghi-nho-nghe-an-quang-ngai-2023-07-24']);
    expect(new Set(edges.filter((e) => e.to === memo[0].id).map((e) => e.from)).size).toBe(2);
  });

  it('the agreement cited three times in seed 000 is one instrument', () => {
    const { edges } = resolveCitations([seedDoc('000')]);
    const agreement = edges.filter((e) => e.to.startsWith('ban-thoa-thuan'));
    expect(agreement).toHaveLength(3);
    expect(new Set(agreement.map((e) => e.to)).size).toBe(1);
  });

  it('a grouped list shares its issuer and verb', () => {
    const { edges, instruments } = resolveCitations([seedDoc('004')]);
    const cv = edges.filter((e) => /^(4627|834)-/.test(e.to));
    expect(cv.map((e) => e.relation)).toEqual(['can-cu', 'can-cu']);
    expect(instruments.find((i) => i.id.startsWith('4627-'))?.issuer).toBe('UBND tỉnh Quảng Ngãi');
  });

  it('a citation of a held document resolves to its id', () => {
    const held = doc('5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai', 'Văn bản.', meta('UBND tỉnh Quảng Ngãi', '5817', 'UBND-KTTH', '2024-10-29'));
    const citing = doc('x', 'Thực hiện Công văn số 5817/UBND-KTTH ngày 29/10/2024 của UBND tỉnh về việc triển khai.', meta('Sở Tài chính', '9', 'STC-NS', '2024-11-02'));
    const { instruments, edges } = resolveCitations([held, citing]);
    expect(edges.map((e) => e.to)).toEqual(['5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai']);
    expect(instruments.find((i) => i.id === edges[0].to)?.held).toBe(true);
  });
});

describe('forms that stay apart', () => {
  it('the same number of two issuers', () => {
    const text = 'Kế hoạch số 33/KH-UBND ngày 06/02/2024 của UBND tỉnh và Kế hoạch số 33/KH-UBND ngày 10/02/2024 của UBND huyện Ba Tơ.';
    expect(targets(text)).toEqual(['33-kh-ubnd-2024-ubnd-huyen-ba-to', '33-kh-ubnd-2024-ubnd-tinh-quang-ngai']);
  });

  it('the same number in two years', () => {
    expect(targets('Nghị quyết số 57/NQ-CP ngày 21/4/2022; Nghị quyết số 57/NQ-CP ngày 02/5/2023.')).toEqual(['57-nq-cp-2022', '57-nq-cp-2023']);
  });

  it('a short form that could mean two is not merged by guess', () => {
    const text = 'Nghị quyết số 57/NQ-CP ngày 21/4/2022; Nghị quyết số 57/NQ-CP ngày 02/5/2023. Theo Nghị quyết 57/NQ-CP.';
    expect(targets(text)).toEqual(['57-nq-cp', '57-nq-cp-2022', '57-nq-cp-2023']);
  });

  it('not citations: the own Số line, dates, Kế hoạch này, generic plans, own number', () => {
    const m = meta('UBND tỉnh Quảng Ngãi', '33', 'KH-UBND', '2024-02-06');
    const text = 'Số: 33/KH-UBND\n\nNgày 21/4/2022, triển khai Kế hoạch này và Kế hoạch tổ chức giao lưu. Kế hoạch số 33/KH-UBND được ban hành.';
    expect(targets(text, m)).toEqual([]);
  });
});

describe('editorial file', () => {
  it('merges an instrument into the id its mergeInto names', () => {
    const file = loadInstrumentsFile(
      'luat-quy-hoach-2017:\n  mergeInto: 21-2017-qh14\n21-2017-qh14:\n  title: Luật Quy hoạch\n  url: https://example.gov.vn/21\n',
      'content/instruments.yaml',
    );
    const { instruments, edges } = resolveCitations([doc('d', 'phù hợp với Luật Quy hoạch 2017.')], file);
    expect(instruments.map((i) => i.id)).toContain('21-2017-qh14');
    expect(instruments.map((i) => i.id)).not.toContain('luat-quy-hoach-2017');
    expect(edges.map((e) => e.to)).toEqual(['21-2017-qh14']);
  });

  it('errors name the file, the value and what was expected', () => {
    expect(() => loadInstrumentsFile('abc:\n  mergeInto: Xyz\n', 'content/instruments.yaml')).toThrow(
      /^content\/instruments\.yaml: mục "abc" có mergeInto "Xyz"/,
    );
    const file = loadInstrumentsFile('abc:\n  mergeInto: xyz\n', 'content/instruments.yaml');
    expect(() => resolveCitations([doc('d', 'Văn bản.')], file)).toThrow(
      'content/instruments.yaml: mục "abc" có mergeInto "xyz" không phải là mã văn bản đã biết.',
    );
    // The merged instrument itself is no target: checked before merging, an unknown id is not made known by it.
    const renaming = loadInstrumentsFile('luat-quy-hoach-2017:\n  mergeInto: 57-nq-cp-2023\n', 'content/instruments.yaml');
    expect(() => resolveCitations([doc('d', 'phù hợp với Luật Quy hoạch 2017.')], renaming)).toThrow(
      'content/instruments.yaml: mục "luat-quy-hoach-2017" có mergeInto "57-nq-cp-2023" không phải là mã văn bản đã biết.',
    );
  });
});
