/** /tra-cuu/so/{number}.json: every instrument with that number (see src/lib/search/lookup.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/site/archive.ts';
import { getStatus, statusLabel, statusOf } from '../../../lib/site/status.ts';
import { formatDate } from '../../../lib/site/format.ts';
import { buildLookupFiles, type LookupEntry } from '../../../lib/search/lookup.ts';

export const getStaticPaths = (async () => {
  const [archive, status] = await Promise.all([getArchive(), getStatus()]);
  const files = buildLookupFiles(
    archive.instruments.map((instrument) => ({
      ...instrument,
      displayDate: instrument.date ? formatDate(instrument.date) : null,
      year: instrument.date ? instrument.date.iso.slice(0, 4) : null,
      subject: archive.documentById.get(instrument.id)?.data.subject ?? instrument.about[0] ?? null,
      status: statusLabel(statusOf(status, instrument.id)),
    })),
  );
  return [...files].map(([number, entries]) => ({ params: { number }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.entries as LookupEntry[]), { headers: { 'Content-Type': 'application/json' } });
