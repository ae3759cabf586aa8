/** /robots.txt: everything may be indexed; points to the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/routes/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
