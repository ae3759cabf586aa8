/**
 * Tasks and deadlines, computed once at ingest time (pages never parse text) and written to
 * content/generated/tasks.json: one record per task stated in a held document, with the block (paragraph)
 * it is stated in, so that pages link to `/van-ban/{document}/#d{block}`.
 */
import { extractTasks } from '../tasks/extract.ts';
import { taskSchema, type Task, type TaskRecord } from '../../schemas/tasks.ts';
import type { Block } from '../../schemas/text.ts';
import type { PartialDate } from '../../schemas/metadata.ts';

export interface TaskSource {
  id: string;
  blocks: Block[];
  date: PartialDate | null;
}

/** Every task of every document, in document-id then text order, validated. */
export function tasksForDocuments(documents: TaskSource[]): TaskRecord[] {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.flatMap((document) => taskRecords(document.id, extractTasks(document.blocks, document.date)));
}

/**
 * The records of one document's extracted tasks (for an ingest that caches `extractTasks` output per
 * source instead of keeping every document's blocks): ids `{document}~{block}~{n}`, validated.
 */
export function taskRecords(documentId: string, tasks: Task[]): TaskRecord[] {
  const perBlock = new Map<number, number>();
  return tasks.map((task) => {
    const n = perBlock.get(task.block) ?? 0;
    perBlock.set(task.block, n + 1);
    return taskSchema.parse({
      id: `${documentId}~${task.block}~${n}`,
      document: documentId,
      block: task.block,
      lead: task.lead,
      support: task.support,
      action: task.action,
      deadline: task.deadline,
    });
  });
}

/**
 * tasks.json: `${JSON.stringify(records)}\n` of all records, joined from per-document parts (each document's
 * `JSON.stringify(records)` without its brackets, empty when it states no task), which the ingest caches.
 */
export function tasksFile(parts: Uint8Array[]): Buffer {
  const items = parts.filter((part) => part.length > 0).flatMap((part, index) => (index === 0 ? [part] : [COMMA, part]));
  return Buffer.concat([OPEN, ...items, CLOSE]);
}
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']\n');
