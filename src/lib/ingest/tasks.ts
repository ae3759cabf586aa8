/**
 * The per-document work of the ingest, as plain functions of their inputs so that they can run in a
 * worker thread (src/lib/ingest/pool.ts) or inline: parsing + citation detection, and MDX serialization.
 */
import { detectInBlocks, type DetectedCitation } from '../citations/resolve.ts';
import { blocksToMdast, type RefSpan } from '../mdx/blocks-to-mdast.ts';
import { serializeMdx } from '../mdx/serialize.ts';
import { parseDocument } from '../parse/index.ts';
import type { Block, ExtractedMetadata } from '../types.ts';

export interface ParseResult { metadata: ExtractedMetadata; blocks: Block[]; detected: DetectedCitation[] }

export function parseTask(text: string): ParseResult {
  const { metadata, blocks } = parseDocument(text);
  return { metadata, blocks, detected: detectInBlocks(blocks) };
}

export function mdxTask(input: { blocks: Block[]; frontmatter: Record<string, unknown>; spans: RefSpan[] }): string {
  return serializeMdx(input.frontmatter, blocksToMdast(input.blocks, input.spans));
}

export const TASKS = { parse: parseTask, mdx: mdxTask } as const;
export type TaskName = keyof typeof TASKS;
