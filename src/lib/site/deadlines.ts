/** Where a task's deadline stands on the build day, and tasks in deadline order (agency, timeline and document pages). */
import { deadlineStatus, lastDay } from '../tasks/status.ts';
import type { DeadlineStatus } from '../../schemas/tasks.ts';
import type { TaskRecord } from '../../schemas/tasks.ts';

export interface TaskStatusView {
  status: DeadlineStatus | 'none';
  /** Last day the deadline allows, for sorting and <time>. */
  day: string | null;
}

export function taskStatus(task: TaskRecord, today: string): TaskStatusView {
  if (!task.deadline) return { status: 'none', day: null };
  return { status: deadlineStatus(task.deadline, today), day: lastDay(task.deadline) };
}

/** Tasks in deadline order (by last day, then document and text order); tasks without a day keep their order at the end. */
export function byDeadline(tasks: TaskRecord[]): TaskRecord[] {
  const keyed = tasks.map((task, index) => ({ task, index, day: task.deadline ? lastDay(task.deadline) : null }));
  return keyed
    .sort((a, b) => {
      if (a.day === null || b.day === null) return a.day === null ? (b.day === null ? a.index - b.index : 1) : -1;
      return a.day < b.day ? -1 : a.day > b.day ? 1 : a.index - b.index;
    })
    .map((item) => item.task);
}
