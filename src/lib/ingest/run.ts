/**
 * The ingest pipeline: sources → decoded text → parsed documents (+ editor corrections) → identity →
 * citations resolved across the archive → one MDX per document and JSON data for instruments and
 * citations, validated against the schemas and written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  documentSchema,
  instrumentSchema,
  type CitationRecord,
  type DocumentRecord,
  type InstrumentRecord,
} from '../../schemas/archive.ts';
import { resolveCitations, type DetectedCitation } from '../citations/resolve.ts';
import { EditorialError, loadInstrumentsFile, type InstrumentsFile } from '../citations/editorial.ts';
import { fullCitation, heldDocumentId, numberSymbolOrNull, shortCitation } from '../identity.ts';
import type { RefSpan } from '../mdx/blocks-to-mdast.ts';
import { slugify } from '../text.ts';
import type { Block, ExtractedMetadata, Instrument } from '../types.ts';
import { codeVersion, loadCache, saveCache, sha256, type IngestCache } from './cache.ts';
import { applyCorrection, loadCorrections } from './corrections.ts';
import { IngestError } from './errors.ts';
import { readSources } from './sources.ts';
import { taskRecords, tasksJson } from '../portal/tasks-data.ts';
import { renderedHtmlFile } from '../content/rendered-html.ts';
import { runTasks } from './pool.ts';
import { writeFolderAtomically, type FileContent } from './write.ts';

export interface IngestPaths {
  sources: string;
  corrections: string;
  instruments: string;
  out: string;
  /** Cache file (content-hash keyed); none when absent. */
  cache?: string;
}

/** Reports progress of the per-document work (for the CLI's progress bar). */
export type ProgressListener = (done: number, total: number) => void;

export interface IngestSummary {
  documents: number;
  instruments: number;
  citations: number;
  /** Per document id: metadata fields still unknown. */
  missing: Record<string, string[]>;
  /** Problems that did not stop the ingest (two sources with one identity), one sentence each. */
  warnings: string[];
  milliseconds: number;
}

export function defaultPaths(root: string): IngestPaths {
  return {
    sources: path.join(root, 'content/sources'),
    corrections: path.join(root, 'content/corrections'),
    instruments: path.join(root, 'content/instruments.yaml'),
    out: path.join(root, 'content/generated'),
    cache: path.join(root, '.cache/ingest.v8'),
  };
}

interface HeldDocument {
  id: string;
  sourceName: string;
  sha256: string;
  metadata: ExtractedMetadata;
  text: string;
  detected: DetectedCitation[];
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

/** The editors' file problems are reported like every other input problem: one sentence, no stack trace. */
function asIngestError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof EditorialError) throw new IngestError(error.message);
    throw error;
  }
}

async function loadEditorial(file: string): Promise<InstrumentsFile | undefined> {
  if (!existsSync(file)) return undefined;
  return asIngestError(() => loadInstrumentsFile(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file));
}

/**
 * Gives every held document its id (src/lib/identity.ts). Two sources with the same identity are both
 * kept: the first by file name keeps the id, a later one adds a hash of its text, and a warning names
 * both, so that an editor can correct the misread number or give an explicit `id:`.
 */
function assignIds(
  documents: Omit<HeldDocument, 'id'>[],
  explicit: Map<string, string | null>,
  warnings: string[],
): HeldDocument[] {
  const seen = new Map<string, string>();
  return documents.map((document) => {
    let id = explicit.get(document.sourceName) ?? heldDocumentId(document.metadata, { name: document.sourceName, sha256: document.sha256 });
    const previous = seen.get(id);
    if (previous) {
      const distinct = `${id}-${document.sha256.slice(0, 6)}`;
      id = seen.has(distinct) ? `${distinct}-${slugify(document.sourceName.replace(/\.[^.]+$/, ''))}` : distinct;
      warnings.push(`content/sources/${document.sourceName}: cùng định danh với ${previous}; văn bản được đặt địa chỉ /van-ban/${id}/ (hãy kiểm tra số ký hiệu hoặc ghi "id:" trong content/corrections/).`);
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
    numberSymbol: numberSymbolOrNull(instrument.number, instrument.symbol),
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
    numberSymbol: numberSymbolOrNull(metadata.number, metadata.symbol),
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

/**
 * The code whose hash keys the ingest cache: all of src/lib and src/schemas. Wider than what the ingest
 * imports today, so that a module added to the ingest later can never leave a stale cache behind.
 */
const INGEST_CODE = ['lib', 'schemas'] as const;

/** Runs the whole ingest and writes `paths.out`; returns counts for the log. Throws IngestError(s) on bad input. */
export async function runIngest(paths: IngestPaths, onProgress?: ProgressListener): Promise<IngestSummary> {
  const started = performance.now();
  const sources = await readSources(paths.sources);
  const corrections = await loadCorrections(paths.corrections, sources.map((source) => source.name));
  const editorial = await loadEditorial(paths.instruments);
  const version = paths.cache ? await codeVersion(path.resolve(import.meta.dirname, '../..'), INGEST_CODE) : '';
  const cache = paths.cache ? await loadCache(paths.cache, version) : { parsed: new Map(), mdx: new Map() };
  const used: IngestCache = { parsed: new Map(), mdx: new Map() };
  const total = sources.length * 2;

  // Sources not in the cache are parsed (in parallel); their blocks are kept for the MDX step.
  const blocksBySource = new Map<string, Block[]>();
  const missing = [...new Set(sources.filter((source) => !cache.parsed.has(source.sha256)).map((source) => source.sha256))];
  const textBySha = new Map(sources.map((source) => [source.sha256, source.text]));
  const fresh = await runTasks('parse', missing.map((sha) => ({ text: textBySha.get(sha)! })), (done) => onProgress?.(done, total));
  missing.forEach((sha, index) => {
    const { metadata, blocks, detected, tasks } = fresh[index]!;
    blocksBySource.set(sha, blocks);
    cache.parsed.set(sha, { metadata, detected, tasks });
  });
  const parsed = sources.map((source) => {
    const entry = cache.parsed.get(source.sha256)!;
    used.parsed.set(source.sha256, entry);
    const correction = corrections.get(source.name);
    const applied = applyCorrection(entry.metadata, correction);
    return {
      sourceName: source.name,
      sha256: source.sha256,
      text: source.text,
      metadata: applied.metadata,
      detected: entry.detected,
      corrected: applied.corrected,
      correctionFile: correction?.file ?? null,
      correctionNote: correction?.note ?? null,
    };
  });
  const warnings: string[] = [];
  const documents = assignIds(parsed, new Map([...corrections].map(([source, c]) => [source, c.id])), warnings);
  const { instruments, edges } = asIngestError(() => resolveCitations(documents, editorial));

  const instrumentRecords = instruments.map((instrument) => instrumentRecord(instrument, editorial));
  const labels = new Map(instrumentRecords.map((record) => [record.id, record.citation]));
  const citationRecords: CitationRecord[] = edges.map((edge) =>
    // Built from typed values; Astro validates the file against citationSchema when it loads it.
    ({ id: `${edge.from}~${edge.block}~${edge.start}`, ...edge }),
  );

  const spansByDocument = new Map<string, RefSpan[]>();
  for (const edge of edges) {
    const spans = spansByDocument.get(edge.from) ?? [];
    spans.push({ block: edge.block, start: edge.start, end: edge.end, to: edge.to, label: labels.get(edge.to) ?? edge.printed });
    spansByDocument.set(edge.from, spans);
  }
  const files = new Map<string, FileContent>();
  const changed: Array<{ relative: string; html: string; sha: string; frontmatter: DocumentRecord; spans: RefSpan[] }> = [];
  for (const document of documents) {
    const spans = spansByDocument.get(document.id) ?? [];
    const record = documentRecord(document);
    // The MDX is a function of the record, the source text and the resolved citation spans.
    const key = sha256(`${document.sha256}\n${JSON.stringify(record)}\n${JSON.stringify(spans)}`);
    const relative = `documents/${document.id}.mdx`;
    const previous = path.join(paths.out, relative);
    const html = `html/${document.id}.html`;
    const previousHtml = path.join(paths.out, html);
    if (cache.mdx.get(document.id) === key && existsSync(previous) && existsSync(previousHtml)) {
      files.set(relative, { reuse: previous });
      files.set(html, { reuse: previousHtml });
    } else {
      changed.push({ relative, html, sha: document.sha256, frontmatter: record, spans });
    }
    used.mdx.set(document.id, key);
  }
  // A document whose MDX must change but whose text came from the cache is parsed again for its blocks.
  const reparse = [...new Set(changed.map((item) => item.sha).filter((sha) => !blocksBySource.has(sha)))];
  const reparsed = await runTasks('parse', reparse.map((sha) => ({ text: textBySha.get(sha)! })));
  reparse.forEach((sha, index) => blocksBySource.set(sha, reparsed[index]!.blocks));
  const mdx = await runTasks(
    'mdx',
    changed.map((item) => ({ blocks: blocksBySource.get(item.sha)!, frontmatter: item.frontmatter, spans: item.spans })),
    (done) => onProgress?.(missing.length + done, total),
  );
  changed.forEach((item, index) => {
    const { mdx: text, html } = mdx[index]!;
    files.set(item.relative, text);
    files.set(item.html, renderedHtmlFile(text, html));
  });
  // Tasks of a document whose date an editor corrected are extracted again with that date.
  const redated = documents.filter((document) => document.corrected.includes('date'));
  const redatedTasks = await runTasks('parse', redated.map((document) => ({ text: document.text, date: document.metadata.date })));
  const tasksById = new Map(redated.map((document, index) => [document.id, redatedTasks[index]!.tasks]));
  // The archive-wide data files are rewritten only when their content changed (one edit rarely changes them all).
  const setData = (name: string, content: string) => {
    const key = sha256(content);
    const previous = path.join(paths.out, name);
    files.set(name, cache.mdx.get(name) === key && existsSync(previous) ? { reuse: previous } : content);
    used.mdx.set(name, key);
  };
  setData('tasks.json', tasksJson(documents.flatMap((document) => taskRecords(document.id, tasksById.get(document.id) ?? cache.parsed.get(document.sha256)!.tasks))));
  setData('instruments.json', `${JSON.stringify(instrumentRecords)}\n`);
  setData('citations.json', `${JSON.stringify(citationRecords)}\n`);
  await writeFolderAtomically(paths.out, files);
  if (paths.cache) await saveCache(paths.cache, version, used);

  return {
    documents: documents.length,
    instruments: instrumentRecords.length,
    citations: citationRecords.length,
    missing: Object.fromEntries(documents.map((document) => [document.id, missingFields(document.metadata)])),
    warnings,
    milliseconds: performance.now() - started,
  };
}
