/**
 * A site built apart for the relevance table: the archive's sources plus the 28 real documents of other
 * bodies (which must never be published in the archive itself), in a temporary copy of the project.
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { DocumentRecord } from '../../src/schemas/archive.ts';
import { buildProject, copyProject, type TempProject } from './project.ts';
import { REAL_CORPUS, realCorpusFiles } from './real-corpus.ts';

export interface RelevanceSite {
  project: TempProject;
  dist: string;
  /** The page path of a source, by its file name (`real-07.txt` for real document 07). */
  pathOf: (sourceFile: string) => string;
  documents: DocumentRecord[];
}

/** Real document `07.txt` is `real-07.txt` in the test site. */
export const realSource = (name: string) => `real-${name}`;

export function buildRelevanceSite(): RelevanceSite {
  const project = copyProject('archive-relevance');
  for (const name of realCorpusFiles) copyFileSync(path.join(REAL_CORPUS, name), path.join(project.sources, realSource(name)));
  const dist = buildProject(project);
  const folder = path.join(project.root, 'content/generated/documents');
  const documents = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path.join(folder, name), 'utf8'))![1]!) as DocumentRecord);
  const bySource = new Map(documents.map((record) => [record.sourceFile, record]));
  return {
    project,
    dist,
    documents,
    pathOf: (sourceFile) => {
      const record = bySource.get(sourceFile);
      if (!record) throw new Error(`không có văn bản từ tệp ${sourceFile}`);
      return `/van-ban/${record.id}/`;
    },
  };
}
