/**
 * How far an issuer's name reaches after `của` (`… của Bộ Xây dựng về …`, `… của Ban Chấp hành Trung ương
 * Đảng khóa XIII về …`, `… của Chính phủ sửa đổi …`). A body's name is capitalized words and the few
 * lower-case words Vietnamese writes inside bodies' names (`Bộ Xây dựng`, `Ủy ban nhân dân tỉnh`, `Văn
 * phòng Chính phủ`); any other lower-case word is the clause going on. Works on the folded view (fold.ts)
 * and reads case and diacritics from the original, since `tại` ends a name where `vận tải` does not.
 */
import { type FoldedText, isUpperAt, originalSlice } from './fold.ts';
import { NAMED_TYPES, TYPE_ALTERNATION } from './patterns.ts';
import { isVietnameseSyllable } from '../vietnamese/syllables.ts';

/** Lower-case words inside bodies' names, folded (`Bộ Giao thông vận tải`, `Viện kiểm sát nhân dân tối cao`). */
const NAME_WORDS = new Set(
  (
    'tinh thanh pho huyen xa thi tran phuong quan dac khu nhan dan uy ban hoi dong nghi lan thu khoa ' +
    'vu truc su can dang bo tuong phu tich truong doc tri chap hanh uong trung chinh quoc gia hoi ' +
    'nong nghiep thon phat trien moi tai nguyen dau tu xay dung chuc phong hoc nghe cong an dao tao duc ' +
    'giao ngoai phap thuong binh lao dong the thao du lich hoa van truyen thong tin toc ton ' +
    'quan su bien kiem sat toi cao nha nuoc khu vuc co so dai bieu giam nguyen thanh nien phu nu ' +
    'mat tran to chien cuu te kinh sau bay tam chin muoi mot hai ba tu nam nhat'
  ).split(' '),
);
/** Words spelled like name words that are not: `tại`, `từ`, `số`, `có`, `về`, `do`, `là`, `cho`, `năm` (a year). */
const NOT_NAME = new Set(['thì', 'tại', 'từ', 'số', 'có', 'về', 'do', 'là', 'cho', 'năm', 'hoặc', 'đã', 'nêu', 'trên', 'sau', 'theo', 'quản', 'dẫn', 'bản']);
/** Folded words that, without their diacritics (OCR), are too often one of NOT_NAME to count as name words. */
const AMBIGUOUS_BARE = new Set(['tai', 'tu', 'so', 'co', 'nam', 'sau']);
/** Two-word verbs and phrases that end a name even where each word could be part of one. */
const STOP_PAIRS = /^(?:ban hanh|quy dinh|huong dan|phe duyet|thuc hien|trien khai|sua doi|bo sung|lam viec|ve viec|chi dao|cong bo)\b/;
const TYPE_AHEAD = new RegExp(String.raw`(?:${TYPE_ALTERNATION})\b`, 'y');
const AND_BODY = new RegExp(String.raw`va\s+(?!(?:${TYPE_ALTERNATION}|${NAMED_TYPES})\b)`, 'y');

/** The original word at folded [start, start + length), lower-cased. */
function originalWord(f: FoldedText, start: number, length: number): string {
  return originalSlice(f, start, start + length).normalize('NFC').toLowerCase();
}

/**
 * OCR spoils the small words of a name (`Ban cén su dang`, `Tinh ty`, `Tinh iy` for `Tỉnh ủy`): a short word
 * that is no Vietnamese syllable, or a short word ending in `y` after a committee's level, is still the name's.
 */
function isDamagedNameWord(f: FoldedText, start: number, folded: string, previous: string): boolean {
  const original = originalWord(f, start, folded.length);
  if (/^[a-z]{1,4}$/.test(folded) && /\p{L}/u.test(original) && !isVietnameseSyllable(original)) return true;
  // A longer damaged word counts when the name plainly goes on after it (`Tha tuéng Chinh phu`).
  if (/^[a-z]{5,7}$/.test(folded) && !isVietnameseSyllable(original)) {
    const next = /\s+(\S)/y;
    next.lastIndex = start + folded.length;
    if (next.exec(f.folded) && isUpperAt(f, next.lastIndex - 1)) return true;
  }
  return /^(?:tinh|thanh|huyen)$/.test(previous) && /^[a-z0-9]{1,2}y$/.test(folded);
}

function isNameWord(f: FoldedText, start: number, folded: string): boolean {
  if (!NAME_WORDS.has(folded)) return false;
  const original = originalWord(f, start, folded.length);
  if (NOT_NAME.has(original)) return false;
  // Without diacritics (OCR, typed ASCII) `tai` may be `tại`: not a name word then.
  return !(original === folded && AMBIGUOUS_BARE.has(folded));
}

/** Level words: in capitals (a title) the words after one are a place's name. */
const LEVELS = new Set(['tinh', 'pho', 'huyen', 'xa', 'phuong', 'quan', 'tran', 'khu']);

/** A word printed in capitals (`VỀ`, `CHÍNH`): its case says nothing about whether it is a name's. */
function isCapitals(f: FoldedText, start: number, length: number): boolean {
  const text = originalSlice(f, start, start + length);
  return length >= 2 && /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Reads an issuer's words from folded offset `at`; returns its folded end (== at when none). */
export function readIssuerName(f: FoldedText, at: number): number {
  const word = /(\S+?)([,;.:)*”"']*)(?=\s|$)/y;
  let end = at;
  let pos = at;
  let place = false;
  let previousCapitals = false;
  let previous = '';
  for (let count = 0; count < 16; count++) {
    const gap = /\s*/y;
    gap.lastIndex = pos;
    gap.exec(f.folded);
    const start = gap.lastIndex;
    word.lastIndex = start;
    const m = word.exec(f.folded);
    if (!m?.[1] || m[1].startsWith('(')) break;
    const w = m[1];
    let upper = isUpperAt(f, start) || /^\d/.test(w);
    // Inside a run of capitals (a title), read a word as lower case: `… CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC …` stops at `VỀ`.
    const capitals = isCapitals(f, start, w.length);
    if (count > 0 && upper && capitals && previousCapitals && !/^[ivxlc]+$/.test(w)) {
      if (STOP_PAIRS.test(f.folded.slice(start, start + 20))) break;
      upper = isNameWord(f, start, w) || (place && !NOT_NAME.has(originalWord(f, start, w.length)) && !STOP_PAIRS.test(f.folded.slice(start, start + 20)));
      if (!upper) break;
    }
    if (count === 0 && !upper) break;
    if (!upper && STOP_PAIRS.test(f.folded.slice(start, start + 20))) break;
    if ((w === '-' || w === '–') && count > 0) {
      // `giữa Sở Nông nghiệp và Môi trường - Sở Xây dựng`: a second body after a dash.
      const next = /\s*/y;
      next.lastIndex = start + 1;
      next.exec(f.folded);
      if (!isUpperAt(f, next.lastIndex)) break;
      pos = start + m[0].length;
      continue;
    }
    if (w === 'va') {
      // `Sở Kế hoạch và Đầu tư`, `Bộ Công an và Bộ Nông nghiệp…` go on; `của Chính phủ và Chương trình số …` does not.
      AND_BODY.lastIndex = start;
      if (!AND_BODY.exec(f.folded) || !isUpperAt(f, AND_BODY.lastIndex)) break;
    } else if (!upper && !isNameWord(f, start, w) && !isDamagedNameWord(f, start, w, previous)) break;
    TYPE_AHEAD.lastIndex = start;
    if (count > 0 && upper && TYPE_AHEAD.test(f.folded)) break;
    end = start + w.length;
    pos = start + m[0].length;
    place ||= LEVELS.has(w);
    previous = w;
    previousCapitals = capitals;
    if (m[2] !== '') break;
  }
  return end;
}
