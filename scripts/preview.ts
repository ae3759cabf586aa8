/** `npm run preview` (and the end of `npm start`): serves dist/ with Astro's preview server, telemetry off. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { withoutTelemetry } from '../src/lib/build/no-telemetry.ts';

const astroBin = path.join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astroBin, 'preview', ...process.argv.slice(2)], { stdio: 'inherit', env: withoutTelemetry() });
process.exit(result.status ?? 1);
