/** /sitemap.xml: every canonical page of the archive, from the same lists the routes build (routes/pages.ts). */
import type { APIRoute } from 'astro';
import { toXml, type XmlNode } from '../lib/portal/xml.ts';
import { absoluteUrl } from '../lib/routes/paths.ts';
import { sitemapPaths } from '../lib/site/pages.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls: XmlNode[] = (await sitemapPaths()).map((path) => ['url', {}, ['loc', {}, absoluteUrl(path, site)]]);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(['urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, ...urls])}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
