/**
 * The resolution step: citations of every document resolved into instruments and edges across the archive
 * (src/lib/citations/resolve.ts), written as instruments.json and citations.json, with each document's
 * citation spans for its MDX. Archive-wide, but its inputs are small (the resolution fields of every
 * document's metadata, the hash of its detected citations, the editors' instruments file): while their hash
 * is one the memory holds (and the previous output still has the data files), the previous resolution
 * stands and its files are kept as they were.
 */
import type { CitationRecord, InstrumentRecord } from '../../schemas/archive.ts';
import { RESOLUTION_FIELDS, resolveCitations, type ResolutionMetadata } from '../citations/resolve.ts';
import type { RefSpan } from '../mdx/blocks-to-mdast.ts';
import { sha256, type ResolutionEntry, type SpansEntry, type StepMemory } from './cache.ts';
import { asIngestError, type IngestInputs } from './inputs.ts';
import type { OutputFiles, PreviousOutput } from './output.ts';
import { fromUtf8Json, type ParsedSources } from './parse-step.ts';
import { instrumentRecord, type HeldDocument } from './records.ts';

export interface Resolution {
  /** The hash of resolution's inputs (a later step resting on the resolution keys itself with it). */
  key: string;
  entry: ResolutionEntry;
  /** A document's citation spans (what its `<Ref>`s link). */
  spansOf: (id: string) => RefSpan[];
  files: OutputFiles;
  /** The data files' records, when this run resolved (a later step need not parse its files back). */
  records?: { instruments: InstrumentRecord[]; citations: CitationRecord[] };
}

const DATA_FILES = ['instruments.json', 'citations.json'] as const;

const pick = (metadata: ResolutionMetadata): ResolutionMetadata =>
  Object.fromEntries(RESOLUTION_FIELDS.map((field) => [field, metadata[field]])) as ResolutionMetadata;

export function resolveArchive(
  documents: HeldDocument[],
  editorial: IngestInputs['editorial'],
  parsed: ParsedSources,
  memory: StepMemory<ResolutionEntry>,
  previous: PreviousOutput,
): Resolution {
  const key = sha256(JSON.stringify([editorial?.text ?? null, documents.map((document) => [document.id, pick(document.metadata), parsed.entryOf(document.sha256).detectedDigest])]));
  const remembered = DATA_FILES.every((name) => previous.has(name)) ? memory.recall(key) : undefined;
  if (remembered !== undefined) {
    return {
      key,
      entry: remembered,
      spansOf: (id) => {
        const spans = remembered.spans.get(id);
        return spans ? fromUtf8Json<RefSpan[]>(spans.json) : [];
      },
      files: new Map(DATA_FILES.map((name) => [name, previous.reuse(name)])),
    };
  }
  const sourceDocs = documents.map((document) => ({ id: document.id, metadata: document.metadata, detected: parsed.detectedOf(document.sha256) }));
  const { instruments, edges } = asIngestError(() => resolveCitations(sourceDocs, editorial?.file));
  const instrumentRecords = instruments.map((instrument) => instrumentRecord(instrument, editorial?.file));
  const labels = new Map(instrumentRecords.map((record) => [record.id, record.citation]));
  // Built from typed values; Astro validates the file against citationSchema when it loads it.
  const citationRecords: CitationRecord[] = edges.map((edge) => ({ id: `${edge.from}~${edge.block}~${edge.start}`, ...edge }));
  const spans = new Map<string, RefSpan[]>();
  for (const edge of edges) {
    const list = spans.get(edge.from) ?? [];
    list.push({ block: edge.block, start: edge.start, end: edge.end, to: edge.to, label: labels.get(edge.to) ?? edge.printed });
    spans.set(edge.from, list);
  }
  const stored = new Map<string, SpansEntry>();
  for (const [id, list] of spans) {
    const json = Buffer.from(JSON.stringify(list));
    stored.set(id, { json, digest: sha256(json) });
  }
  const entry = memory.remember(key, { instruments: instrumentRecords.length, citations: citationRecords.length, ids: instrumentRecords.map((record) => record.id), spans: stored });
  return {
    key,
    entry,
    spansOf: (id) => spans.get(id) ?? [],
    records: { instruments: instrumentRecords, citations: citationRecords },
    files: new Map([
      ['instruments.json', `${JSON.stringify(instrumentRecords)}\n`],
      ['citations.json', `${JSON.stringify(citationRecords)}\n`],
    ]),
  };
}
