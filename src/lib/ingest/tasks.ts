/**
 * The per-document work of the ingest, as plain functions of their inputs so that they can run in a
 * worker thread (src/lib/ingest/pool.ts) or inline: parsing + citation detection, and MDX serialization.
 */
import { detectInBlocks, type DetectedCitation } from '../citations/resolve.ts';
import { blocksToMdast, type RefSpan } from '../mdx/blocks-to-mdast.ts';
import { serializeMdx } from '../mdx/processor.ts';
import { BASE_TOKEN, renderTree } from '../mdx/to-html.ts';
import { parseDocument } from '../parse/index.ts';
import { documentOutline } from '../outline/outline.ts';
import { extractTasks } from '../tasks/extract.ts';
import type { Task } from '../../schemas/tasks.ts';
import type { Block } from '../../schemas/text.ts';
import type { ExtractedMetadata } from '../../schemas/metadata.ts';
import type { Statement } from '../../schemas/status.ts';
import { detectStatements } from '../status/detect.ts';
import { amendingRelations } from '../status/resolve.ts';
import type { OcrMeasure } from '../../schemas/ocr.ts';
import { ocrMeasure } from '../ocr/damage.ts';
import type { LanguageModel } from '../ocr/model.ts';
import { restoreBlocks, restoredHtml } from '../ocr/reading.ts';

export interface ParseResult { metadata: ExtractedMetadata; blocks: Block[]; detected: DetectedCitation[]; statements: Statement[]; tasks: Task[]; ocr: OcrMeasure }

/** Parses a source and does everything else that depends on its text alone: citations, status statements, tasks, OCR damage. */
export function parseTask(input: { text: string }): ParseResult {
  const { metadata, blocks } = parseDocument(input.text);
  const detected = detectInBlocks(blocks);
  const statements = detectStatements(blocks, detected);
  // A citation of an instrument this document changes reads as the change (`thay thế`), by its printed type.
  const amending = amendingRelations(statements, metadata.docType);
  for (const citation of detected) citation.candidate.relation = amending.get(`${citation.block}~${citation.candidate.start}`) ?? citation.candidate.relation;
  return { metadata, blocks, detected, statements, tasks: extractTasks(blocks, metadata.date), ocr: ocrMeasure(input.text) };
}

/**
 * The MDX of a document, and its body rendered to HTML from the same tree (with BASE_TOKEN for the site
 * base): the documents loader uses that HTML while the MDX file is unchanged, instead of parsing the MDX
 * again (a test pins that both renderings are identical).
 */
export function mdxTask(input: { blocks: Block[]; frontmatter: Record<string, unknown>; spans: RefSpan[] }): { mdx: string; html: string } {
  const tree = blocksToMdast(input.blocks, input.spans);
  // The outline is of the blocks, like the body: written beside it in the frontmatter.
  const frontmatter = { ...input.frontmatter, outline: documentOutline(input.blocks) };
  return { mdx: serializeMdx(frontmatter, tree), html: renderTree(tree, { base: BASE_TOKEN }) };
}

/** The blocks of a source, for a later step when the parse step had them from its memory. */
export function blocksTask(input: { text: string }): Block[] {
  return parseDocument(input.text).blocks;
}

/** The machine-restored reading of an OCR-damaged document, as HTML (src/lib/ocr/reading.ts). */
export function restoreTask(input: { model: LanguageModel; blocks: Block[] }): string {
  return `${restoredHtml(restoreBlocks(input.model, input.blocks).blocks)}\n`;
}

export const TASKS = { parse: parseTask, blocks: blocksTask, mdx: mdxTask, restore: restoreTask } as const;
export type TaskName = keyof typeof TASKS;
