/**
 * Scans → text with Debian's Tesseract and its Vietnamese data (`tesseract-ocr`, `tesseract-ocr-vie`);
 * a scanned PDF is first rasterised page by page with poppler's `pdftoppm`. A missing tool is one line
 * saying what to install, never a crash.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { pageText, type TextItem } from './pdf-layout.ts';

const run = promisify(execFile);

/** Resolution scans are read at: Tesseract reads body text best at about 300 dpi. */
const DPI = 300;
const INSTALL = 'apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils';

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

let checked: Promise<void> | null = null;

/** Tesseract with Vietnamese, and pdftoppm: present or one sentence saying what to install. */
export function ensureOcrTools(): Promise<void> {
  checked ??= (async () => {
    const languages = await run('tesseract', ['--list-langs']).catch(() => null);
    if (languages === null) throw new MissingToolError(`cần Tesseract để đọc bản quét nhưng máy chưa cài: hãy chạy "${INSTALL}"`);
    if (!/^vie$/m.test(`${languages.stdout}\n${languages.stderr}`)) throw new MissingToolError(`Tesseract chưa có dữ liệu tiếng Việt: hãy chạy "${INSTALL}"`);
    if ((await run('pdftoppm', ['-v']).catch(() => null)) === null) throw new MissingToolError(`cần pdftoppm (poppler-utils) để đọc PDF quét: hãy chạy "${INSTALL}"`);
  })();
  return checked;
}

/**
 * One Tesseract per core: sources are read 64 at a time, and 64 Tesseracts at once would only share the
 * cores and hold a few hundred MB each.
 */
const oneTesseractPerCore = pLimit(Math.max(1, os.availableParallelism()));

/**
 * OCR of one image file (PNG, JPEG, TIFF with any number of pages), as Tesseract's words with their boxes
 * (TSV), laid out by the same reading as a PDF's text layer (pdf-layout.ts): Tesseract orders its blocks by
 * height on the page, which interleaves the header's two columns (`V/v …` / `CỘNG HÒA…` / the rest of the
 * `V/v` line); read by position, each column is a cell of its own, as the parser expects.
 */
async function ocrFile(file: string): Promise<string> {
  const { stdout } = await oneTesseractPerCore(() => run('tesseract', [file, '-', '-l', 'vie', '--dpi', String(DPI), 'tsv'], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: '1' } }));
  return tsvText(stdout);
}

/** Tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height, conf, text) → text. */
export function tsvText(tsv: string): string {
  const pages = new Map<number, TextItem[]>();
  const lineBoxes = new Map<string, { top: number; height: number }>();
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, page, block, paragraph, line, , left, top, width, height] = cells.slice(0, 10).map(Number) as number[];
    const key = `${page}/${block}/${paragraph}/${line}`;
    if (level === 4) lineBoxes.set(key, { top: top!, height: height! });
    const text = cells.slice(11).join('\t').trim();
    if (level !== 5 || text === '') continue;
    // The words of one line share its baseline and size (their own boxes vary with their diacritics).
    const box = lineBoxes.get(key) ?? { top: top!, height: height! };
    const items = pages.get(page!) ?? [];
    items.push({ str: text, x: left!, y: -(box.top + box.height), width: width!, fontSize: box.height });
    pages.set(page!, items);
  }
  return [...pages].sort(([a], [b]) => a - b).map(([, items]) => pageText(items)).join('\n\n');
}

/** Runs `work` in a fresh temporary folder, removed afterwards whatever happens. */
async function inTempFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'luu-tru-ocr-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function ocrImage(bytes: Uint8Array, extension: string): Promise<string> {
  await ensureOcrTools();
  return inTempFolder(async (folder) => {
    const file = path.join(folder, `scan.${extension}`);
    await writeFile(file, bytes);
    return tidy(await ocrFile(file));
  });
}

/** OCR of a scanned PDF: each page rasterised at 300 dpi in grey, read in page order. */
export async function ocrPdf(bytes: Uint8Array): Promise<string> {
  await ensureOcrTools();
  return inTempFolder(async (folder) => {
    const file = path.join(folder, 'scan.pdf');
    await writeFile(file, bytes);
    await run('pdftoppm', ['-r', String(DPI), '-gray', '-png', file, path.join(folder, 'page')], { maxBuffer: 16 * 1024 * 1024 });
    const pages = (await readdir(folder)).filter((name) => /^page-\d+\.png$/.test(name)).sort((a, b) => pageNumber(a) - pageNumber(b));
    const texts: string[] = [];
    for (const page of pages) texts.push(tidy(await ocrFile(path.join(folder, page))));
    return texts.join('\n\n');
  });
}

const pageNumber = (name: string) => Number(/(\d+)\.png$/.exec(name)![1]);

/** Tesseract ends pages with a form feed and pads with blank lines: one blank line between paragraphs. */
const tidy = (text: string) => text.replace(/\f/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
