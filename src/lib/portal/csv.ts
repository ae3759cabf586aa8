/**
 * CSV as spreadsheets open it: RFC 4180 (csv-stringify), CRLF row ends, and a UTF-8 byte order mark first,
 * without which Excel reads the file as the local code page and shows Vietnamese as mojibake. A list in a
 * cell is joined with " | "; a missing value is an empty cell.
 */
import { stringify } from 'csv-stringify/sync';

export const LIST_SEPARATOR = ' | ';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return stringify([header, ...rows.map((row) => row.map(cell))], { bom: true, record_delimiter: 'windows' });
}
