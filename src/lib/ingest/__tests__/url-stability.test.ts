/**
 * URLs that never break: the id registry (content/ids.yaml) through whole ingests of the seeds, one row per
 * change an archive lives through, with the URLs and redirects expected after it.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { numberlessBase } from '../../identity/index.ts';
import { parseDocument } from '../../parse/index.ts';
import { IngestError } from '../errors.ts';
import { runIngest, type IngestPaths, type IngestSummary } from '../run.ts';
import { pathsIn } from './workspace.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const folders: string[] = [];
afterEach(async () => {
  while (folders.length > 0) await rm(folders.pop()!, { recursive: true, force: true });
});

const CV_5817 = 'cv-5817-ubnd-ktth-2024.txt';
const KH_BA_TO = 'kh-ubnd-ba-to-2024-04-ghi-nho.txt';
const CV_TP = 'cv-ubnd-tp-quang-ngai-2024-02-ket-nghia-vinh.txt';
const ID_5817 = '5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai';
const ID_BA_TO = 'khong-so-kh-ubnd-2024-04-ubnd-huyen-ba-to';
const ID_TP = 'khong-so-cong-van-ubnd-th-2024-02-ubnd-thanh-pho-quang-ngai';

/** The seeds with their corrections, ingested once with a registry of their own: every URL established. */
async function archive(): Promise<IngestPaths & { registry: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ids-'));
  folders.push(dir);
  const paths = { ...(await pathsIn(dir)), registry: path.join(dir, 'ids.yaml') };
  for (const [from, to] of [['content/sources', paths.sources], ['content/corrections', paths.corrections]] as const) {
    for (const name of await readdir(path.join(ROOT, from))) await copyFile(path.join(ROOT, from, name), path.join(to, name));
  }
  await runIngest(paths);
  return paths;
}

/** Source name → id of the documents the last ingest wrote. */
async function urls(paths: IngestPaths): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const name of await readdir(path.join(paths.out, 'documents'))) {
    const text = await readFile(path.join(paths.out, 'documents', name), 'utf8');
    found[/^sourceFile: "(.*)"$/m.exec(text)![1]!] = name.replace(/\.mdx$/, '');
  }
  return found;
}

const redirects = async (paths: IngestPaths) => JSON.parse(await readFile(path.join(paths.out, 'redirects.json'), 'utf8')) as unknown[];
const edit = async (file: string, change: (text: string) => string) => writeFile(file, change(await readFile(file, 'utf8')));

describe('an established URL keeps its document', () => {
  it('when a different document with the same number, symbol and year comes, its file name sorting first', async () => {
    const paths = await archive();
    const other = (await readFile(path.join(paths.sources, CV_5817), 'utf8')).replace(/V\/v triển khai[^\n]*/, 'V/v một việc khác hẳn');
    await writeFile(path.join(paths.sources, 'a-ban-sao-khac.txt'), other);
    const summary: IngestSummary = await runIngest(paths);
    expect(await urls(paths)).toMatchObject({ [CV_5817]: ID_5817, 'a-ban-sao-khac.txt': `${ID_5817}-2` });
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toMatch(/^content\/sources\/a-ban-sao-khac\.txt: cùng định danh với content\/sources\/cv-5817-ubnd-ktth-2024\.txt; .*\/van-ban\/5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai-2\//);
    expect(summary.warnings[0]).not.toContain('\n');
    expect(await redirects(paths)).toEqual([]);
  });

  it.each([
    ['its text is edited', async (paths: IngestPaths) => edit(path.join(paths.sources, KH_BA_TO), (text) => text.replace('ban hành kế hoạch', 'ban hành Kế hoạch'))],
    ['its subject is edited', async (paths: IngestPaths) => edit(path.join(paths.sources, CV_TP), (text) => text.replace(/V\/v /, 'V/v về '))],
    ['its date is corrected', async (paths: IngestPaths) => edit(path.join(paths.corrections, KH_BA_TO.replace('.txt', '.yaml')), (text) => `${text}date: 15/4/2024\n`)],
    ['its file is renamed', async (paths: IngestPaths) => {
      await rename(path.join(paths.sources, KH_BA_TO), path.join(paths.sources, 'ke-hoach-ba-to.txt'));
      await rename(path.join(paths.corrections, KH_BA_TO.replace('.txt', '.yaml')), path.join(paths.corrections, 'ke-hoach-ba-to.yaml'));
      await rename(path.join(paths.sources, CV_TP), path.join(paths.sources, 'cong-van-ket-nghia.txt'));
      await rename(path.join(paths.sources, CV_5817), path.join(paths.sources, 'cong-van-5817.txt'));
    }],
  ])('when, without a number, %s', async (_label, change) => {
    const paths = await archive();
    await change(paths);
    await runIngest(paths);
    expect(Object.values(await urls(paths)).sort()).toEqual(
      ['2395-ubnd-ktth-2022-ubnd-tinh-quang-ngai', ID_5817, 'khong-ro-cv-ocr-ket-luan-2209-kl-tu-2024', ID_TP, ID_BA_TO].sort(),
    );
    expect(await redirects(paths)).toEqual([]);
  });

  it('without a registry, a corrected date would have named it anew (so the row above tests the registry)', async () => {
    const metadata = parseDocument(await readFile(path.join(ROOT, 'content/sources', KH_BA_TO), 'utf8')).metadata;
    const named = (date: string) => numberlessBase({ ...metadata, issuer: 'UBND huyện Ba Tơ', date: { iso: date, precision: 'day' } }, KH_BA_TO);
    expect(named('2024-04-15')).not.toBe(ID_BA_TO);
  });

  it('when it is deleted and added again, under its name or another, with or without a number', async () => {
    const paths = await archive();
    const correction = KH_BA_TO.replace('.txt', '.yaml');
    const kept = path.join(path.dirname(paths.out), 'kept');
    await mkdir(kept);
    for (const name of [KH_BA_TO, CV_5817]) await rename(path.join(paths.sources, name), path.join(kept, name));
    await rename(path.join(paths.corrections, correction), path.join(kept, correction));
    await runIngest(paths);
    expect(await urls(paths)).not.toHaveProperty(CV_5817);
    // Another copy of the same name (type, month, issuer) does not take the deleted one's id: it waits for it.
    await writeFile(path.join(paths.sources, 'ban-sao-moi.txt'), (await readFile(path.join(kept, KH_BA_TO), 'utf8')).replace('ban hành kế hoạch', 'ban hành kế hoạch mới'));
    await copyFile(path.join(kept, correction), path.join(paths.corrections, 'ban-sao-moi.yaml'));
    await runIngest(paths);
    expect((await urls(paths))['ban-sao-moi.txt']).toBe(`${ID_BA_TO}-2`);
    // The same bytes under another name, and the numbered one edited under another name, come back to their ids.
    await copyFile(path.join(kept, KH_BA_TO), path.join(paths.sources, 'tro-lai.txt'));
    await copyFile(path.join(kept, correction), path.join(paths.corrections, 'tro-lai.yaml'));
    await edit(path.join(kept, CV_5817), (text) => text.replace('Kính gửi', 'Kính gửi:'));
    await copyFile(path.join(kept, CV_5817), path.join(paths.sources, 'cv-5817-ban-quet-lai.txt'));
    await runIngest(paths);
    expect(await urls(paths)).toMatchObject({ 'tro-lai.txt': ID_BA_TO, 'ban-sao-moi.txt': `${ID_BA_TO}-2`, 'cv-5817-ban-quet-lai.txt': ID_5817 });
  });
});

describe('a deliberate change of identity leaves a redirect', () => {
  it('moves a document whose number an editor corrects, and its old id leads to the new one', async () => {
    const paths = await archive();
    await writeFile(path.join(paths.corrections, CV_5817.replace('.txt', '.yaml')), 'number: "5818"\nnote: số đọc nhầm\n');
    const summary = await runIngest(paths);
    const moved = '5818-ubnd-ktth-2024-ubnd-tinh-quang-ngai';
    expect((await urls(paths))[CV_5817]).toBe(moved);
    expect(await redirects(paths)).toEqual([{ from: ID_5817, to: moved }]);
    expect(summary.registry).toBe('written');
    expect(parse(await readFile(paths.registry, 'utf8')).redirects).toEqual({ [ID_5817]: moved });
    // Corrected again: the first id leads to the last, in one step.
    await writeFile(path.join(paths.corrections, CV_5817.replace('.txt', '.yaml')), 'id: cong-van-5817-nam-2024\nnote: đặt tên\n');
    await runIngest(paths);
    expect(await redirects(paths)).toEqual([
      { from: ID_5817, to: 'cong-van-5817-nam-2024' },
      { from: moved, to: 'cong-van-5817-nam-2024' },
    ]);
  });

  it('keeps the committed redirects of the two seeds whose id held a hash of their text', async () => {
    const registry = parse(await readFile(path.join(ROOT, 'content/ids.yaml'), 'utf8'));
    expect(registry.redirects).toEqual({
      [`${ID_TP}-4868a6`]: ID_TP,
      [`${ID_BA_TO}-8ad7bd`]: ID_BA_TO,
    });
  });

  it("refuses an editor's id that another document has, in one line naming the file, the key and the value", async () => {
    const paths = await archive();
    await writeFile(path.join(paths.corrections, CV_TP.replace('.txt', '.yaml')), `id: ${ID_5817}\n`);
    const error = await runIngest(paths).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toBe(
      `${path.relative(process.cwd(), path.join(paths.corrections, CV_TP.replace('.txt', '.yaml')))}: id "${ID_5817}" đã là địa chỉ của content/sources/${CV_5817}.`,
    );
  });

  it('refuses a registry that names one id twice (a merge that kept both lines), in one line naming the file and the line', async () => {
    const paths = await archive();
    const text = await readFile(paths.registry, 'utf8');
    const line = text.split('\n').find((entry) => entry.startsWith(`  ${ID_5817}:`))!;
    await writeFile(paths.registry, text.replace(line, `${line}\n${line}`));
    const at = text.split('\n').indexOf(line) + 2;
    const error = await runIngest(paths).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toBe(`${path.relative(process.cwd(), paths.registry)}: không đọc được YAML (Map keys must be unique at line ${at}, column 3).`);
  });
});
