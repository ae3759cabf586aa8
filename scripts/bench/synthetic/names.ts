/**
 * Fictitious officials. Names are composed from common family, middle and given names so that no
 * synthetic document is signed by a real person; each office keeps the same holders for a
 * five-year term so that signatures repeat the way they do in a real archive.
 */
import { createRng } from './random.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Trương', 'Đinh', 'Lương', 'Tạ', 'Đoàn'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Hữu', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Phước', 'Tấn', 'Hoàng', 'Kim', 'Thành', 'Đình', 'Trung', 'Anh'];
const GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Lâm', 'Long', 'Lộc', 'Mẫn', 'Nam', 'Nghĩa',
  'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Thuận', 'Tiến', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Vinh', 'Việt', 'Yến',
];

/** FNV-1a: a stable hash of a string key (issuer, term, office). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The holder of an office (`issuer|head`, `issuer|deputy2`) during the five-year term of `year`. */
export function officialName(seed: number, office: string, year: number): string {
  const term = Math.floor((year - 2001) / 5);
  const rng = createRng(hashString(`${seed}|${office}|${term}`));
  const parts = [rng.pick(FAMILY), rng.pick(MIDDLE)];
  if (rng.chance(0.3)) parts.push(rng.pick(MIDDLE.filter((m) => m !== parts[1] && m !== 'Thị')));
  parts.push(rng.pick(GIVEN));
  return parts.join(' ');
}
