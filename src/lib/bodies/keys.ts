/**
 * The key a body's names meet on: no diacritics, lower case, `Ủy ban nhân dân` read as `UBND`, `Hội đồng nhân
 * dân` as `HĐND`, `TP.` as `thành phố`, punctuation gone. `Sở Kế hoạch & Đầu tư`, `SỞ KẾ HOẠCH VÀ ĐẦU TƯ` and
 * `So Ke hoach va Dau tu` have one key.
 */
import { foldDiacritics } from '../text.ts';

export function nameKey(name: string): string {
  return ` ${foldDiacritics(name.normalize('NFC')).toLowerCase()} `
    // `HĐND&UBND`, `Báo & PT` join two names; `S&` is how a scan reads `Sở`.
    .replace(/(?<=\p{L}{2}|\s)&(?=\s|\p{L}{2})/gu, ' va ')
    .replace(/\btp\.\s*/g, 'thanh pho ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/ u[yi] ban nhan dan /g, ' ubnd ')
    .replace(/ hoi dong nhan dan /g, ' hdnd ')
    .replace(/ tp /g, ' thanh pho ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a local body is: the level it names and the place after it. */
export interface Place {
  level: 'tinh' | 'huyen';
  place: string;
}

/**
 * The key of a local body's name without its place, as its own province's (or district's) documents write it:
 * `ubnd tinh quang ngai` → `ubnd tinh`, `so tai chinh tinh quang ngai` → `so tai chinh`, `tinh uy quang ngai` →
 * `tinh uy`, `ubnd huyen ba to` → `ubnd huyen`.
 */
export function relativeForm(key: string): { relative: string; at: Place } | null {
  const party = /^(.*\b(?:tinh|thanh|huyen) uy) ([a-z']+(?: [a-z']+){0,2})$/.exec(key);
  if (party?.[1] && party[2]) return { relative: party[1], at: { level: party[1].endsWith('huyen uy') ? 'huyen' : 'tinh', place: party[2] } };
  const m = /^(.*?)( tinh| huyen| thanh pho| thi xa) ([a-z']+(?: [a-z']+){0,2})$/.exec(key);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const level = m[2] === ' tinh' ? 'tinh' : 'huyen';
  // UBND, HĐND and their offices keep the level word (`UBND tỉnh`); a department drops it (`Sở Tài chính`).
  const keepsLevel = /(?:^|\s)(?:ubnd|hdnd)$/.test(m[1]) || level === 'huyen';
  return { relative: keepsLevel ? `${m[1]}${m[2]}` : m[1], at: { level, place: m[3] } };
}
