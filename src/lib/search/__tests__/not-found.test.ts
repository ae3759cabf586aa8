/** The 404 page's reading of a missing address as a number, and its ranking of the look-up's entries. */
import { describe, expect, it } from 'vitest';
import type { LookupEntry } from '../lookup.ts';
import { addressWords, suggestions } from '../not-found-client.ts';

const entry = (path: string, numberSymbol: string, symbol: string): LookupEntry => ({
  path, title: numberSymbol, numberSymbol, symbol, docType: 'Công văn', issuer: null, date: null, year: null, subject: null, held: true, status: 'Chưa xác định',
});

describe('addressWords', () => {
  it('reads the document segment of a missing address, under any base', () => {
    expect(addressWords('/van-ban/5817-ubnd-ktth-2024/', '/')).toEqual(['5817', 'ubnd', 'ktth', '2024']);
    expect(addressWords('/luu-tru/van-ban/57-nq-cp/', '/luu-tru/')).toEqual(['57', 'nq', 'cp']);
    expect(addressWords('/khong-co-trang-nay/', '/')).toEqual(['khong', 'co', 'trang', 'nay']);
    // Opened at its own address, the 404 page reads no number (no look-up of 404.json, no "404 html" typed).
    expect(addressWords('/404.html', '/')).toEqual([]);
    expect(addressWords('/luu-tru/404.html', '/luu-tru/')).toEqual([]);
  });
});

describe('suggestions', () => {
  const entries = [
    entry('van-ban/5817-ubnd-kt-2023-ubnd-tinh-binh-dinh/', '5817/UBND-KT', 'UBND-KT'),
    entry('van-ban/5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai/', '5817/UBND-KTTH', 'UBND-KTTH'),
  ];

  it('narrows to the number and symbol the address spells, best match first', () => {
    expect(suggestions(entries, ['5817', 'ubnd', 'ktth', '2024']).map((item) => item.numberSymbol)).toEqual(['5817/UBND-KTTH']);
  });

  it('falls back to every entry of the number, most shared words first', () => {
    expect(suggestions(entries, ['5817', 'quang', 'ngai']).map((item) => item.numberSymbol)).toEqual(['5817/UBND-KTTH', '5817/UBND-KT']);
  });
});
