/** /du-lieu/van-ban.json: the whole catalogue (documents, instruments, citations, legal statuses and changes) as JSON. */
import type { APIRoute } from 'astro';
import { licenceField } from '../../lib/portal/licence.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { getStatus } from '../../lib/site/status.ts';

export const GET: APIRoute = async () => {
  const [archive, status] = await Promise.all([getArchive(), getStatus()]);
  const citations = [...archive.citationsFrom.values()].flat();
  const statuses = archive.instruments.flatMap((instrument) => status.statusById.get(instrument.id) ?? []);
  const changes = [...status.changeById.values()];
  const body = { licence: licenceField(), documents: archive.newestFirst, instruments: archive.instruments, citations, statusDay: status.today, statuses, changes };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
