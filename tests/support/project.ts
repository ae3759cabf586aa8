/**
 * Temporary copies of the project for tests that need a build of their own (other sources, a sub-path,
 * a second build to compare): src, public, content, scripts and config are copied; node_modules gets one
 * symlink per package, so Astro's and Vite's caches (node_modules/.astro, .vite) stay private to the copy.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withoutTelemetry } from '../../src/lib/build/no-telemetry.ts';
import { ROOT } from './site.ts';

const COPIED = ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface TempProject {
  root: string;
  sources: string;
  /** Runs a Node script of the copy (path relative to its root) with the copy as working directory. */
  node: (args: string[], env?: Record<string, string>) => SpawnSyncReturns<string>;
  remove: () => void;
}

/**
 * The build day of every build a test starts, unless the caller's environment sets its own: 29/10/2024 in
 * Việt Nam time, the seeds' newest date, so that their deadlines are both past and upcoming and no test
 * depends on the clock (src/lib/site/today.ts).
 */
export const TEST_SOURCE_DATE_EPOCH = '1730134800';

/**
 * The environment for a build started from a test: Vitest's own variables removed (it sets NODE_ENV=test,
 * BASE_URL=/, MODE, DEV, PROD, SSR in process.env, and Vite/Astro would take them for the build's own).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = withoutTelemetry({ SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH, ...process.env });
  for (const name of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/** Copies the project into a fresh temporary folder (without content/generated, dist or any cache). */
export function copyProject(label = 'archive'): TempProject {
  const root = mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  for (const entry of COPIED) {
    cpSync(path.join(ROOT, entry), path.join(root, entry), {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(ROOT, 'content/generated')),
    });
  }
  const modules = path.join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  return {
    root,
    sources: path.join(root, 'content/sources'),
    node: (args, env = {}) =>
      spawnSync(process.execPath, args, {
        cwd: root,
        encoding: 'utf8',
        env: { ...buildEnv(), BASE_PATH: '', ...env },
        maxBuffer: 64 * 1024 * 1024,
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs the full build (ingest → astro build → Pagefind) in the copy; throws with its output when a step fails. */
export function buildProject(project: TempProject, env: Record<string, string> = {}): string {
  const result = project.node(['scripts/build.ts'], env);
  if (result.status !== 0) {
    throw new Error(`Dựng trang trong ${project.root} thất bại (mã ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const dist = path.join(project.root, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}: không có index.html sau khi dựng`);
  return dist;
}

/** Every file under `folder` (relative, `/`-separated, sorted). */
export function listFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else found.push(child);
    }
  };
  walk('');
  return found.sort();
}

/** sha256 of every file under `folder`, by relative path. */
export function hashTree(folder: string): Map<string, string> {
  return new Map(listFiles(folder).map((file) => [file, createHash('sha256').update(readFileSync(path.join(folder, file))).digest('hex')]));
}
