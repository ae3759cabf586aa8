/**
 * Browse facets: documents grouped by type, issuer, year and signer. Values that differ only in case or
 * diacritics (`Tran Hoang Tuan`, `Trần Hoàng Tuấn`) share a slug and are one value; documents without a
 * value are grouped under `chua-ro`, so every document appears exactly once per facet.
 */
import type { DocumentRecord } from '../../schemas/archive.ts';
import { slugify, viCollator } from '../text.ts';
import type { FacetKey } from '../routes/paths.ts';

/** The slug of the bucket of documents whose value is unknown. */
export const UNKNOWN_SLUG = 'chua-ro';

export interface FacetValue {
  slug: string;
  /** The value as shown; null for the unknown bucket. */
  label: string | null;
  /** In the order given (the archive's newest-first order). */
  records: DocumentRecord[];
}

const PICK: Record<FacetKey, (record: DocumentRecord) => string | null> = {
  loai: (record) => record.docType,
  'co-quan': (record) => record.issuer,
  nam: (record) => record.date?.iso.slice(0, 4) ?? null,
  'nguoi-ky': (record) => record.signature?.name ?? null,
};

/** How many letters outside ASCII: the spelling with the most diacritics is the one shown. */
function diacritics(text: string): number {
  return [...text].filter((ch) => ch.charCodeAt(0) > 127).length;
}

/** Picks the displayed spelling among variants: most diacritics, then most frequent, then collation. */
export function preferredSpelling(variants: Map<string, number>): string {
  return [...variants].sort((a, b) => diacritics(b[0]) - diacritics(a[0]) || b[1] - a[1] || viCollator.compare(a[0], b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Every value of a facet with its documents; sorted by Vietnamese collation (years newest first), unknown last. */
export function facetValues(facet: FacetKey, records: DocumentRecord[]): FacetValue[] {
  const groups = new Map<string, { variants: Map<string, number>; records: DocumentRecord[] }>();
  for (const record of records) {
    const raw = PICK[facet](record)?.trim() || null;
    const slug = raw ? slugify(raw) || UNKNOWN_SLUG : UNKNOWN_SLUG;
    const group = groups.get(slug) ?? { variants: new Map<string, number>(), records: [] };
    if (raw && slug !== UNKNOWN_SLUG) group.variants.set(raw, (group.variants.get(raw) ?? 0) + 1);
    group.records.push(record);
    groups.set(slug, group);
  }
  const values: FacetValue[] = [...groups].map(([slug, group]) => ({
    slug,
    label: group.variants.size > 0 ? preferredSpelling(group.variants) : null,
    records: group.records,
  }));
  return values.sort((a, b) => {
    if (a.label === null || b.label === null) return a.label === null ? (b.label === null ? 0 : 1) : -1;
    if (facet === 'nam') return b.label.localeCompare(a.label);
    return viCollator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : 1);
  });
}
