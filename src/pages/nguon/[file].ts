/** /nguon/{id}.{extension}: the original source file of a held document, byte for byte, with its own media type. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFiles } from '../../lib/site/pages.ts';

export const getStaticPaths = (() => sourceFiles()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(path.join(process.cwd(), 'content/sources', String(props.sourceFile)));
  return new Response(bytes, { headers: { 'Content-Type': String(props.mediaType) } });
};
