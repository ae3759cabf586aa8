/**
 * The records the ingest writes, built from the steps' results and validated against their schemas
 * (src/schemas/archive.ts): a held document (the MDX frontmatter) and an instrument (instruments.json).
 */
import { documentSchema, instrumentSchema, type DocumentRecord, type Instrument, type InstrumentRecord } from '../../schemas/archive.ts';
import { reportedFields, type ExtractedMetadata } from '../../schemas/metadata.ts';
import type { OcrMeasure } from '../../schemas/ocr.ts';
import type { InstrumentsFile } from '../citations/editorial.ts';
import { fullCitation, numberSymbolOrNull, shortCitation } from '../identity/index.ts';
import { applyCorrection, type Correction } from './corrections.ts';
import { IngestError } from './errors.ts';
import type { ParsedSources } from './parse-step.ts';
import type { SourceFile } from './sources.ts';

/** A source as the archive holds it: its metadata with the editor's corrections, and (once given) its id. */
export interface HeldDocument {
  id: string;
  sourceName: string;
  sha256: string;
  /** How its text was obtained (src/lib/extract/). */
  extraction: DocumentRecord['extraction'];
  metadata: ExtractedMetadata;
  /** How damaged its text is by OCR (src/lib/ocr/damage.ts). */
  ocr: OcrMeasure;
  corrected: DocumentRecord['corrected'];
  correction: Correction | null;
}

/** The corrections step: each source's parsed metadata with its correction file's values. */
export function correctDocuments(sources: SourceFile[], parsed: ParsedSources, corrections: Map<string, Correction>): Omit<HeldDocument, 'id'>[] {
  return sources.map((source) => {
    const correction = corrections.get(source.name) ?? null;
    const entry = parsed.entryOf(source.sha256);
    const applied = applyCorrection(entry.metadata, correction ?? undefined);
    return { sourceName: source.name, sha256: source.sha256, extraction: source.extraction, metadata: applied.metadata, ocr: entry.ocr, corrected: applied.corrected, correction };
  });
}

/** Metadata fields still unknown (shown as "chưa rõ"). */
export function missingFields(metadata: ExtractedMetadata): string[] {
  return reportedFields.filter((field) => {
    const value = metadata[field];
    return value === null || (Array.isArray(value) && value.length === 0);
  });
}

export function documentRecord(document: HeldDocument): DocumentRecord {
  const { metadata } = document;
  const identity = { ...metadata, name: null };
  const record = documentSchema.safeParse({
    id: document.id,
    title: shortCitation(identity),
    citation: fullCitation(identity),
    sourceFile: document.sourceName,
    sourceSha256: document.sha256,
    extraction: document.extraction,
    ...metadata,
    coIssuers: metadata.coIssuers ?? [],
    numberSymbol: numberSymbolOrNull(metadata.number, metadata.symbol),
    corrected: document.corrected,
    correctionFile: document.correction?.file ?? null,
    correctionNote: document.correction?.note ?? null,
    missing: missingFields(metadata),
    ocr: document.ocr,
  });
  if (record.success) return record.data;
  // Data derived from a source that the schema refuses is that source's problem: one line naming it.
  const issue = record.error.issues[0]!;
  throw new IngestError(`content/sources/${document.sourceName}: không tạo được bản ghi văn bản (định danh "${document.id}"): trường "${issue.path.join('.')}" không hợp lệ: ${issue.message}`);
}

export function instrumentRecord(instrument: Instrument, editorial: InstrumentsFile | undefined): InstrumentRecord {
  const entry = editorial?.entries[instrument.id];
  return instrumentSchema.parse({
    ...instrument,
    title: shortCitation(instrument),
    citation: fullCitation(instrument),
    numberSymbol: numberSymbolOrNull(instrument.number, instrument.symbol),
    officialTitle: entry?.title ?? null,
    officialUrl: entry?.url ?? null,
  });
}
