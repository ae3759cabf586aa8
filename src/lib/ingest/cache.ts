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
import type { DetectedCitation } from '../citations/resolve.ts';
import type { Task } from '../tasks/types.ts';
import type { ExtractedMetadata } from '../types.ts';

/** What a source yields that the archive-wide steps need; the text itself is re-parsed only when its MDX must change. */
export interface ParsedEntry {
  metadata: ExtractedMetadata;
  detected: DetectedCitation[];
  /** Tasks dated with the extracted date (a corrected date re-extracts them). */
  tasks: Task[];
}

export interface IngestCache {
  /** By source SHA-256. */
  parsed: Map<string, ParsedEntry>;
  /** By output file (document id, or a data file's name): the key of what the previous run wrote, reused when unchanged. */
  mdx: Map<string, string>;
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
  const empty = { parsed: new Map(), mdx: new Map() };
  if (!existsSync(file)) return empty;
  try {
    const stored = deserialize(await readFile(file)) as { version: string } & IngestCache;
    return stored.version === version ? { parsed: stored.parsed, mdx: stored.mdx } : empty;
  } catch {
    return empty; // A damaged cache is only a slower build.
  }
}

/** Keeps only the entries used by this run (so the cache does not grow forever) and writes atomically. */
export async function saveCache(file: string, version: string, cache: IngestCache): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, serialize({ version, ...cache }));
  await rename(temp, file);
}
