/**
 * content/generated/tasks.json as the ingest writes it: `${JSON.stringify(records)}\n` of every document's
 * task records, joined from per-document parts (the cache keeps each document's part, so that a rebuild
 * serializes only the documents that changed).
 */
import type { TaskRecord } from '../../schemas/tasks.ts';

/** One document's part: its records serialized without the array's brackets (empty when it states no task). */
export function tasksFilePart(records: TaskRecord[]): Buffer {
  return Buffer.from(JSON.stringify(records).slice(1, -1));
}

/** The whole file from the parts, byte-identical to serializing every record at once. */
export function tasksFile(parts: Uint8Array[]): Buffer {
  const items = parts.filter((part) => part.length > 0).flatMap((part, index) => (index === 0 ? [part] : [COMMA, part]));
  return Buffer.concat([OPEN, ...items, CLOSE]);
}
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']\n');
