/** The iCalendar files of the site: every deadline, and one body's deadlines. */
import { t } from '../../i18n/t.ts';
import { getArchive } from '../site/archive.ts';
import { absoluteUrl, routes } from '../routes/paths.ts';
import { calendar, taskEvents } from './ical.ts';
import type { TaskRecord } from '../../schemas/tasks.ts';

export async function calendarFile(name: string, tasks: TaskRecord[], site: URL | undefined): Promise<Response> {
  const archive = await getArchive();
  const origin = site ?? new URL('http://localhost/');
  const events = taskEvents(tasks, {
    urlOf: (task) => absoluteUrl(routes.paragraph(task.document, task.block), origin),
    titleOf: (task) => archive.documentById.get(task.document)?.data.title ?? task.document,
    host: origin.hostname,
    labels: { deadline: t('tasks.deadline'), support: t('tasks.support') },
  });
  return new Response(calendar(name, events, archive.today), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
