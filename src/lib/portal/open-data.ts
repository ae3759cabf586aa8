/**
 * The open-data catalogue: one row per document and per instrument with every metadata field and its legal
 * status, the citation edges and the amending relations. The columns and their descriptions are the row schemas of src/schemas/open-data.ts
 * (shown on /du-lieu/ and in datapackage.json); every row is validated against them before it is written.
 */
import type { CitationRecord, DocumentRecord, InstrumentRecord } from '../../schemas/archive.ts';
import { catalogueRowSchema, changeRowSchema, citationRowSchema, type CatalogueRow, type ChangeRow, type CitationRow } from '../../schemas/open-data.ts';
import type { ChangeRecord, StatusRecord } from '../../schemas/status.ts';
import { paragraphAnchor } from '../routes/paths.ts';
import { toCsv } from './csv.ts';

export const CATALOGUE_COLUMNS = catalogueRowSchema.keyof().options;
export const CITATION_COLUMNS = citationRowSchema.keyof().options;
export const CHANGE_COLUMNS = changeRowSchema.keyof().options;

export interface Catalogue {
  documents: DocumentRecord[];
  instruments: InstrumentRecord[];
  citations: CitationRecord[];
  /** Legal status by instrument id, and every amending relation (src/lib/site/status.ts). */
  statuses: Map<string, StatusRecord>;
  changes: ChangeRecord[];
}

type StatusColumns = Pick<CatalogueRow, 'legalStatus' | 'legalStatusSince' | 'inForceFrom' | 'inForceUntil' | 'changedBy' | 'changes'>;

/** The status columns of one instrument's row. */
function statusColumnsOf(catalogue: Catalogue): (id: string) => StatusColumns {
  const changedBy = new Map<string, string[]>();
  const changes = new Map<string, string[]>();
  for (const change of catalogue.changes) {
    if (change.from === null) continue;
    changedBy.set(change.to, [...(changedBy.get(change.to) ?? []), change.from]);
    changes.set(change.from, [...(changes.get(change.from) ?? []), change.to]);
  }
  return (id) => {
    const status = catalogue.statuses.get(id);
    return {
      legalStatus: status?.status ?? 'chua-xac-dinh', legalStatusSince: status?.since?.iso ?? null, inForceFrom: status?.inForceFrom?.iso ?? null,
      inForceUntil: status?.inForceUntil?.iso ?? null, changedBy: distinct(changedBy.get(id) ?? []), changes: distinct(changes.get(id) ?? []),
    };
  };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

export function catalogueRows(catalogue: Catalogue, urlOf: (id: string) => string): CatalogueRow[] {
  const cites = new Map<string, string[]>();
  const citedBy = new Map<string, string[]>();
  for (const citation of catalogue.citations) {
    cites.set(citation.from, [...(cites.get(citation.from) ?? []), citation.to]);
    citedBy.set(citation.to, [...(citedBy.get(citation.to) ?? []), citation.from]);
  }
  const statusColumns = statusColumnsOf(catalogue);
  const held = new Set(catalogue.documents.map((document) => document.id));
  const documentRows = catalogue.documents.map((d): CatalogueRow => ({
    id: d.id, kind: 'document', title: d.title, citation: d.citation, docType: d.docType, number: d.number, symbol: d.symbol,
    numberSymbol: d.numberSymbol, issuer: d.issuer, issuerParent: d.issuerParent, place: d.place,
    date: d.date?.iso ?? null, datePrecision: d.date?.precision ?? null, subject: d.subject, recipients: d.recipients,
    distribution: d.distribution, signerMarks: d.signature?.marks ?? [], signerCapacity: d.signature?.capacity ?? null,
    signerName: d.signature?.name ?? null, corrected: d.corrected, sourceFile: d.sourceFile, sourceSha256: d.sourceSha256,
    url: urlOf(d.id), cites: distinct(cites.get(d.id) ?? []), citedBy: distinct(citedBy.get(d.id) ?? []), ...statusColumns(d.id),
  }));
  const instrumentRows = catalogue.instruments
    .filter((i) => !held.has(i.id))
    .map((i): CatalogueRow => ({
      id: i.id, kind: 'instrument', title: i.title, citation: i.citation, docType: i.docType, number: i.number, symbol: i.symbol,
      numberSymbol: i.numberSymbol, issuer: i.issuer, issuerParent: null, place: null,
      date: i.date?.iso ?? null, datePrecision: i.date?.precision ?? null, subject: i.about[0] ?? null, recipients: [],
      distribution: [], signerMarks: [], signerCapacity: null, signerName: null, corrected: [], sourceFile: null, sourceSha256: null,
      url: urlOf(i.id), cites: [], citedBy: distinct(citedBy.get(i.id) ?? []), ...statusColumns(i.id),
    }));
  return [...documentRows, ...instrumentRows].map((row) => catalogueRowSchema.parse(row));
}

export function citationRows(citations: CitationRecord[]): CitationRow[] {
  return citations.map((c) =>
    citationRowSchema.parse({ from: c.from, to: c.to, relation: c.relation, paragraph: paragraphAnchor(c.block), printed: c.printed, sentence: c.sentence }),
  );
}

export function changeRows(changes: ChangeRecord[]): ChangeRow[] {
  return changes.map((c) =>
    changeRowSchema.parse({
      from: c.from, to: c.to, kind: c.kind, part: c.part, byPart: c.byPart, effective: c.effective?.iso ?? null, reported: String(c.reported),
      document: c.evidence.document, paragraph: paragraphAnchor(c.evidence.block), sentence: c.evidence.sentence,
    }),
  );
}

/** Rows as CSV in the schema's column order. */
function csvOf<Row extends Record<string, unknown>>(columns: readonly string[], rows: Row[]): string {
  return toCsv([...columns], rows.map((row) => columns.map((column) => row[column])));
}

export function catalogueCsv(catalogue: Catalogue, urlOf: (id: string) => string): string {
  return csvOf(CATALOGUE_COLUMNS, catalogueRows(catalogue, urlOf));
}

export function citationsCsv(citations: CitationRecord[]): string {
  return csvOf(CITATION_COLUMNS, citationRows(citations));
}

export function changesCsv(changes: ChangeRecord[]): string {
  return csvOf(CHANGE_COLUMNS, changeRows(changes));
}
