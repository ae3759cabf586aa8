/**
 * /feed.xml: an Atom feed of the newest documents, every held document eligible. A document is dated by its
 * date of issue (one known to the month or year by its first day); an undated one by the day it entered the
 * archive (src/lib/portal/entered.ts). The newest FEED_SIZE entries are listed; the sitemap and the open
 * data list every document.
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/site/archive.ts';
import { absoluteUrl, routes } from '../lib/routes/paths.ts';
import { enteredArchive } from '../lib/portal/entered.ts';
import { toXml, type XmlNode } from '../lib/portal/xml.ts';
import { t } from '../i18n/t.ts';

const FEED_SIZE = 50;

/** Atom needs a full timestamp: midnight in Việt Nam of the day (the first day of a month or year). */
function atomDate(iso: string): string {
  const [year, month = '01', day = '01'] = iso.split('-');
  return `${year}-${month}-${day}T00:00:00+07:00`;
}

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const dated = archive.newestFirst
    .map((record) => ({ record, updated: atomDate(record.date?.iso ?? enteredArchive(record.sourceFile)) }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.record.id.localeCompare(b.record.id))
    .slice(0, FEED_SIZE);
  const absolute = (path: string) => absoluteUrl(path, site);
  const entries: XmlNode[] = dated.map(({ record, updated }) => [
    'entry', {},
    ['title', {}, `${record.title}${record.subject ? `: ${record.subject}` : ''}`],
    ['link', { href: absolute(routes.document(record.id)) }],
    ['id', {}, absolute(routes.document(record.id))],
    ['updated', {}, updated],
    ['author', {}, ['name', {}, record.issuer ?? t('value.unknown')]],
    ['summary', {}, record.date ? record.citation : `${record.citation} (${t('feed.undated')})`],
  ]);
  const updated = dated[0]?.updated ?? '1970-01-01T00:00:00Z';
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
