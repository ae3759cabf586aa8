/**
 * The HTML Pagefind indexes for one page: the page's searchable blocks written in index words
 * (src/lib/search/index-words.ts), headings kept as headings for Pagefind's weights, and the page's
 * metadata, filters and sort keys. Built as a tree and serialized, so that document text stays text.
 * Result metadata is written in index words too (a title matches a query's pairs and is boosted through
 * `ranking.metaWeights`); the search page shows it with `displayText`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { indexText } from '../search/index-words.ts';
import type { PageText } from './page-text.ts';

/** Metadata kept as written (not a text a query matches as words). */
const RAW_META = new Set(['date', 'ocr']);

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export function searchRecordHtml(page: PageText): string {
  const body: ElementContent[] = page.blocks.map((block) => element(block.tag, {}, [{ type: 'text', value: indexText(block.text) }]));
  for (const [name, value] of Object.entries(page.meta)) {
    body.push(element('span', { dataPagefindMeta: `${name}[data-value]`, dataValue: RAW_META.has(name) ? value : indexText(value) }));
  }
  for (const [name, values] of Object.entries(page.filters)) {
    for (const value of values) body.push(element('span', { dataPagefindFilter: `${name}[data-value]`, dataValue: value }));
  }
  for (const [name, value] of Object.entries(page.sort)) {
    body.push(element('span', { dataPagefindSort: `${name}[data-value]`, dataValue: value }));
  }
  const root: Root = {
    type: 'root',
    children: [element('html', { lang: 'vi' }, [element('body', {}, [element('main', { dataPagefindBody: '' }, body)])])],
  };
  return toHtml(root);
}
