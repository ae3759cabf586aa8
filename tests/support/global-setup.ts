/** Builds the site once from content/sources before the site tests (skip with SKIP_SITE_BUILD=1 when dist/ is fresh). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildEnv } from './project.ts';

export default function buildSite(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  const root = path.resolve(import.meta.dirname, '../..');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    // Vitest's NODE_ENV=test, BASE_URL, MODE… must not reach the build (see buildEnv).
    // Small search bundles, so that every search test runs against an index merged from several bundles
    // (src/lib/build/search-bundles.ts), as a large archive's is.
    // content/ids.yaml is read, never written: src/lib/ingest/__tests__/registry.test.ts fails when it is stale.
    env: { ...buildEnv(), BASE_PATH: '', SEARCH_BUNDLE_MB: '0.01', IDS_READ_ONLY: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`Không dựng được trang để kiểm thử:\n${result.stdout}\n${result.stderr}`);
  }
}
