/**
 * JSON-LD for document and instrument pages: a schema.org `Legislation` node.
 *
 * Relations. schema.org's legislation-specific links (`legislationApplies`, `legislationTransposes`,
 * `legislationChanges`/`legislationAmends`, `legislationConsolidates`) state transposition, amendment or
 * consolidation; none of them is what `căn cứ` (legal basis), `thực hiện` (implementing) or `theo` mean in
 * these documents, so they are not used. Outgoing citations use CreativeWork's `citation` ("a citation or
 * reference to another creative work"). schema.org has no inverse of `citation`, so incoming citations are
 * stated with the JSON-LD keyword `@reverse`: `"@reverse": {"citation": [...]}` says "these documents cite
 * this one" using the same property, with no invented vocabulary.
 */
import type { CitationRecord, DocumentRecord, InstrumentRecord } from '../../schemas/archive.ts';

export interface LegislationInput {
  instrument: InstrumentRecord;
  /** The held document, when the archive holds the text. */
  document: DocumentRecord | null;
  url: string;
  outgoing: CitationRecord[];
  incoming: CitationRecord[];
  urlOf: (id: string) => string;
  titleOf: (id: string) => string;
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
  const citedBy = distinct(input.incoming.map((citation) => citation.from));
  if (citedBy.length > 0) node['@reverse'] = { citation: citedBy.map((id) => reference(id, input)) };
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
