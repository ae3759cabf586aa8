/**
 * Names that are not bodies: a person (`Đ/c Võ Phiên - PCT UBND tỉnh`, `Thứ trưởng Phùng Đức Tiến`), or OCR
 * noise (`Cac chi dau tu`, `Co quan, don vi ¢6 lién quan`). Shown as printed where printed, never offered as a
 * value to browse or filter by.
 */
import { syllableCounts } from '../vietnamese/syllables.ts';
import { foldDiacritics } from '../text.ts';

/** Common Vietnamese family names: a personal name after a role begins with one. */
const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam phung mai to truong ha dao cao luong chu thai ta van quach tong lai tieu khuat kieu'.split(' '),
);
const ADDRESS = /^(?:đ\/c|đ\/ c|đồng chí|đc|ông|bà|anh|chị)\s/iu;
/** An official's role (`CT, các PCT UBND huyện`, `Thủ trưởng các cơ quan`): a person, whose body is matched first. */
const ROLE_LEAD = /^(?:cac )?(?:(?:pho )?chu tich|ct|pct|(?:pho )?giam doc|thu truong|bo truong|chanh van phong|cvp|pcvp|(?:pho )?truong (?:ban|phong)|(?:pho )?bi thu)\b/;

export function isPerson(name: string): boolean {
  const text = name.normalize('NFC').trim().replace(/\s*\([^)]*\)\s*$/, '');
  if (ADDRESS.test(text)) return true;
  if (ROLE_LEAD.test(foldDiacritics(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim())) return true;
  // A role then a personal name: `PTTg Nguyễn Chí Dũng`, `TTr Vũ Chiến Thắng`, `Thứ trưởng Phùng Đức Tiến`.
  const words = text.split(/\s+/);
  for (let i = 1; i + 1 < words.length; i++) {
    const tail = words.slice(i);
    if (tail.length > 4 || !SURNAMES.has(foldDiacritics(tail[0] ?? '').toLowerCase())) continue;
    if (tail.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return true;
  }
  return false;
}

/**
 * OCR noise: words that are not Vietnamese syllables, or a name written without a single diacritic where
 * Vietnamese words need them (`Cac chi dau tu` for `Các chủ đầu tư`).
 */
export function isOcrNoise(name: string): boolean {
  const { words, valid } = syllableCounts(name);
  if (words === 0) return false;
  if (valid / words < 0.75) return true;
  // A sign or figure inside a word (`¢6`, `d1a`) is what a scan makes of a letter.
  if (valid < words && /(?:^|\s)\S*(?:\p{L}\d|\d\p{L}|[¢£¥§©®µ¶])\S*(?=\s|$)/u.test(name)) return true;
  const lower = name.split(/\s+/).filter((w) => /^\p{Ll}{2,}$/u.test(w));
  return lower.length >= 2 && lower.every((w) => foldDiacritics(w) === w) && foldDiacritics(name) === name;
}
