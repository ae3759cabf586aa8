/** Where the official text of an instrument is looked up, by its issuer (src/lib/site/official-lookups.ts). */
import { describe, expect, it } from 'vitest';
import { officialLookups } from '../official-lookups.ts';

const hosts = (numberSymbol: string | null, symbol: string | null, docType: string, title = numberSymbol ?? '') =>
  officialLookups({ numberSymbol, symbol, docType, title }).map((lookup) => new URL(lookup.url).host);

describe('officialLookups', () => {
  it('sends the central state’s documents to vbpl.vn and the Official Gazette, searching the number', () => {
    expect(hosts('57/NQ-CP', 'NQ-CP', 'Nghị quyết')).toEqual(['vbpl.vn', 'congbao.chinhphu.vn']);
    expect(hosts('107/2021/NĐ-CP', '2021/NĐ-CP', 'Nghị định')).toEqual(['vbpl.vn', 'congbao.chinhphu.vn']);
    expect(hosts('81/2023/QH15', '2023/QH15', 'Luật')).toEqual(['vbpl.vn', 'congbao.chinhphu.vn']);
    const [vbpl, congBao] = officialLookups({ numberSymbol: '168/QĐ-TTg', symbol: 'QĐ-TTg', docType: 'Quyết định', title: 'x' });
    expect(new URL(vbpl!.url).searchParams.get('q')).toBe('168/QĐ-TTg');
    expect(new URL(congBao!.url).searchParams.get('sovanban')).toBe('168/QĐ-TTg');
  });

  it('sends the central Party’s to the Party’s document system, and a local Party body’s nowhere', () => {
    expect(hosts('94-KL/TW', 'KL/TW', 'Kết luận')).toEqual(['tulieuvankien.dangcongsan.vn']);
    expect(officialLookups({ numberSymbol: '94-KL/TW', symbol: 'KL/TW', docType: 'Kết luận', title: 'x' })[0]!.searches).toBe(false);
    expect(hosts('2209-KL/TU', 'KL/TU', 'Kết luận')).toEqual([]);
    expect(hosts('1438-CV/BCS', 'CV/BCS', 'Công văn')).toEqual([]);
  });

  it('looks up a provincial decision in vbpl.vn, not a provincial letter; an unnumbered law by its name', () => {
    expect(hosts('1537/QĐ-UBND', 'QĐ-UBND', 'Quyết định')).toEqual(['vbpl.vn']);
    expect(hosts('4627/UBND-KTTH', 'UBND-KTTH', 'Công văn')).toEqual([]);
    const [law] = officialLookups({ numberSymbol: null, symbol: null, docType: 'Luật', title: 'Luật Quy hoạch 2017' });
    expect(new URL(law!.url).searchParams.get('q')).toBe('Luật Quy hoạch 2017');
    expect(hosts(null, null, 'Đề án', 'Đề án phát triển công nghiệp hỗ trợ')).toEqual([]);
  });
});
