/** /du-lieu/van-ban.json: the whole catalogue (documents, instruments, citations) as JSON. */
import type { APIRoute } from 'astro';
import { licenceField } from '../../lib/portal/licence.ts';
import { getArchive } from '../../lib/site/archive.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const citations = [...archive.citationsFrom.values()].flat();
  const body = { licence: licenceField(), documents: archive.newestFirst, instruments: archive.instruments, citations };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
