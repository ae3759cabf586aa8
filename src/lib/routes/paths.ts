/**
 * The route table: every path of the site, built here and nowhere else (a test scans the code for
 * hand-built ones). Paths are relative to the site's base, without a leading `/` (`van-ban/57-nq-cp-2022/`);
 * `href` puts the base in front (`/` or `/luu-tru/` with BASE_PATH). Pure functions with no imports, so
 * that pages, the ingest (citation links in bodies), the browser scripts and the tests all share them.
 */

/** The four browse facets, by their URL segment: type, issuer, year, signer. */
export const FACETS = ['loai', 'co-quan', 'nam', 'nguoi-ky'] as const;
export type FacetKey = (typeof FACETS)[number];

/** The sections of an agency page and of the deadline timeline that have lists of their own. */
export const AGENCY_SECTIONS = ['kinh-gui', 'noi-nhan', 'chu-tri', 'phoi-hop'] as const;
export const TIMELINE_SECTIONS = ['sap-den-han', 'da-qua', 'thuong-xuyen', 'chua-ro-ngay'] as const;
export type AgencySection = (typeof AGENCY_SECTIONS)[number];
export type TimelineSection = (typeof TIMELINE_SECTIONS)[number];

/** Page `page` (1-based) of a listing whose first page is `first`: `{first}trang-{n}/` after the first. */
export function paged(first: string, page: number): string {
  return page <= 1 ? first : `${first}trang-${page}/`;
}

export const routes = {
  home: () => '',
  /** Every held document, newest first. */
  documentList: (page = 1) => paged('van-ban/', page),
  /** One instrument: the document when held, else what is known of it; page 1 of its citing documents. */
  document: (id: string) => `van-ban/${id}/`,
  /** Paragraph `block` of a held document (the anchors the body's blocks carry). */
  paragraph: (id: string, block: number) => `van-ban/${id}/#${paragraphAnchor(block)}`,
  /** Page `page` of the documents citing instrument `id` (page 1 is the instrument page). */
  citing: (id: string, page: number) => paged(`van-ban/${id}/`, page),
  /** The original source file of a held document, with the extension of its format. */
  source: (id: string, extension: string) => `nguon/${id}.${extension}`,
  instruments: () => 'dan-chieu/',
  browse: () => 'duyet/',
  facet: (facet: FacetKey) => `${facet}/`,
  facetValue: (facet: FacetKey, slug: string, page = 1) => paged(`${facet}/${slug}/`, page),
  /** Every instrument by legal status (src/lib/status/): the statuses with their counts. */
  legalStatuses: () => 'hieu-luc/',
  /** The instruments of one legal status (`hieu-luc/con-hieu-luc/`), 20 a page. */
  legalStatus: (status: string, page = 1) => paged(`hieu-luc/${status}/`, page),
  agencies: () => 'co-quan-nhan/',
  agency: (slug: string) => `co-quan-nhan/${slug}/`,
  agencyCalendar: (slug: string) => `co-quan-nhan/${slug}.ics`,
  agencySection: (slug: string, section: AgencySection, page = 1) => paged(`co-quan-nhan/${slug}/${section}/`, page),
  timeline: () => 'thoi-han/',
  timelineSection: (section: TimelineSection, page = 1) => paged(`thoi-han/${section}/`, page),
  timelineCalendar: () => 'thoi-han/tat-ca.ics',
  /** The search page, with a query when given (`tim-kiem/?q=…`). */
  search: (query?: string) => (query ? `tim-kiem/?q=${encodeURIComponent(query)}` : 'tim-kiem/'),
  lookup: () => 'tra-cuu/',
  /** Every instrument with number `key` (the number without leading zeros), for the look-up scripts. */
  lookupNumber: (key: string) => `tra-cuu/so/${key}.json`,
  openData: () => 'du-lieu/',
  /** How to link to the archive (a prose page in MDX): the URL promise for the provincial portal. */
  linking: () => 'lien-ket/',
  catalogueJson: () => 'du-lieu/van-ban.json',
  catalogueCsv: () => 'du-lieu/van-ban.csv',
  citationsCsv: () => 'du-lieu/trich-dan.csv',
  /** Every amending relation (sửa đổi, thay thế, bãi bỏ…), one row each. */
  changesCsv: () => 'du-lieu/thay-doi-hieu-luc.csv',
  /** The data dictionary: a Frictionless Data Package describing the files above, column by column. */
  dataPackage: () => 'du-lieu/datapackage.json',
  documentJson: (id: string) => `du-lieu/van-ban/${id}.json`,
  feed: () => 'feed.xml',
  sitemap: () => 'sitemap.xml',
  robots: () => 'robots.txt',
  /** Redirects of changed identities for hosts that read one (Netlify, Cloudflare Pages). */
  redirects: () => '_redirects',
  favicon: () => 'favicon.svg',
} as const;

/** The id of paragraph `block` of a document body (`d12`): the target of paragraph links. */
export function paragraphAnchor(block: number): string {
  return `d${block}`;
}

/** The folder of the built site that holds the document and instrument pages, and their glob. */
export const DOCUMENT_FOLDER = 'van-ban';
export const DOCUMENT_PAGES_GLOB = `${DOCUMENT_FOLDER}/*/index.html`;

/** The base the site is built for, ending in `/` (Astro's BASE_URL; `/` outside a Vite build). */
export function siteBase(): string {
  return (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
}

/** A route's path under the base, for links (`/luu-tru/van-ban/…/` when served under the portal). */
export function href(path: string, base: string = siteBase()): string {
  return `${base}${path}`;
}

/** A route's absolute URL on `site` (canonical links, feed, sitemap, calendars, JSON-LD). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').href;
}
