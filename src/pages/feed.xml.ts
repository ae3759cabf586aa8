/** /feed.xml: an Atom feed of the newest documents. Dates come from the documents, never the clock. */
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/site/archive.ts';
import { absoluteUrl, routes } from '../lib/routes/paths.ts';
import { toXml, type XmlNode } from '../lib/portal/xml.ts';
import { t } from '../i18n/t.ts';

const FEED_SIZE = 50;

/** Atom needs a full timestamp: a document known to the month or year is dated at its first day. */
function atomDate(iso: string): string {
  const [year, month = '01', day = '01'] = iso.split('-');
  return `${year}-${month}-${day}T00:00:00+07:00`;
}

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const dated = archive.newestFirst.filter((record) => record.date).slice(0, FEED_SIZE);
  const absolute = (path: string) => absoluteUrl(path, site);
  const entries: XmlNode[] = dated.map((record) => [
    'entry', {},
    ['title', {}, `${record.title}${record.subject ? `: ${record.subject}` : ''}`],
    ['link', { href: absolute(routes.document(record.id)) }],
    ['id', {}, absolute(routes.document(record.id))],
    ['updated', {}, atomDate(record.date!.iso)],
    ['author', {}, ['name', {}, record.issuer ?? t('value.unknown')]],
    ['summary', {}, record.citation],
  ]);
  const updated = dated[0] ? atomDate(dated[0].date!.iso) : '1970-01-01T00:00:00Z';
  const feed: XmlNode = [
    'feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'vi' },
    ['title', {}, t('site.name')],
    ['subtitle', {}, t('site.tagline')],
    ['link', { href: absolute(routes.feed()), rel: 'self' }],
    ['link', { href: absolute(routes.home()) }],
    ['id', {}, absolute(routes.home())],
    ['updated', {}, updated],
    ...entries,
  ];
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${toXml(feed)}\n`, { headers: { 'Content-Type': 'application/atom+xml' } });
};
