/**
 * Tasks and deadlines, computed once at ingest time (pages never parse text) and written to
 * content/generated/tasks.json: one record per task stated in a held document, with the block (paragraph)
 * it is stated in, so that pages link to `/van-ban/{document}/#d{block}`.
 */
import { z } from 'astro/zod';
import { extractTasks } from '../tasks/extract.ts';
import type { Task } from '../tasks/types.ts';
import type { Block, PartialDate } from '../types.ts';

export const deadlineSchema = z.object({
  kind: z.enum(['date', 'month', 'quarter', 'year', 'recurring']),
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, `YYYY`, or null (recurring, year unknown, impossible date). */
  iso: z.string().nullable(),
  /** The deadline phrase as printed. */
  printed: z.string(),
});

export const taskSchema = z.object({
  /** `{document}~{block}~{n}`: stable as long as the document's text does not change. */
  id: z.string(),
  /** The held document that states the task. */
  document: z.string(),
  /** Index of the block (paragraph) stating it; its anchor is `#d{block}`. */
  block: z.number().int().nonnegative(),
  /** Responsible bodies (chủ trì), normalized. */
  lead: z.array(z.string()),
  /** Coordinating bodies (phối hợp), normalized. */
  support: z.array(z.string()),
  /** What is asked, as printed. */
  action: z.string(),
  deadline: deadlineSchema.nullable(),
});
export type TaskRecord = z.infer<typeof taskSchema>;

export const tasksFileSchema = z.array(taskSchema);

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
