/**
 * content/ids.yaml is committed like a lock file: CI fails here when it is stale, i.e. when ingesting the
 * committed sources with the committed registry would give an id or move one that the file does not record.
 * (The test build reads it without writing it, IDS_READ_ONLY=1.) Fix: run `npm run ingest` and commit it.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { defaultPaths, runIngest } from '../run.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

it('content/ids.yaml records every id the committed sources are given', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'registry-'));
  try {
    const registry = path.join(dir, 'ids.yaml');
    await copyFile(path.join(ROOT, 'content/ids.yaml'), registry);
    const summary = await runIngest({ ...defaultPaths(ROOT), out: path.join(dir, 'generated'), cache: undefined, registry });
    expect(summary.registry, 'content/ids.yaml is stale: run `npm run ingest` and commit it').toBe('unchanged');
    expect(await readFile(registry, 'utf8')).toBe(await readFile(path.join(ROOT, 'content/ids.yaml'), 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
