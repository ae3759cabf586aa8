/** Pins when a rebuild trusts a source's recorded hash without reading the file, and when it reads it again. */
import { createHash } from 'node:crypto';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSources, type PreviousSources } from '../sources.ts';

const folders: string[] = [];
afterEach(async () => {
  while (folders.length > 0) await rm(folders.pop()!, { recursive: true, force: true });
});

const TEXT = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/UBND-KTTH\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function folderWithOne(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'sources-'));
  folders.push(folder);
  await writeFile(path.join(folder, 'cv-12.txt'), TEXT);
  return folder;
}

/** What a previous run would have recorded, with a hash of its own choosing to tell a read from a trust. */
async function recorded(folder: string, recordedSha: string, startedAt: number): Promise<PreviousSources> {
  const [first] = await readSources(folder);
  const extracted = new Map([[recordedSha, { extraction: first!.extraction, text: null }], [first!.sha256, { extraction: first!.extraction, text: null }]]);
  return { files: new Map([[first!.name, { sha256: recordedSha, status: first!.status }]]), startedAt, extracted };
}

describe('reading sources on a rebuild', () => {
  const known = () => true;

  it('trusts the recorded hash of a file whose status is unchanged since well before the previous run', async () => {
    const folder = await folderWithOne();
    const previous = await recorded(folder, 'a'.repeat(64), Date.now() + 60_000);
    const [source] = await readSources(folder, known, previous);
    expect(source!.sha256).toBe('a'.repeat(64));
  });

  it('reads a file again when its status changed', async () => {
    const folder = await folderWithOne();
    const previous = await recorded(folder, 'a'.repeat(64), Date.now() + 60_000);
    await appendFile(path.join(folder, 'cv-12.txt'), 'Thêm.\n');
    const [source] = await readSources(folder, known, previous);
    expect(source!.sha256).toBe(sha(`${TEXT}Thêm.\n`));
    expect(source!.text).toBe(`${TEXT}Thêm.\n`);
  });

  it('reads a file again when it changed shortly before the previous run started (a coarse clock could hide a change)', async () => {
    const folder = await folderWithOne();
    const previous = await recorded(folder, 'a'.repeat(64), Date.now());
    const [source] = await readSources(folder, known, previous);
    expect(source!.sha256).toBe(sha(TEXT));
  });

  it('reads a file whose recorded hash the cache no longer knows', async () => {
    const folder = await folderWithOne();
    const previous = await recorded(folder, 'a'.repeat(64), Date.now() + 60_000);
    const [source] = await readSources(folder, () => false, previous);
    expect(source!.sha256).toBe(sha(TEXT));
  });

  it('decodes a trusted file only when its text is asked for, from the file', async () => {
    const folder = await folderWithOne();
    const previous = await recorded(folder, sha(TEXT), Date.now() + 60_000);
    const [source] = await readSources(folder, known, previous);
    expect(source!.text).toBe(TEXT);
  });
});
