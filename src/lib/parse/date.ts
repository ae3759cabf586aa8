/**
 * Place and date: `Quảng Ngãi, ngày 29 tháng 10 năm 2024`. Blanks are normal in unsigned
 * copies (`ngày tháng 02 năm 2024`), and scans misread handwritten days (`ngày33`, `#3`):
 * the date keeps only the precision that was actually printed and is valid.
 */
import type { PartialDate } from '../../schemas/metadata.ts';
import { keyOf } from './lines.ts';

export interface PlaceDate {
  place: string | null;
  date: PartialDate | null;
}

/** `ngày … tháng … năm YYYY` on the folded text; the day and month slots may be blank or garbage. */
const DATE = /ngay\s*(\S*?)\s*thang\s*(\S*?)\s*nam\s*(\d{4})\b/;

export function looksLikeDateLine(text: string): boolean {
  const key = keyOf(text);
  // The header date always follows its place: `Quảng Ngãi, ngày …`. Body sentences that open
  // with `Ngày 24/7/2023,` have no place before them.
  return /,\s*ngay(?![a-z])/.test(key);
}

export function hasYear(text: string): boolean {
  return /\bnam\s*\d{4}\b/.test(keyOf(text));
}

export function parsePlaceDate(text: string): PlaceDate | null {
  const key = keyOf(text);
  const m = DATE.exec(key);
  if (!m) return null;
  const comma = key.slice(0, m.index).lastIndexOf(',');
  // Folding keeps every character in place for Vietnamese text, so offsets carry over.
  const placeText = comma >= 0 && key.length === text.length ? text.slice(0, comma).trim() : '';
  return { place: placeText === '' ? null : placeText, date: toDate(m[1] ?? '', m[2] ?? '', m[3] ?? '') };
}

export function toDate(dayText: string, monthText: string, yearText: string): PartialDate | null {
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1945 || year > 2100) return null;
  const month = /^\d{1,2}$/.test(monthText) ? Number(monthText) : NaN;
  if (!(month >= 1 && month <= 12)) return { iso: yearText, precision: 'year' };
  const mm = String(month).padStart(2, '0');
  const day = /^\d{1,2}$/.test(dayText) ? Number(dayText) : NaN;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!(day >= 1 && day <= daysInMonth)) return { iso: `${yearText}-${mm}`, precision: 'month' };
  return { iso: `${yearText}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' };
}
