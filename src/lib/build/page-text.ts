/**
 * What the search index takes from a built document or instrument page: the text a reader would search,
 * in blocks, and the result metadata, filters and sort keys the page declares for Pagefind.
 *
 * Read with the rules Pagefind applies to a page (only inside `data-pagefind-body`; nothing inside
 * `data-pagefind-ignore` nor inside the elements Pagefind drops: nav, form, label, script…; meta, filter
 * and sort attributes wherever they are), so that the page markup stays the one place that says what is
 * searchable. Two parts of a document's own text are left out as well, since every document carries them
 * and nobody searches for them: the national motto lines of its header and its distribution list
 * (`Nơi nhận`), known by the classes the ingest gives them.
 */
import { Parser } from 'htmlparser2';
import { isMotto } from '../parse/keywords.ts';
import { makeLine } from '../parse/lines.ts';

export interface TextBlock {
  /** The element the text came from, for Pagefind's heading weights: `h1`…`h6`, else `p`. */
  tag: string;
  text: string;
}

export interface PageText {
  /** The page has a `data-pagefind-body`: Pagefind would index it. */
  body: boolean;
  blocks: TextBlock[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Elements whose text Pagefind never indexes (its REMOVE_SELECTORS). */
const DROPPED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template', 'textarea']);
const BLOCKS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'section', 'article', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'tr', 'td', 'th', 'blockquote', 'br', 'main', 'header', 'aside', 'figure', 'figcaption', 'pre',
]);
const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'hr', 'wbr', 'source', 'area', 'col', 'embed', 'track']);
const HEADING = /^h[1-6]$/;

/** The attribute name a `data-pagefind-*` value reads from: `title[data-value]` → `title`, `data-value`. */
function attributeValue(spec: string, attributes: Record<string, string>): [string, string] | null {
  const match = /^\s*([^[\]:]+?)\s*(?:\[([^\]]+)\])?\s*$/.exec(spec);
  if (!match) return null;
  const value = match[2] ? attributes[match[2]] : undefined;
  return value === undefined ? null : [match[1]!, value];
}

function skippedSection(classes: string, text: string): boolean {
  if (/\bvb-noi-nhan\b/.test(classes)) return true;
  return /\bvb-dau\b/.test(classes) && isMotto(makeLine([{ text }]));
}

interface Frame { tag: string; indexed: boolean; classes: string; start: number }

export function readPageText(html: string): PageText {
  const page: PageText = { body: false, blocks: [], meta: {}, filters: {}, sort: {} };
  const stack: Frame[] = [];
  let text = '';
  let blockTag = 'p';
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) page.blocks.push({ tag: blockTag, text: clean });
    text = '';
    blockTag = 'p';
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const parent = stack.at(-1);
        const inBody = parent?.indexed ?? false;
        if ('data-pagefind-body' in attributes) page.body = true;
        const indexed = 'data-pagefind-body' in attributes || (inBody && !('data-pagefind-ignore' in attributes) && !DROPPED.has(tag));
        const meta = attributes['data-pagefind-meta'] && attributeValue(attributes['data-pagefind-meta'], attributes);
        if (meta) page.meta[meta[0]] = meta[1];
        const filter = attributes['data-pagefind-filter'] && attributeValue(attributes['data-pagefind-filter'], attributes);
        if (filter) (page.filters[filter[0]] ??= []).push(filter[1]);
        const sort = attributes['data-pagefind-sort'] && attributeValue(attributes['data-pagefind-sort'], attributes);
        if (sort) page.sort[sort[0]] = sort[1];
        if (BLOCKS.has(tag)) flush();
        if (HEADING.test(tag)) blockTag = tag;
        if (!VOID.has(tag)) stack.push({ tag, indexed, classes: attributes.class ?? '', start: page.blocks.length });
      },
      ontext(chunk) {
        if (stack.at(-1)?.indexed) text += chunk;
      },
      onclosetag(tag) {
        if (VOID.has(tag)) return;
        const frame = stack.pop();
        if (BLOCKS.has(tag)) flush();
        if (frame && /\bvb-(?:dau|noi-nhan)\b/.test(frame.classes)) {
          const added = page.blocks.slice(frame.start);
          const kept = added.filter((block) => !skippedSection(frame.classes, block.text));
          page.blocks.splice(frame.start, added.length, ...kept);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return page;
}
