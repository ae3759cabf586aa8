/**
 * A document body's HTML, from its mdast (mdast-util-to-hast, then hast-util-to-html), whether the tree
 * comes from the ingest or from an MDX file edited by hand: the same rendering, once per document at
 * ingest time, so that no document becomes a JavaScript module.
 *
 * The vocabulary is closed: markdown paragraphs, headings, emphasis, breaks and text, and the JSX elements
 * the ingest writes (`div`, `ul`, `li` with `id`/`class`/`data-marker`, and `<Ref to label>`, a citation
 * link). Anything else (an expression, an import/export, an unknown element or attribute, a markdown link)
 * is an error, never output: the ingest never writes such things, so meeting one means the file was not
 * produced by it.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type Handlers, type State } from 'mdast-util-to-hast';
import { isId } from '../identity/index.ts';
import { href, routes } from '../routes/paths.ts';
import { parseMdx } from './processor.ts';

/**
 * Stands for the site base in HTML rendered before the base is known (by the ingest). NUL can never occur
 * in document text (a source holding it is refused as binary), so replacing it is unambiguous.
 */
export const BASE_TOKEN = '\u0000base\u0000';
/** BASE_TOKEN as the HTML holds it: hast-util-to-html writes NUL as a character reference. */
export const BASE_IN_HTML = '&#x0;base&#x0;';

export interface RenderOptions {
  /** Site base path ending in `/` (`/` or `/luu-tru/`): citation links point to `{base}van-ban/{to}/`. */
  base: string;
}

export class MdxRenderError extends Error {
  override name = 'MdxRenderError';
}

/** The JSX elements the ingest writes, with their attributes and the hast property each becomes. */
const ELEMENTS: Record<string, Record<string, string>> = {
  div: { id: 'id', class: 'className' },
  ul: { class: 'className' },
  li: { id: 'id', 'data-marker': 'dataMarker' },
  Ref: { to: 'to', label: 'label' },
};
const NODES = new Set(['root', 'paragraph', 'heading', 'strong', 'emphasis', 'text', 'break', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function checkVocabulary(node: Nodes): void {
  if (!NODES.has(node.type)) throw new MdxRenderError(`nút "${node.type}" không thuộc định dạng của bước nhập`);
  if ('children' in node) for (const child of node.children) checkVocabulary(child);
}

/** The element's attributes as hast properties; an attribute the ingest never writes is an error. */
function properties(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string | string[]> {
  const allowed = ELEMENTS[node.name ?? ''];
  if (!allowed) throw new MdxRenderError(`phần tử <${node.name ?? ''}> không thuộc định dạng của bước nhập`);
  const result: Record<string, string | string[]> = {};
  for (const attribute of node.attributes) {
    const property = attribute.type === 'mdxJsxAttribute' ? allowed[attribute.name] : undefined;
    if (attribute.type !== 'mdxJsxAttribute' || property === undefined || typeof attribute.value !== 'string') {
      throw new MdxRenderError(`thuộc tính không hợp lệ trên <${node.name}>`);
    }
    result[property] = property === 'className' ? attribute.value.split(' ') : attribute.value;
  }
  return result;
}

function handlers(options: RenderOptions): Handlers {
  const element = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => {
    const props = properties(node);
    const children = state.all(node) as ElementContent[];
    if (node.name !== 'Ref') return { type: 'element', tagName: node.name!, properties: props, children };
    const to = String(props['to'] ?? '');
    if (!isId(to)) throw new MdxRenderError(`mã văn bản "${to}" trong <Ref> không hợp lệ`);
    return { type: 'element', tagName: 'a', properties: { className: ['ref'], href: href(routes.document(to), options.base), title: String(props['label'] ?? '') }, children };
  };
  return {
    // The text as it is (mdast-util-to-hast trims spaces around line endings), and no line endings added
    // between elements or after a break: the HTML holds the document's text and nothing else.
    // (A root handler returns a root, which the Handler type does not foresee.)
    root: ((state: State, node: Root): HastRoot => ({ type: 'root', children: state.all(node) as HastRoot['children'] })) as unknown as Handler,
    text: (_state, node: { value: string }) => ({ type: 'text', value: node.value }),
    break: () => ({ type: 'element', tagName: 'br', properties: {}, children: [] }),
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
  };
}

/** Renders an mdast tree of the ingest's vocabulary to HTML; throws MdxRenderError on anything foreign. */
export function renderTree(tree: Root, options: RenderOptions): string {
  checkVocabulary(tree);
  return toHtml(toHast(tree, { handlers: handlers(options) }) as HastRoot, { characterReferences: { useNamedReferences: true } });
}

/** Renders an MDX body (frontmatter already removed) to HTML; throws MdxRenderError on anything foreign. */
export function renderMdxBody(mdx: string, options: RenderOptions): string {
  return renderTree(parseMdx(mdx), options);
}
