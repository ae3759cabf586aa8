/**
 * Generated files are reused by the next run only when intact: the cache keeps each file's SHA-256 and
 * status (inode, size, modification time) as written; a file whose status changed is hashed again, and
 * one that was damaged, truncated or removed is rendered anew. (A hard link keeps inode and mtime, so a
 * reused file keeps its recorded status.)
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './cache.ts';
import { forEachLimited, IO_CONCURRENCY } from './concurrency.ts';
import type { FileContent } from './write.ts';

export interface OutputEntry {
  sha256: string;
  status: string;
}

/**
 * A file's status, or null when it is gone. Read synchronously: for 20,000 files a `stat` call costs a few
 * microseconds, its promise through the thread pool several times more.
 */
const statusOf = (file: string): string | null => {
  const info = statSync(file, { bigint: true, throwIfNoEntry: false });
  return info === undefined ? null : `${info.ino}:${info.size}:${info.mtimeNs}`;
};

/** The recorded outputs still as written, by path relative to the output folder, each with its status now. */
export async function intactOutputs(out: string, recorded: ReadonlyMap<string, OutputEntry>): Promise<Map<string, OutputEntry>> {
  const intact = new Map<string, OutputEntry>();
  const changed: Array<[string, OutputEntry, string]> = [];
  for (const [relative, entry] of recorded) {
    const status = statusOf(path.join(out, relative));
    if (status === null) continue;
    if (status === entry.status) intact.set(relative, entry);
    else changed.push([relative, entry, status]);
  }
  await forEachLimited(changed, IO_CONCURRENCY, async ([relative, entry, status]) => {
    if (sha256(await readFile(path.join(out, relative))) === entry.sha256) intact.set(relative, { sha256: entry.sha256, status });
  });
  return intact;
}

/**
 * What the cache records of the output just written: new files hashed (`digests`: the hashes taken as they
 * were written) and their status read; a reused file is a hard link to the intact file of the same name, so
 * its entry is that file's.
 */
export function recordOutputs(
  out: string,
  files: Map<string, FileContent>,
  intact: ReadonlyMap<string, OutputEntry>,
  digests: ReadonlyMap<string, string> = new Map(),
): Map<string, OutputEntry> {
  const recorded = new Map<string, OutputEntry>();
  for (const [relative, content] of files) {
    const file = path.join(out, relative);
    if (typeof content === 'string' || content instanceof Uint8Array) {
      const status = statusOf(file);
      if (status !== null) recorded.set(relative, { sha256: digests.get(relative) ?? sha256(content), status });
      continue;
    }
    const kept = content.reuse === file ? intact.get(relative) : undefined;
    if (kept) {
      recorded.set(relative, kept);
      continue;
    }
    const status = statusOf(file);
    const hash = intact.get(relative)?.sha256;
    if (status !== null && hash !== undefined) recorded.set(relative, { sha256: hash, status });
  }
  return recorded;
}
