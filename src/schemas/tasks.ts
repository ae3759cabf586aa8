/** Tasks and deadlines: what the task extractor (src/lib/tasks/) finds and what content/generated/tasks.json holds. */
import { z } from 'astro/zod';

export const deadlineSchema = z.object({
  kind: z.enum(['date', 'month', 'quarter', 'year', 'recurring']),
  /**
   * `YYYY-MM-DD` (date), `YYYY-MM` (month), `YYYY-Qn` (quarter), `YYYY` (year), or null for a recurring task
   * and for a date whose year is unknown or that does not exist on the calendar.
   */
  iso: z.string().nullable(),
  /** As printed (OCR damage included), spaces squashed: `trước ngày 30/6/2025`, `Tháng 4 năm 2024`. */
  printed: z.string(),
});
/** When a task is due. */
export type Deadline = z.infer<typeof deadlineSchema>;

export const taskSchema = z.object({
  /** `{document}~{block}~{n}`: stable as long as the document's text does not change. */
  id: z.string(),
  /** The held document that states the task. */
  document: z.string(),
  /** Index (in the document's blocks) of the block (paragraph) stating it; its anchor is `#d{block}`. */
  block: z.number().int().nonnegative(),
  /** Responsible bodies (chủ trì, chỉ đạo, tham mưu, or the subject of the instruction), normalized. */
  lead: z.array(z.string()),
  /** Bodies that coordinate (phối hợp), normalized. */
  support: z.array(z.string()),
  /** What is asked, as printed: the clause(s) of the block that state the task, spaces squashed. */
  action: z.string(),
  deadline: deadlineSchema.nullable(),
});
export type TaskRecord = z.infer<typeof taskSchema>;

export const tasksFileSchema = z.array(taskSchema);

/** One assignment stated in a document, as the extractor finds it (before it is given its id and document). */
export type Task = Omit<TaskRecord, 'id' | 'document'>;

/** Where a deadline stands on the build day. */
export type DeadlineStatus = 'past' | 'upcoming' | 'recurring' | 'unknown';
