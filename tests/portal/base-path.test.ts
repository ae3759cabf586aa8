/** Built under BASE_PATH=/luu-tru/, every link of the portal pages stays under the base. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';

const BASE = '/luu-tru/';
let out = '';

/** The test process's environment without what Vitest adds (BASE_URL, MODE, NODE_ENV=test…), which would steer Vite. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
}

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'luu-tru-'));
  // The ingest output in content/generated/ is reused: only the Astro step depends on BASE_PATH.
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv(),
  });
  if (result.status !== 0) throw new Error(`astro build (BASE_PATH=${BASE}) failed:\n${result.stdout}\n${result.stderr}`);
}, 600_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

function pages(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') found.push(full);
    }
  };
  if (existsSync(path.join(out, folder))) walk(path.join(out, folder));
  return found;
}

describe(`BASE_PATH=${BASE}`, () => {
  it('every href and link of the browse, agency and deadline pages starts with the base', () => {
    const files = [path.join(out, 'index.html'), ...['duyet', 'loai', 'co-quan', 'nam', 'nguoi-ky', 'co-quan-nhan', 'thoi-han'].flatMap(pages)];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const href = m[1]!;
        if (/^(?:https?:|#|mailto:)/.test(href)) continue;
        expect(href.startsWith(BASE), `${path.relative(out, file)}: ${href}`).toBe(true);
        // and it resolves inside the build
        const local = decodeURIComponent(href.slice(BASE.length).replace(/[#?].*$/, ''));
        const target = path.join(out, local);
        expect(local === '' || local.endsWith('/') ? existsSync(path.join(target, 'index.html')) : existsSync(target), `${path.relative(out, file)}: ${href}`).toBe(true);
      }
    }
  });

  it('canonical, og:url and JSON-LD URLs carry the base', () => {
    const [document] = readdirSync(path.join(out, 'van-ban')).filter((name) => existsSync(path.join(out, 'van-ban', name, 'index.html')));
    const html = readFileSync(path.join(out, 'van-ban', document!, 'index.html'), 'utf8');
    expect(/<meta property="og:url" content="([^"]+)"/.exec(html)![1]).toContain(`${BASE}van-ban/${document}/`);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { url: string };
    expect(new URL(ld.url).pathname).toBe(`${BASE}van-ban/${document}/`);
    const ics = readFileSync(path.join(out, 'thoi-han/tat-ca.ics'), 'utf8').replace(/\r\n /g, '');
    for (const m of ics.matchAll(/^URL:(.*)$/gm)) expect(new URL(m[1]!).pathname.startsWith(BASE)).toBe(true);
  });
});
