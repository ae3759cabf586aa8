/**
 * Every page the site builds, family by family, from the read model: each route file's getStaticPaths
 * maps one of these lists, and the sitemap joins the lists of HTML pages, so that a page cannot be built
 * without being listed or listed without being built. Paths come from the route table (src/lib/routes/paths.ts).
 */
import { extensionOf, FORMATS } from '../extract/formats.ts';
import { getArchive } from './archive.ts';
import { citingSources, pageCount as citingPageCount } from './citing-pages.ts';
import { FACET_PAGE_SIZE, LIST_PAGE_SIZE, pageCount, pageOf } from './lists.ts';
import { agencySections, sectionPages, timelineSections } from './sections.ts';
import type { Body } from '../../schemas/bodies.ts';
import type { DocumentRecord } from '../../schemas/archive.ts';
import { FACETS, routes, type FacetKey } from '../routes/paths.ts';
import { statusGroups } from './status.ts';
import type { StatusValue } from '../../schemas/status.ts';

/** One built page: its path (from the route table), the route file's params and the props it renders. */
export interface BuiltPage<Params extends Record<string, string | undefined>, Props> {
  path: string;
  params: Params;
  props: Props;
}

/** A rest parameter (`[...path]`): the path below the route file's own prefix, without the final `/`. */
function rest(path: string, prefix: string): string | undefined {
  return path.slice(prefix.length).replace(/\/$/, '') || undefined;
}

/** The numbers 1…n. */
const upTo = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

/** /van-ban/trang-{n}/: the further pages of the list of every held document (page 1 is its own route). */
export async function documentListPages() {
  const archive = await getArchive();
  return upTo(pageCount(archive.newestFirst.length, LIST_PAGE_SIZE)).slice(1).map((page) => ({ path: routes.documentList(page), params: { page: String(page) }, props: { page } }));
}

/** /van-ban/{id}/: every instrument, held or cited. */
export async function instrumentPages(): Promise<Array<BuiltPage<{ id: string }, { id: string; redirectTo?: string }>>> {
  const archive = await getArchive();
  return archive.instruments.map((instrument) => ({ path: routes.document(instrument.id), params: { id: instrument.id }, props: { id: instrument.id } }));
}

/** /van-ban/{old id}/: a page leading to the new address of each document whose identity was changed. */
export async function redirectPages() {
  const archive = await getArchive();
  return archive.redirects.map(({ from, to }) => ({ path: routes.document(from), params: { id: from }, props: { id: from, redirectTo: to } }));
}

/** /van-ban/{id}/trang-{n}/: the further pages of the documents citing an instrument. */
export async function citingPages() {
  const archive = await getArchive();
  return archive.instruments.flatMap((instrument) =>
    upTo(citingPageCount(citingSources(archive, instrument.id).length)).slice(1).map((page) => ({
      path: routes.citing(instrument.id, page),
      params: { id: instrument.id, page: String(page) },
      props: { id: instrument.id, page },
    })),
  );
}

export type FacetPageProps =
  | { kind: 'index'; facet: FacetKey }
  | { kind: 'value'; facet: FacetKey; slug: string; label: string | null; page: number; pages: number; total: number; records: DocumentRecord[]; body?: Body };

/** /{facet}/ and /{facet}/{slug}/(trang-{n}/): one route file serves the four facets. */
export async function facetPages(): Promise<Array<BuiltPage<{ facet: FacetKey; path: string | undefined }, FacetPageProps>>> {
  const archive = await getArchive();
  return FACETS.flatMap((facet) => [
    { path: routes.facet(facet), params: { facet, path: undefined }, props: { kind: 'index' as const, facet } },
    ...(archive.facets.get(facet) ?? []).flatMap((value) => {
      const pages = pageCount(value.records.length, FACET_PAGE_SIZE);
      return upTo(pages).map((page) => {
        const path = routes.facetValue(facet, value.slug, page);
        return { path, params: { facet, path: rest(path, routes.facet(facet)) }, props: { kind: 'value' as const, facet, slug: value.slug, label: value.label, page, pages, total: value.records.length, records: pageOf(value.records, page, FACET_PAGE_SIZE), ...(value.body ? { body: value.body } : {}) } };
      });
    }),
  ]);
}

export type LegalStatusPageProps =
  | { kind: 'index' }
  | { kind: 'value'; status: StatusValue; page: number; pages: number; total: number; ids: string[] };

/** /hieu-luc/ and /hieu-luc/{status}/(trang-{n}/): every instrument, held or cited, by legal status. */
export async function legalStatusPages(): Promise<Array<BuiltPage<{ path: string | undefined }, LegalStatusPageProps>>> {
  const groups = await statusGroups();
  return [
    { path: routes.legalStatuses(), params: { path: undefined }, props: { kind: 'index' as const } },
    ...groups.flatMap(({ status, ids }) => {
      const pages = pageCount(ids.length, FACET_PAGE_SIZE);
      return upTo(pages).map((page) => {
        const path = routes.legalStatus(status, page);
        return { path, params: { path: rest(path, routes.legalStatuses()) }, props: { kind: 'value' as const, status, page, pages, total: ids.length, ids: pageOf(ids, page, FACET_PAGE_SIZE) } };
      });
    }),
  ];
}

/** /co-quan-nhan/{slug}/: one page per receiving body. */
export async function agencyPages() {
  const archive = await getArchive();
  return archive.agencies.map((agency) => ({ path: routes.agency(agency.slug), params: { slug: agency.slug }, props: { slug: agency.slug } }));
}

/** /co-quan-nhan/{slug}/{section}/(trang-{n}/): the whole lists of an agency page's long sections. */
export async function agencySectionPages() {
  const archive = await getArchive();
  return archive.agencies.flatMap((agency) =>
    sectionPages(agencySections(agency)).map(({ section, page, pages }) => {
      const path = routes.agencySection(agency.slug, section.slug, page);
      const owner = routes.agency(agency.slug);
      return { path, params: { slug: agency.slug, rest: rest(path, owner) }, props: { owner: agency.name, ownerPath: owner, first: routes.agencySection(agency.slug, section.slug), section, page, pages } };
    }),
  );
}

/** /thoi-han/{section}/(trang-{n}/): the whole lists of the timeline's long sections. */
export async function timelineSectionPages(owner: string) {
  const archive = await getArchive();
  return sectionPages(timelineSections(archive)).map(({ section, page, pages }) => {
    const path = routes.timelineSection(section.slug, page);
    return { path, params: { rest: rest(path, routes.timeline()) }, props: { owner, ownerPath: routes.timeline(), first: routes.timelineSection(section.slug), section, page, pages } };
  });
}

/** /nguon/{id}.{extension}: the original of each held document, in its own format. */
export async function sourceFiles() {
  const archive = await getArchive();
  return archive.newestFirst.map((record) => {
    const path = routes.source(record.id, sourceExtension(record));
    return { path, params: { file: path.slice(path.lastIndexOf('/') + 1) }, props: { sourceFile: record.sourceFile, mediaType: sourceMediaType(record) } };
  });
}

/** The extension a held document's original is served with: its own, lower-case (`.pdf`, `.docx`, `.tif`). */
export function sourceExtension(record: DocumentRecord): string {
  return extensionOf(record.sourceFile);
}

/** The media type of the original (src/lib/extract/formats.ts). */
export function sourceMediaType(record: DocumentRecord): string {
  return FORMATS[extensionOf(record.sourceFile)]?.mediaType ?? 'application/octet-stream';
}

/** The pages without parameters, each its own route file. */
export const SINGLE_PAGES: readonly string[] = [
  routes.home(), routes.documentList(), routes.instruments(), routes.search(), routes.lookup(), routes.openData(),
  routes.browse(), routes.timeline(), routes.agencies(), routes.linking(),
];

/** Every canonical HTML page, for the sitemap (redirect pages, files and the 404 page are not pages of their own). */
export async function sitemapPaths(): Promise<string[]> {
  const families = await Promise.all([documentListPages(), facetPages(), legalStatusPages(), agencyPages(), agencySectionPages(), timelineSectionPages(''), instrumentPages(), citingPages()]);
  return [...SINGLE_PAGES, ...families.flat().map((page) => page.path)];
}
