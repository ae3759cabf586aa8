/**
 * The HTML the ingest renders beside each MDX file (content/generated/html/{id}.html): the first line
 * records the SHA-256 of the MDX it was rendered from, so the documents loader uses it only while the MDX
 * file is exactly that one, and renders the MDX itself otherwise.
 */
import { createHash } from 'node:crypto';

const HEADER = /^<!--mdx:([0-9a-f]{64})-->\n/;

export function renderedHtmlFile(mdx: string, html: string): string {
  return `<!--mdx:${createHash('sha256').update(mdx).digest('hex')}-->\n${html}`;
}

/** The HTML of a rendered file if it was rendered from exactly `mdx`, else null. */
export function renderedHtmlFor(file: string, mdx: string): string | null {
  const match = HEADER.exec(file);
  if (!match || match[1] !== createHash('sha256').update(mdx).digest('hex')) return null;
  return file.slice(match[0].length);
}
