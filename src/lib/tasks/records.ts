/**
 * The tasks step's output: one document's extracted tasks as the records of content/generated/tasks.json,
 * with ids `{document}~{block}~{n}` (stable while the document's text is unchanged) and validated, so that
 * pages link to the paragraph each task is stated in (routes.paragraph).
 */
import { taskSchema, type Task, type TaskRecord } from '../../schemas/tasks.ts';

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
