/**
 * Generated files are reused by the next run only when intact: the cache keeps each file's SHA-256 and
 * status (inode, size, modification time) as written; a file whose status changed is hashed again, and
 * one that was damaged, truncated or removed is rendered anew. (A hard link keeps inode and mtime, so a
 * reused file keeps its recorded status.)
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './cache.ts';
import { forEachLimited, IO_CONCURRENCY } from './concurrency.ts';
import type { FileContent } from './write.ts';

export interface OutputEntry {
  sha256: string;
  status: string;
}

const statusOf = async (file: string): Promise<string | null> => {
  const info = await stat(file, { bigint: true }).catch(() => null);
  return info === null ? null : `${info.ino}:${info.size}:${info.mtimeNs}`;
};

/** The recorded outputs still as written, by path relative to the output folder. */
export async function intactOutputs(out: string, recorded: ReadonlyMap<string, OutputEntry>): Promise<Set<string>> {
  const intact = new Set<string>();
  await forEachLimited([...recorded], IO_CONCURRENCY, async ([relative, entry]) => {
    const file = path.join(out, relative);
    const status = await statusOf(file);
    if (status === null) return;
    if (status === entry.status) intact.add(relative);
    else if (sha256(await readFile(file)) === entry.sha256) intact.add(relative);
  });
  return intact;
}

/** What the cache records of the output just written: new files hashed from their content, reused ones as before. */
export async function recordOutputs(out: string, files: Map<string, FileContent>, previous: ReadonlyMap<string, OutputEntry>): Promise<Map<string, OutputEntry>> {
  const entries = [...files];
  const recorded = new Array<[string, OutputEntry] | null>(entries.length);
  await forEachLimited(entries, IO_CONCURRENCY, async ([relative, content], index) => {
    const status = await statusOf(path.join(out, relative));
    const hash = typeof content === 'string' || content instanceof Uint8Array ? sha256(content) : previous.get(relative)?.sha256;
    recorded[index] = status === null || hash === undefined ? null : [relative, { sha256: hash, status }];
  });
  return new Map(recorded.filter((entry): entry is [string, OutputEntry] => entry !== null));
}
