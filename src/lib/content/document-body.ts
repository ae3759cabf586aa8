/**
 * The body HTML of a held document, read when its page is rendered rather than kept in the content
 * collection: at 10,000 documents the bodies made the content layer's store (which Astro bundles into the
 * build as one module) 150 MB, its largest memory cost. The ingest's rendering beside the MDX
 * (content/generated/html/{id}.html) is used while the MDX is exactly the one it was rendered from;
 * otherwise (an MDX file edited by hand) the MDX itself is rendered (src/lib/mdx/to-html.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FRONTMATTER } from '../mdx/processor.ts';
import { BASE_IN_HTML, renderMdxBody } from '../mdx/to-html.ts';
import { renderedHtmlFor } from './rendered-html.ts';

export interface DocumentFolders {
  /** content/generated/documents: the MDX files. */
  documents: string;
  /** content/generated/html: the ingest's renderings. */
  html: string;
}

export const GENERATED: DocumentFolders = {
  documents: path.join(process.cwd(), 'content/generated/documents'),
  html: path.join(process.cwd(), 'content/generated/html'),
};

/** The body of document `id` as HTML with links under `base` (ending in `/`); errors name the MDX file. */
export async function documentBody(id: string, base: string, folders: DocumentFolders = GENERATED): Promise<string> {
  const file = path.join(folders.documents, `${id}.mdx`);
  const mdx = await readFile(file, 'utf8');
  const rendered = renderedHtmlFor(await readFile(path.join(folders.html, `${id}.html`), 'utf8').catch(() => ''), mdx);
  if (rendered !== null) return rendered.replaceAll(BASE_IN_HTML, base);
  try {
    return renderMdxBody(mdx.replace(FRONTMATTER, ''), { base });
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
