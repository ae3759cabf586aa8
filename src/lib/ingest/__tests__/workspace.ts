/** The ingest's inputs and output inside a test's temporary folder (its sources and corrections folders made). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { IngestPaths } from '../run.ts';

export async function pathsIn(dir: string): Promise<Required<Pick<IngestPaths, 'sources' | 'corrections' | 'instruments' | 'out'>>> {
  const paths = {
    sources: path.join(dir, 'sources'),
    corrections: path.join(dir, 'corrections'),
    instruments: path.join(dir, 'instruments.yaml'),
    out: path.join(dir, 'generated'),
  };
  await mkdir(paths.sources);
  await mkdir(paths.corrections);
  return paths;
}
