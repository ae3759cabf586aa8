/**
 * A source with a right-to-left override in its subject and Cyrillic look-alikes in its number and in a
 * citation is archived as its clean twin would be (same id, number, subject, citations), says what was
 * changed, and is reported; the original bytes are what the download serves.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestPaths } from '../run.ts';
import { removeWorkspaces, workspace } from './workspace.ts';

afterEach(removeWorkspaces);

const SEED = 'cv-5817-ubnd-ktth-2024.txt';

/** The seed with U+202E in its subject, Cyrillic К and Т in its symbol, Cyrillic К in a citation's symbol. */
const damage = (text: string) =>
  text
    .replace('Số: **5817** /UBND-KTTH', 'Số: **5817** /UBND-\u041A\u0422TH')
    .replace('V/v triển khai cụ thể hóa', 'V/v triển khai \u202Ecụ thể hóa\u202C')
    .replace('Thực hiện nội dung Công văn số 2371-CV/TU', 'Thực hiện nội dung Công văn số 2371-CV/\u0422U');

async function ingested(paths: IngestPaths) {
  const summary = await runIngest(paths);
  const folder = path.join(paths.out, 'documents');
  const files = await Promise.all((await readdir(folder)).map((name) => readFile(path.join(folder, name), 'utf8')));
  const page = files.find((text) => text.includes(`sourceFile: "${SEED}"`))!;
  const citations = JSON.parse(await readFile(path.join(paths.out, 'citations.json'), 'utf8')) as Array<{ from: string; to: string }>;
  return { summary, page, citations };
}

describe('a source with bidirectional controls and look-alike letters', () => {
  it('is archived with the identity, subject and citations of its clean twin, and reported', async () => {
    const clean = await ingested(await workspace());
    const paths = await workspace();
    const file = path.join(paths.sources, SEED);
    const original = damage(await readFile(file, 'utf8'));
    expect(original).toContain('\u202E');
    await writeFile(file, original);
    const damaged = await ingested(paths);

    const field = (page: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(page)?.[1];
    for (const name of ['id', 'title', 'symbol', 'numberSymbol', 'subject']) expect(field(damaged.page, name), name).toBe(field(clean.page, name));
    expect(damaged.page).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(damaged.page).not.toMatch(/\p{Script=Cyrillic}(?![^"]*"\s*\n\s+read:)/u);
    expect(damaged.citations).toEqual(clean.citations);

    expect(damaged.summary.warnings).toContain(
      `content/sources/${SEED}: bỏ 2 ký tự định dạng vô hình khi hiển thị (U+202E ×1, U+202C ×1); ` +
        '“UBND-\u041A\u0422TH” có chữ Kirin \u041A (U+041A), Kirin \u0422 (U+0422) giống chữ Latinh, được đọc là “UBND-KTTH”; ' +
        '“2371-CV/\u0422U” có chữ Kirin \u0422 (U+0422) giống chữ Latinh, được đọc là “2371-CV/TU”',
    );
    expect(clean.summary.warnings.filter((line) => line.includes(SEED))).toEqual([]);
    // The source itself, which the download serves, is untouched.
    expect(await readFile(file, 'utf8')).toBe(original);
  });

  it("an editor's correction is neutralised as a source's text is, a YAML escape included", async () => {
    const paths = await workspace({ [`corrections/${SEED.replace('.txt', '.yaml')}`]: 'subject: "triển khai \\u202Ecụ thể hóa"\nsymbol: "UBND-\u041ATTH"\nnote: thử\n' });
    const { page } = await ingested(paths);
    expect(page).toContain('subject: "triển khai cụ thể hóa"');
    expect(page).toContain('symbol: "UBND-KTTH"');
  });
});
