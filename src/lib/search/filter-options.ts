/**
 * The values of the search filters, computed at build time from the archive so that the search page
 * ships them in its HTML: no filter index has to be downloaded before the first search. The values are
 * exactly those SearchMeta.astro gives Pagefind (type, issuer, year; the scope is the index searched).
 */
import type { InstrumentRecord } from '../../schemas/archive.ts';
import { viCollator } from '../text.ts';

export interface FilterOptions { loai: string[]; 'co-quan': string[]; nam: string[] }

/** `issuerOf` names an instrument's issuer as the filter does (the registry's canonical name), null for none. */
export function searchFilterOptions(
  instruments: InstrumentRecord[],
  issuerOf: (instrument: InstrumentRecord) => string | null = (instrument) => instrument.issuer,
): FilterOptions {
  const types = new Set<string>();
  const issuers = new Set<string>();
  const years = new Set<string>();
  for (const instrument of instruments) {
    if (instrument.docType) types.add(instrument.docType);
    const issuer = issuerOf(instrument);
    if (issuer) issuers.add(issuer);
    if (instrument.date) years.add(instrument.date.iso.slice(0, 4));
  }
  const sorted = (values: Set<string>) => [...values].sort(viCollator.compare);
  return { loai: sorted(types), 'co-quan': sorted(issuers), nam: [...years].sort().reverse() };
}
