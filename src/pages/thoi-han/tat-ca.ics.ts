/** /thoi-han/tat-ca.ics: every task deadline of the archive (RFC 5545). */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/t.ts';
import { calendarFile } from '../../lib/portal/calendar-files.ts';
import { getPortal } from '../../lib/portal/portal.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  return calendarFile(t('timeline.calendarName'), portal.tasks, site);
};
