/**
 * The ingest pipeline: sources → decoded text → parsed documents (+ editor corrections) → identity →
 * citations resolved across the archive → one MDX per document and JSON data for instruments and
 * citations, validated against the schemas and written atomically.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  citationSchema,
  documentSchema,
  instrumentSchema,
  type CitationRecord,
  type DocumentRecord,
  type InstrumentRecord,
} from '../../schemas/archive.ts';
import { resolveCitations } from '../citations/resolve.ts';
import { loadInstrumentsFile, type InstrumentsFile } from '../citations/editorial.ts';
import { documentId, formatNumberSymbol, fullCitation, shortCitation } from '../identity.ts';
import { blocksToMdast, type RefSpan } from '../mdx/blocks-to-mdast.ts';
import { serializeMdx } from '../mdx/serialize.ts';
import { parseDocument } from '../parse/index.ts';
import { slugify } from '../text.ts';
import type { Block, ExtractedMetadata, Instrument } from '../types.ts';
import { applyCorrection, loadCorrections } from './corrections.ts';
import { IngestError } from './errors.ts';
import { readSources } from './sources.ts';
import { writeFolderAtomically } from './write.ts';

export interface IngestPaths {
  sources: string;
  corrections: string;
  instruments: string;
  out: string;
}

export interface IngestSummary {
  documents: number;
  instruments: number;
  citations: number;
  /** Per document id: metadata fields still unknown. */
  missing: Record<string, string[]>;
  milliseconds: number;
}

export function defaultPaths(root: string): IngestPaths {
  return {
    sources: path.join(root, 'content/sources'),
    corrections: path.join(root, 'content/corrections'),
    instruments: path.join(root, 'content/instruments.yaml'),
    out: path.join(root, 'content/generated'),
  };
}

interface HeldDocument {
  id: string;
  sourceName: string;
  sha256: string;
  metadata: ExtractedMetadata;
  blocks: Block[];
  corrected: DocumentRecord['corrected'];
  correctionFile: string | null;
  correctionNote: string | null;
}

const METADATA_FIELDS = ['issuer', 'number', 'symbol', 'docType', 'place', 'date', 'subject', 'recipients', 'distribution', 'signature'] as const;

function missingFields(metadata: ExtractedMetadata): string[] {
  return METADATA_FIELDS.filter((field) => {
    const value = metadata[field];
    return value === null || (Array.isArray(value) && value.length === 0);
  });
}

async function loadEditorial(file: string): Promise<InstrumentsFile | undefined> {
  if (!existsSync(file)) return undefined;
  return loadInstrumentsFile(await readFile(file, 'utf8'), path.relative(process.cwd(), file) || file);
}

/** Gives every held document its identity id; a document whose identity is too thin falls back to its file name. */
function assignIds(documents: Omit<HeldDocument, 'id'>[], explicit: Map<string, string | null>): HeldDocument[] {
  const seen = new Map<string, string>();
  return documents.map((document) => {
    const known = document.metadata.number !== null || document.metadata.date !== null;
    const id = explicit.get(document.sourceName) ?? (known ? documentId(document.metadata) : `khong-ro-${slugify(document.sourceName.replace(/\.[^.]+$/, ''))}`);
    const previous = seen.get(id);
    if (previous) {
      throw new IngestError(
        `content/sources/${document.sourceName}: có cùng định danh "${id}" với ${previous}; hãy ghi "id:" riêng trong tệp sửa content/corrections/ của một trong hai văn bản.`,
      );
    }
    seen.set(id, `content/sources/${document.sourceName}`);
    return { ...document, id };
  });
}

function instrumentRecord(instrument: Instrument, editorial: InstrumentsFile | undefined): InstrumentRecord {
  const entry = editorial?.entries[instrument.id];
  return instrumentSchema.parse({
    id: instrument.id,
    title: shortCitation(instrument),
    citation: fullCitation(instrument),
    docType: instrument.docType,
    number: instrument.number,
    symbol: instrument.symbol,
    numberSymbol: instrument.symbol || instrument.number ? formatNumberSymbol(instrument.number, instrument.symbol) : null,
    issuer: instrument.issuer,
    date: instrument.date,
    name: instrument.name,
    about: instrument.about,
    held: instrument.held,
    officialTitle: entry?.title ?? null,
    officialUrl: entry?.url ?? null,
  });
}

function documentRecord(document: HeldDocument): DocumentRecord {
  const { metadata } = document;
  const identity = { ...metadata, name: null };
  return documentSchema.parse({
    id: document.id,
    title: shortCitation(identity),
    citation: fullCitation(identity),
    sourceFile: document.sourceName,
    sourceSha256: document.sha256,
    issuer: metadata.issuer,
    issuerParent: metadata.issuerParent,
    number: metadata.number,
    symbol: metadata.symbol,
    numberSymbol: metadata.symbol || metadata.number ? formatNumberSymbol(metadata.number, metadata.symbol) : null,
    docType: metadata.docType,
    place: metadata.place,
    date: metadata.date,
    subject: metadata.subject,
    recipients: metadata.recipients,
    distribution: metadata.distribution,
    signature: metadata.signature,
    corrected: document.corrected,
    correctionFile: document.correctionFile,
    correctionNote: document.correctionNote,
    missing: missingFields(metadata),
  });
}

/** Runs the whole ingest and writes `paths.out`; returns counts for the log. Throws IngestError(s) on bad input. */
export async function runIngest(paths: IngestPaths): Promise<IngestSummary> {
  const started = performance.now();
  const sources = await readSources(paths.sources);
  const corrections = await loadCorrections(paths.corrections, sources.map((source) => source.name));
  const editorial = await loadEditorial(paths.instruments);

  const parsed = sources.map((source) => {
    const { metadata, blocks } = parseDocument(source.text);
    const correction = corrections.get(source.name);
    const applied = applyCorrection(metadata, correction);
    return {
      sourceName: source.name,
      sha256: source.sha256,
      metadata: applied.metadata,
      blocks,
      corrected: applied.corrected,
      correctionFile: correction?.file ?? null,
      correctionNote: correction?.note ?? null,
    };
  });
  const documents = assignIds(parsed, new Map([...corrections].map(([source, c]) => [source, c.id])));
  const { instruments, edges } = resolveCitations(documents, editorial);

  const instrumentRecords = instruments.map((instrument) => instrumentRecord(instrument, editorial));
  const labels = new Map(instrumentRecords.map((record) => [record.id, record.citation]));
  const citationRecords: CitationRecord[] = edges.map((edge) =>
    citationSchema.parse({ id: `${edge.from}~${edge.block}~${edge.start}`, ...edge }),
  );

  const spansByDocument = new Map<string, RefSpan[]>();
  for (const edge of edges) {
    const spans = spansByDocument.get(edge.from) ?? [];
    spans.push({ block: edge.block, start: edge.start, end: edge.end, to: edge.to, label: labels.get(edge.to) ?? edge.printed });
    spansByDocument.set(edge.from, spans);
  }
  const files = new Map<string, string>();
  for (const document of documents) {
    const spans = spansByDocument.get(document.id) ?? [];
    const record = documentRecord(document);
    files.set(`documents/${document.id}.mdx`, serializeMdx(record, blocksToMdast(document.blocks, spans)));
  }
  files.set('instruments.json', `${JSON.stringify(instrumentRecords, null, 1)}\n`);
  files.set('citations.json', `${JSON.stringify(citationRecords, null, 1)}\n`);
  await writeFolderAtomically(paths.out, files);

  return {
    documents: documents.length,
    instruments: instrumentRecords.length,
    citations: citationRecords.length,
    missing: Object.fromEntries(documents.map((document) => [document.id, missingFields(document.metadata)])),
    milliseconds: performance.now() - started,
  };
}
