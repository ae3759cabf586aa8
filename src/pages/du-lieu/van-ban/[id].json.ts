/** /du-lieu/van-ban/{id}.json: one held document's metadata, what it cites and who cites it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { licenceField } from '../../../lib/portal/licence.ts';
import { getArchive } from '../../../lib/site/archive.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.newestFirst.map((record) => ({ params: { id: record.id }, props: { id: record.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const archive = await getArchive();
  const id = String(props.id);
  const body = {
    licence: licenceField(),
    document: archive.documentById.get(id)!.data,
    cites: archive.citationsFrom.get(id) ?? [],
    citedBy: archive.citationsTo.get(id) ?? [],
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
