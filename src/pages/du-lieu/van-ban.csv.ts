/** /du-lieu/van-ban.csv: one row per document and per cited instrument, every metadata field and its legal status. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/site/archive.ts';
import { absoluteUrl, routes } from '../../lib/routes/paths.ts';
import { catalogueCsv } from '../../lib/portal/open-data.ts';
import { getStatus } from '../../lib/site/status.ts';

export const GET: APIRoute = async ({ site }) => {
  const [archive, status] = await Promise.all([getArchive(), getStatus()]);
  const citations = [...archive.citationsFrom.values()].flat();
  const changes = [...status.changeById.values()];
  const catalogue = { documents: archive.newestFirst, instruments: archive.instruments, citations, statuses: status.statusById, changes };
  const csv = catalogueCsv(catalogue, (id) => absoluteUrl(routes.document(id), site));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
