/**
 * The ingest cache: what was computed per source (parse + citation detection) and per document (MDX),
 * keyed by content hashes and by a hash of the ingest's own code, so a rebuild re-does only what changed
 * and a code change invalidates everything. Stored with v8 serialization (much faster than JSON here).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ExtractedMetadata } from '../../schemas/metadata.ts';

/**
 * What a source yields that the archive-wide steps need; the text itself is re-parsed only when its MDX must
 * change. Large parts are kept as UTF-8 JSON and parsed only when used: deserializing 100,000 citation
 * objects on every run cost more than the rest of a rebuild's reading.
 */
export interface ParsedEntry {
  metadata: ExtractedMetadata;
  /** The detected citations (`DetectedCitation[]`) as UTF-8 JSON: read only when resolution runs. */
  detected: Uint8Array;
  /** SHA-256 of `detected`: with the resolution fields of the metadata, it decides whether resolution runs again. */
  detectedDigest: string;
}

/** A document's resolved citation spans (what its MDX links), as UTF-8 JSON of `RefSpan[]`, and its hash. */
export interface SpansEntry {
  json: Uint8Array;
  digest: string;
}

/** The previous citation resolution, reused while its inputs (the key) are unchanged. */
export interface ResolutionEntry {
  key: string;
  instruments: number;
  citations: number;
  /** Every instrument id (each a page): an old id among them is no redirect. */
  ids: string[];
  /** By document id (documents that cite nothing have none). */
  spans: Map<string, SpansEntry>;
}

export interface IngestCache {
  /** When the run that wrote this cache started (ms since the epoch). */
  startedAt: number;
  /** By source file name: its SHA-256 and file status when last read (src/lib/ingest/sources.ts). */
  sources: Map<string, { sha256: string; status: string }>;
  /** By source SHA-256. */
  parsed: Map<string, ParsedEntry>;
  /** By document id: the key of the inputs its MDX and HTML were last written from. */
  documents: Map<string, string>;
  /** By `{id}\n{source sha}\n{date}`: the document's task records as UTF-8 JSON, without the array brackets. */
  tasks: Map<string, Uint8Array>;
  /** By data file name: the key of what the previous run wrote. */
  data: Map<string, string>;
  resolution: ResolutionEntry | null;
}

export function emptyCache(): IngestCache {
  return { startedAt: 0, sources: new Map(), parsed: new Map(), documents: new Map(), tasks: new Map(), data: new Map(), resolution: null };
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A hash of the code the ingest output depends on (the given folders and files under src/, tests
 * excluded): any change to it invalidates the cache.
 */
export async function codeVersion(srcFolder: string, parts: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const part of parts) {
    const full = path.join(srcFolder, part);
    if (!existsSync(full)) continue;
    if (full.endsWith('.ts')) {
      files.push(full);
      continue;
    }
    for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  files.sort();
  const libFolder = srcFolder;
  for (const file of files) hash.update(file.slice(libFolder.length)).update(await readFile(file));
  return hash.digest('hex');
}

export async function loadCache(file: string, version: string): Promise<IngestCache> {
  if (!existsSync(file)) return emptyCache();
  try {
    const { version: stored, ...cache } = deserialize(await readFile(file)) as { version: string } & IngestCache;
    return stored === version ? cache : emptyCache();
  } catch {
    return emptyCache(); // A damaged cache is only a slower build.
  }
}

/** Keeps only the entries used by this run (so the cache does not grow forever) and writes atomically. */
export async function saveCache(file: string, version: string, cache: IngestCache): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, serialize({ version, ...cache }));
  await rename(temp, file);
}
