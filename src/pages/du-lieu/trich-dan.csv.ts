/** /du-lieu/trich-dan.csv: every citation edge (from, to, relation, paragraph, printed form, sentence). */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/site/archive.ts';
import { citationsCsv } from '../../lib/portal/open-data.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  return new Response(citationsCsv([...archive.citationsFrom.values()].flat()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
