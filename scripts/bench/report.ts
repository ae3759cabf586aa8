/** Writes the benchmark section of BENCHMARKS.md, leaving other sections (Lighthouse) in place. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { CorpusFigures } from './corpus.ts';
import type { CurvePoint } from './resolution.ts';
import { BYTE_KINDS } from './search.ts';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const f1 = (n: number) => n.toFixed(1);
const f0 = (n: number) => n.toFixed(0);

export async function writeBenchmarks(
  file: string,
  report: { machine: string; rows: CorpusFigures[]; curve: CurvePoint[]; stopped: string[] },
): Promise<void> {
  const lines = [
    START,
    '## Build and search',
    '',
    `Machine: ${report.machine}. Measured by \`npm run bench\` (scripts/bench.ts); synthetic corpora from scripts/bench/generate-corpus.ts, seed 42.`,
    '',
    '| corpus | documents | pages | ingest s | Astro s | Pagefind s | total s | docs/s | peak RSS MB (ingest / Astro / Pagefind) | dist MB | index MB | I/O floor s | ingest after one change s (text / citation) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...report.rows.map((r) =>
      `| ${r.label} | ${r.documents} | ${r.pages} | ${f1(r.ingest.seconds)} | ${f1(r.astro.seconds)} | ${f1(r.pagefind.seconds)} | ${f1(r.totalSeconds)} | ${f0(r.documents / r.totalSeconds)} | ${f0(r.ingest.peakRssMb)} / ${f0(r.astro.peakRssMb)} / ${f0(r.pagefind.peakRssMb)} | ${f1(r.distMb)} | ${f1(r.indexMb)} | ${f1(r.floorSeconds)} | ${f1(r.rebuildIngestSeconds.text)} / ${f1(r.rebuildIngestSeconds.citation)} |`,
    ),
    ...(report.stopped.length > 0 ? ['', 'Sizes that did not complete:', '', ...report.stopped.map((line) => `- ${line}`)] : []),
    '',
    'Search in headless Chromium, served gzip-compressed from localhost (scripts/bench/search.ts): kB the server sent for each search, by kind (library: Pagefind\'s scripts and WebAssembly; metadata: its page list; chunks: the index entries of the query\'s words; fragments: the results shown, 10 a page; first pages: the shard of a precomputed first page, src/lib/build/first-pages.ts), the index bundles read, and the time from Enter to the first result. The search page\'s own HTML and script are excluded. A first search is the first of its page; later ones follow it in the same page.',
    '',
    '| corpus | query | search | kB | library | metadata | chunks | filters | fragments | first pages | other | bundles | ms |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.rows.flatMap((r) =>
      (r.search?.queries ?? []).map(
        (q) => `| ${r.label} | ${q.query} | ${q.first ? 'first' : 'later'} | ${f1(q.kb)} | ${BYTE_KINDS.map((kind) => f1(q.byKind[kind])).join(' | ')} | ${q.bundles} | ${f0(q.ms)} |`,
      ),
    ),
    '',
    'Citation resolution (resolveCitations alone, parsing excluded):',
    '',
    '| documents | citations | ms | µs per citation |',
    '| ---: | ---: | ---: | ---: |',
    ...report.curve.map((p) => `| ${p.documents} | ${p.citations} | ${f0(p.milliseconds)} | ${f1(p.microsecondsPerCitation)} |`),
    END,
  ].join('\n');
  await replaceSection(file, START, END, lines);
}

/** Puts `text` (which begins with `start` and ends with `end`) in place of that section of `file`, or appends it. */
export async function replaceSection(file: string, start: string, end: string, text: string): Promise<void> {
  const previous = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
  const next = previous.includes(start)
    ? previous.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => text)
    : `${previous.trimEnd()}\n\n${text}\n`;
  await writeFile(file, next);
}
