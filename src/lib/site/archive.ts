/**
 * The archive as the pages see it: collections loaded once per build (module-level cache, so that no
 * page rebuilds these maps in its own frontmatter) with the look-ups every page needs.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CitationRecord, DocumentRecord, InstrumentRecord } from '../../schemas/archive.ts';
import { viCollator } from '../text.ts';
import { dateSortKey } from './format.ts';

export interface Archive {
  documents: CollectionEntry<'documents'>[];
  /** Held documents, newest first (ties broken by id for a stable order). */
  newestFirst: DocumentRecord[];
  documentById: Map<string, CollectionEntry<'documents'>>;
  instruments: InstrumentRecord[];
  instrumentById: Map<string, InstrumentRecord>;
  /** Citations made by a document, in text order. */
  citationsFrom: Map<string, CitationRecord[]>;
  /** Citations of an instrument, by citing document then text order. */
  citationsTo: Map<string, CitationRecord[]>;
}

function group(citations: CitationRecord[], key: 'from' | 'to'): Map<string, CitationRecord[]> {
  const map = new Map<string, CitationRecord[]>();
  for (const citation of citations) {
    const list = map.get(citation[key]) ?? [];
    list.push(citation);
    map.set(citation[key], list);
  }
  return map;
}

async function load(): Promise<Archive> {
  const documents = await getCollection('documents');
  const instruments = (await getCollection('instruments')).map((entry) => entry.data);
  const citations = (await getCollection('citations')).map((entry) => entry.data);
  citations.sort((a, b) => a.from.localeCompare(b.from) || a.block - b.block || a.start - b.start);
  const newestFirst = documents
    .map((entry) => entry.data)
    .sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id));
  instruments.sort((a, b) => viCollator.compare(a.title, b.title) || a.id.localeCompare(b.id));
  return {
    documents,
    newestFirst,
    documentById: new Map(documents.map((entry) => [entry.data.id, entry])),
    instruments,
    instrumentById: new Map(instruments.map((instrument) => [instrument.id, instrument])),
    citationsFrom: group(citations, 'from'),
    citationsTo: group(citations, 'to'),
  };
}

let cached: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}

/** Counts values (type, issuer…) across documents, sorted by Vietnamese collation. */
export function countBy(records: DocumentRecord[], pick: (record: DocumentRecord) => string | null): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = pick(record);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => viCollator.compare(a[0], b[0]));
}
