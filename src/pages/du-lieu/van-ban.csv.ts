/** /du-lieu/van-ban.csv: one row per document and per cited instrument, every metadata field. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/site/archive.ts';
import { absoluteUrl, routes } from '../../lib/routes/paths.ts';
import { catalogueCsv } from '../../lib/portal/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const citations = [...archive.citationsFrom.values()].flat();
  const csv = catalogueCsv({ documents: archive.newestFirst, instruments: archive.instruments, citations }, (id) => absoluteUrl(routes.document(id), site));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
