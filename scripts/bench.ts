/**
 * `npm run bench`: builds the archive from the seeds and from synthetic corpora (1,000 and 10,000
 * documents; 50,000 with BENCH_SIZES=50000) in a throw-away copy of the project, and writes the figures
 * to BENCHMARKS.md: ingest, Astro and Pagefind time, peak memory, sizes, an I/O floor, an incremental
 * rebuild, the citation-resolution curve, and search cost in headless Chromium.
 * BENCH_SIZES=1000,10000 chooses the synthetic sizes.
 *
 * Then the OCR restoration (scripts/bench/ocr-restoration.ts): its model learned from the clean seeds and
 * BENCH_OCR_TRAINING synthetic documents (100), scored on damaged real and synthetic documents; and the ingest
 * per source format (scripts/bench/formats.ts): BENCH_FORMAT_DOCS documents (1,000) as .txt, .docx and PDF,
 * and BENCH_SCANS scans (20: OCR takes seconds a page). BENCH_PARTS=build,ocr,formats chooses the parts (all
 * by default).
 */
import os from 'node:os';
import path from 'node:path';
import { benchCorpus, type CorpusFigures } from './bench/corpus.ts';
import { resolutionCurve } from './bench/resolution.ts';
import { writeBenchmarks } from './bench/report.ts';
import { ocrRestoration, writeRestorationSection } from './bench/ocr-restoration.ts';
import { benchFormats, writeFormatsSection } from './bench/formats.ts';

const root = process.cwd();
const sizes = (process.env.BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => size > 0);

const parts = new Set((process.env.BENCH_PARTS ?? 'build,ocr,formats').split(',').map((part) => part.trim()));
const count = (name: string, fallback: number) => Math.max(0, Number(process.env[name] ?? fallback) || 0);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const report = path.join(root, 'BENCHMARKS.md');

if (parts.has('build')) {
  const rows: CorpusFigures[] = [];
  const stopped: string[] = [];
  rows.push(await benchCorpus(root, { label: 'seeds', sources: path.join(root, 'content/sources') }));
  for (const size of sizes) {
    const label = `${size.toLocaleString('en-US')} synthetic`;
    try {
      rows.push(await benchCorpus(root, { label, synthetic: size }));
    } catch (error) {
      // A size the machine cannot build is a result too: say where it stopped, and go on with the report.
      const message = error instanceof Error ? error.message : String(error);
      console.error(message);
      stopped.push(`${label}: ${message.split('\n')[0]!.replace(/^bench: [^:]+: /, '')}`);
    }
  }
  const curve = await resolutionCurve([1000, 2000, 5000, 10000].filter((size) => size <= Math.max(...sizes, 1000)));

  await writeBenchmarks(report, {
    machine,
    rows,
    curve,
    stopped,
  });
}
if (parts.has('ocr')) {
  await writeRestorationSection(report, await ocrRestoration(root, { training: count('BENCH_OCR_TRAINING', 100) }), machine);
}
if (parts.has('formats')) {
  await writeFormatsSection(report, await benchFormats(root, { documents: count('BENCH_FORMAT_DOCS', 1000), scans: count('BENCH_SCANS', 20) }), machine);
}
console.log('bench: BENCHMARKS.md updated');
