/** /du-lieu/van-ban/{id}.json: one held document's metadata, what it cites and who cites it, its legal status and changes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { licenceField } from '../../../lib/portal/licence.ts';
import { getArchive } from '../../../lib/site/archive.ts';
import { getStatus } from '../../../lib/site/status.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.newestFirst.map((record) => ({ params: { id: record.id }, props: { id: record.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const [archive, status] = await Promise.all([getArchive(), getStatus()]);
  const id = String(props.id);
  const body = {
    licence: licenceField(),
    document: archive.documentById.get(id)!.data,
    cites: archive.citationsFrom.get(id) ?? [],
    citedBy: archive.citationsTo.get(id) ?? [],
    statusDay: status.today,
    status: status.statusById.get(id) ?? null,
    changedBy: status.changesTo.get(id) ?? [],
    changes: status.changesFrom.get(id) ?? [],
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
