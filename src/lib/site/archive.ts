/**
 * The read model: everything the pages show, computed once per build (module-level cache, so that no page
 * rebuilds these maps in its own frontmatter): the documents collection, instruments, citations, tasks,
 * the browse facets, the receiving agencies, the build day and the redirects of changed identities.
 * It imports only loaders and pure groupings; pages, components, routes and output formats import it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CitationRecord, DocumentRecord, InstrumentRecord } from '../../schemas/archive.ts';
import type { Redirect } from '../../schemas/redirects.ts';
import type { TaskRecord } from '../../schemas/tasks.ts';
import { FACETS, type FacetKey } from '../routes/paths.ts';
import { viCollator } from '../text.ts';
import { agencies, type Agency } from './agencies.ts';
import { facetValues, type FacetValue } from './facets.ts';
import { dateSortKey } from './format.ts';
import { groupBy, loadBodies, loadCitations, loadInstruments, loadTasks } from './generated.ts';
import { loadRedirects, resolveRedirects } from './redirects.ts';
import { buildDay } from './today.ts';
import { bodyDirectory, type BodyDirectory } from '../bodies/registry.ts';
import { bodyNames, type BodyNames } from './bodies.ts';

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
  /** Every value of each browse facet with its documents (./facets.ts). */
  facets: Map<FacetKey, FacetValue[]>;
  /** Every body documents are addressed to, copied to or give tasks to (./agencies.ts), and by slug. */
  agencies: Agency[];
  agencyBySlug: Map<string, Agency>;
  /** The build day `YYYY-MM-DD` (./today.ts): SOURCE_DATE_EPOCH's day, else the clock's. */
  today: string;
  /** Old ids of documents whose identity was changed, each with the live id it leads to (./redirects.ts). */
  redirects: Redirect[];
  /** The registry of bodies (content/generated/bodies.json, from content/co-quan.yaml). */
  bodies: BodyDirectory;
  /** Names of bodies as lists and filters show them (./bodies.ts). */
  bodyNames: BodyNames;
  /** An instrument's issuer as lists and filters name it (a held document's read in its own context), or null. */
  issuerNameOf(instrument: InstrumentRecord): string | null;
}

async function load(): Promise<Archive> {
  const documents = await getCollection('documents');
  const instruments = await loadInstruments();
  const citations = await loadCitations();
  citations.sort((a, b) => a.from.localeCompare(b.from) || a.block - b.block || a.start - b.start);
  const newestFirst = documents
    .map((entry) => entry.data)
    .sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id));
  instruments.sort((a, b) => viCollator.compare(a.title, b.title) || a.id.localeCompare(b.id));
  const tasks = await loadTasks();
  const instrumentById = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  const bodies = bodyDirectory(await loadBodies());
  const names = bodyNames(bodies);
  const documentById = new Map(documents.map((entry) => [entry.data.id, entry]));
  const agencyList = agencies(newestFirst, tasks, names);
  // Issuers by the registry's names; a person or OCR noise that matches no body is no value (the document is `chưa rõ`).
  const issuers = (record: DocumentRecord) =>
    [names.issuerOf(record), ...record.coIssuers.map((c) => names.label(c.issuer, names.contextOf(record)))].filter((l) => l !== null);
  return {
    bodies,
    bodyNames: names,
    issuerNameOf: (instrument) => {
      const held = instrument.held ? documentById.get(instrument.id)?.data : undefined;
      return (held ? names.issuerOf(held) : names.label(instrument.issuer))?.name ?? null;
    },
    documents,
    newestFirst,
    documentById,
    instruments,
    instrumentById,
    citationsFrom: groupBy(citations, (citation) => citation.from),
    citationsTo: groupBy(citations, (citation) => citation.to),
    tasks,
    tasksByDocument: groupBy(tasks, (task) => task.document),
    facets: new Map(FACETS.map((facet) => [facet, facet === 'co-quan' ? facetValues(facet, newestFirst, issuers) : facetValues(facet, newestFirst)] as const)),
    agencies: agencyList,
    agencyBySlug: new Map(agencyList.map((agency) => [agency.slug, agency])),
    today: buildDay(),
    redirects: resolveRedirects(await loadRedirects(), (id) => instrumentById.has(id)),
  };
}

let cached: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}
