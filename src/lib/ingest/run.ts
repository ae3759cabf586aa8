/**
 * The ingest pipeline: sources → decoded text → parsed documents (+ editor corrections) → identity →
 * citations resolved across the archive → one MDX per document and JSON data for instruments and
 * citations, validated against the schemas and written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  documentSchema,
  instrumentSchema,
  type CitationRecord,
  type DocumentRecord,
  type Instrument,
  type InstrumentRecord,
} from '../../schemas/archive.ts';
import { RESOLUTION_FIELDS, resolveCitations, type DetectedCitation, type ResolutionMetadata } from '../citations/resolve.ts';
import { EditorialError, loadInstrumentsFile, type InstrumentsFile } from '../citations/editorial.ts';
import { fullCitation, numberSymbolOrNull, shortCitation } from '../identity/index.ts';
import type { RefSpan } from '../mdx/blocks-to-mdast.ts';
import type { Block } from '../../schemas/text.ts';
import { reportedFields, type ExtractedMetadata } from '../../schemas/metadata.ts';
import { codeVersion, emptyCache, loadCache, saveCache, sha256, type ResolutionEntry, type SpansEntry } from './cache.ts';
import { applyCorrection, loadCorrections } from './corrections.ts';
import { IngestError } from './errors.ts';
import { readSources } from './sources.ts';
import { taskRecords } from '../tasks/records.ts';
import { tasksFile, tasksFilePart } from './tasks-file.ts';
import type { Task } from '../../schemas/tasks.ts';
import { renderedHtmlFile } from '../content/rendered-html.ts';
import { runTasks } from './pool.ts';
import { writeFolderAtomically, type FileContent } from './write.ts';
import { assignIds } from './ids.ts';
import { EMPTY_REGISTRY, loadRegistry, registryText, saveRegistry } from './id-registry.ts';
import type { IdRegistry } from '../../schemas/ids.ts';
import type { Redirect } from '../../schemas/redirects.ts';
import { BodiesError, parseBodiesFile } from '../bodies/registry.ts';
import type { BodiesFile } from '../../schemas/bodies.ts';

export interface IngestPaths {
  sources: string;
  corrections: string;
  instruments: string;
  /** The editors' registry of bodies (content/co-quan.yaml); none when absent. */
  bodies?: string;
  out: string;
  /** Cache file (content-hash keyed); none when absent. */
  cache?: string;
  /** The id registry (content/ids.yaml); without one, ids are given afresh and kept nowhere. */
  registry?: string;
  /** Read the registry but never write it (the test build: a test compares it with the sources instead). */
  registryReadOnly?: boolean;
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
  /** What became of the registry: unchanged, written (ids given or moved), or stale (read-only, and it would change). */
  registry: 'unchanged' | 'written' | 'stale';
  milliseconds: number;
}

export function defaultPaths(root: string): IngestPaths {
  return {
    sources: path.join(root, 'content/sources'),
    corrections: path.join(root, 'content/corrections'),
    instruments: path.join(root, 'content/instruments.yaml'),
    bodies: path.join(root, 'content/co-quan.yaml'),
    out: path.join(root, 'content/generated'),
    cache: path.join(root, '.cache/ingest.v8'),
    registry: path.join(root, 'content/ids.yaml'),
  };
}

interface HeldDocument {
  id: string;
  sourceName: string;
  sha256: string;
  metadata: ExtractedMetadata;
  corrected: DocumentRecord['corrected'];
  correctionFile: string | null;
  correctionNote: string | null;
}

function missingFields(metadata: ExtractedMetadata): string[] {
  return reportedFields.filter((field) => {
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

/** The registry of bodies, checked (src/lib/bodies/registry.ts); an empty one when the file is absent. */
function loadBodies(file: string | undefined): BodiesFile {
  if (file === undefined || !existsSync(file)) return { bodies: [] };
  try {
    return parseBodiesFile(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
  } catch (error) {
    if (error instanceof BodiesError) throw new IngestError(error.message);
    throw error;
  }
}

function loadEditorial(file: string, text: string | null): InstrumentsFile | undefined {
  if (text === null) return undefined;
  return asIngestError(() => loadInstrumentsFile(text, path.relative(process.cwd(), file) || file));
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
    coIssuers: metadata.coIssuers ?? [],
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

/** Lists the files of a folder of the previous output (none when absent): cheaper than 20,000 existsSync calls. */
async function previousFiles(folder: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(folder));
  } catch {
    return new Set();
  }
}

const utf8Json = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));
const fromUtf8Json = <T>(bytes: Uint8Array): T => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;

const pick = (metadata: ExtractedMetadata): ResolutionMetadata =>
  Object.fromEntries(RESOLUTION_FIELDS.map((field) => [field, metadata[field]])) as ResolutionMetadata;

/**
 * Citation resolution is archive-wide, but its inputs are small: the resolution fields of every document's
 * metadata, the hash of its detected citations, and the editors' instruments file. While their hash is the
 * previous run's (and its data files are still there), the previous resolution stands and its data files are
 * kept; otherwise resolution runs and `data` holds the new files.
 */
function resolveOrReuse(
  documents: HeldDocument[],
  editorial: InstrumentsFile | undefined,
  editorialText: string | null,
  inputs: { previous: ResolutionEntry | null; detectedDigestOf: (sha: string) => string; detectedOf: (sha: string) => DetectedCitation[] },
): { entry: ResolutionEntry; spans: Map<string, RefSpan[]> | null; data: Record<'instruments.json' | 'citations.json', string> | null } {
  const key = sha256(
    JSON.stringify([editorialText, documents.map((document) => [document.id, pick(document.metadata), inputs.detectedDigestOf(document.sha256)])]),
  );
  if (inputs.previous?.key === key) return { entry: inputs.previous, spans: null, data: null };
  const sourceDocs = documents.map((document) => ({ id: document.id, metadata: document.metadata, detected: inputs.detectedOf(document.sha256) }));
  const { instruments, edges } = asIngestError(() => resolveCitations(sourceDocs, editorial));
  const instrumentRecords = instruments.map((instrument) => instrumentRecord(instrument, editorial));
  const labels = new Map(instrumentRecords.map((record) => [record.id, record.citation]));
  const citationRecords: CitationRecord[] = edges.map((edge) =>
    // Built from typed values; Astro validates the file against citationSchema when it loads it.
    ({ id: `${edge.from}~${edge.block}~${edge.start}`, ...edge }),
  );
  const spans = new Map<string, RefSpan[]>();
  for (const edge of edges) {
    const list = spans.get(edge.from) ?? [];
    list.push({ block: edge.block, start: edge.start, end: edge.end, to: edge.to, label: labels.get(edge.to) ?? edge.printed });
    spans.set(edge.from, list);
  }
  const cached = new Map<string, SpansEntry>();
  for (const [id, list] of spans) {
    const json = utf8Json(list);
    cached.set(id, { json, digest: sha256(json) });
  }
  return {
    entry: { key, instruments: instrumentRecords.length, citations: citationRecords.length, ids: instrumentRecords.map((record) => record.id), spans: cached },
    spans,
    data: { 'instruments.json': `${JSON.stringify(instrumentRecords)}\n`, 'citations.json': `${JSON.stringify(citationRecords)}\n` },
  };
}

/**
 * redirects.json: the registry's redirects whose old id is no page of this build (an old id that a
 * document or a citation uses again is that page) and whose new id is one, sorted by old id.
 */
function redirectsFile(registry: IdRegistry, pages: Set<string>): string {
  const redirects: Redirect[] = Object.entries(registry.redirects)
    .filter(([from, to]) => !pages.has(from) && pages.has(to))
    .map(([from, to]) => ({ from, to }));
  return `${JSON.stringify(redirects)}\n`;
}

/**
 * Runs the whole ingest and writes `paths.out`; returns counts for the log. Throws IngestError(s) on bad input.
 *
 * With a cache, a rebuild does only what its changes require (a test pins that its output is byte-identical
 * to a cold run): sources are parsed when their bytes are new; citation resolution runs again only when the
 * resolution fields or the detected citations of some document changed, or the editors' instruments file;
 * a document's MDX is rendered again only when its inputs changed; tasks.json is joined from per-document
 * parts.
 */
export async function runIngest(paths: IngestPaths, onProgress?: ProgressListener): Promise<IngestSummary> {
  const started = performance.now();
  const version = paths.cache ? await codeVersion(path.resolve(import.meta.dirname, '../..'), INGEST_CODE) : '';
  const cache = paths.cache ? await loadCache(paths.cache, version) : emptyCache();
  const used = { ...emptyCache(), startedAt: Date.now() };
  const sources = await readSources(paths.sources, (sha) => cache.parsed.has(sha), { files: cache.sources, startedAt: cache.startedAt });
  for (const source of sources) used.sources.set(source.name, { sha256: source.sha256, status: source.status });
  const corrections = await loadCorrections(paths.corrections, sources.map((source) => source.name));
  const editorialText = existsSync(paths.instruments) ? readFileSync(paths.instruments, 'utf8') : null;
  const editorial = loadEditorial(paths.instruments, editorialText);
  const bodies = loadBodies(paths.bodies);
  const total = sources.length * 2;

  // Sources not in the cache are parsed (in parallel); their blocks and tasks are kept for the steps below.
  const blocksBySource = new Map<string, Block[]>();
  const tasksBySource = new Map<string, Task[]>();
  const detectedBySource = new Map<string, DetectedCitation[]>();
  const sourceBySha = new Map(sources.map((source) => [source.sha256, source]));
  const textOf = (sha: string) => sourceBySha.get(sha)!.text;
  const missing = [...new Set(sources.filter((source) => !cache.parsed.has(source.sha256)).map((source) => source.sha256))];
  const fresh = await runTasks('parse', missing.map((sha) => ({ text: textOf(sha) })), (done) => onProgress?.(done, total));
  missing.forEach((sha, index) => {
    const { metadata, blocks, detected, tasks } = fresh[index]!;
    blocksBySource.set(sha, blocks);
    tasksBySource.set(sha, tasks);
    detectedBySource.set(sha, detected);
    const json = utf8Json(detected);
    cache.parsed.set(sha, { metadata, detected: json, detectedDigest: sha256(json) });
  });
  const detectedOf = (sha: string) => detectedBySource.get(sha) ?? fromUtf8Json<DetectedCitation[]>(cache.parsed.get(sha)!.detected);
  const parsed = sources.map((source) => {
    const entry = cache.parsed.get(source.sha256)!;
    used.parsed.set(source.sha256, entry);
    const correction = corrections.get(source.name);
    const applied = applyCorrection(entry.metadata, correction);
    return {
      sourceName: source.name,
      sha256: source.sha256,
      metadata: applied.metadata,
      corrected: applied.corrected,
      correctionFile: correction?.file ?? null,
      correctionNote: correction?.note ?? null,
    };
  });
  const registryShown = paths.registry ? path.relative(process.cwd(), paths.registry) || paths.registry : '';
  const previousRegistry = paths.registry ? await loadRegistry(paths.registry, registryShown) : EMPTY_REGISTRY;
  const assignment = assignIds(
    parsed.map((document) => {
      const correction = corrections.get(document.sourceName);
      const explicit = correction?.id ? { id: correction.id, file: correction.file } : null;
      return { source: document.sourceName, sha256: document.sha256, metadata: document.metadata, explicit };
    }),
    previousRegistry,
  );
  const warnings = [...assignment.warnings];
  const documents: HeldDocument[] = parsed.map((document) => ({ ...document, id: assignment.ids.get(document.sourceName)! }));

  const files = new Map<string, FileContent>();
  const previousData = await previousFiles(paths.out);
  const reusable = (name: string, key: string) => cache.data.get(name) === key && previousData.has(name);

  const resolution = resolveOrReuse(documents, editorial, editorialText, {
    previous: previousData.has('instruments.json') && previousData.has('citations.json') ? cache.resolution : null,
    detectedDigestOf: (sha) => cache.parsed.get(sha)!.detectedDigest,
    detectedOf,
  });
  used.resolution = resolution.entry;
  for (const name of ['instruments.json', 'citations.json'] as const) files.set(name, resolution.data?.[name] ?? { reuse: path.join(paths.out, name) });
  files.set('bodies.json', `${JSON.stringify(bodies)}\n`);
  const spansOf = (id: string): RefSpan[] => {
    const entry = resolution.entry.spans.get(id);
    return resolution.spans?.get(id) ?? (entry ? fromUtf8Json<RefSpan[]>(entry.json) : []);
  };

  // Tasks are dated with the document's date; one whose date an editor corrected is extracted again with it.
  const taskKeys = documents.map((document) => `${document.id}\n${document.sha256}\n${JSON.stringify(document.metadata.date)}`);
  const needsTasks = (document: HeldDocument, index: number) =>
    !cache.tasks.has(taskKeys[index]!) && (document.corrected.includes('date') || !tasksBySource.has(document.sha256));

  const previousMdx = await previousFiles(path.join(paths.out, 'documents'));
  const previousHtml = await previousFiles(path.join(paths.out, 'html'));
  const changed: Array<{ id: string; relative: string; html: string; sha: string; frontmatter: DocumentRecord; spans: RefSpan[] }> = [];
  for (const document of documents) {
    const relative = `documents/${document.id}.mdx`;
    const html = `html/${document.id}.html`;
    const written = previousMdx.has(`${document.id}.mdx`) && previousHtml.has(`${document.id}.html`);
    // The MDX and HTML are a function of the record (itself of the id, source file, source text and
    // correction), the source text and the resolved citation spans.
    const key = sha256(JSON.stringify([document.id, document.sourceName, document.sha256, corrections.get(document.sourceName) ?? null, resolution.entry.spans.get(document.id)?.digest ?? null]));
    if (written && cache.documents.get(document.id) === key) {
      files.set(relative, { reuse: path.join(paths.out, relative) });
      files.set(html, { reuse: path.join(paths.out, html) });
    } else {
      changed.push({ id: document.id, relative, html, sha: document.sha256, frontmatter: documentRecord(document), spans: spansOf(document.id) });
    }
    used.documents.set(document.id, key);
  }
  // A document not parsed in this run is parsed again, once, when its MDX must change (for its blocks) or
  // its tasks must be dated anew.
  const changedIds = new Set(changed.map((item) => item.id));
  const reparse = documents.filter(
    (document, index) => (changedIds.has(document.id) && !blocksBySource.has(document.sha256)) || needsTasks(document, index),
  );
  const reparsed = await runTasks('parse', reparse.map((document) => ({ text: textOf(document.sha256), date: document.metadata.date })));
  const tasksById = new Map<string, Task[]>();
  reparse.forEach((document, index) => {
    blocksBySource.set(document.sha256, reparsed[index]!.blocks);
    tasksById.set(document.id, reparsed[index]!.tasks);
  });
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

  const taskParts = documents.map((document, index) => {
    const key = taskKeys[index]!;
    const part =
      cache.tasks.get(key) ??
      tasksFilePart(taskRecords(document.id, tasksById.get(document.id) ?? tasksBySource.get(document.sha256)!));
    used.tasks.set(key, part);
    return part;
  });
  const tasksKey = sha256(taskKeys.join('\n'));
  if (reusable('tasks.json', tasksKey)) files.set('tasks.json', { reuse: path.join(paths.out, 'tasks.json') });
  else files.set('tasks.json', tasksFile(taskParts));
  used.data.set('tasks.json', tasksKey);

  files.set('redirects.json', redirectsFile(assignment.registry, new Set([...documents.map((document) => document.id), ...resolution.entry.ids])));
  await writeFolderAtomically(paths.out, files);
  if (paths.cache) await saveCache(paths.cache, version, used);
  let registry: IngestSummary['registry'] = 'unchanged';
  if (paths.registry && paths.registryReadOnly) {
    if (registryText(assignment.registry) !== registryText(previousRegistry)) {
      registry = 'stale';
      warnings.push(`${registryShown}: chưa ghi các mã mới hoặc đã chuyển của lần nhập này (chạy npm run ingest rồi commit tệp).`);
    }
  } else if (paths.registry && (await saveRegistry(paths.registry, assignment.registry))) {
    registry = 'written';
  }

  return {
    documents: documents.length,
    instruments: resolution.entry.instruments,
    citations: resolution.entry.citations,
    missing: Object.fromEntries(documents.map((document) => [document.id, missingFields(document.metadata)])),
    warnings,
    registry,
    milliseconds: performance.now() - started,
  };
}
