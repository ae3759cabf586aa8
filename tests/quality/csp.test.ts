/**
 * No third parties and a Content-Security-Policy: built pages load nothing from another origin, carry no
 * inline script, style or event handler, and publish the same policy in <meta http-equiv> (every page) and
 * in public/_headers (plus frame-ancestors, which only a header can set). In Chromium, with the _headers
 * policy sent as a real header, the search page runs a search without a single CSP violation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startTags } from '../support/links.ts';
import { listFiles } from '../support/project.ts';
import { headersFromFile, serveStatic, type StaticSite } from '../support/server.ts';
import { DIST, generatedDocuments, ROOT } from '../support/site.ts';

const ORIGIN = 'https://vanban.quangngai.gov.vn';
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
const htmlFiles = listFiles(DIST).filter((file) => file.endsWith('.html'));
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

/** Directives of a policy by name. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0]!, part.split(/\s+/).slice(1).join(' ')]),
  );
}

describe('the published policy', () => {
  const header = headersFromFile(path.join(ROOT, 'public/_headers'))['Content-Security-Policy'] ?? '';

  it('public/_headers sets the policy with frame-ancestors for every path, and the build ships it', () => {
    const fromHeader = directives(header);
    expect(fromHeader.get('frame-ancestors')).toBeDefined();
    fromHeader.delete('frame-ancestors');
    expect(fromHeader).toEqual(directives(POLICY));
    expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));
  });

  it.each(htmlFiles)('%s carries the policy in <meta http-equiv>, before any stylesheet or script', (file) => {
    const html = read(file);
    const meta = startTags(html).find((tag) => tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
    expect(meta, 'thiếu <meta http-equiv="Content-Security-Policy">').toBeDefined();
    expect(directives(meta!.attributes.get('content')!)).toEqual(directives(POLICY));
    const at = html.indexOf(meta!.source);
    const firstResource = html.search(/<(link|script|style)\b/i);
    expect(firstResource === -1 || at < firstResource).toBe(true);
  });
});

describe('nothing from another origin, nothing inline', () => {
  it.each(htmlFiles)('%s', (file) => {
    const html = read(file);
    const problems: string[] = [];
    for (const { name, attributes, source } of startTags(html)) {
      for (const attribute of attributes.keys()) {
        if (/^on[a-z]+$/.test(attribute)) problems.push(`thuộc tính xử lý sự kiện: ${source}`);
      }
      if (attributes.has('style')) problems.push(`thuộc tính style (bị CSP chặn): ${source}`);
      if (name === 'style') problems.push(`<style> nội tuyến: ${source}`);
      if (name === 'script') {
        const type = attributes.get('type') ?? '';
        if (type !== 'application/ld+json' && !attributes.has('src')) problems.push(`<script> nội tuyến: ${source}`);
      }
      if (['iframe', 'object', 'embed', 'frame'].includes(name)) problems.push(`phần tử nhúng: ${source}`);
      // Everything a browser would fetch by itself: only from this site.
      const loads = name === 'a' || name === 'form' ? [] : ['src', 'href', 'srcset', 'poster', 'data'].map((a) => attributes.get(a)).filter((v) => v !== undefined);
      for (const value of loads) {
        for (const candidate of value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')) {
          const url = new URL(candidate, `${ORIGIN}/`);
          if (url.protocol === 'data:' && name === 'img') continue;
          if (url.origin !== ORIGIN) problems.push(`tải từ nguồn khác (${url.origin}): ${source}`);
        }
      }
      for (const value of [attributes.get('href'), attributes.get('action')]) {
        if (value && /^\s*javascript:/i.test(value)) problems.push(`URL javascript: ${source}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('stylesheets and scripts reference no other origin (no @import, fonts or beacons elsewhere)', () => {
    const assets = listFiles(DIST).filter((file) => /\.(css|js)$/.test(file) && file.startsWith('_astro/'));
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
    const problems = assets.flatMap((file) =>
      [...read(file).matchAll(/(?:url\(\s*['"]?|@import\s+['"]|fetch\(\s*['"]|import\(\s*['"])(https?:)?\/\/[^'")\s]+/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('in Chromium, with the _headers policy as a response header', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(DIST, '/', headersFromFile(path.join(DIST, '_headers')));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens a page recording CSP violations (events and console) and every request to another origin. */
  async function open(url: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const page = await browser.newPage();
    const console: string[] = [];
    const foreign: string[] = [];
    const own = new URL(site.url).origin;
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) console.push(message.text());
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== own) foreign.push(request.url());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
    return {
      page,
      problems: async () => [
        ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
        ...console,
        ...foreign.map((request) => `yêu cầu đến nguồn khác: ${request}`),
      ],
    };
  }

  it('the detector itself sees an inline script blocked by the policy', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>x</title><script>document.title = "ran"</script><p>x</p>');
    const bad = await serveStatic(folder, '/', headersFromFile(path.join(DIST, '_headers')));
    try {
      const { page, problems } = await open(bad.url);
      await page.waitForLoadState('load');
      expect(await page.title()).toBe('x');
      expect((await problems()).join('\n')).toMatch(/script-src/);
      await page.close();
    } finally {
      await bad.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a search for 57/NQ-CP shows results without any CSP violation', async () => {
    const { page, problems } = await open(`${site.url}tim-kiem/?q=57%2FNQ-CP`);
    await page.waitForSelector('#ket-qua li', { timeout: 20_000 });
    expect(await page.$$eval('#ket-qua li', (items) => items.length)).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('a number look-up, a document page and the home page run without any CSP violation', async () => {
    const held = generatedDocuments()[0]!;
    for (const target of ['tra-cuu/?so=57', `van-ban/${held.id}/`, '']) {
      const { page, problems } = await open(`${site.url}${target}`);
      await page.waitForLoadState('networkidle');
      expect(await problems(), target).toEqual([]);
      await page.close();
    }
  });
});
