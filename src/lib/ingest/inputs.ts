/**
 * The ingest's inputs, read and checked before any work: the sources (content/sources), the editor's
 * corrections, the editors' instruments file, the registry of bodies and the id registry. Each problem is
 * one line naming the file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BodiesError, parseBodiesFile } from '../bodies/registry.ts';
import { EditorialError, loadInstrumentsFile, type InstrumentsFile } from '../citations/editorial.ts';
import type { BodiesFile } from '../../schemas/bodies.ts';
import type { IdRegistry } from '../../schemas/ids.ts';
import type { IngestCache } from './cache.ts';
import { loadCorrections, type Correction } from './corrections.ts';
import { IngestError } from './errors.ts';
import { EMPTY_REGISTRY, loadRegistry } from './id-registry.ts';
import { cachedText, readSources, type ExtractedEntry, type SourceFile } from './sources.ts';

export interface InputPaths {
  sources: string;
  corrections: string;
  instruments: string;
  bodies?: string;
  registry?: string;
}

export interface IngestInputs {
  sources: SourceFile[];
  /** By source name. */
  corrections: Map<string, Correction>;
  /** The editors' instruments file, and its text (which keys resolution's reuse), when there is one. */
  editorial: { file: InstrumentsFile; text: string } | null;
  /** The registry of bodies, checked (src/lib/bodies/registry.ts); empty when the file is absent. */
  bodies: BodiesFile;
  registry: IdRegistry;
}

/** The editors' files' problems are reported like every other input problem: one sentence, no stack trace. */
export function asIngestError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof EditorialError || error instanceof BodiesError) throw new IngestError(error.message);
    throw error;
  }
}

/** A file's text, or null when there is none. */
async function readOptional(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

export const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

export async function readInputs(paths: InputPaths, cache: IngestCache): Promise<IngestInputs> {
  // A source whose file status and bytes the cache knows is not read again (src/lib/ingest/sources.ts).
  const sources = await readSources(paths.sources, (sha) => cache.parsed.previous.has(sha), {
    files: cache.sources.previous as Map<string, { sha256: string; status: string }>,
    startedAt: cache.previousStartedAt,
    extracted: cache.extracted.previous as Map<string, ExtractedEntry>,
  });
  for (const source of sources) {
    cache.sources.remember(source.name, { sha256: source.sha256, status: source.status });
    cache.extracted.remember(source.sha256, { extraction: source.extraction, text: cachedText(source) });
  }
  const corrections = await loadCorrections(paths.corrections, sources.map((source) => source.name));
  const text = await readOptional(paths.instruments);
  const editorial = text === null ? null : { file: asIngestError(() => loadInstrumentsFile(text, shownPath(paths.instruments))), text };
  const bodiesText = paths.bodies ? await readOptional(paths.bodies) : null;
  const bodies = bodiesText === null ? { bodies: [] } : asIngestError(() => parseBodiesFile(bodiesText, shownPath(paths.bodies!)));
  const registry = paths.registry ? await loadRegistry(paths.registry, shownPath(paths.registry), cache.registry) : EMPTY_REGISTRY;
  return { sources, corrections, editorial, bodies, registry };
}
