/**
 * Pins what readers browse and filter by: issuers and receiving bodies by the registry's canonical names
 * (content/co-quan.yaml), never a person or OCR noise; a joint document under each of its issuers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../schemas/archive.ts';
import { bodyDirectory, parseBodiesFile } from '../../bodies/registry.ts';
import { bodyNames } from '../bodies.ts';
import { facetValues } from '../facets.ts';
import { agencies } from '../agencies.ts';

const names = bodyNames(bodyDirectory(parseBodiesFile(readFileSync(new URL('../../../../content/co-quan.yaml', import.meta.url), 'utf8'), 'co-quan.yaml')));

function record(id: string, fields: Partial<DocumentRecord>): DocumentRecord {
  return { id, issuer: null, issuerParent: null, coIssuers: [], symbol: null, recipients: [], distribution: [], ...fields } as DocumentRecord;
}

const records = [
  record('a', { issuer: 'Sở Kế hoạch và Đầu tư', issuerParent: 'UBND tỉnh Quảng Ngãi', recipients: ['Các sở, ban ngành, đơn vị trực thuộc UBND tỉnh'], distribution: ['CT, PCT UBND tỉnh', 'Đ/c Võ Phiên - PCT UBND tỉnh', 'Lưu: VT'] }),
  record('b', { issuer: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH QUẢNG NGÃI', distribution: ['Sở Kế hoạch & Đầu tư', 'Thứ trưởng Phùng Đức Tiến'] }),
  record('c', { issuer: 'Qudc hoi' }),
  record('d', { issuer: 'Co quan, don vi ¢6 lién quan' }),
  record('e', { issuer: 'Bộ Công an', coIssuers: [{ issuer: 'Bộ Nông nghiệp và Môi trường', signature: null }], distribution: ['Cac chi dau tu'] }),
];
const issuers = (r: DocumentRecord) => [names.issuerOf(r), ...r.coIssuers.map((c) => names.label(c.issuer, names.contextOf(r)))].filter((l) => l !== null);

describe('the issuer facet', () => {
  const values = facetValues('co-quan', records, issuers);
  const label = (id: string) => values.find((v) => v.records.some((r) => r.id === id) && v.label !== null)?.label ?? null;

  it('files every spelling of a registry body under its canonical name and id', () => {
    const plan = values.find((v) => v.slug === 'so-ke-hoach-va-dau-tu-tinh-quang-ngai');
    expect(plan?.label).toBe('Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi');
    expect(plan?.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(plan?.body?.succession[0]?.type).toBe('merged-into');
    expect(label('c')).toBe('Quốc hội');
  });
  it('offers no OCR noise as a value: the document is under “chưa rõ”', () => {
    expect(label('d')).toBeNull();
    expect(values.find((v) => v.label === null)?.records.map((r) => r.id)).toEqual(['d']);
  });
  it('lists a joint document under each issuer', () => {
    expect(values.filter((v) => v.records.some((r) => r.id === 'e')).map((v) => v.label)).toEqual(['Bộ Công an', 'Bộ Nông nghiệp và Môi trường']);
  });
});

describe('the receiving agencies', () => {
  const list = agencies(records, [], names);
  const listed = list.map((a) => a.name);
  it('are canonical names, without persons or OCR noise', () => {
    expect(listed).toContain('Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi');
    expect(listed).toContain('UBND tỉnh Quảng Ngãi');
    expect(listed).toContain('Các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh');
    expect(listed.some((n) => /Võ Phiên|Phùng Đức Tiến|Cac chi dau tu/.test(n))).toBe(false);
  });
  it('are filed under the registry body id', () => {
    expect(list.find((a) => a.name === 'Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi')?.slug).toBe('so-ke-hoach-va-dau-tu-tinh-quang-ngai');
  });
});

describe('officials by their role and a district’s own offices', () => {
  const baTo = names.contextOf(record('x', { issuer: 'UBND huyện Ba Tơ', symbol: 'KH-UBND' }));
  const city = names.contextOf(record('y', { issuer: 'UBND thành phố Quảng Ngãi', symbol: 'UBND' }));
  it.each([
    ['CT, các PCT UBND huyện', baTo, 'UBND huyện Ba Tơ'],
    ['CT, PCT.UBND TP', city, 'UBND thành phố Quảng Ngãi'],
    ['Phó Chủ tịch Thường trực UBND tỉnh', city, 'UBND tỉnh Quảng Ngãi'],
    ['Thường trực HĐND tỉnh', city, 'Thường trực HĐND tỉnh Quảng Ngãi'],
    ['Phòng TC-KH TP', city, 'Phòng Tài chính – Kế hoạch thành phố Quảng Ngãi'],
    ['Văn phòng HĐND&UBND huyện', baTo, 'Văn phòng HĐND và UBND huyện Ba Tơ'],
  ])('files %j under %s', (printed, context, name) => expect(names.label(printed, context)?.name).toBe(name));

  it('offers no value for officials whose body is no one body (`Thủ trưởng các cơ quan, đơn vị liên quan`)', () => {
    expect(names.label('Thủ trưởng các cơ quan, đơn vị liên quan', city)).toBeNull();
    expect(names.label('Giám đốc các sở, ngành', city)).toBeNull();
  });
});
