/**
 * Renders the MDX the ingest writes to HTML, once per document, without turning each document into a
 * JavaScript module (the cost that made per-document MDX modules slow at 10,000 documents).
 *
 * The MDX is parsed with the real MDX syntax (micromark + mdxjs) into mdast and rendered by a small,
 * closed vocabulary: markdown paragraphs, headings, emphasis, and the JSX elements the ingest emits
 * (`div`, `ul`, `li` with `id`/`class`/`data-marker`, and `<Ref to label>`). Anything else — an
 * expression, an import/export, an unknown element or attribute — is an error, never output: the ingest
 * never writes such things, so meeting one means the file was not produced by the ingest.
 */
import type { Nodes, Parents } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { href, routes } from '../routes/paths.ts';
import { isId } from '../identity/index.ts';

/**
 * Stands for the site base in HTML rendered before the base is known (by the ingest). NUL can never occur
 * in document text (a source holding it is refused as binary), so replacing it is unambiguous.
 */
export const BASE_TOKEN = '\u0000base\u0000';

/** The YAML frontmatter block at the head of an MDX file the ingest writes (src/lib/mdx/serialize.ts); group 1 is the YAML. */
export const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

export interface RenderOptions {
  /** Site base path ending in `/` (`/` or `/luu-tru/`): citation links point to `{base}van-ban/{to}/`. */
  base: string;
}

const ELEMENTS: Record<string, readonly string[]> = {
  div: ['id', 'class'],
  ul: ['class'],
  li: ['id', 'data-marker'],
  Ref: ['to', 'label'],
};

export class MdxRenderError extends Error {
  override name = 'MdxRenderError';
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributes(node: MdxJsxFlowElement | MdxJsxTextElement): Map<string, string> {
  const allowed = ELEMENTS[node.name ?? ''];
  if (!allowed) throw new MdxRenderError(`phần tử <${node.name ?? ''}> không thuộc định dạng của bước nhập`);
  const result = new Map<string, string>();
  for (const attribute of node.attributes) {
    const { name, value } = attribute as MdxJsxAttribute;
    if (attribute.type !== 'mdxJsxAttribute' || typeof value !== 'string' || !allowed.includes(name)) {
      throw new MdxRenderError(`thuộc tính không hợp lệ trên <${node.name}>`);
    }
    result.set(name, value);
  }
  return result;
}

function element(node: MdxJsxFlowElement | MdxJsxTextElement, options: RenderOptions): string {
  const attrs = attributes(node);
  const inner = children(node, options);
  if (node.name === 'Ref') {
    const to = attrs.get('to') ?? '';
    if (!isId(to)) throw new MdxRenderError(`mã văn bản "${to}" trong <Ref> không hợp lệ`);
    return `<a class="ref" href="${escapeHtml(href(routes.document(to), options.base))}" title="${escapeHtml(attrs.get('label') ?? '')}">${inner}</a>`;
  }
  const rendered = [...attrs].map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<${node.name}${rendered}>${inner}</${node.name}>`;
}

function children(node: Parents, options: RenderOptions): string {
  return node.children.map((child) => render(child, options)).join('');
}

function render(node: Nodes, options: RenderOptions): string {
  switch (node.type) {
    case 'root':
      return children(node, options);
    case 'paragraph':
      return `<p>${children(node, options)}</p>`;
    case 'heading':
      return `<h${node.depth}>${children(node, options)}</h${node.depth}>`;
    case 'strong':
      return `<strong>${children(node, options)}</strong>`;
    case 'emphasis':
      return `<em>${children(node, options)}</em>`;
    case 'text':
      return escapeHtml(node.value);
    case 'break':
      return '<br>';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return element(node, options);
    default:
      throw new MdxRenderError(`nút "${node.type}" không thuộc định dạng của bước nhập`);
  }
}

/** Renders an mdast tree of the ingest's vocabulary to HTML (the same rendering as from its MDX). */
export function renderTree(tree: Nodes, options: RenderOptions): string {
  return render(tree, options);
}

/** Renders an MDX body (frontmatter already removed) to HTML; throws MdxRenderError on anything foreign. */
export function renderMdxBody(mdx: string, options: RenderOptions): string {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  return render(tree, options);
}
