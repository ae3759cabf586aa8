/**
 * The documents collection's loader: reads the MDX files the ingest wrote and validates their frontmatter
 * against the schema. The body is not stored: a document's page reads it (src/lib/content/document-body.ts),
 * which keeps the store small. Unchanged files (same digest) are skipped.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { FRONTMATTER } from '../mdx/processor.ts';

export function documentsLoader(folder: string): Loader {
  return {
    name: 'archive-documents',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const directory = path.resolve(folder);
      const names = (await readdir(directory)).filter((name) => name.endsWith('.mdx')).sort();
      const present = new Set<string>();
      for (const name of names) {
        const id = name.slice(0, -'.mdx'.length);
        present.add(id);
        const source = await readFile(path.join(directory, name), 'utf8');
        const digest = generateDigest(source);
        if (store.get(id)?.digest === digest) continue;
        const match = FRONTMATTER.exec(source);
        if (!match) throw new Error(`${path.join(folder, name)}: thiếu phần frontmatter YAML`);
        const data = await parseData({ id, data: parse(match[1]!) as Record<string, unknown>, filePath: path.join(folder, name) });
        store.set({ id, data, digest });
      }
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      logger.info(`${names.length} văn bản`);
    },
  };
}
