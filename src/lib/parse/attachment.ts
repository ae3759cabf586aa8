/**
 * The note under an attached text's title, `(Ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 12/3/2025
 * của UBND tỉnh Quảng Ngãi)`, names the document the text belongs to: the document itself. An unsigned
 * copy whose header number or day is blank takes them from the note when type and symbol agree; the
 * note is never a citation of another instrument (citations/resolve.ts).
 */
import type { Block } from '../../schemas/text.ts';
import type { ExtractedMetadata, PartialDate } from '../../schemas/metadata.ts';
import { normalizeSymbol, numberKey, tidySymbolText } from '../identity/index.ts';
import { typeFromTitle } from './doctype.ts';
import { toDate } from './date.ts';

export interface AttachedNote {
  docType: string;
  number: string | null;
  symbol: string;
  date: PartialDate | null;
}

const NOTE = new RegExp(
  String.raw`^[*\s]*\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s+(\p{L}+(?:\s+\p{L}+)?)\s+số\s*:?\s*(\d*(?:\.\d+)?)\s*\/\s*([\p{L}\d][\p{L}\d.&/-]*[\p{L}\d])` +
    String.raw`(?:\s+ngày\s+(?:(\d{0,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|(\d{0,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})))?`,
  'iu',
);

/** The notes under attached texts in the body, in order. */
export function attachedNotes(blocks: Block[]): AttachedNote[] {
  const notes: AttachedNote[] = [];
  for (const block of blocks) {
    if (block.section !== 'body') continue;
    const m = NOTE.exec(tidySymbolText(block.inlines.map((i) => i.text).join('')));
    const docType = m?.[1] ? typeFromTitle(m[1]) : null;
    if (!m || docType === null) continue;
    const [day, month, year] = m[6] ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
    notes.push({
      docType,
      number: m[2] ? m[2] : null,
      symbol: m[3] ?? '',
      date: year ? toDate(day ?? '', month ?? '', year) : null,
    });
  }
  return notes;
}

/** `2025-03` and `2025-03-12` agree; `2025-03` and `2025-04` do not. */
function agrees(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === null || b === null || a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
}

/** Fills a blank number (and the day of a month-only date) from a note naming this document. */
export function completeFromNotes(meta: ExtractedMetadata, notes: AttachedNote[]): ExtractedMetadata {
  const mine = notes.find(
    (n) =>
      (meta.docType === null || meta.docType === n.docType) &&
      (meta.symbol === null || normalizeSymbol(meta.symbol) === normalizeSymbol(n.symbol)) &&
      (meta.number === null || n.number === null || numberKey(meta.number) === numberKey(n.number)) &&
      agrees(meta.date, n.date),
  );
  if (!mine) return meta;
  const out = { ...meta };
  if (out.number === null && mine.number !== null) out.number = mine.number;
  if (out.symbol === null) out.symbol = mine.symbol;
  if (out.docType === null) out.docType = mine.docType;
  if (mine.date !== null && (out.date === null || mine.date.iso.length > out.date.iso.length)) out.date = mine.date;
  return out;
}
