/** Citation text: how pages and citations name an instrument (`Công văn số 5817/UBND-KTTH ngày 29/10/2024 của …`). */
import type { PartialDate } from '../../schemas/metadata.ts';
import type { IdentityParts } from './ids.ts';
import { formatNumberSymbol } from './number-symbol.ts';

/** `dd/mm/yyyy`, `mm/yyyy` or `yyyy` by precision. */
export function formatDate(date: PartialDate): string {
  return date.iso.split('-').reverse().join('/');
}

type Citable = Pick<IdentityParts, 'docType' | 'number' | 'symbol' | 'name' | 'date'>;

/** `Nghị quyết 57/NQ-CP`; blank number: `Kế hoạch …/KH-UBND (04/2024)`; unnumbered: the name. */
export function shortCitation(i: Citable): string {
  if (i.symbol === null) return i.name ?? i.docType ?? 'Văn bản';
  const ns = `${i.docType ?? 'Văn bản'} ${formatNumberSymbol(i.number, i.symbol)}`;
  return i.number === null && i.date !== null ? `${ns} (${formatDate(i.date)})` : ns;
}

/** `Công văn số 5817/UBND-KTTH ngày 29/10/2024 của UBND tỉnh Quảng Ngãi`. */
export function fullCitation(i: Citable & { issuer: string | null }): string {
  const head =
    i.symbol === null ? (i.name ?? i.docType ?? 'Văn bản') : `${i.docType ?? 'Văn bản'} số ${formatNumberSymbol(i.number, i.symbol)}`;
  const date = i.date === null ? '' : ` ${i.date.precision === 'day' ? 'ngày' : i.date.precision === 'month' ? 'tháng' : 'năm'} ${formatDate(i.date)}`;
  return `${head}${date}${i.issuer === null ? '' : ` của ${i.issuer}`}`;
}
