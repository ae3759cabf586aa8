/** Throw-away ingest workspaces for the tests: the inputs and output inside a temporary folder, with the seeds (or nothing) plus the files a test gives. */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IngestPaths } from '../run.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SEEDS = path.join(ROOT, 'content/sources');
const folders: string[] = [];

/** The ingest's inputs and output inside `dir` (its sources and corrections folders made). */
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

/** A new temporary workspace: the seeds unless `seeds` is false, and `files` (paths relative to the workspace). */
export async function workspace(files: Record<string, string | Uint8Array> = {}, seeds = true): Promise<IngestPaths> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-'));
  folders.push(dir);
  const paths = await pathsIn(dir);
  if (seeds) for (const name of await readdir(SEEDS)) await copyFile(path.join(SEEDS, name), path.join(paths.sources, name));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(path.dirname(paths.sources), name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return paths;
}

/** Removes every workspace made so far (for afterEach). */
export async function removeWorkspaces(): Promise<void> {
  while (folders.length > 0) await rm(folders.pop()!, { recursive: true, force: true });
}
