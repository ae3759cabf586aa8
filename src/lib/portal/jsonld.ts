/**
 * JSON-LD for document and instrument pages: a schema.org `Legislation` node.
 *
 * Relations. Citations use CreativeWork's `citation` ("a citation or reference to another creative work"):
 * `căn cứ` (legal basis), `thực hiện` (implementing) and `theo` are neither transposition, amendment nor
 * consolidation, so the legislation-specific links do not fit them. schema.org has no inverse of
 * `citation`, so incoming citations are stated with the JSON-LD keyword `@reverse`: `"@reverse":
 * {"citation": [...]}` says "these documents cite this one" using the same property.
 *
 * Legal status (src/lib/status/): `legislationLegalForce` is `InForce` (còn hiệu lực), `PartiallyInForce`
 * (hết or ngưng hiệu lực một phần) or `NotInForce` (hết hiệu lực toàn bộ, ngưng hiệu lực, chưa có hiệu lực),
 * and absent when it is not known. Amending relations use the ELI-derived properties where one fits:
 * `legislationAmends` (sửa đổi, bổ sung, điều chỉnh), `legislationRepeals` (bãi bỏ, hủy bỏ),
 * `legislationCorrects` (đính chính) and the general `legislationChanges` (thay thế, hết hiệu lực, tạm ngưng,
 * đình chỉ); the changed side states them with `@reverse`.
 */
import type { CitationRecord, DocumentRecord, InstrumentRecord } from '../../schemas/archive.ts';
import type { ChangeRecord, StatusRecord, StatusValue } from '../../schemas/status.ts';
import { legislationProperty } from '../status/verbs.ts';

export interface LegislationInput {
  instrument: InstrumentRecord;
  /** The held document, when the archive holds the text. */
  document: DocumentRecord | null;
  url: string;
  outgoing: CitationRecord[];
  incoming: CitationRecord[];
  urlOf: (id: string) => string;
  titleOf: (id: string) => string;
  status: StatusRecord | null;
  /** Changes this instrument makes, and changes made to it (src/lib/site/status.ts). */
  changes: ChangeRecord[];
  changedBy: ChangeRecord[];
}

const LEGAL_FORCE: Partial<Record<StatusValue, string>> = {
  'con-hieu-luc': 'https://schema.org/InForce',
  'het-hieu-luc-mot-phan': 'https://schema.org/PartiallyInForce',
  'ngung-hieu-luc-mot-phan': 'https://schema.org/PartiallyInForce',
  'het-hieu-luc-toan-bo': 'https://schema.org/NotInForce',
  'ngung-hieu-luc': 'https://schema.org/NotInForce',
  'chua-co-hieu-luc': 'https://schema.org/NotInForce',
};

/** Changes by JSON-LD property, each instrument once: `{ legislationAmends: [...], legislationRepeals: [...] }`. */
function changeLinks(changes: ChangeRecord[], other: (change: ChangeRecord) => string | null, input: LegislationInput): Record<string, Json> {
  const byProperty = new Map<string, string[]>();
  for (const change of changes) {
    const id = other(change);
    if (id === null) continue;
    const property = legislationProperty(change.kind);
    byProperty.set(property, [...(byProperty.get(property) ?? []), id]);
  }
  return Object.fromEntries([...byProperty].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([property, ids]) => [property, distinct(ids).map((id) => reference(id, input))]));
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function reference(id: string, input: LegislationInput): Json {
  return { '@type': 'Legislation', '@id': input.urlOf(id), url: input.urlOf(id), name: input.titleOf(id) };
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)].sort();
}

export function legislationJsonLd(input: LegislationInput): Record<string, Json> {
  const { instrument, document } = input;
  const issuer = document?.issuer ?? instrument.issuer;
  const date = document?.date ?? instrument.date;
  const node: Record<string, Json> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': input.url,
    url: input.url,
    name: document?.subject ? `${document.title}: ${document.subject}` : instrument.officialTitle ?? instrument.title,
    inLanguage: 'vi',
  };
  const identifier = document?.numberSymbol ?? instrument.numberSymbol;
  if (identifier) node.legislationIdentifier = identifier;
  if (date) node.legislationDate = date.iso;
  if (issuer) node.legislationPassedBy = { '@type': 'Organization', name: issuer };
  const type = document?.docType ?? instrument.docType;
  if (type) node.legislationType = type;
  if (document?.subject) node.abstract = document.subject;
  node.alternateName = document?.citation ?? instrument.citation;
  if (instrument.officialUrl) node.sameAs = instrument.officialUrl;
  const cites = distinct(input.outgoing.map((citation) => citation.to));
  if (cites.length > 0) node.citation = cites.map((id) => reference(id, input));
  const force = input.status ? LEGAL_FORCE[input.status.status] : undefined;
  if (force) node.legislationLegalForce = force;
  Object.assign(node, changeLinks(input.changes, (change) => change.to, input));
  const reverse: Record<string, Json> = changeLinks(input.changedBy, (change) => change.from, input);
  const citedBy = distinct(input.incoming.map((citation) => citation.from));
  if (citedBy.length > 0) reverse.citation = citedBy.map((id) => reference(id, input));
  if (Object.keys(reverse).length > 0) node['@reverse'] = reverse;
  return node;
}

/** JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and line separators escaped so no text ends the script. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
