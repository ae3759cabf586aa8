/**
 * Issuing bodies are printed in capitals (`ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI`); the archive shows
 * them in the conventional written form (`UBND tỉnh Quảng Ngãi`). Vietnamese capitalizes the
 * head of a body's name and each coordinated field (`Sở Kế hoạch và Đầu tư`, `Bộ Văn hóa, Thể thao
 * và Du lịch`), and every word of a place name after its administrative level (`tỉnh Quảng Ngãi`).
 */
import { foldDiacritics } from './text.ts';

/** Heads whose written form is fixed, longest first so `văn phòng chính phủ` wins over `văn phòng`. */
const FIXED: [string, string][] = [
  ['ủy ban nhân dân', 'UBND'],
  ['uỷ ban nhân dân', 'UBND'],
  ['ubnd', 'UBND'],
  ['hội đồng nhân dân', 'HĐND'],
  ['hđnd', 'HĐND'],
  ['văn phòng chính phủ', 'Văn phòng Chính phủ'],
  ['thủ tướng chính phủ', 'Thủ tướng Chính phủ'],
  ['chính phủ', 'Chính phủ'],
  ['quốc hội', 'Quốc hội'],
  ['văn phòng quốc hội', 'Văn phòng Quốc hội'],
  ['ban chấp hành trung ương', 'Ban Chấp hành Trung ương'],
  ['bộ chính trị', 'Bộ Chính trị'],
  ['tỉnh ủy', 'Tỉnh ủy'],
  ['tỉnh uỷ', 'Tỉnh ủy'],
  ['thành ủy', 'Thành ủy'],
  ['huyện ủy', 'Huyện ủy'],
  ['kho bạc nhà nước', 'Kho bạc Nhà nước'],
  ['ngân hàng nhà nước', 'Ngân hàng Nhà nước'],
  ['bảo hiểm xã hội', 'Bảo hiểm xã hội'],
  ['cục thuế', 'Cục Thuế'],
  ['thuế', 'Thuế'],
];

/** Heads followed by a name whose first word (and each coordinated word) is capitalized. */
const HEADS = [
  'tổng cục', 'cục', 'bộ', 'sở', 'vụ', 'văn phòng', 'ban', 'phòng', 'trung tâm', 'ủy ban', 'uỷ ban',
  'viện', 'học viện', 'công an', 'bộ chỉ huy', 'đài', 'báo', 'thanh tra', 'chi cục', 'hội',
];

/** Administrative levels: what follows is a place name, title-cased word by word. */
const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'tp.'];

/** The written forms after which the level of a people's council or committee follows. */
const COUNCILS = new Set(['UBND', 'HĐND']);

/** Abbreviations kept in capitals inside a name. */
const ABBREVIATIONS = new Set(['UBND', 'HĐND', 'MTTQ', 'TW', 'TP.', 'TTHC', 'CNTT', 'KBNN', 'BHXH']);

export function canonicalIssuerName(printed: string): string {
  const squashed = printed.replace(/[\s\u00a0]+/g, ' ').trim().replace(/[,.;:]+$/, '');
  const hasLower = /\p{Ll}/u.test(squashed.replace(/\bTP\./g, ''));
  if (hasLower) return squashed.replace(/^(Ủy|Uỷ) ban nhân dân\b/i, 'UBND');
  const words = squashed.split(' ');
  const lower = words.map((w) => w.toLocaleLowerCase('vi'));
  const out: string[] = [];
  let i = 0;
  let mode: 'name-start' | 'name' | 'place' = 'name-start';
  while (i < lower.length) {
    // Fixed heads are matched without diacritics: a scan's `ÚY BAN NHÂN DÂN` is still `UBND` (no other
    // body's name folds to these phrases).
    const fixed = matchAt(lower, i, FIXED.map(([k]) => k), true);
    if (fixed > 0 && mode !== 'place') {
      const phrase = foldDiacritics(lower.slice(i, i + fixed).join(' '));
      out.push(FIXED.find(([k]) => foldDiacritics(k) === phrase)?.[1] ?? phrase);
      i += fixed;
      mode = 'name-start';
      continue;
    }
    // After `UBND` / `HĐND` comes the level of the council or committee, so there `TÍNH` (a scan's misread
    // mark) is `tỉnh`; elsewhere a level is matched as printed (`ĐỊA PHƯƠNG` is no `phường`).
    const afterCouncil = out.length > 0 && COUNCILS.has(out[out.length - 1]!);
    const level = matchAt(lower, i, LEVELS, afterCouncil);
    if (level > 0 && i > 0 && !isXaHoi(lower, i) && i + level < lower.length) {
      const printed = lower.slice(i, i + level).join(' ');
      out.push(LEVELS.find((known) => foldDiacritics(known) === foldDiacritics(printed)) ?? printed);
      i += level;
      mode = 'place';
      continue;
    }
    const head = out.length === 0 ? matchAt(lower, i, HEADS) : 0;
    if (head > 0) {
      out.push(capitalize(lower.slice(i, i + head).join(' ')));
      i += head;
      mode = 'name-start';
      continue;
    }
    const original = words[i] ?? '';
    const word = lower[i] ?? '';
    if (ABBREVIATIONS.has(original)) out.push(original);
    else if (mode === 'place' || mode === 'name-start') out.push(capitalize(word));
    else out.push(word);
    if (mode === 'name-start') mode = 'name';
    // A coordinated field starts after `và`, a comma or a dash: `Kế hoạch và Đầu tư`.
    if (mode === 'name' && (word === 'và' || /[,–-]$/.test(word) || word === '-' || word === '–')) mode = 'name-start';
    i++;
  }
  return out.join(' ');
}

function matchAt(words: string[], at: number, phrases: string[], folded = false): number {
  const same = folded ? (a: string | undefined, b: string) => a !== undefined && foldDiacritics(a) === foldDiacritics(b) : (a: string | undefined, b: string) => a === b;
  let best = 0;
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    if (parts.length > best && parts.every((p, k) => same(words[at + k], p))) best = parts.length;
  }
  return best;
}

/** `xã hội` is a field (`Lao động - Thương binh và Xã hội`), not the commune level. */
function isXaHoi(words: string[], at: number): boolean {
  return words[at] === 'xã' && words[at + 1] === 'hội';
}

function capitalize(word: string): string {
  const first = word.charAt(0);
  return first.toLocaleUpperCase('vi') + word.slice(1);
}
