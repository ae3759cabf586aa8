/**
 * Finds Debian's Chromium for the browser tests, installing it with apt when missing (never a downloaded
 * browser: that cannot work here). The path can be overridden with CHROMIUM_PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Makes sure Chromium is there; returns its path or throws one sentence saying why not. */
export function ensureChromium(): string {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${path} không tồn tại.`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`Không có Chromium ở ${path}; hãy cài bằng "sudo apt-get install -y chromium" hoặc đặt CHROMIUM_PATH.`);
  }
  console.log('test: đang cài Chromium của Debian bằng apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(path)) throw new Error(`apt-get đã chạy nhưng không có ${path}.`);
  return path;
}
