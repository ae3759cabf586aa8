/**
 * Writes the generated folder atomically: everything goes into a sibling temp folder first, then one
 * rename swaps it in. A run that fails before the swap leaves the previous output untouched.
 */
import { linkSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { forEachLimited, IO_CONCURRENCY } from './concurrency.ts';

/** A file's new content, or an unchanged file of the previous output to reuse (hard-linked, not copied). */
export type FileContent = string | Uint8Array | { reuse: string };

/** `onWritten` is given the bytes of each file written from content (the caller hashes them without encoding the text again). */
export async function writeFolderAtomically(target: string, files: Map<string, FileContent>, onWritten?: (relative: string, bytes: Uint8Array) => void): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const temp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  try {
    const relatives = [...files.keys()].sort();
    for (const folder of new Set(relatives.map((relative) => path.dirname(path.join(temp, relative))))) await mkdir(folder, { recursive: true });
    // Reused files are linked synchronously: a link is a few microseconds, its promise several times more.
    const written: string[] = [];
    for (const relative of relatives) {
      const content = files.get(relative)!;
      if (typeof content === 'string' || content instanceof Uint8Array) written.push(relative);
      else linkSync(content.reuse, path.join(temp, relative));
    }
    await forEachLimited(written, IO_CONCURRENCY, async (relative) => {
      const content = files.get(relative) as string | Uint8Array;
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      await writeFile(path.join(temp, relative), bytes);
      onWritten?.(relative, bytes);
    });
    await rm(old, { recursive: true, force: true });
    let hadPrevious = true;
    await rename(target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      hadPrevious = false;
    });
    await rename(temp, target);
    // Synchronously too: the previous output is 20,000 links at 10,000 documents.
    if (hadPrevious) rmSync(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
