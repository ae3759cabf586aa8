/**
 * Pins how printed names find their body in the registry (content/co-quan.yaml): spelling variants and OCR
 * misreadings find it, near names of other bodies never do (both ways), relative names only in their own
 * province, persons and OCR noise are told apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BodiesError, bodyDirectory, parseBodiesFile } from '../registry.ts';
import { isOcrNoise, isPerson } from '../names.ts';

const FILE = new URL('../../../../content/co-quan.yaml', import.meta.url);
const directory = bodyDirectory(parseBodiesFile(readFileSync(FILE, 'utf8'), 'content/co-quan.yaml'));
const QN = { province: 'quang ngai' };
const id = (name: string, context = {}) => directory.match(name, context)?.id ?? null;

describe('the registry file', () => {
  it('is valid and names the bodies of Quảng Ngãi before and after 1/7/2025 and the central bodies', () => {
    for (const want of ['ubnd-tinh-quang-ngai', 'ubnd-tinh-kon-tum', 'ubnd-huyen-ba-to', 'ubnd-dac-khu-ly-son', 'so-tai-chinh-tinh-quang-ngai', 'bo-chinh-tri', 'chinh-phu']) {
      expect(directory.byId.has(want), want).toBe(true);
    }
  });
  it('says what an old body became and what a body came from', () => {
    expect(directory.successors('so-ke-hoach-va-dau-tu-tinh-quang-ngai').map((s) => [s.type, s.bodies.map((b) => b.id)])).toEqual([
      ['merged-into', ['so-tai-chinh-tinh-quang-ngai']],
    ]);
    expect(directory.successors('ubnd-huyen-ba-to')[0]).toMatchObject({ type: 'dissolved', date: '2025-07-01' });
    expect(directory.predecessors('ubnd-tinh-quang-ngai').map((p) => p.bodies[0]?.id)).toContain('ubnd-tinh-kon-tum');
  });
  it.each([
    ['a duplicate id', 'bodies:\n  - { id: a, name: A, kind: nhóm }\n  - { id: a, name: B, kind: nhóm }\n', 'mã "a" ghi hai lần'],
    ['an unknown successor', 'bodies:\n  - id: a\n    name: A\n    kind: nhóm\n    succession: [{ type: renamed, to: [b], date: "2025" }]\n', 'mã "b" không có'],
    ['one spelling for two bodies', 'bodies:\n  - { id: a, name: Sở Y tế, kind: nhóm }\n  - { id: b, name: SỞ Y TẾ, kind: nhóm }\n', 'đã là tên của'],
    ['a field the schema does not know', 'bodies:\n  - { id: a, name: A, kind: nhóm, colour: red }\n', 'content/co-quan.yaml'],
  ])('rejects %s with one sentence naming the file', (_label, text, message) => {
    expect(() => parseBodiesFile(text, 'content/co-quan.yaml')).toThrow(BodiesError);
    expect(() => parseBodiesFile(text, 'content/co-quan.yaml')).toThrow(message);
  });
});

describe('matching a printed name', () => {
  it.each([
    ['UBND tỉnh Quảng Ngãi', {}, 'ubnd-tinh-quang-ngai'],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', {}, 'ubnd-tinh-quang-ngai'],
    ['Uy ban nhan dan tinh Quang Ngai', {}, 'ubnd-tinh-quang-ngai'],
    ['UBND tỉnh', QN, 'ubnd-tinh-quang-ngai'],
    ['Sở Kế hoạch và Đầu tư', QN, 'so-ke-hoach-va-dau-tu-tinh-quang-ngai'],
    ['Sở Kế hoạch & Đầu tư', QN, 'so-ke-hoach-va-dau-tu-tinh-quang-ngai'],
    ['CT, PCT UBND tỉnh', QN, 'ubnd-tinh-quang-ngai'],
    ['VPUB: CVP, PCVP (KTTH), các P.Ch/môn', QN, 'van-phong-ubnd-tinh-quang-ngai'],
    ['Thường trực Tỉnh ủy', QN, 'thuong-truc-tinh-uy-quang-ngai'],
    ['Bộ trưởng Bộ Y tế', {}, 'bo-y-te'],
    ['Bộ Nông nghiệp và PTNT', {}, 'bo-nong-nghiep-va-phat-trien-nong-thon'],
    ['THỦ TƯỚNG CHÍNH PHỦ', {}, 'thu-tuong-chinh-phu'],
  ])('%s → its body', (name, context, want) => expect(id(name, context)).toBe(want));

  it.each([
    ['S& Ké hoach va Péau tu', 'so-ke-hoach-va-dau-tu-tinh-quang-ngai'],
    ['Sở Ndi vụ', 'so-noi-vu-tinh-quang-ngai'],
    ['B Chinh tri', 'bo-chinh-tri'],
    ['Qudc hoi', 'quoc-hoi'],
    ['Tha tuéng Chinh phu', 'thu-tuong-chinh-phu'],
    ['Chinh phu', 'chinh-phu'],
  ])('the OCR reading %s → its body', (name, want) => expect(id(name, QN)).toBe(want));

  it.each([
    ['Sở Ngoại vụ', 'so-ngoai-vu-tinh-quang-ngai'],
    ['Sở Nội vụ', 'so-noi-vu-tinh-quang-ngai'],
    ['Bộ Nội vụ', 'bo-noi-vu'],
    ['Bộ Kế hoạch và Đầu tư', 'bo-ke-hoach-va-dau-tu'],
    ['Sở Kế hoạch và Đầu tư', 'so-ke-hoach-va-dau-tu-tinh-quang-ngai'],
    ['Sở Tài chính', 'so-tai-chinh-tinh-quang-ngai'],
    ['Bộ Tài chính', 'bo-tai-chinh'],
  ])('a near name is its own body, never its neighbour’s: %s', (name, want) => expect(id(name, QN)).toBe(want));

  it('never takes one near name for another when only one is in the registry', () => {
    const only = bodyDirectory(parseBodiesFile('bodies:\n  - { id: noi-vu, name: Sở Nội vụ, kind: chính quyền }\n', 'x.yaml'));
    expect(only.match('Sở Ngoại vụ')).toBeNull();
    const other = bodyDirectory(parseBodiesFile('bodies:\n  - { id: ngoai-vu, name: Sở Ngoại vụ, kind: chính quyền }\n', 'x.yaml'));
    expect(other.match('Sở Nội vụ')).toBeNull();
  });

  it('reads a relative name only in its own province', () => {
    expect(id('UBND tỉnh', { province: 'nghe an' })).toBeNull();
    expect(id('Sở Tài chính', {})).toBeNull();
    expect(id('VPUB: CVP, các PVP', { province: 'ho chi minh' })).toBeNull();
  });
});

describe('names that are not bodies', () => {
  it.each(['Đ/c Võ Phiên - PCT UBND tỉnh', 'Thứ trưởng Phùng Đức Tiến', 'PTTg Nguyễn Chí Dũng (để b/c)', 'TTr Vũ Chiến Thắng', 'Ông Nguyễn Văn A'])(
    '%s is a person',
    (name) => expect(isPerson(name)).toBe(true),
  );
  it.each(['Sở Tài chính', 'UBND huyện Ba Tơ', 'Ủy ban nhân dân các phường, xã, đặc khu', 'Thành đoàn Quảng Ngãi', 'Phòng Tài chính – Kế hoạch huyện'])(
    '%s is no person',
    (name) => expect(isPerson(name)).toBe(false),
  );
  it.each(['Cac chi dau tu', 'Co quan, don vi ¢6 lién quan', 'Céc sd, ban, nganh, don vi truc thudée UBND tinh'])('%s is OCR noise', (name) =>
    expect(isOcrNoise(name)).toBe(true),
  );
  it.each(['Sở Tài chính', 'UBND các xã, phường', 'Các cơ quan Trung ương trên địa bàn tỉnh', 'VPUB', 'Ban Quản lý Khu kinh tế Dung Quất'])('%s is clean', (name) =>
    expect(isOcrNoise(name)).toBe(false),
  );
});
