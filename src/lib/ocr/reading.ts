/**
 * The restored reading of an OCR-damaged document, as the ingest writes it: each block of the original read
 * again by the restoration (restore.ts) with a model of the archive's own clean documents (model.ts), and
 * rendered to HTML like the original's body (anchors `#k{index}`, so that both can sit on one page). It is a
 * reading, never the text of record: no citation links, and the page labels it machine-restored.
 */
import type { Block } from '../../schemas/text.ts';
import { blocksToMdast } from '../mdx/blocks-to-mdast.ts';
import { BASE_TOKEN, renderTree } from '../mdx/to-html.ts';
import { buildModel, type LanguageModel } from './model.ts';
import { restoreText } from './restore.ts';

/** At most this many clean documents teach the model: enough for the words of administrative text, and bounded. */
export const TRAINING_LIMIT = 300;

/** The anchor of block `index` of the restored reading (the original's is `d{index}`). */
export function restoredAnchor(index: number): string {
  return `k${index}`;
}

/**
 * The clean documents the model learns from: those not damaged, the `limit` of smallest SHA-256, so that the
 * sample is the same from run to run and changes only when one of them does.
 */
export function trainingSources<T extends { sha256: string; damaged: boolean }>(documents: readonly T[], limit = TRAINING_LIMIT): T[] {
  const clean = [...new Map(documents.filter((document) => !document.damaged).map((document) => [document.sha256, document])).values()];
  return clean.sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0)).slice(0, limit);
}

export function restorationModel(texts: Iterable<string>): LanguageModel {
  return buildModel(texts);
}

/** The blocks read again, and the share of the words whose reading differs from the print. */
export function restoreBlocks(model: LanguageModel, blocks: readonly Block[]): { blocks: Block[]; changed: number } {
  let words = 0;
  let changed = 0;
  const restored = blocks.map((block) => ({
    ...block,
    inlines: block.inlines.map((inline) => {
      const text = restoreText(model, inline.text);
      const before = inline.text.split(/\s+/u).filter(Boolean);
      const after = text.split(/\s+/u).filter(Boolean);
      words += before.length;
      changed += before.filter((word, index) => word !== after[index]).length;
      return { ...inline, text };
    }),
  }));
  return { blocks: restored, changed: words === 0 ? 0 : changed / words };
}

/** The restored blocks as HTML (with BASE_TOKEN where the site base goes, as the original's rendering). */
export function restoredHtml(blocks: readonly Block[]): string {
  const tree = blocksToMdast([...blocks], []);
  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement') continue;
    for (const element of [node, ...node.children]) {
      if (element.type !== 'mdxJsxFlowElement') continue;
      for (const attribute of element.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') {
          attribute.value = restoredAnchor(Number(attribute.value.slice(1)));
        }
      }
    }
  }
  return renderTree(tree, { base: BASE_TOKEN });
}
