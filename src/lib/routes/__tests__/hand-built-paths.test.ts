/**
 * No code outside the route table builds a page path: every literal that starts with one of the site's
 * path families (`van-ban/`, `/loai/`, `feed.xml`…), every `trang-{n}` and every read of the base is in
 * src/lib/routes/. Comments are left out (they may name a URL); tests may spell out expected URLs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SCANNED = ['src', 'scripts'];
const ROUTE_TABLE = path.join('src', 'lib', 'routes');

const FAMILIES = ['van-ban', 'nguon', 'dan-chieu', 'duyet', 'loai', 'co-quan', 'nam', 'nguoi-ky', 'co-quan-nhan', 'thoi-han', 'tim-kiem', 'tra-cuu', 'du-lieu'];
const FILES = ['feed\\.xml', 'sitemap\\.xml', 'robots\\.txt', '_redirects'];
/** A string or template literal (or a template's text after `${…}`) that begins with a path family. */
const PATH_LITERAL = new RegExp(`(?:['"\`]|\\})/?(?:(?:${FAMILIES.join('|')})/|(?:${FILES.join('|')})['"\`])`);
const FORBIDDEN = [PATH_LITERAL, /trang-\$\{/, /\bBASE_URL\b/];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' || entry.name === 'node_modules' || relative === ROUTE_TABLE ? [] : sourceFiles(relative);
    return /\.(?:ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

/** The code without its comments (block, line and HTML comments), line numbers kept. */
function withoutComments(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/<!--[\s\S]*?-->/g, blank).replace(/(^|[^:\\'"`])\/\/[^\n]*/g, (match, before: string) => before + blank(match.slice(before.length)));
}

/** `file:line: text` of every line that builds a path by hand. */
function handBuiltPaths(file: string, text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, index) => (FORBIDDEN.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

describe('route table', () => {
  it('is the only code that builds page paths', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => handBuiltPaths(file, readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('catches the ways a path is built by hand, and not the comments that name one', () => {
    const found = (code: string) => handBuiltPaths('x.ts', code).length;
    expect(found("const a = `van-ban/${id}/`;")).toBe(1);
    expect(found('<a href="/loai/">')).toBe(1);
    expect(found("absolute('feed.xml')")).toBe(1);
    expect(found('const a = `${base}tra-cuu/so/${n}.json`;')).toBe(1);
    expect(found('const a = `${first}trang-${n}/`;')).toBe(1);
    expect(found('const base = import.meta.env.BASE_URL;')).toBe(1);
    expect(found('/** The page /van-ban/{id}/. */\n// see /loai/\n<!-- /nam/ -->')).toBe(0);
    expect(found('<article class="van-ban">')).toBe(0);
  });
});
