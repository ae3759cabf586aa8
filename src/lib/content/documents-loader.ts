/**
 * The documents collection's loader: reads the MDX files the ingest wrote, validates their frontmatter
 * against the schema and stores each document's HTML: the ingest's rendering of the same tree when it
 * matches the MDX file (src/lib/content/rendered-html.ts), else rendered here from the MDX
 * (src/lib/mdx/render-html.ts).
 * Unchanged files (same digest) are skipped, so a rebuild after changing one source renders one document.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { BASE_TOKEN, renderMdxBody } from '../mdx/render-html.ts';
import { renderedHtmlFor } from './rendered-html.ts';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

export function documentsLoader(folder: string): Loader {
  return {
    name: 'archive-documents',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const directory = path.resolve(folder);
      const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const names = (await readdir(directory)).filter((name) => name.endsWith('.mdx')).sort();
      const present = new Set<string>();
      let rendered = 0;
      for (const name of names) {
        const id = name.slice(0, -'.mdx'.length);
        present.add(id);
        const source = await readFile(path.join(directory, name), 'utf8');
        // The base is part of the digest: the same MDX renders different links under another base.
        const digest = generateDigest(`${base}\n${source}`);
        if (store.get(id)?.digest === digest) continue;
        const match = FRONTMATTER.exec(source);
        if (!match) throw new Error(`${path.join(folder, name)}: thiếu phần frontmatter YAML`);
        const data = await parseData({ id, data: parse(match[1]!) as Record<string, unknown>, filePath: path.join(folder, name) });
        let html = renderedHtmlFor(await readFile(path.join(directory, '../html', `${id}.html`), 'utf8').catch(() => ''), source);
        if (html === null) {
          try {
            html = renderMdxBody(source.slice(match[0].length), { base });
            rendered++;
          } catch (error) {
            throw new Error(`${path.join(folder, name)}: ${error instanceof Error ? error.message : String(error)}`);
          }
        } else {
          html = html.replaceAll(BASE_TOKEN, base);
        }
        store.set({ id, data, digest, rendered: { html } });
      }
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      logger.info(`${names.length} văn bản, ${rendered} dựng từ MDX`);
    },
  };
}
