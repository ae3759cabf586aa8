/** /du-lieu/thay-doi-hieu-luc.csv: every amending relation (sửa đổi, thay thế, bãi bỏ…), with the sentence that states it. */
import type { APIRoute } from 'astro';
import { changesCsv } from '../../lib/portal/open-data.ts';
import { getStatus } from '../../lib/site/status.ts';

export const GET: APIRoute = async () => {
  const status = await getStatus();
  return new Response(changesCsv([...status.changeById.values()]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
