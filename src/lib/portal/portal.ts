/**
 * What the browse, agency and deadline pages read: facets, agencies and tasks, computed once per build
 * from the archive's collections (module-level cache, like getArchive).
 */
import type { DocumentRecord } from '../../schemas/archive.ts';
import { getArchive } from '../site/archive.ts';
import { deadlineStatus, lastDay } from '../tasks/status.ts';
import type { DeadlineStatus } from '../../schemas/tasks.ts';
import { agencies, type Agency } from './agencies.ts';
import { facetValues, type FacetValue } from './facets.ts';
import { FACETS, type FacetKey } from '../routes/paths.ts';
import type { TaskRecord } from '../../schemas/tasks.ts';

export interface Portal {
  facets: Map<FacetKey, FacetValue[]>;
  agencies: Agency[];
  agencyBySlug: Map<string, Agency>;
  today: string;
  tasks: TaskRecord[];
  recordById: Map<string, DocumentRecord>;
}

async function load(): Promise<Portal> {
  const archive = await getArchive();
  const facets = new Map(FACETS.map((key) => [key, facetValues(key, archive.newestFirst)] as const));
  const list = agencies(archive.newestFirst, archive.tasks);
  return {
    facets,
    agencies: list,
    agencyBySlug: new Map(list.map((agency) => [agency.slug, agency])),
    today: archive.today,
    tasks: archive.tasks,
    recordById: new Map(archive.newestFirst.map((record) => [record.id, record])),
  };
}

let cached: Promise<Portal> | undefined;

export function getPortal(): Promise<Portal> {
  cached ??= load();
  return cached;
}

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
