/**
 * Valid HTML: the W3C Nu HTML Checker (npm `vnu-jar`, run with Debian's Java, tests/support/java.ts) over
 * every HTML file of the built site reports no error. Warnings are printed, not failed on.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureJava } from '../support/java.ts';
import { listFiles } from '../support/project.ts';
import { DIST } from '../support/site.ts';

interface Message { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }

const VNU = String(createRequire(import.meta.url)('vnu-jar'));

describe('the W3C Nu HTML Checker', () => {
  it('finds no error in any page of the built site', () => {
    const pages = listFiles(DIST).filter((file) => file.endsWith('.html')).map((file) => path.join(DIST, file));
    expect(pages.length).toBeGreaterThan(50);
    const run = spawnSync(ensureJava(), ['-Xss4m', '-jar', VNU, '--format', 'json', '--exit-zero-always', ...pages], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const messages = (JSON.parse(run.stderr || run.stdout) as { messages: Message[] }).messages;
    const where = (m: Message) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`;
    // The checker reads files, so a page's 'self' in its CSP never matches its own assets: not a finding.
    const warnings = messages.filter((m) => m.type === 'info' && !m.message.includes('Content Security Policy'));
    if (warnings.length > 0) console.log(`vnu: ${warnings.length} cảnh báo\n${warnings.slice(0, 20).map(where).join('\n')}`);
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map(where)).toEqual([]);
  }, 300_000);
});
