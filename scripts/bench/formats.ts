/**
 * Ingest throughput per source format (issue 13): the same synthetic documents written as .txt, as Word
 * .docx (the `docx` library: header as a two-column table), as PDF with a text layer (printed by Chromium),
 * and fewer as scans (page 1 of each PDF rasterised by pdftoppm at 200 dpi, read by Tesseract): each folder
 * ingested cold, alone, in a throw-away project copy. OCR costs seconds a page, hence fewer scans.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from './synthetic/index.ts';
import { heapFlags } from '../../src/lib/build/heap.ts';
import { layoutOf, printPdfs, rasterise, seedDocx } from '../../tests/extract/fixtures.ts';
import { ocrImage } from '../../src/lib/extract/ocr.ts';
import { projectCopy } from './corpus.ts';
import { measure } from './measure.ts';
import { replaceSection } from './report.ts';

export interface FormatFigures {
  format: 'txt' | 'docx' | 'pdf' | 'scan';
  documents: number;
  seconds: number;
  peakRssMb: number;
}

/** Tesseract alone on each scan, one after another: seconds per page (the ingest runs one per core). */
export interface OcrFigures {
  pages: number;
  secondsPerPage: number;
}

/** Chromium prints this many documents per browser page reload (memory stays flat). */
const PRINT_BATCH = 50;

async function writeAll(folder: string, extension: string, files: Uint8Array[] | string[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  await Promise.all(files.map((content, index) => writeFile(path.join(folder, `vb-${String(index + 1).padStart(5, '0')}.${extension}`), content)));
}

export async function benchFormats(root: string, options: { documents: number; scans: number }): Promise<{ figures: FormatFigures[]; ocr: OcrFigures | null }> {
  const texts = [...generateCorpus({ count: Math.max(options.documents, options.scans), seed: 42 })].map((document) => document.text);
  const layouts = texts.map(layoutOf);
  console.log(`bench: formats: making ${options.documents} .docx and PDF files, ${options.scans} scans`);
  const docx = await Promise.all(layouts.slice(0, options.documents).map((layout) => seedDocx(layout)));
  const pdfs: Uint8Array[] = [];
  for (let start = 0; start < layouts.length; start += PRINT_BATCH) pdfs.push(...(await printPdfs(layouts.slice(start, start + PRINT_BATCH))));
  const scans = pdfs.slice(0, options.scans).map((pdf) => rasterise(pdf, 1, 200));
  const inputs: Array<[FormatFigures['format'], string, Uint8Array[] | string[]]> = [
    ['txt', 'txt', texts.slice(0, options.documents)],
    ['docx', 'docx', docx],
    ['pdf', 'pdf', pdfs.slice(0, options.documents)],
    ['scan', 'png', scans],
  ];
  const figures: FormatFigures[] = [];
  for (const [format, extension, files] of inputs) {
    if (files.length === 0) continue;
    const work = await projectCopy(root);
    try {
      await writeAll(path.join(work, 'content/sources'), extension, files);
      const result = await measure(process.execPath, [...heapFlags(), 'scripts/ingest.ts'], { cwd: work, env: { CI: '1' } });
      if (result.code !== 0) throw new Error(`bench: formats: ${format}: ingest failed (${result.output.trim().split('\n').slice(0, 3).join(' ')})`);
      console.log(`bench: formats: ${format}: ${files.length} documents in ${result.seconds.toFixed(1)} s`);
      figures.push({ format, documents: files.length, seconds: result.seconds, peakRssMb: result.peakRssMb });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  let ocr: OcrFigures | null = null;
  if (scans.length > 0) {
    const started = performance.now();
    for (const scan of scans) await ocrImage(scan, 'png');
    ocr = { pages: scans.length, secondsPerPage: (performance.now() - started) / 1000 / scans.length };
  }
  return { figures, ocr };
}

const rate = (perSecond: number) => perSecond.toFixed(perSecond >= 10 ? 0 : 2);
const START = '<!-- bench-formats:start -->';
const END = '<!-- bench-formats:end -->';
const LABELS: Record<FormatFigures['format'], string> = {
  txt: 'text (.txt, UTF-8)',
  docx: 'Word (.docx)',
  pdf: 'PDF, text layer',
  scan: 'scan (.png, 200 dpi, OCR by Tesseract)',
};

/** Writes the section of BENCHMARKS.md between its own markers (the build section is left alone). */
export async function writeFormatsSection(file: string, { figures, ocr }: { figures: FormatFigures[]; ocr: OcrFigures | null }, machine: string): Promise<void> {
  const text = [
    START,
    '## Ingest by source format',
    '',
    `Machine: ${machine}. Measured by \`npm run bench\` (scripts/bench/formats.ts): the same synthetic documents (seed 42) as each format, ingested cold (extraction, parsing, citations, MDX); one page per scan (page 1 of the printed PDF).`,
    '',
    '| format | documents | ingest s | documents/s | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...figures.map((row) => `| ${LABELS[row.format]} | ${row.documents} | ${row.seconds.toFixed(1)} | ${rate(row.documents / row.seconds)} | ${row.peakRssMb.toFixed(0)} |`),
    '',
    'Each ingest includes Node start-up and the fixed costs of a run, which small runs do not amortise.',
    '',
    ocr
      ? `OCR: ${ocr.secondsPerPage.toFixed(1)} s per page (Tesseract 5 with its Vietnamese data on ${ocr.pages} A4 pages at 200 dpi, one page at a time on one core; the ingest runs one Tesseract per core).`
      : 'OCR: not measured (BENCH_SCANS=0).',
    END,
  ].join('\n');
  await replaceSection(file, START, END, text);
}
