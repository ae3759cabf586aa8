/**
 * Browse facets: documents grouped by type, issuer, year and signer. Values that differ only in case or
 * diacritics (`Tran Hoang Tuan`, `Trần Hoàng Tuấn`) share a slug and are one value; an issuer that is a
 * registry body is filed under the body's id, whatever its spelling; documents without a value are grouped
 * under `chua-ro`, so every document appears under at least one value (a joint document under each issuer).
 */
import type { DocumentRecord } from '../../schemas/archive.ts';
import type { Body } from '../../schemas/bodies.ts';
import type { BodyLabel } from '../site/bodies.ts';
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
  /** For an issuer that is a registry body, the body (its page shows what it became or came from). */
  body?: Body;
}

/** A facet's values of one document: usually one; a joint document has an issuer per issuing body. */
type Pick = (record: DocumentRecord) => Array<string | BodyLabel>;

const PICK: Record<FacetKey, Pick> = {
  loai: (record) => (record.docType ? [record.docType] : []),
  'co-quan': (record) => [record.issuer, ...record.coIssuers.map((c) => c.issuer)].filter((i): i is string => i !== null),
  nam: (record) => (record.date ? [record.date.iso.slice(0, 4)] : []),
  'nguoi-ky': (record) => [record.signature, ...record.coIssuers.map((c) => c.signature)].flatMap((s) => (s?.name ? [s.name] : [])),
};

/** How many letters outside ASCII: the spelling with the most diacritics is the one shown. */
function diacritics(text: string): number {
  return [...text].filter((ch) => ch.charCodeAt(0) > 127).length;
}

/** Picks the displayed spelling among variants: most diacritics, then most frequent, then collation. */
export function preferredSpelling(variants: Map<string, number>): string {
  return [...variants].sort((a, b) => diacritics(b[0]) - diacritics(a[0]) || b[1] - a[1] || viCollator.compare(a[0], b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Every value of a facet with its documents; sorted by Vietnamese collation (years newest first), unknown last.
 * `pick` replaces the facet's own reading (the issuer facet is given the registry's names, src/lib/site/bodies.ts).
 */
export function facetValues(facet: FacetKey, records: DocumentRecord[], pick: Pick = PICK[facet]): FacetValue[] {
  const groups = new Map<string, { variants: Map<string, number>; records: DocumentRecord[]; body?: Body }>();
  const add = (slug: string, record: DocumentRecord, label: string | null, body: Body | null) => {
    const group = groups.get(slug) ?? { variants: new Map<string, number>(), records: [] };
    if (label && slug !== UNKNOWN_SLUG) group.variants.set(label, (group.variants.get(label) ?? 0) + 1);
    if (body) group.body = body;
    // A document is listed once under a value, even when two of its issuers share one.
    if (group.records[group.records.length - 1] !== record) group.records.push(record);
    groups.set(slug, group);
  };
  for (const record of records) {
    const values = pick(record).flatMap((v) => {
      const label = (typeof v === 'string' ? v : v.name).trim();
      const slug = slugify(label);
      return label && slug ? [{ label, slug, body: typeof v === 'string' ? null : v.body }] : [];
    });
    if (values.length === 0) add(UNKNOWN_SLUG, record, null, null);
    for (const v of values) add(v.body ? v.body.id : v.slug, record, v.label, v.body);
  }
  const values: FacetValue[] = [...groups].map(([slug, group]) => ({
    slug,
    label: group.variants.size > 0 ? preferredSpelling(group.variants) : null,
    records: group.records,
    ...(group.body ? { body: group.body } : {}),
  }));
  return values.sort((a, b) => {
    if (a.label === null || b.label === null) return a.label === null ? (b.label === null ? 0 : 1) : -1;
    if (facet === 'nam') return b.label.localeCompare(a.label);
    return viCollator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : 1);
  });
}
