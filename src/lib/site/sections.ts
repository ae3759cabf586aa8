/**
 * The long lists of the agency and timeline pages, as named sections: the summary page shows the first
 * few of each and links to the section's own paginated list (paths in the route table).
 */
import type { MessageKey } from '../../i18n/t.ts';
import type { DocumentRecord } from '../../schemas/archive.ts';
import type { Agency } from './agencies.ts';
import type { Archive } from './archive.ts';
import type { TaskRecord } from '../../schemas/tasks.ts';
import { byDeadline, taskStatus } from './deadlines.ts';
import { LIST_PAGE_SIZE, PREVIEW_SIZE, pageCount } from './lists.ts';
import type { AgencySection, TimelineSection } from '../routes/paths.ts';

export type ListSection<Slug extends string = string> =
  | { slug: Slug; title: MessageKey; kind: 'documents'; items: DocumentRecord[] }
  | { slug: Slug; title: MessageKey; kind: 'tasks'; items: TaskRecord[] };

export function agencySections(agency: Agency): Array<ListSection<AgencySection>> {
  return [
    { slug: 'kinh-gui', title: 'agency.addressed', kind: 'documents', items: agency.addressedBy },
    { slug: 'noi-nhan', title: 'agency.copied', kind: 'documents', items: agency.copiedBy },
    { slug: 'chu-tri', title: 'agency.leads', kind: 'tasks', items: byDeadline(agency.leads) },
    { slug: 'phoi-hop', title: 'agency.supports', kind: 'tasks', items: byDeadline(agency.supports) },
  ];
}

export function timelineSections(archive: Pick<Archive, 'tasks' | 'today'>): Array<ListSection<TimelineSection>> {
  const withDeadline = byDeadline(archive.tasks.filter((task) => task.deadline));
  const of = (status: string) => withDeadline.filter((task) => taskStatus(task, archive.today).status === status);
  return [
    { slug: 'sap-den-han', title: 'timeline.upcoming', kind: 'tasks', items: of('upcoming') },
    { slug: 'da-qua', title: 'timeline.past', kind: 'tasks', items: of('past').reverse() },
    { slug: 'thuong-xuyen', title: 'timeline.recurring', kind: 'tasks', items: of('recurring') },
    { slug: 'chua-ro-ngay', title: 'timeline.unknown', kind: 'tasks', items: of('unknown') },
  ];
}

/**
 * The static paths of the full lists of the sections the summary page cannot show whole (more than
 * PREVIEW_SIZE items): shorter sections are complete on the summary page and get no list of their own.
 */
export function sectionPages<Slug extends string>(sections: Array<ListSection<Slug>>): Array<{ section: ListSection<Slug>; page: number; pages: number }> {
  return sections.filter((section) => section.items.length > PREVIEW_SIZE).flatMap((section) => {
    const pages = pageCount(section.items.length, LIST_PAGE_SIZE);
    return Array.from({ length: pages }, (_, index) => ({ section, page: index + 1, pages }));
  });
}
