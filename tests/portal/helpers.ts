/** Reading the built portal pages: links, table rows, files under dist/. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DIST as SITE_DIST, ROOT, htmlText } from '../support/site.ts';

/** The built site; `PORTAL_DIST` points these tests at another build (e.g. one made with BASE_PATH). */
export const DIST = process.env.PORTAL_DIST || SITE_DIST;

export { htmlText };

export function readPage(urlPath: string): string {
  const relative = urlPath.replace(/^\//, '');
  return readFileSync(path.join(DIST, relative, relative.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

export function readDist(relative: string): string {
  return readFileSync(path.join(DIST, relative), 'utf8');
}

/** Every `href` of a page (HTML-decoded `&amp;`). */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Links to held/cited documents in a page's <main> (or in a fragment): ids of `/van-ban/{id}/` without a fragment. */
export function documentLinks(html: string): string[] {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return [...main.matchAll(/href="\/van-ban\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
}

/** Whether a site path (`/loai/cong-van/`, `/thoi-han/tat-ca.ics`, with optional `#…`) exists in dist/. */
export function resolves(href: string): boolean {
  const clean = decodeURIComponent(href.replace(/[#?].*$/, ''));
  if (!clean.startsWith('/')) return true;
  const file = path.join(DIST, clean);
  if (clean.endsWith('/')) return existsSync(path.join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

/** Rows of the first table with class `cls`: cells' visible text, and the first link's href. */
export function tableRows(html: string, cls: string): Array<{ cells: string[]; href: string | null }> {
  const table = new RegExp(`<table class="${cls}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => ({
    cells: [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => htmlText(cell[1]!).replace(/\s+/g, ' ').trim()),
    href: /href="([^"]*)"/.exec(row[1]!)?.[1] ?? null,
  }));
}

/** Every index.html under a dist/ folder, as site paths (`/loai/cong-van/`). */
export function pagesUnder(folder: string): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(DIST, relative))) {
      const child = path.posix.join(relative, name);
      if (statSync(path.join(DIST, child)).isDirectory()) walk(child);
      else if (name === 'index.html') out.push(`/${relative}/`);
    }
  };
  walk(folder);
  return out.sort();
}

/** The generated tasks (content/generated/tasks.json). */
export function generatedTasks(): Array<{ id: string; document: string; block: number; lead: string[]; support: string[]; action: string; deadline: { kind: string; iso: string | null; printed: string } | null }> {
  const file = process.env.PORTAL_TASKS || path.join(ROOT, 'content/generated/tasks.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof generatedTasks>) : [];
}
