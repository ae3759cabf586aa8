/** /sitemap.xml: every page of the archive, for search engines and the portal. */
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/site/archive.ts';
import { sitePath } from '../lib/site/format.ts';
import { toXml, type XmlNode } from '../lib/portal/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const paths = ['', 'van-ban/', 'dan-chieu/', 'tim-kiem/', 'tra-cuu/', 'du-lieu/', ...archive.instruments.map((instrument) => `van-ban/${instrument.id}/`)];
  const urls: XmlNode[] = paths.map((relative) => ['url', {}, ['loc', {}, new URL(sitePath(relative), site).href]]);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(['urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, ...urls])}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
