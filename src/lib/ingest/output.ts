/**
 * The ingest's output folder (content/generated): what the previous run left there, which a step may keep
 * instead of writing it again (hard-linked into the new output), and the new files, written atomically.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FileContent } from './write.ts';

/** Output files by path relative to the output folder. */
export type OutputFiles = Map<string, FileContent>;

export interface PreviousOutput {
  has: (relative: string) => boolean;
  /** The previous file kept as it is. */
  reuse: (relative: string) => FileContent;
}

/** Lists the folders' files of the previous output (none when absent): cheaper than 20,000 existsSync calls. */
export async function previousOutput(out: string, folders: readonly string[] = ['', 'documents', 'html', 'restored']): Promise<PreviousOutput> {
  const files = new Set<string>();
  for (const folder of folders) {
    const names = await readdir(path.join(out, folder)).catch(() => [] as string[]);
    for (const name of names) files.add(folder === '' ? name : `${folder}/${name}`);
  }
  return { has: (relative) => files.has(relative), reuse: (relative) => ({ reuse: path.join(out, relative) }) };
}
