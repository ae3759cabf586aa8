/**
 * Nothing sent anywhere: the project's scripts run Astro with its telemetry off. A preview started the way
 * `npm start` starts it, as a user who has never run Astro (empty config folder), prints no telemetry
 * notice, while Astro run directly in the same situation does (so the check can see the notice at all).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';

const NOTICE = 'Astro collects anonymous usage data';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts `args` until the preview server says it listens (or 30 s), then stops it; returns what it printed. */
async function previewOutput(args: string[]): Promise<string> {
  const config = mkdtempSync(path.join(os.tmpdir(), 'astro-config-'));
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: config };
  // Astro stays silent in CI; these runs play a person at a desk.
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'ASTRO_TELEMETRY_DISABLED', 'TELEMETRY_DISABLED']) delete env[name];
  const port = String(await freePort());
  // --ignore-lock: Astro's preview lock file (one server per project) is left alone; a developer's preview may be running.
  const child = spawn(process.execPath, [...args, '--ignore-lock', '--host', '127.0.0.1', '--port', port], { cwd: ROOT, env, detached: true });
  let output = '';
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => resolve());
  });
  // The script runs Astro as a child of its own: stop the whole group.
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  rmSync(config, { recursive: true, force: true });
  return output;
}

describe('Astro telemetry', () => {
  it('npm start and npm run preview go through scripts/preview.ts; no npm script runs astro directly', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toContain('node scripts/preview.ts');
    expect(scripts.preview).toContain('node scripts/preview.ts');
    for (const [name, command] of Object.entries(scripts)) expect(command, name).not.toMatch(/(^|&&\s*|\s)astro\s/);
  });

  it('the preview of npm start prints no telemetry notice; astro run directly does', async () => {
    const ours = await previewOutput([path.join(ROOT, 'scripts/preview.ts')]);
    expect(ours).toMatch(/Local\s+http:\/\/127\.0\.0\.1:/);
    expect(ours).not.toContain(NOTICE);
    const direct = await previewOutput([path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview']);
    expect(direct).toContain(NOTICE);
  }, 90_000);
});
