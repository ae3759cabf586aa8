/**
 * The JavaScript heap the build's Node steps (ingest, Astro) may use: three quarters of the machine's
 * memory. Node's default limit (about 4 GB here, whatever the machine has) stops an archive of 50,000
 * documents long before the machine runs out of memory.
 */
import os from 'node:os';

export function heapFlags(totalBytes: number = os.totalmem()): string[] {
  return [`--max-old-space-size=${Math.max(2048, Math.floor((totalBytes / 2 ** 20) * 0.75))}`];
}
