/**
 * The render step: each document's MDX (frontmatter + body) and its body's HTML, from its record, its
 * blocks and its citation spans. A document whose inputs are the ones its files were written from (its
 * memory holds their key, and the previous output has both files) keeps its files; the others are rendered
 * in the worker pool.
 */
import type { DocumentRecord } from '../../schemas/archive.ts';
import { renderedHtmlFile } from '../content/rendered-html.ts';
import type { RefSpan } from '../mdx/blocks-to-mdast.ts';
import { sha256, type StepMemory } from './cache.ts';
import type { OutputFiles, PreviousOutput } from './output.ts';
import type { ParsedSources } from './parse-step.ts';
import { runTasks } from './pool.ts';
import { documentRecord, type HeldDocument } from './records.ts';
import type { Resolution } from './resolve-step.ts';

export interface PendingRender {
  document: HeldDocument;
  frontmatter: DocumentRecord;
  spans: RefSpan[];
}

export const mdxPath = (id: string) => `documents/${id}.mdx`;
export const htmlPath = (id: string) => `html/${id}.html`;

/** The documents whose files must be rendered; the others' files are kept (`kept`). */
export function documentsToRender(
  documents: HeldDocument[],
  resolution: Resolution,
  memory: StepMemory<string>,
  previous: PreviousOutput,
): { pending: PendingRender[]; kept: OutputFiles } {
  const pending: PendingRender[] = [];
  const kept: OutputFiles = new Map();
  for (const document of documents) {
    const { id } = document;
    // The MDX and HTML are a function of the record (itself of the id, source file, source text and
    // correction), the source text and the resolved citation spans.
    const key = sha256(JSON.stringify([id, document.sourceName, document.sha256, document.correction, resolution.entry.spans.get(id)?.digest ?? null]));
    const written = previous.has(mdxPath(id)) && previous.has(htmlPath(id));
    if (written && memory.recall(id) === key) {
      kept.set(mdxPath(id), previous.reuse(mdxPath(id)));
      kept.set(htmlPath(id), previous.reuse(htmlPath(id)));
    } else {
      pending.push({ document, frontmatter: documentRecord(document), spans: resolution.spansOf(id) });
    }
    memory.remember(id, key);
  }
  return { pending, kept };
}

/** Renders the pending documents in the pool (their blocks must be in `parsed.blocks`). */
export async function renderDocuments(pending: PendingRender[], parsed: ParsedSources, onDone?: (done: number) => void): Promise<OutputFiles> {
  const rendered = await runTasks(
    'mdx',
    pending.map(({ document, frontmatter, spans }) => ({ blocks: parsed.blocks.get(document.sha256)!, frontmatter, spans })),
    onDone,
  );
  const files: OutputFiles = new Map();
  pending.forEach(({ document }, index) => {
    const { mdx, html } = rendered[index]!;
    files.set(mdxPath(document.id), mdx);
    files.set(htmlPath(document.id), renderedHtmlFile(mdx, html));
  });
  return files;
}
