/**
 * `node scripts/lighthouse.ts`: Lighthouse (npm package `lighthouse`, mobile preset: a mid-range phone on a
 * throttled network, simulated) on one built page of each type in dist/ (tests/support/page-types.ts), with
 * Debian's Chromium, launched here with --remote-debugging-port (Lighthouse never downloads or launches a
 * browser itself). The site is served on 127.0.0.1 with the headers of public/_headers (the CSP). Prints the
 * four scores per page with every audit that lost points, writes the `## Lighthouse` section of BENCHMARKS.md
 * (between its markers only) with the machine's load, and exits 1 when a score is below 95.
 * The test (tests/quality/lighthouse.test.ts) runs the desktop preset on three pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { headersFromFile, serveStatic } from '../tests/support/server.ts';
import { routes } from '../src/lib/routes/paths.ts';
import { pageTypes } from '../tests/support/page-types.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const MINIMUM = 95;

export interface PageScore {
  label: string;
  path: string;
  scores: Record<Category, number>;
  /** Audits that lost points in a category, as `category: audit id — title (score)`. */
  losses: string[];
}

export type Preset = 'mobile' | 'desktop';

export const PAGES: Array<{ label: string; path: string }> = [
  { label: 'Văn bản (Công văn 5817/UBND-KTTH)', path: routes.document('5817-ubnd-ktth-2024-ubnd-tinh-quang-ngai') },
  { label: 'Văn bản được dẫn chiếu (Nghị quyết 57/NQ-CP)', path: routes.document('57-nq-cp-2022') },
  { label: 'Tìm kiếm "57/NQ-CP"', path: routes.search('57/NQ-CP') },
];

/** The first few items of an audit's table (what failed, where), to say exactly what to fix. */
function detailsOf(details: unknown): string {
  if (!details || typeof details !== 'object' || !('items' in details) || !Array.isArray(details.items)) return '';
  const items = (details.items as Array<Record<string, unknown>>).slice(0, 5).map((item) => {
    const parts: string[] = [];
    for (const key of ['description', 'url', 'source', 'node', 'sourceLocation']) {
      const value = item[key];
      if (typeof value === 'string') parts.push(value);
      else if (value && typeof value === 'object') {
        const described = value as Record<string, unknown>;
        const text = described.snippet ?? described.url ?? described.selector;
        if (typeof text === 'string') parts.push(text);
      }
    }
    return parts.join(' ');
  });
  return items.length > 0 ? `: ${items.join('; ')}` : '';
}

/** Starts Chromium with a DevTools port of its own choosing; resolves with the port. */
async function startChromium(): Promise<{ port: number; child: ChildProcess; profile: string }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chromium-'));
  const child = spawn(ensureChromium(), [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1350,940', 'about:blank'], {
    stdio: 'ignore',
  });
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { port, child, profile };
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`Chromium (${ensureChromium()}) không mở cổng gỡ lỗi sau 20 s.`);
}

/** Runs Lighthouse with `preset` on every page of `pages` against the build in `dist`. */
export async function runLighthouse(dist: string, pages: Array<{ label: string; path: string }> = PAGES, preset: Preset = 'desktop'): Promise<PageScore[]> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}: chưa có bản dựng; hãy chạy npm run build trước.`);
  const site = await serveStatic(dist, '/', headersFromFile(path.join(dist, '_headers')));
  const chromium = await startChromium();
  try {
    const results: PageScore[] = [];
    for (const page of pages) {
      const runner = await lighthouse(
        `${site.url}${page.path}`,
        { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        // Lighthouse's default configuration is its mobile preset.
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!runner) throw new Error(`Lighthouse không trả kết quả cho ${page.path}`);
      const { lhr } = runner;
      if (lhr.runtimeError) throw new Error(`Lighthouse lỗi ở ${page.path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
      const losses: string[] = [];
      for (const id of CATEGORIES) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            // The CLS metric has no details of its own: the elements that moved are in `layout-shifts`.
            const details = audit.id === 'cumulative-layout-shift' ? lhr.audits['layout-shifts']?.details : audit.details;
            losses.push(`${id}: ${audit.id} — ${audit.title} (${audit.displayValue || audit.score})${detailsOf(details)}`);
          }
        }
      }
      results.push({ label: page.label, path: `/${page.path}`, scores, losses });
    }
    return results;
  } finally {
    // Chromium may still write its profile after the signal, on a loaded machine: wait for it to exit.
    const exited = new Promise((resolve) => (chromium.child.exitCode !== null ? resolve(null) : chromium.child.once('exit', resolve)));
    chromium.child.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    rmSync(chromium.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    await site.close();
  }
}

const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

/** The `## Lighthouse` section (markers included). */
export function benchmarkSection(results: PageScore[], version: string, preset: Preset, load: string): string {
  const rows = results.map((r) => `| ${r.label} | \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`);
  const losses = results.flatMap((r) => r.losses.map((loss) => `- \`${r.path}\` ${loss}`));
  return [
    START,
    '## Lighthouse',
    '',
    `Lighthouse ${version}, ${preset} preset, one page of each type, Debian Chromium, dist/ served on 127.0.0.1 with public/_headers (\`node scripts/lighthouse.ts\`). Minimum: ${MINIMUM}. Load average of the (shared, 2-core) machine during the run: ${load}; performance is simulated from the trace, so a loaded machine lowers it.`,
    '',
    '| Page | URL | Performance | Accessibility | Best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    losses.length > 0 ? 'Audits that lost points:' : 'No audit lost points.',
    ...(losses.length > 0 ? ['', ...losses] : []),
    END,
  ].join('\n');
}

/** Replaces (or appends) only the Lighthouse section of BENCHMARKS.md. */
export function writeBenchmarks(file: string, section: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.replace(/\n*$/, '\n\n')}${section}\n`;
  writeFileSync(file, next);
}

export function lighthouseVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
}

if (import.meta.main) {
  const root = process.cwd();
  try {
    const before = os.loadavg()[0]!;
    // Lighthouse audits no page answered with status 404: the 404 page is measured as the file it is.
    const pages = pageTypes().map((page) => (page.label === '404' ? { ...page, path: '404.html' } : page));
    const results = await runLighthouse(path.join(root, 'dist'), pages, 'mobile');
    const load = `${before.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`;
    for (const r of results) {
      console.log(`${r.path}  ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
      for (const loss of r.losses) console.log(`    ${loss}`);
    }
    writeBenchmarks(path.join(root, 'BENCHMARKS.md'), benchmarkSection(results, lighthouseVersion(root), 'mobile', load));
    console.log('lighthouse: đã ghi mục Lighthouse vào BENCHMARKS.md');
    const low = results.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < MINIMUM).map((c) => `${r.path} ${c} ${r.scores[c]}`));
    if (low.length > 0) {
      console.error(`lighthouse: dưới ${MINIMUM}: ${low.join('; ')}`);
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
