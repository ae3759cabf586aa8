/**
 * The 28 real documents of other bodies (shared/corpus/real, beside the repository). Tests that read them
 * are skipped, not failed, in a checkout without that folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const REAL_CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/real');

/** File names of the real documents, sorted; empty when the folder is absent. */
export const realCorpusFiles: string[] = existsSync(REAL_CORPUS)
  ? readdirSync(REAL_CORPUS).filter((name) => name.endsWith('.txt')).sort()
  : [];

export const hasRealCorpus = realCorpusFiles.length > 0;
