/**
 * The ingest's output folder (content/generated): what the previous run left there, which a step may keep
 * instead of writing it again (hard-linked into the new output), and the new files, written atomically.
 */
import path from 'node:path';
import type { StepMemory } from './cache.ts';
import { intactOutputs, type OutputEntry } from './outputs.ts';
import type { FileContent } from './write.ts';

/** Output files by path relative to the output folder. */
export type OutputFiles = Map<string, FileContent>;

export interface PreviousOutput {
  has: (relative: string) => boolean;
  /** The previous file kept as it is. */
  reuse: (relative: string) => FileContent;
  /** The intact files' hashes and statuses, by path relative to the output folder (outputs.ts). */
  intact: ReadonlyMap<string, OutputEntry>;
}

/**
 * The files of the previous output still as that run wrote them (outputs.ts: their recorded hash and status):
 * a file damaged, truncated or removed since is not reused but written anew.
 */
export async function previousOutput(out: string, recorded: StepMemory<OutputEntry>): Promise<PreviousOutput> {
  const intact = await intactOutputs(out, recorded.previous);
  return { has: (relative) => intact.has(relative), reuse: (relative) => ({ reuse: path.join(out, relative) }), intact };
}
