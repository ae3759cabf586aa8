/**
 * The open-data catalogue: one row per document and per instrument with every metadata field, and the
 * citation edges. Column names are documented on /du-lieu/ and in the README.
 */
import type { CitationRecord, DocumentRecord, InstrumentRecord } from '../../schemas/archive.ts';
import { toCsv } from './csv.ts';

export const CATALOGUE_COLUMNS = [
  'id', 'kind', 'title', 'citation', 'docType', 'number', 'symbol', 'numberSymbol', 'issuer', 'issuerParent', 'place',
  'date', 'datePrecision', 'subject', 'recipients', 'distribution', 'signerMarks', 'signerCapacity', 'signerName',
  'corrected', 'sourceFile', 'sourceSha256', 'url', 'cites', 'citedBy',
] as const;

export const CITATION_COLUMNS = ['from', 'to', 'relation', 'paragraph', 'printed', 'sentence'] as const;

export interface Catalogue {
  documents: DocumentRecord[];
  instruments: InstrumentRecord[];
  citations: CitationRecord[];
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

export function catalogueRows(catalogue: Catalogue, urlOf: (id: string) => string): unknown[][] {
  const cites = new Map<string, string[]>();
  const citedBy = new Map<string, string[]>();
  for (const citation of catalogue.citations) {
    cites.set(citation.from, [...(cites.get(citation.from) ?? []), citation.to]);
    citedBy.set(citation.to, [...(citedBy.get(citation.to) ?? []), citation.from]);
  }
  const held = new Set(catalogue.documents.map((document) => document.id));
  const documentRows = catalogue.documents.map((d) => [
    d.id, 'document', d.title, d.citation, d.docType, d.number, d.symbol, d.numberSymbol, d.issuer, d.issuerParent, d.place,
    d.date?.iso ?? null, d.date?.precision ?? null, d.subject, d.recipients, d.distribution, d.signature?.marks ?? [],
    d.signature?.capacity ?? null, d.signature?.name ?? null, d.corrected, d.sourceFile, d.sourceSha256, urlOf(d.id),
    distinct(cites.get(d.id) ?? []), distinct(citedBy.get(d.id) ?? []),
  ]);
  const instrumentRows = catalogue.instruments
    .filter((i) => !held.has(i.id))
    .map((i) => [
      i.id, 'instrument', i.title, i.citation, i.docType, i.number, i.symbol, i.numberSymbol, i.issuer, null, null,
      i.date?.iso ?? null, i.date?.precision ?? null, i.about[0] ?? null, [], [], [], null, null, [], null, null, urlOf(i.id),
      [], distinct(citedBy.get(i.id) ?? []),
    ]);
  return [...documentRows, ...instrumentRows];
}

export function catalogueCsv(catalogue: Catalogue, urlOf: (id: string) => string): string {
  return toCsv([...CATALOGUE_COLUMNS], catalogueRows(catalogue, urlOf));
}

export function citationsCsv(citations: CitationRecord[]): string {
  return toCsv([...CITATION_COLUMNS], citations.map((c) => [c.from, c.to, c.relation, `d${c.block}`, c.printed, c.sentence]));
}
