/** `npm run build`: ingest → astro build → Pagefind index. Stops at the first failing step with its message. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { heapFlags } from '../src/lib/build/heap.ts';
import { buildSearchIndex, searchBundleBytes } from '../src/lib/build/search-index.ts';

const root = process.cwd();
const run = (label: string, args: string[]) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root, env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
  if (result.status !== 0) {
    console.error(`build: bước "${label}" thất bại (mã thoát ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
};

run('ingest', [...heapFlags(), path.join(root, 'scripts/ingest.ts')]);
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
run('astro build', [...heapFlags(), astroBin, 'build', '--silent']);
try {
  const { pages, bundles, milliseconds } = await buildSearchIndex(path.join(root, 'dist'), searchBundleBytes(process.env.SEARCH_BUNDLE_MB));
  console.log(`pagefind: ${pages} trang được lập chỉ mục trong ${bundles} gói, ${(milliseconds / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
