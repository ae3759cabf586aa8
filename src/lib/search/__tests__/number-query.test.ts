/** Pins how typed document numbers are read, whatever the spelling. */
import { describe, expect, it } from 'vitest';
import { parseNumberQuery, symbolMatches } from '../number-query.ts';

describe('parseNumberQuery', () => {
  it.each([
    ['57/NQ-CP', '57', 'NQCP', null],
    ['57/nq-cp', '57', 'NQCP', null],
    ['57 NQ-CP', '57', 'NQCP', null],
    ['NQ-CP 57', '57', 'NQCP', null],
    ['57-NQ-CP', '57', 'NQCP', null],
    ['5817/UBND-KTTH', '5817', 'UBNDKTTH', null],
    ['5817 ubnd ktth', '5817', 'UBNDKTTH', null],
    ['94-KL/TW', '94', 'KLTW', null],
    ['94 KL TW', '94', 'KLTW', null],
    ['107/2021/NĐ-CP', '107', '2021NDCP', null],
    ['107/2021/ND-CP', '107', '2021NDCP', null],
    ['81/2023/QH15', '81', '2023QH15', null],
    ['012/CT-UBND', '12', 'CTUBND', null],
    ['nghị quyết 57', '57', null, 'nghi quyet'],
    ['Nghi quyet so 57/NQ-CP', '57', 'NQCP', 'nghi quyet'],
    ['1425-BC/BCSĐ', '1425', 'BCBCSD', null],
    ['57', '57', null, null],
    ['57/', '57', null, null],
    ['57/NQ-', '57', 'NQ', null],
  ])('reads %s as number %s, symbol %s', (query, number, symbolKey, typeKey) => {
    expect(parseNumberQuery(query)).toEqual({ number, symbolKey, typeKey });
  });

  it.each(['trien khai', 'quang ngai', 'dang', 'kết luận', '', 'nghị quyết về liên kết vùng', 'năm 2024 triển khai', '5 người chết trong vụ tai nạn', '21.4.2022'])(
    'treats %j as a text query, not a number',
    (query) => {
      expect(parseNumberQuery(query)).toBeNull();
    },
  );

  it('matches symbols after folding đ and case', () => {
    expect(symbolMatches('2021/NĐ-CP', '2021NDCP')).toBe(true);
    expect(symbolMatches('NQ-CP', 'NQCP')).toBe(true);
    expect(symbolMatches('QĐ-UBND', 'NQCP')).toBe(false);
    expect(symbolMatches(null, null)).toBe(true);
  });
});
