/** Pins the number look-up files: every instrument with a number, and every match of an ambiguous number. */
import { describe, expect, it } from 'vitest';
import { buildLookupFiles, matchLookup, type LookupSource } from '../lookup.ts';
import { parseNumberQuery } from '../number-query.ts';

const source = (id: string, number: string | null, symbol: string | null, issuer: string, held = false): LookupSource => ({
  id, number, symbol, issuer, held, docType: 'Kế hoạch', title: `Kế hoạch ${number}/${symbol}`, numberSymbol: `${number}/${symbol}`, displayDate: '06/02/2024', year: '2024', subject: null, status: 'Chưa xác định',
});

describe('number look-up', () => {
  const files = buildLookupFiles([
    source('33-kh-ubnd-2024-ubnd-tinh-quang-ngai', '33', 'KH-UBND', 'UBND tỉnh Quảng Ngãi', true),
    source('33-kh-ubnd-2024-ubnd-huyen-ba-to', '33', 'KH-UBND', 'UBND huyện Ba Tơ'),
    source('033-qd-ubnd', '033', 'QĐ-UBND', 'UBND tỉnh Quảng Ngãi'),
    source('khong-so', null, 'KH-UBND', 'UBND huyện Ba Tơ'),
  ]);

  it('files instruments by number without leading zeros, held documents first', () => {
    expect([...files.keys()]).toEqual(['33']);
    expect(files.get('33')!.map((entry) => entry.path)).toEqual([
      'van-ban/33-kh-ubnd-2024-ubnd-tinh-quang-ngai/',
      'van-ban/033-qd-ubnd/',
      'van-ban/33-kh-ubnd-2024-ubnd-huyen-ba-to/',
    ]);
  });

  it('returns every match of an ambiguous number, each with its issuer and date', () => {
    const matches = matchLookup(files.get('33')!, parseNumberQuery('33/KH-UBND')!);
    expect(matches.map((entry) => [entry.issuer, entry.date])).toEqual([
      ['UBND tỉnh Quảng Ngãi', '06/02/2024'],
      ['UBND huyện Ba Tơ', '06/02/2024'],
    ]);
  });

  it('narrows by symbol and by a typed type word', () => {
    expect(matchLookup(files.get('33')!, parseNumberQuery('33 QD UBND')!)).toHaveLength(1);
    expect(matchLookup(files.get('33')!, parseNumberQuery('kế hoạch 33')!)).toHaveLength(3);
    expect(matchLookup(files.get('33')!, parseNumberQuery('nghị quyết 33')!)).toHaveLength(0);
  });
});
