/**
 * The ingest pipeline, step by step: read the inputs (sources, corrections, instruments, bodies, ids) → parse each source → apply the editor's corrections
 * → give each document its id (the registry) → resolve citations across the archive → render each
 * document's MDX and HTML → read OCR-damaged documents again (restored reading) → extract tasks → legal
 * status → write content/generated atomically, then the registry and the
 * cache. Each step is a function of its inputs; the cache (src/lib/ingest/cache.ts) gives each step its
 * memory, so that a rebuild does only what its changes require (a test pins that its output is
 * byte-identical to a cold run's).
 */
import path from 'node:path';
import { IngestCache, sha256 } from './cache.ts';
import { assignIds } from './ids.ts';
import { redirectsFile, registryText, saveRegistry } from './id-registry.ts';
import { readInputs, shownPath } from './inputs.ts';
import { previousOutput } from './output.ts';
import { parseAgain, parseSources } from './parse-step.ts';
import { correctDocuments, missingFields, type HeldDocument } from './records.ts';
import { documentsToRender, renderDocuments } from './render-step.ts';
import { documentsToRestore, restoreDocuments } from './restore-step.ts';
import { resolveArchive } from './resolve-step.ts';
import { tasksNeedBlocks, tasksStep } from './tasks-step.ts';
import { statusStep } from './status-step.ts';
import { buildDay } from '../site/today.ts';
import { withOutputLock } from './lock.ts';
import { recordOutputs } from './outputs.ts';
import { describeNeutralised } from '../extract/unicode.ts';
import { writeFolderAtomically } from './write.ts';

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
  /** Of them, documents whose text was converted from a legacy encoding or UTF-16. */
  converted: number;
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

/**
 * Runs the whole ingest and writes `paths.out`; returns counts for the log. Throws IngestError(s) on bad input.
 * One ingest at a time per output folder (lock.ts): a second waits (`onWait` is told once), and a killed
 * run's leftovers are removed once the lock is held.
 */
export async function runIngest(paths: IngestPaths, onProgress?: ProgressListener, onWait?: (lockPath: string) => void): Promise<IngestSummary> {
  return withOutputLock(paths.out, () => ingest(paths, onProgress), { alsoClean: paths.cache ? [paths.cache] : [], onWait });
}

async function ingest(paths: IngestPaths, onProgress?: ProgressListener): Promise<IngestSummary> {
  const started = performance.now();
  const cache = await IngestCache.open(paths.cache);
  const inputs = await readInputs(paths, cache);
  const total = inputs.sources.length * 2;

  const parsed = await parseSources(inputs.sources, cache.parsed, (done) => onProgress?.(done, total));
  const corrected = correctDocuments(inputs.sources, parsed, inputs.corrections);
  const assignment = assignIds(
    corrected.map(({ sourceName, sha256, metadata, correction }) => ({
      source: sourceName, sha256, metadata, explicit: correction?.id ? { id: correction.id, file: correction.file } : null,
    })),
    inputs.registry,
  );
  const documents: HeldDocument[] = corrected.map((document) => ({ ...document, id: assignment.ids.get(document.sourceName)! }));

  const previous = await previousOutput(paths.out, cache.outputs);
  const resolution = resolveArchive(documents, inputs.editorial, parsed, cache.resolution, previous);
  const { pending, kept } = documentsToRender(documents, resolution, cache.documents, previous);
  const restoring = documentsToRestore(documents, cache.data, previous);
  // A source not parsed in this run is parsed again, once, when its MDX or restored reading must change or
  // its tasks be dated anew.
  await parseAgain(parsed, [
    ...pending.map(({ document }) => document.sha256),
    ...restoring.pending.map((document) => document.sha256),
    ...tasksNeedBlocks(documents, parsed, cache.tasks),
  ]);
  const rendered = await renderDocuments(pending, parsed, (done) => onProgress?.(parsed.parsedNow + done, total));
  const restored = await restoreDocuments(restoring, parsed);
  const tasks = tasksStep(documents, parsed, cache, previous);
  const status = statusStep(documents, parsed, resolution, { editorial: inputs.editorial, today: buildDay() }, cache.data, previous);
  const pages = new Set([...documents.map((document) => document.id), ...resolution.entry.ids]);

  const files = new Map([
    ...resolution.files, ...kept, ...rendered, ...restoring.kept, ...restored, ...tasks, ...status,
    ['redirects.json', redirectsFile(assignment.registry, pages)],
    ['bodies.json', `${JSON.stringify(inputs.bodies)}\n`],
  ]);
  const digests = new Map<string, string>();
  await writeFolderAtomically(paths.out, files, (relative, bytes) => digests.set(relative, sha256(bytes)));
  for (const [relative, entry] of recordOutputs(paths.out, files, previous.intact, digests)) cache.outputs.remember(relative, entry);
  const warnings = [...assignment.warnings];
  for (const source of inputs.sources) {
    const { neutralised } = source.extraction;
    if (neutralised) warnings.push(`content/sources/${source.name}: ${describeNeutralised(neutralised)}`);
  }
  let registry: IngestSummary['registry'] = 'unchanged';
  if (paths.registry && paths.registryReadOnly) {
    if (registryText(assignment.registry, cache.registryText) !== registryText(inputs.registry, cache.registryText)) {
      registry = 'stale';
      warnings.push(`${shownPath(paths.registry)}: chưa ghi các mã mới hoặc đã chuyển của lần nhập này (chạy npm run ingest rồi commit tệp).`);
    }
  } else if (paths.registry && (await saveRegistry(paths.registry, assignment.registry, cache.registryText))) {
    registry = 'written';
  }
  // Last, so that the cache keeps the registry's text made just now.
  await cache.save();
  return {
    documents: documents.length,
    converted: documents.filter((document) => document.extraction.convertedFrom !== null).length,
    instruments: resolution.entry.instruments,
    citations: resolution.entry.citations,
    missing: Object.fromEntries(documents.map((document) => [document.id, missingFields(document.metadata)])),
    warnings,
    registry,
    milliseconds: performance.now() - started,
  };
}
