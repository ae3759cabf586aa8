/**
 * Crash safety of the ingest: generated files are verified before reuse (a damaged one is rebuilt, never
 * trusted), one ingest at a time per output folder (a second waits), and a killed run's leftovers are
 * removed at the next start.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPathOf } from '../lock.ts';
import { runIngest, type IngestPaths } from '../run.ts';
import { removeWorkspaces, workspace } from './workspace.ts';

afterEach(removeWorkspaces);

async function cachedWorkspace(): Promise<IngestPaths & { cache: string }> {
  const paths = await workspace();
  return { ...paths, cache: path.join(path.dirname(paths.out), 'cache.v8') };
}

/** Every generated file's bytes, by path relative to the output folder. */
async function contents(out: string): Promise<Map<string, string>> {
  const entries = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = await Promise.all(entries.map(async (entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return [path.relative(out, file), (await readFile(file)).toString('hex')] as const;
  }));
  return new Map(files.sort(([a], [b]) => a.localeCompare(b)));
}

const firstIn = async (folder: string) => (await readdir(folder)).sort()[0]!;

describe('generated files verified before reuse', () => {
  /** What each damage does to a file of the previous output. */
  const damages: Array<[string, (file: string) => Promise<void>]> = [
    ['truncated', (file) => truncate(file, 40)],
    ['emptied', (file) => truncate(file, 0)],
    ['removed', (file) => rm(file)],
    // Same size, new bytes: only the recorded hash tells.
    ['overwritten with as many bytes', async (file) => writeFile(file, Buffer.alloc((await stat(file)).size, 0x20))],
  ];
  const targets: Array<[string, (out: string) => Promise<string>]> = [
    ['a page body (html/…)', async (out) => path.join(out, 'html', await firstIn(path.join(out, 'html')))],
    ['a document MDX', async (out) => path.join(out, 'documents', await firstIn(path.join(out, 'documents')))],
    ['tasks.json', async (out) => path.join(out, 'tasks.json')],
    ['citations.json', async (out) => path.join(out, 'citations.json')],
  ];

  // Every damage to a page body (the case that once published an empty page), truncation to every kind of file.
  const cases = [
    ...damages.map(([damage, apply]) => [`${targets[0]![0]} ${damage}`, targets[0]![1], apply] as const),
    ...targets.slice(1).map(([target, locate]) => [`${target} ${damages[0]![0]}`, locate, damages[0]![1]] as const),
  ];
  it.each(cases)(
    '%s is rebuilt as it was by the next run',
    async (_label, locate, apply) => {
      const paths = await cachedWorkspace();
      await runIngest(paths);
      const before = await contents(paths.out);
      const damaged = await locate(paths.out);
      await apply(damaged);
      await runIngest(paths);
      expect(await contents(paths.out)).toEqual(before);
    },
  );

  it('still reuses the files that are intact (same inode), and only rebuilds the damaged one', async () => {
    const paths = await cachedWorkspace();
    await runIngest(paths);
    const html = path.join(paths.out, 'html');
    const [damagedName, intactName] = (await readdir(html)).sort();
    const intactBefore = (await stat(path.join(html, intactName!))).ino;
    await truncate(path.join(html, damagedName!), 10);
    await runIngest(paths);
    expect((await stat(path.join(html, intactName!))).ino).toBe(intactBefore);
    expect((await stat(path.join(html, damagedName!))).size).toBeGreaterThan(10);
  });
});

describe('one ingest at a time per output folder', () => {
  it('two ingests at once: the second waits for the first, both succeed, the output is whole', async () => {
    const paths = await cachedWorkspace();
    const waited: string[] = [];
    // Either may take the lock first (their lock calls race): exactly one of them waits.
    const onWait = (lock: string) => waited.push(lock);
    const [first, second] = await Promise.all([runIngest(paths, undefined, onWait), runIngest(paths, undefined, onWait)]);
    expect(first.documents).toBe(second.documents);
    expect(waited).toEqual([lockPathOf(paths.out)]);
    const cold = await workspace();
    await runIngest(cold);
    expect(await contents(paths.out)).toEqual(await contents(cold.out));
    expect((await readdir(path.dirname(paths.out))).filter((name) => name.startsWith('.generated'))).toEqual([]);
  });

  it('takes over the lock a killed run left behind (stale), without waiting for it', async () => {
    const paths = await cachedWorkspace();
    const lock = lockPathOf(paths.out);
    await mkdir(lock);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(lock, hourAgo, hourAgo);
    const waited: string[] = [];
    await runIngest(paths, undefined, (held) => waited.push(held));
    expect(waited).toEqual([]);
    expect(existsSync(lock)).toBe(false);
  });

  it('waits while another process holds the lock, and runs once it is released', async () => {
    const paths = await cachedWorkspace();
    await mkdir(path.dirname(paths.out), { recursive: true });
    const release = await lockfile.lock(paths.out, { lockfilePath: lockPathOf(paths.out), realpath: false });
    let finished = false;
    const run = runIngest(paths).then(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(finished).toBe(false);
    expect(existsSync(paths.out)).toBe(false);
    await release();
    await run;
    expect(existsSync(path.join(paths.out, 'tasks.json'))).toBe(true);
  });
});

describe("a killed run's leftovers", () => {
  it('are removed at the next start: temporary and old output folders, the temporary cache file', async () => {
    const paths = await cachedWorkspace();
    const parent = path.dirname(paths.out);
    const leftovers = ['.generated.tmp-999999', '.generated.old-999998'];
    for (const name of leftovers) {
      await mkdir(path.join(parent, name, 'documents'), { recursive: true });
      await writeFile(path.join(parent, name, 'documents', 'nua-chung.mdx'), '---\nid: nua');
    }
    await writeFile(`${paths.cache}.tmp-999997`, 'nửa chừng');
    await runIngest(paths);
    const left = await readdir(parent);
    for (const name of [...leftovers, 'cache.v8.tmp-999997']) expect(left).not.toContain(name);
    expect(left).toContain('generated');
  });
});
