/** /_redirects: 301s from the old addresses of renamed documents, for hosts that read the file (src/lib/site/host-redirects.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../lib/site/archive.ts';
import { routes } from '../lib/routes/paths.ts';
import { hostRedirects } from '../lib/site/host-redirects.ts';

// Astro skips route files whose name starts with `_`: the file name comes in as a parameter.
export const getStaticPaths = (() => [{ params: { redirects: routes.redirects() } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response(hostRedirects(await getArchive()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
