/** The id step on its own: who keeps, who moves, who waits, from the claims and the previous registry. */
import { describe, expect, it } from 'vitest';
import type { ExtractedMetadata } from '../../../schemas/metadata.ts';
import { EMPTY_REGISTRY } from '../id-registry.ts';
import { assignIds, type IdClaim } from '../ids.ts';

const meta = (number: string | null, symbol = 'QĐ-UBND'): ExtractedMetadata => ({
  issuer: 'UBND tỉnh Quảng Ngãi', issuerParent: null, number, symbol, docType: 'Quyết định', place: null,
  date: { iso: '2024-05-02', precision: 'day' }, subject: null, recipients: [], distribution: [], signature: null,
});
const claim = (source: string, number: string | null, sha = source): IdClaim => ({ source, sha256: sha.padEnd(64, '0'), metadata: meta(number), explicit: null });
const idsOf = (claims: IdClaim[], registry = EMPTY_REGISTRY) => Object.fromEntries(assignIds(claims, registry).ids);

describe('assignIds', () => {
  it('gives the same registry back when nothing changed', () => {
    const claims = [claim('a.txt', '12'), claim('b.txt', null), claim('c.txt', null)];
    const first = assignIds(claims, EMPTY_REGISTRY);
    expect(Object.fromEntries(first.ids)).toEqual({
      'a.txt': '12-qd-ubnd-2024-ubnd-tinh-quang-ngai',
      'b.txt': 'khong-so-qd-ubnd-2024-05-02-ubnd-tinh-quang-ngai',
      'c.txt': 'khong-so-qd-ubnd-2024-05-02-ubnd-tinh-quang-ngai-2',
    });
    expect(assignIds(claims, first.registry).registry).toEqual(first.registry);
  });

  it('lets the identity a moved document left go to the document that has it now, in the same run', () => {
    const { registry } = assignIds([claim('a.txt', '12')], EMPTY_REGISTRY);
    // a.txt was misread: it is 13; b.txt is the real 12.
    const next = assignIds([claim('a.txt', '13'), claim('b.txt', '12')], registry);
    expect(Object.fromEntries(next.ids)).toEqual({ 'a.txt': '13-qd-ubnd-2024-ubnd-tinh-quang-ngai', 'b.txt': '12-qd-ubnd-2024-ubnd-tinh-quang-ngai' });
    expect(next.registry.redirects).toEqual({});
    expect(next.warnings).toEqual([]);
  });

  it('gives a deleted numbered document\'s id to the next document of that number, and keeps a numberless one\'s waiting', () => {
    const { registry } = assignIds([claim('a.txt', '12'), claim('b.txt', null)], EMPTY_REGISTRY);
    expect(idsOf([claim('a2.txt', '12', 'other'), claim('b2.txt', null, 'other too')], registry)).toEqual({
      'a2.txt': '12-qd-ubnd-2024-ubnd-tinh-quang-ngai',
      'b2.txt': 'khong-so-qd-ubnd-2024-05-02-ubnd-tinh-quang-ngai-2',
    });
  });

  it("takes an editor's id as given, and refuses one another document keeps", () => {
    const { registry } = assignIds([claim('a.txt', '12'), claim('b.txt', '14')], EMPTY_REGISTRY);
    const named = { ...claim('b.txt', '14'), explicit: { id: 'quyet-dinh-14', file: 'content/corrections/b.yaml' } };
    expect(idsOf([claim('a.txt', '12'), named], registry)['b.txt']).toBe('quyet-dinh-14');
    const taken = { ...named, explicit: { id: '12-qd-ubnd-2024-ubnd-tinh-quang-ngai', file: 'content/corrections/b.yaml' } };
    expect(() => assignIds([claim('a.txt', '12'), taken], registry)).toThrow(
      'content/corrections/b.yaml: id "12-qd-ubnd-2024-ubnd-tinh-quang-ngai" đã là địa chỉ của content/sources/a.txt.',
    );
  });
});
