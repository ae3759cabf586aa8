/** /co-quan-nhan/{slug}.ics: the deadlines of the tasks a body leads or supports (RFC 5545). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/t.ts';
import { calendarFile } from '../../lib/portal/calendar-files.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { agencyPages } from '../../lib/site/pages.ts';

/** The same bodies as their pages (routes.agencyCalendar beside routes.agency). */
export const getStaticPaths = (() => agencyPages()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const agency = archive.agencyBySlug.get(String(params.slug))!;
  return calendarFile(t('timeline.agencyCalendarName', { agency: agency.name }), agency.tasks, site);
};
