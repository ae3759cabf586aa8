/** Builds one corpus in a throw-away project copy and measures every step (see scripts/bench.ts). */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './synthetic/index.ts';
import { heapFlags } from '../../src/lib/build/heap.ts';
import { measure, type Measurement } from './measure.ts';
import { searchCost, type SearchFigures } from './search.ts';

export interface CorpusFigures {
  label: string;
  documents: number;
  pages: number;
  ingest: Measurement;
  astro: Measurement;
  pagefind: Measurement;
  totalSeconds: number;
  distMb: number;
  indexMb: number;
  floorSeconds: number;
  /** The ingest again after one source changed: text only, then a citation added (resolution runs again). */
  rebuildIngestSeconds: { text: number; citation: number };
  search: SearchFigures | null;
}

async function folderSize(folder: string): Promise<{ bytes: number; html: number }> {
  let bytes = 0;
  let html = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/** A copy of the project whose content/ holds only the corpus under test. */
export async function projectCopy(root: string): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-'));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  await mkdir(path.join(work, 'content/sources'), { recursive: true });
  return work;
}

/** The I/O floor: read every source and write one trivially templated HTML file per document. */
async function ioFloor(sources: string, work: string): Promise<number> {
  const started = performance.now();
  const out = path.join(work, 'floor');
  await mkdir(out);
  for (const name of await readdir(sources)) {
    const text = await readFile(path.join(sources, name), 'utf8');
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    await mkdir(path.join(out, name));
    await writeFile(path.join(out, name, 'index.html'), `<!doctype html><html lang="vi"><title>${name}</title><pre>${escaped}</pre></html>`);
  }
  return (performance.now() - started) / 1000;
}

export async function benchCorpus(root: string, corpus: { label: string; sources?: string; synthetic?: number }): Promise<CorpusFigures> {
  const work = await projectCopy(root);
  const sources = path.join(work, 'content/sources');
  try {
    if (corpus.sources) {
      await cp(corpus.sources, sources, { recursive: true });
      await cp(path.join(root, 'content/corrections'), path.join(work, 'content/corrections'), { recursive: true });
    } else {
      for (const document of generateCorpus({ count: corpus.synthetic!, seed: 42 })) {
        await writeFile(path.join(sources, document.name), document.text);
      }
    }
    const documents = (await readdir(sources)).length;
    console.log(`bench: ${corpus.label}: ${documents} documents`);
    const node = process.execPath;
    const heap = heapFlags();
    const env = { ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
    const check = (step: string, result: Measurement) => {
      if (result.code !== 0) {
        const reason = /FATAL ERROR: [^\n]*/.exec(result.output)?.[0] ?? result.output.trim().split('\n').at(-1) ?? '';
        throw new Error(`bench: ${corpus.label}: ${step} failed after ${result.seconds.toFixed(0)} s at ${result.peakRssMb.toFixed(0)} MB (${reason.trim()})\n${result.output.slice(-2000)}`);
      }
      console.log(`bench: ${corpus.label}: ${step} ${result.seconds.toFixed(1)} s, ${result.peakRssMb.toFixed(0)} MB`);
      return result;
    };
    const ingest = check('ingest', await measure(node, [...heap, 'scripts/ingest.ts'], { cwd: work, env }));
    const astro = check('astro', await measure(node, [...heap, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: work, env }));
    const pagefind = check('pagefind', await measure(node, ['scripts/bench/pagefind-step.ts', 'dist'], { cwd: work, env }));
    const dist = await folderSize(path.join(work, 'dist'));
    const index = await folderSize(path.join(work, 'dist/pagefind'));
    const floorSeconds = await ioFloor(sources, work);
    // Incremental: change one source and ingest again (the cache keeps the rest): a line of text, then a
    // citation, which makes citation resolution run again.
    const [first, second] = (await readdir(sources)).sort();
    await appendFile(path.join(sources, first!), '\nThêm một dòng để đo lần dựng lại.\n');
    const rebuild = check('ingest after one change', await measure(node, [...heap, 'scripts/ingest.ts'], { cwd: work, env }));
    await appendFile(path.join(sources, second!), '\nThực hiện Nghị quyết số 57/NQ-CP ngày 21/4/2022 của Chính phủ.\n');
    const recite = check('ingest after a citation added', await measure(node, [...heap, 'scripts/ingest.ts'], { cwd: work, env }));
    const search = await searchCost(path.join(work, 'dist'), path.join(work, 'content/generated/instruments.json'));
    return {
      label: corpus.label,
      documents,
      pages: dist.html,
      ingest,
      astro,
      pagefind,
      totalSeconds: ingest.seconds + astro.seconds + pagefind.seconds,
      distMb: dist.bytes / 2 ** 20,
      indexMb: index.bytes / 2 ** 20,
      floorSeconds,
      rebuildIngestSeconds: { text: rebuild.seconds, citation: recite.seconds },
      search,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
