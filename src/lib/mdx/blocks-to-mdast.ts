/**
 * Turns a document's blocks into an mdast tree for MDX: every block becomes an anchored element
 * (`#d{index}`) so that instrument pages can link to the exact paragraph that cites them, and every
 * citation span becomes a `<Ref>` component. Text stays in `text` nodes, so the serializer escapes it.
 */
import type { Root, RootContent, PhrasingContent, Paragraph } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Block, BlockSection, Inline } from '../../schemas/text.ts';
import { headingDepths } from '../outline/outline.ts';

/** A citation span inside one block, with what the `<Ref>` needs to render. */
export interface RefSpan {
  block: number;
  start: number;
  end: number;
  /** Instrument id (the link target /van-ban/{to}/). */
  to: string;
  /** Full citation of the instrument, for the link's accessible title. */
  label: string;
}

export function blockAnchor(index: number): string {
  return `d${index}`;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function flowElement(name: string, attributes: Record<string, string>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    children,
  };
}

function styled(inline: Inline, text: string): PhrasingContent {
  let node: PhrasingContent = { type: 'text', value: text };
  if (inline.emphasis) node = { type: 'emphasis', children: [node] };
  if (inline.strong) node = { type: 'strong', children: [node] };
  return node;
}

/** Splits a block's inline runs at citation boundaries and wraps each citation in `<Ref>`. */
export function inlinesToPhrasing(inlines: Inline[], spans: RefSpan[]): PhrasingContent[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: PhrasingContent[] = [];
  let ref: MdxJsxTextElement | null = null;
  let refEnd = -1;
  let spanIndex = 0;
  let offset = 0;
  for (const inline of inlines) {
    let cursor = 0;
    while (cursor < inline.text.length) {
      const position = offset + cursor;
      if (ref === null && spanIndex < sorted.length && sorted[spanIndex]!.start <= position) {
        const span = sorted[spanIndex++]!;
        if (span.end <= position) continue; // overlapping span: the earlier one already covers it
        ref = {
          type: 'mdxJsxTextElement',
          name: 'Ref',
          attributes: [attribute('to', span.to), attribute('label', span.label)],
          children: [],
        };
        refEnd = span.end;
        out.push(ref);
      }
      const nextStart = ref === null && spanIndex < sorted.length ? sorted[spanIndex]!.start : Infinity;
      const stop = Math.min(inline.text.length, (ref !== null ? refEnd : nextStart) - offset);
      const piece = inline.text.slice(cursor, stop);
      if (piece) (ref !== null ? ref.children : out).push(styled(inline, piece));
      cursor = stop;
      if (ref !== null && offset + cursor >= refEnd) ref = null;
    }
    offset += inline.text.length;
  }
  return out;
}

const sectionClass: Record<BlockSection, string> = {
  header: 'vb-dau',
  recipients: 'vb-kinh-gui',
  body: 'vb-noi-dung',
  distribution: 'vb-noi-nhan',
  signature: 'vb-chu-ky',
};

/** Builds the MDX body: one anchored element per block, list items grouped into lists. */
export function blocksToMdast(blocks: Block[], spans: RefSpan[]): Root {
  const byBlock = new Map<number, RefSpan[]>();
  for (const span of spans) {
    const list = byBlock.get(span.block) ?? [];
    list.push(span);
    byBlock.set(span.block, list);
  }
  const children: RootContent[] = [];
  let openList: MdxJsxFlowElement | null = null;
  let openSection: BlockSection | null = null;
  const depths = headingDepths(blocks);
  blocks.forEach((block, index) => {
    const phrasing = inlinesToPhrasing(block.inlines, byBlock.get(index) ?? []);
    const paragraph: Paragraph = { type: 'paragraph', children: phrasing };
    const classes = `${sectionClass[block.section]}${block.kind === 'heading' ? ' vb-tieu-de' : ''}`;
    if (block.kind === 'list-item') {
      if (openList === null || openSection !== block.section) {
        openList = flowElement('ul', { class: classes }, []);
        openSection = block.section;
        children.push(openList);
      }
      const attributes: Record<string, string> = { id: blockAnchor(index) };
      if (block.marker && block.marker !== '-') attributes['data-marker'] = block.marker;
      openList.children.push(flowElement('li', attributes, [paragraph]));
      return;
    }
    openList = null;
    const content: MdxJsxFlowElement['children'] =
      block.kind === 'heading'
        ? [{ type: 'heading', depth: depths.get(index)!, children: phrasing }]
        : [paragraph];
    children.push(flowElement('div', { id: blockAnchor(index), class: classes }, content));
  });
  return { type: 'root', children };
}
