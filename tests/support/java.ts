/**
 * Finds Java for the W3C Nu HTML Checker (vnu-jar), installing Debian's `default-jre-headless` with apt
 * when missing, as tests/support/chromium.ts does for Chromium (never a downloaded JDK). `JAVA` overrides.
 */
import { execFileSync, spawnSync } from 'node:child_process';

function works(java: string): boolean {
  return spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0;
}

/** The java command to run, or one sentence saying why there is none. */
export function ensureJava(): string {
  const java = process.env.JAVA || 'java';
  if (works(java)) return java;
  if (process.env.JAVA) throw new Error(`JAVA=${java} không chạy được.`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error('Không có Java; hãy cài bằng "sudo apt-get install -y default-jre-headless" hoặc đặt JAVA.');
  }
  console.log('test: đang cài Java của Debian (default-jre-headless) bằng apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env });
  if (!works(java)) throw new Error('apt-get đã chạy nhưng vẫn không có java.');
  return java;
}
