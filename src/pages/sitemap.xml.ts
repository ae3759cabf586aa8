/** /sitemap.xml: every page of the archive, for search engines and the portal. */
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/site/archive.ts';
import { sitePath } from '../lib/site/format.ts';
import { toXml, type XmlNode } from '../lib/portal/xml.ts';
import { facetPaths, getPortal } from '../lib/portal/portal.ts';
import { pageCount as listPageCount, pagePath, type FacetKey } from '../lib/portal/facets.ts';
import { agencySections, sectionPages, timelineSections } from '../lib/portal/sections.ts';
import { LIST_PAGE_SIZE } from '../lib/site/lists.ts';
import { citingSources, citingPagePath, pageCount } from '../lib/site/citing-pages.ts';

const FACETS: FacetKey[] = ['loai', 'co-quan', 'nam', 'nguoi-ky'];

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const portal = await getPortal();
  const facetPages = (await Promise.all(FACETS.map(async (facet) => [`${facet}/`, ...(await facetPaths(facet)).map((entry) => `${facet}/${entry.params.path}/`)]))).flat();
  const citingPages = archive.instruments.flatMap((instrument) => {
    const pages = pageCount(citingSources(archive, instrument.id).length);
    return Array.from({ length: pages - 1 }, (_, index) => citingPagePath(instrument.id, index + 2));
  });
  const listPages = Array.from({ length: listPageCount(archive.newestFirst.length, LIST_PAGE_SIZE) - 1 }, (_, index) => pagePath('van-ban/', index + 2));
  const sectionLists = [
    ...sectionPages(timelineSections(portal)).map(({ rest }) => `thoi-han/${rest}/`),
    ...portal.agencies.flatMap((agency) => sectionPages(agencySections(agency)).map(({ rest }) => `co-quan-nhan/${agency.slug}/${rest}/`)),
  ];
  const paths = [
    '', 'van-ban/', ...listPages, ...sectionLists, 'dan-chieu/', 'tim-kiem/', 'tra-cuu/', 'du-lieu/', 'duyet/', 'thoi-han/', 'co-quan-nhan/',
    ...facetPages,
    ...portal.agencies.map((agency) => `co-quan-nhan/${agency.slug}/`),
    ...archive.instruments.map((instrument) => `van-ban/${instrument.id}/`),
    ...citingPages,
  ];
  const urls: XmlNode[] = paths.map((relative) => ['url', {}, ['loc', {}, new URL(sitePath(relative), site).href]]);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(['urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, ...urls])}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
