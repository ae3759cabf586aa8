/**
 * `npm test`: every test. Installs Debian's Chromium (browser tests), Java (HTML checker), Tesseract with its
 * Vietnamese data and pdftoppm (OCR tests) when missing,
 * builds the site once (tests/support/global-setup.ts), runs Vitest, and ends with one plain line of totals.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '../tests/support/chromium.ts';
import { ensureJava } from '../tests/support/java.ts';
import { withoutTelemetry } from '../src/lib/build/no-telemetry.ts';
import { ensureOcrPackages } from '../tests/support/system-packages.ts';

const root = process.cwd();
try {
  process.env.CHROMIUM_PATH = ensureChromium();
  // The W3C Nu HTML Checker (tests/quality/html-validity.test.ts) runs on Java.
  process.env.JAVA = ensureJava();
  ensureOcrPackages();
} catch (error) {
  console.error(`test: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
mkdirSync(path.join(root, '.cache'), { recursive: true });
const report = path.join(root, '.cache/vitest-report.json');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root, env: withoutTelemetry() },
);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: Array<{ status: string; assertionResults: unknown[] }>;
  };
  passed = json.numPassedTests;
  // A test file that fails before running any test (an import error) counts as one failure.
  const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed = json.numFailedTests + brokenFiles;
} catch {
  failed = Math.max(failed, 1);
}
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || result.status !== 0 ? 1 : 0);
