/**
 * The number look-up files: /tra-cuu/so/{number}.json lists every instrument (held or cited) with that
 * number, so that a typed number finds its document exactly, with one small request, at any archive size.
 */
import { numberKey } from '../identity/index.ts';
import { symbolMatches, type NumberQuery } from './number-query.ts';
import { foldDiacritics } from '../text.ts';
import { routes } from '../routes/paths.ts';

export interface LookupEntry {
  /** Site-relative path of the page, without the base (`van-ban/57-nq-cp-2022/`). */
  path: string;
  title: string;
  numberSymbol: string | null;
  symbol: string | null;
  docType: string | null;
  issuer: string | null;
  /** Date as displayed (29/10/2024), or null. */
  date: string | null;
  /** Year of the date, for the year filter. */
  year: string | null;
  subject: string | null;
  held: boolean;
  /** Its legal status as shown (`Còn hiệu lực`, `Chưa xác định`; src/lib/site/status.ts). */
  status: string;
}

export interface LookupSource {
  id: string;
  number: string | null;
  symbol: string | null;
  docType: string | null;
  issuer: string | null;
  title: string;
  numberSymbol: string | null;
  displayDate: string | null;
  year: string | null;
  subject: string | null;
  held: boolean;
  status: string;
}

/** Groups instruments into look-up files by number key; entries sorted held first, then by title. */
export function buildLookupFiles(instruments: LookupSource[]): Map<string, LookupEntry[]> {
  const files = new Map<string, LookupEntry[]>();
  for (const instrument of instruments) {
    if (!instrument.number) continue;
    const key = numberKey(instrument.number);
    if (!key) continue;
    const list = files.get(key) ?? [];
    list.push({
      path: routes.document(instrument.id),
      title: instrument.title,
      numberSymbol: instrument.numberSymbol,
      symbol: instrument.symbol,
      docType: instrument.docType,
      issuer: instrument.issuer,
      date: instrument.displayDate,
      year: instrument.year,
      subject: instrument.subject,
      held: instrument.held,
      status: instrument.status,
    });
    files.set(key, list);
  }
  for (const list of files.values()) list.sort((a, b) => Number(b.held) - Number(a.held) || a.path.localeCompare(b.path));
  return files;
}

/** The entries of a look-up file that match a parsed query (symbol and type, when typed). */
export function matchLookup(entries: LookupEntry[], query: NumberQuery): LookupEntry[] {
  return entries.filter(
    (entry) =>
      symbolMatches(entry.symbol, query.symbolKey) &&
      (query.typeKey === null || (entry.docType !== null && foldDiacritics(entry.docType).toLowerCase() === query.typeKey)),
  );
}
