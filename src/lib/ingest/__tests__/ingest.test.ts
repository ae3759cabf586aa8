/** The ingest as a whole: bad sources reported together, corrections applied or rejected, atomic output. */
import { existsSync } from 'node:fs';
import { copyFile, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestError, IngestErrors } from '../errors.ts';
import { runIngest, type IngestPaths } from '../run.ts';
import { removeWorkspaces, workspace } from './workspace.ts';
import { REAL_CORPUS, hasRealCorpus, realCorpusFiles } from '../../../../tests/support/real-corpus.ts';

afterEach(removeWorkspaces);

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestErrors) return error.problems;
    if (error instanceof IngestError) return [error.message];
    throw error;
  }
  throw new Error('ingest succeeded but was expected to fail');
}

describe('bad sources', () => {
  it('reports every bad file in one pass, one line each naming the file and the reason, and writes nothing', async () => {
    const paths = await workspace({
      'sources/rong.txt': '',
      'sources/nhi-phan.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
      'sources/hong.txt': new Uint8Array([0x53, 0xe1, 0xbb, 0x91, 0x3a, 0x20, 0xff, 0xfe, 0x41]),
    });
    const problems = await problemsOf(runIngest(paths));
    expect(problems).toHaveLength(3);
    expect(problems.find((line) => line.includes('rong.txt'))).toBeTruthy();
    expect(problems.find((line) => line.includes('nhi-phan.txt'))).toBeTruthy();
    expect(problems.find((line) => line.includes('hong.txt'))).toBeTruthy();
    for (const line of problems) expect(line).not.toContain('\n');
    expect(existsSync(paths.out)).toBe(false);
  });

  it('keeps the previous output when a later run fails (atomic write)', async () => {
    const paths = await workspace();
    await runIngest(paths);
    const before = (await readdir(path.join(paths.out, 'documents'))).sort();
    await writeFile(path.join(paths.sources, 'rong.txt'), '');
    await problemsOf(runIngest(paths));
    expect((await readdir(path.join(paths.out, 'documents'))).sort()).toEqual(before);
  });
});

describe('the content-hash cache', () => {
  async function snapshot(folder: string): Promise<Record<string, string>> {
    const names = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const files: Record<string, string> = {};
    for (const entry of names) {
      // Workspaces differ in their temp folder name, which a correction's file path shows; the HTML header
      // hashes the MDX (compared itself).
      const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      files[path.relative(folder, path.join(entry.parentPath, entry.name))] = text.replace(/ingest-\w{6}/g, 'ingest-*').replace(/^<!--mdx:\w+-->/, '<!--mdx-->');
    }
    return files;
  }

  /** Applies each edit to a workspace ingested with its cache and to one ingested cold; both must agree byte for byte. */
  async function compareAfterEdits(edits: Array<[string, (paths: IngestPaths) => Promise<void>]>) {
    const cached = await workspace();
    const withCache = { ...cached, cache: path.join(path.dirname(cached.out), 'cache.v8') };
    await runIngest(withCache);
    for (const [label, edit] of edits) {
      const fresh = await workspace();
      // The cold twin gets every edit so far, so that its inputs equal the cached workspace's.
      for (const [, earlier] of edits.slice(0, edits.findIndex(([l]) => l === label) + 1)) await earlier(fresh);
      await edit(cached);
      await runIngest(withCache);
      await runIngest(fresh);
      expect(await snapshot(cached.out), label).toEqual(await snapshot(fresh.out));
    }
    return withCache;
  }
  const firstSource = async (paths: IngestPaths) => path.join(paths.sources, (await readdir(paths.sources)).sort()[0]!);
  const append = (text: string) => async (paths: IngestPaths) => {
    const file = await firstSource(paths);
    await writeFile(file, `${await readFile(file, 'utf8')}${text}`);
  };

  const correct = (yaml: string) => async (paths: IngestPaths) => {
    await writeFile(path.join(paths.corrections, path.basename(await firstSource(paths)).replace(/\.txt$/, '.yaml')), `${yaml}note: thử\n`);
  };

  it('gives byte-identical output with a cold cache, a warm cache, and after each kind of change', async () => {
    await compareAfterEdits([
      ['nothing changed', async () => {}],
      ['text without a citation appended', append('\nThêm một dòng không dẫn chiếu văn bản nào.\n')],
      ['a citation appended', append('\nThêm một đoạn theo Nghị quyết số 57/NQ-CP.\n')],
      ['a task with a deadline without its year appended', append('\nGiao Sở Tài chính chủ trì, báo cáo kết quả thực hiện trước ngày 30/6.\n')],
      ['an explicit id', correct('id: cong-van-2395\n')],
      // The explicit id keeps the id: a field resolution does not read changes only this document's page.
      ['a correction of the place', correct('id: cong-van-2395\nplace: Thành phố Quảng Ngãi\n')],
      // The corrected date dates the deadline printed without a year (and, as its year, enters resolution).
      ['a correction of the date', correct('id: cong-van-2395\nplace: Thành phố Quảng Ngãi\ndate: 20/5/2023\n')],
      ['an official title for an instrument', async (paths) => writeFile(paths.instruments, '57-nq-cp-2022:\n  title: Nghị quyết về chương trình hành động\n')],
      // Citations of a document that did not change now link elsewhere: its page must change too.
      ['two instruments merged by the editors', async (paths) => writeFile(
        paths.instruments,
        '57-nq-cp-2022:\n  title: Nghị quyết về chương trình hành động\nluat-quy-hoach-2017:\n  mergeInto: 21-2017-qh14\n21-2017-qh14:\n  title: Luật Quy hoạch số 21/2017/QH14\n',
      )],
      ['the correction removed', async (paths) => rm(path.join(paths.corrections, path.basename(await firstSource(paths)).replace(/\.txt$/, '.yaml')))],
      // The OCR-damaged document's restored reading is written again when it changes.
      ['the OCR-damaged source changed', async (paths) => {
        const file = path.join(paths.sources, 'cv-ocr-ket-luan-2209-kl-tu-2024.txt');
        await writeFile(file, `${await readFile(file, 'utf8')}\nThuc hién nghiém tuc.\n`);
      }],
    ]);
  }, 90_000); // a dozen ingests, cold and warm: 12 s alone, twice that under a full suite

  it('writes a restored reading for the OCR-damaged document only, again only when it or the clean sample changes', async () => {
    const paths = await compareAfterEdits([]);
    const folder = path.join(paths.out, 'restored');
    const [name, ...others] = await readdir(folder);
    expect(others).toEqual([]);
    expect(name).toMatch(/ocr-ket-luan/);
    const inode = async () => (await stat(path.join(folder, name!))).ino;
    const first = await inode();
    await runIngest(paths);
    expect(await inode()).toBe(first);
    // A new clean document joins the model's sample (under 300 clean documents, all of them are in it).
    await writeFile(path.join(paths.sources, 'moi.txt'), 'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện nghiêm túc.\n'.repeat(4));
    await runIngest(paths);
    expect(await inode()).not.toBe(first);
  });

  it('reuses the previous resolution and data files when no citation or identity changed', async () => {
    const paths = await compareAfterEdits([]);
    const before = await stat(path.join(paths.out, 'citations.json'));
    await append('\nThêm một dòng không dẫn chiếu văn bản nào.\n')(paths);
    await runIngest(paths);
    expect((await stat(path.join(paths.out, 'citations.json'))).ino).toBe(before.ino);
    await append('\nThêm một đoạn theo Nghị quyết số 57/NQ-CP.\n')(paths);
    await runIngest(paths);
    expect((await stat(path.join(paths.out, 'citations.json'))).ino).not.toBe(before.ino);
  });
});

describe('corrections', () => {
  it('applies a correction and marks the field as corrected', async () => {
    const paths = await workspace({ 'corrections/cv-5817-ubnd-ktth-2024.yaml': 'place: Thành phố Quảng Ngãi\nnote: thử\n' });
    await runIngest(paths);
    const names = await readdir(path.join(paths.out, 'documents'));
    const texts = await Promise.all(names.map((name) => readFile(path.join(paths.out, 'documents', name), 'utf8')));
    const corrected = texts.find((text) => text.includes('sourceFile: "cv-5817-ubnd-ktth-2024.txt"'))!;
    expect(corrected).toContain('place: "Thành phố Quảng Ngãi"');
    expect(corrected).toMatch(/corrected:\n\s+- "place"/);
  });

  it.each([
    ['a correction naming a missing document', 'khong-co.yaml', 'issuer: X\n', /khong-co\.yaml: không có văn bản nguồn "khong-co\.\*"/],
    ['broken YAML', 'cv-5817-ubnd-ktth-2024.yaml', 'issuer: [x\n', /cv-5817-ubnd-ktth-2024\.yaml: không đọc được YAML/],
    ['an unknown field', 'cv-5817-ubnd-ktth-2024.yaml', 'isuer: X\n', /trường không được phép "isuer"/],
    ['a bad date', 'cv-5817-ubnd-ktth-2024.yaml', 'date: 31/02/2024\n', /ngày "31\/02\/2024" không hợp lệ/],
  ])('stops with one sentence naming the file and value for %s', async (_label, file, content, pattern) => {
    const paths = await workspace({ [`corrections/${file}`]: content });
    const [message] = await problemsOf(runIngest(paths));
    expect(message).toMatch(pattern);
  });
});

describe.skipIf(!hasRealCorpus)('the real corpus of other bodies', () => {
  it('ingests all 28 real documents without an error', async () => {
    const paths = await workspace({}, false);
    for (const name of realCorpusFiles) await copyFile(path.join(REAL_CORPUS, name), path.join(paths.sources, name));
    const summary = await runIngest(paths);
    expect(summary.documents).toBe(28);
  });
});
