/** `npm run build`: ingest → astro build → Pagefind index. Stops at the first failing step with its message. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { heapFlags } from '../src/lib/build/heap.ts';
import { withoutTelemetry } from '../src/lib/build/no-telemetry.ts';
import { buildSearchIndex, searchBundleBytes } from '../src/lib/build/search-index.ts';

const root = process.cwd();
const run = (label: string, args: string[]) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root, env: withoutTelemetry() });
  if (result.status !== 0) {
    console.error(`build: bước "${label}" thất bại (mã thoát ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
};

run('ingest', [...heapFlags(), path.join(root, 'scripts/ingest.ts')]);
// Astro empties dist/ before building, one file at a time: 10 s for a 10,000-document site. Moved aside, the
// previous output is deleted by another process while Astro builds.
const dist = path.join(root, 'dist');
const old = path.join(root, `.dist-old-${process.pid}`);
const removal = existsSync(dist)
  ? (renameSync(dist, old), new Promise<void>((resolve) => spawn('rm', ['-rf', old], { stdio: 'ignore' }).on('close', () => resolve())))
  : Promise.resolve();
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
run('astro build', [...heapFlags(), astroBin, 'build', '--silent']);
try {
  const { pages, bundles, firstPages, milliseconds } = await buildSearchIndex(path.join(root, 'dist'), searchBundleBytes(process.env.SEARCH_BUNDLE_MB));
  console.log(`pagefind: ${pages} trang được lập chỉ mục trong ${bundles} gói, trang đầu sẵn cho ${firstPages} truy vấn, ${(milliseconds / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
await removal;
