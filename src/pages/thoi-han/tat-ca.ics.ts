/** /thoi-han/tat-ca.ics: every task deadline of the archive (RFC 5545). */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/t.ts';
import { calendarFile } from '../../lib/portal/calendar-files.ts';
import { getArchive } from '../../lib/site/archive.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return calendarFile(t('timeline.calendarName'), archive.tasks, site);
};
