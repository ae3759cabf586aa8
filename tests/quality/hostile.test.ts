/**
 * Hostile input: the corpus of tests/quality/hostile-corpus.ts (MDX/JSX, import/export lines, script and
 * event handlers, comments, template literals, fences, 1 MB, 500 citations, NFD, CRLF, BOM, UTF-16, invisible
 * spaces, a file name with spaces and diacritics) is built with the seeds in a temporary copy of the project.
 * Every document builds, its page shows its text literally, and no built page carries anything injected.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/extract/encodings/decode.ts';
import type { CitationRecord, DocumentRecord } from '../../src/schemas/archive.ts';
import { launchBrowser } from '../support/browser.ts';
import { startTags } from '../support/links.ts';
import { buildProject, copyProject, listFiles, type TempProject } from '../support/project.ts';
import { headersFromFile, serveStatic } from '../support/server.ts';
import { htmlText, missingInOrder, words } from '../support/site.ts';
import { hostileSources, type HostileSource } from './hostile-corpus.ts';

const hostile = hostileSources();
let project: TempProject;
let dist = '';
let records: DocumentRecord[] = [];

beforeAll(() => {
  project = copyProject('archive-hostile');
  for (const source of hostile) writeFileSync(path.join(project.sources, source.name), source.bytes);
  dist = buildProject(project);
  const folder = path.join(project.root, 'content/generated/documents');
  records = readdirSync(folder).map((name) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path.join(folder, name), 'utf8'))![1]!) as DocumentRecord);
}, 300_000);
afterAll(() => project?.remove());

/** Invisible characters dropped and every run of spaces (no-break ones included) made one space, on both sides of a comparison. */
const plain = (text: string) => text.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff\u202a-\u202e]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ');

function pageOf(source: HostileSource): { record: DocumentRecord; html: string; article: string } {
  const record = records.find((candidate) => candidate.sourceFile === source.name);
  if (!record) throw new Error(`${source.name}: không có văn bản nào được tạo`);
  const html = readFileSync(path.join(dist, 'van-ban', record.id, 'index.html'), 'utf8');
  const start = html.indexOf('<article class="van-ban"');
  expect(start, `${record.id}: không có <article class="van-ban">`).toBeGreaterThan(0);
  return { record, html, article: html.slice(start, html.lastIndexOf('</article>')) };
}

describe.each(hostile.map((source) => [source.name, source] as const))('%s', (_name, source) => {
  it('builds into its own page, numbered as printed', () => {
    const { record } = pageOf(source);
    expect(record.number).toBe(source.number);
    expect(record.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('shows every word of the source, in order', () => {
    const decoded = decodeSource(source.bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    const { article } = pageOf(source);
    const missing = missingInOrder(words(plain(decoded.text)), words(plain(htmlText(article))));
    expect(missing, `${missing.length} từ bị mất: ${missing.slice(0, 20).join(' ')}`).toEqual([]);
  });

  it('shows the hostile strings as text', () => {
    const text = plain(htmlText(pageOf(source).article));
    const absent = source.literal.filter((literal) => !text.includes(plain(literal)));
    expect(absent, `không hiện nguyên văn:\n${absent.join('\n')}`).toEqual([]);
  });

  it('offers the original file byte for byte', () => {
    const { record, html } = pageOf(source);
    expect(readFileSync(path.join(dist, 'nguon', `${record.id}.txt`)).equals(Buffer.from(source.bytes))).toBe(true);
    expect(html).toContain(`href="/nguon/${record.id}.txt"`);
  });
});

describe('the whole hostile build', () => {
  it('has no injected element, attribute, comment or URL on any page', () => {
    const problems: string[] = [];
    // The one meta refresh allowed: the page at an old id of content/generated/redirects.json, to its new id.
    const redirects = JSON.parse(readFileSync(path.join(project.root, 'content/generated/redirects.json'), 'utf8')) as Array<{ from: string; to: string }>;
    const refreshOf = new Map(redirects.map(({ from, to }) => [`van-ban/${from}/index.html`, `0; url=/van-ban/${to}/`]));
    const htmlFiles = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(htmlFiles.length).toBeGreaterThan(500);
    for (const file of htmlFiles) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      if (html.includes('<!--')) problems.push(`${file}: chú thích HTML`);
      for (const { name, attributes, source } of startTags(html)) {
        const where = `${file}: ${source.slice(0, 120)}`;
        if (name === 'script') {
          const type = attributes.get('type');
          // The site's own module scripts, where pages have one: search, look-up, 404 suggestions, a document's copy and share.
          const src = attributes.get('src') ?? '';
          const ownModule =
            type === 'module' &&
            /^\/_astro\/[\w.-]+\.js$/.test(src) &&
            (/^(tim-kiem|tra-cuu)\//.test(file) || (file === '404.html' && src.startsWith('/_astro/404.astro')) || (/^van-ban\/[^/]+\/index\.html$/.test(file) && src.startsWith('/_astro/CopyCitation.astro')));
          if (!ownModule && type !== 'application/ld+json') problems.push(`<script> lạ: ${where}`);
        }
        if (['img', 'iframe', 'object', 'embed', 'frame', 'frameset', 'math', 'base', 'style', 'applet', 'video', 'audio', 'template', 'foreignobject'].includes(name)) {
          problems.push(`phần tử <${name}>: ${where}`);
        }
        const refresh = attributes.get('http-equiv')?.toLowerCase() === 'refresh' && refreshOf.get(file) === attributes.get('content');
        if (name === 'meta' && attributes.has('http-equiv') && attributes.get('http-equiv')!.toLowerCase() !== 'content-security-policy' && !refresh) problems.push(`meta http-equiv: ${where}`);
        for (const [attribute, value] of attributes) {
          if (/^on[a-z]+$/.test(attribute)) problems.push(`thuộc tính ${attribute}: ${where}`);
          if (attribute === 'style') problems.push(`thuộc tính style: ${where}`);
          if (['href', 'src', 'action', 'formaction', 'srcset', 'data', 'poster'].includes(attribute)) {
            if (/^\s*(javascript|vbscript|data):/i.test(value)) problems.push(`URL ${value.split(':')[0]}: ${where}`);
            if (value.includes('evil.example')) problems.push(`liên kết từ văn bản: ${where}`);
          }
        }
      }
      for (const block of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        try {
          JSON.parse(block[1]!);
        } catch {
          problems.push(`${file}: JSON-LD không hợp lệ`);
        }
      }
    }
    expect(problems, `${problems.length} chỗ bị chèn:\n${problems.slice(0, 50).join('\n')}`).toEqual([]);
  });

  it('renders hostile documents with no element a seed document does not use', () => {
    const seedNames = new Set(readdirSync(path.join(project.root, 'content/sources')).filter((name) => !hostile.some((source) => source.name === name)));
    const tagsOf = (article: string) => new Set(startTags(article).map((tag) => tag.name));
    const allowed = new Set<string>();
    for (const record of records.filter((candidate) => seedNames.has(candidate.sourceFile))) {
      const html = readFileSync(path.join(dist, 'van-ban', record.id, 'index.html'), 'utf8');
      for (const tag of tagsOf(html.slice(html.indexOf('<article class="van-ban"'), html.lastIndexOf('</article>')))) allowed.add(tag);
    }
    expect(allowed.size).toBeGreaterThan(2);
    const extra = hostile.flatMap((source) => [...tagsOf(pageOf(source).article)].filter((tag) => !allowed.has(tag)).map((tag) => `${source.name}: <${tag}>`));
    expect(extra, `phần tử lạ trong nội dung văn bản (được phép: ${[...allowed].join(', ')}):\n${extra.join('\n')}`).toEqual([]);
  });

  it('shows the hostile subject as text in the heading and the description', () => {
    const { html } = pageOf(hostile.find((candidate) => candidate.number === '9002')!);
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!;
    expect(htmlText(heading)).toContain('<script>alert("trich-yeu")</script>');
    const description = startTags(html).find((tag) => tag.name === 'meta' && tag.attributes.get('name') === 'description');
    expect(description?.attributes.get('content') ?? '').not.toMatch(/^\s*$/);
  });

  it('links each of the 500 citations to its instrument page', () => {
    const { record, article } = pageOf(hostile.find((candidate) => candidate.number === '9005')!);
    const citations = JSON.parse(readFileSync(path.join(project.root, 'content/generated/citations.json'), 'utf8')) as CitationRecord[];
    const targets = new Set(citations.filter((citation) => citation.from === record.id).map((citation) => citation.to));
    expect(targets.size).toBeGreaterThanOrEqual(500);
    const linked = new Set([...article.matchAll(/href="\/van-ban\/([a-z0-9-]+)\/(?:#[^"]*)?"/g)].map((m) => m[1]!));
    const unlinked = [...targets].filter((target) => !linked.has(target));
    expect(unlinked).toEqual([]);
    for (const target of targets) expect(listFiles(path.join(dist, 'van-ban', target))).toContain('index.html');
  });

  it('a search for "alert" runs no injected script and renders results as text', async () => {
    const site = await serveStatic(dist, '/', headersFromFile(path.join(dist, '_headers')));
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const query of ['alert', 'script', 'Component', 'onerror']) {
        await page.goto(`${site.url}tim-kiem/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('#trang-thai')?.textContent ?? ''), null, { timeout: 20_000 });
        const injected = await page.$$eval('#ket-qua *', (nodes) =>
          nodes.filter((node) => ['SCRIPT', 'IMG', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'STYLE'].includes(node.tagName.toUpperCase()) || [...node.attributes].some((a) => a.name.startsWith('on'))).map((node) => node.outerHTML),
        );
        expect(injected, query).toEqual([]);
      }
      expect(await page.$$eval('#ket-qua li', (items) => items.length)).toBeGreaterThan(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser?.close();
      await site.close();
    }
  });
});
