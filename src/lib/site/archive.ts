/**
 * The archive as the pages see it: collections loaded once per build (module-level cache, so that no
 * page rebuilds these maps in its own frontmatter) with the look-ups every page needs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { citationSchema, instrumentSchema, type CitationRecord, type DocumentRecord, type InstrumentRecord } from '../../schemas/archive.ts';
import { viCollator } from '../text.ts';
import { dateSortKey } from './format.ts';
import { tasksFileSchema, type TaskRecord } from '../../schemas/tasks.ts';
import { buildDay } from '../portal/today.ts';
import { loadRedirects, resolveRedirects } from './redirects.ts';
import type { Redirect } from '../../schemas/redirects.ts';

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
  /** Tasks stated in held documents (computed at ingest, content/generated/tasks.json), by document then text order. */
  tasks: TaskRecord[];
  /** Tasks of a document, in text order. */
  tasksByDocument: Map<string, TaskRecord[]>;
  /** The build day `YYYY-MM-DD` (src/lib/portal/today.ts): SOURCE_DATE_EPOCH's day, else the clock's. */
  today: string;
  /** Old ids of documents whose identity was changed, each with the live id it leads to (./redirects.ts). */
  redirects: Redirect[];
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

/** content/generated/tasks.json, validated; empty when an older ingest did not write it. */
async function loadTasks(): Promise<TaskRecord[]> {
  let text: string;
  try {
    text = await readFile(path.join(process.cwd(), 'content/generated/tasks.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return tasksFileSchema.parse(JSON.parse(text));
}

/**
 * A data file of content/generated/, validated against its schema. Citations and instruments are read
 * directly rather than as content collections: Astro bundles a collection's store into the build as one
 * module, and at 100,000 citations and 25,000 instruments that module costs more than the pages using them.
 */
async function loadGenerated<T>(name: string, schema: z.ZodType<T>): Promise<T[]> {
  const text = await readFile(path.join(process.cwd(), 'content/generated', name), 'utf8');
  return z.array(schema).parse(JSON.parse(text));
}

async function load(): Promise<Archive> {
  const documents = await getCollection('documents');
  const instruments = await loadGenerated('instruments.json', instrumentSchema);
  const citations = await loadGenerated('citations.json', citationSchema);
  citations.sort((a, b) => a.from.localeCompare(b.from) || a.block - b.block || a.start - b.start);
  const newestFirst = documents
    .map((entry) => entry.data)
    .sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id));
  instruments.sort((a, b) => viCollator.compare(a.title, b.title) || a.id.localeCompare(b.id));
  const tasks = await loadTasks();
  const tasksByDocument = new Map<string, TaskRecord[]>();
  for (const task of tasks) {
    const list = tasksByDocument.get(task.document);
    if (list) list.push(task);
    else tasksByDocument.set(task.document, [task]);
  }
  const instrumentById = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  return {
    documents,
    newestFirst,
    documentById: new Map(documents.map((entry) => [entry.data.id, entry])),
    instruments,
    instrumentById,
    citationsFrom: group(citations, 'from'),
    citationsTo: group(citations, 'to'),
    tasks,
    tasksByDocument,
    today: buildDay(),
    redirects: resolveRedirects(await loadRedirects(), (id) => instrumentById.has(id)),
  };
}

let cached: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}
