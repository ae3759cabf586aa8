/**
 * A document whose identity an editor changed keeps its old URL: built from a fixture redirects.json, the old
 * /van-ban/{id}/ is a static page leading to the new one (meta refresh, canonical, a visible link, noindex,
 * Vietnamese text), `_redirects` answers 301 for it, its JSON and its original, and the sitemap lists only
 * canonical pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links.ts';
import { copyProject, type TempProject } from '../support/project.ts';
import type { InstrumentRecord } from '../../src/schemas/archive.ts';
import { absoluteUrl, href, routes } from '../../src/lib/routes/paths.ts';

const SITE = 'https://vanban.quangngai.gov.vn';
let project: TempProject;
let dist = '';
let held: InstrumentRecord;
let cited: InstrumentRecord;

function run(args: string[]): void {
  const result = project.node(args, { SITE_URL: SITE });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

const page = (id: string) => readFileSync(path.join(dist, routes.document(id), 'index.html'), 'utf8');

beforeAll(() => {
  project = copyProject('redirects');
  run(['scripts/ingest.ts']);
  const generated = path.join(project.root, 'content/generated');
  const instruments = JSON.parse(readFileSync(path.join(generated, 'instruments.json'), 'utf8')) as InstrumentRecord[];
  held = instruments.find((instrument) => instrument.held)!;
  cited = instruments.find((instrument) => !instrument.held)!;
  // A corrected number (old id → held document) and a chain through an id that was never a page.
  const fixture = [
    { from: '1-cu-2024', to: held.id },
    { from: '2-chuoi-a-2024', to: '2-chuoi-b-2024' },
    { from: '2-chuoi-b-2024', to: cited.id },
  ];
  writeFileSync(path.join(generated, 'redirects.json'), JSON.stringify(fixture));
  run(['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  dist = path.join(project.root, 'dist');
}, 600_000);

afterAll(() => project?.remove());

describe('redirects of changed identities', () => {
  it('puts at the old address a page that leads to the new one', () => {
    const html = page('1-cu-2024');
    const target = href(routes.document(held.id), '/');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    expect(html).toContain(`<link rel="canonical" href="${absoluteUrl(routes.document(held.id), SITE)}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<a href="${target}">${held.title}</a>`);
    expect(html).toContain('Văn bản đã chuyển sang địa chỉ mới');
    expect(html).not.toContain('data-pagefind-body');
    // one canonical link only: the new address
    expect(html.match(/rel="canonical"/g)).toHaveLength(1);
  });

  it('follows a chain to the live page', () => {
    for (const old of ['2-chuoi-a-2024', '2-chuoi-b-2024']) expect(page(old)).toContain(`url=${href(routes.document(cited.id), '/')}"`);
  });

  it('writes _redirects with a 301 for the page, and for a held document its JSON and original', () => {
    const lines = readFileSync(path.join(dist, '_redirects'), 'utf8').trimEnd().split('\n');
    expect(lines).toContain(`/${routes.document('1-cu-2024')} /${routes.document(held.id)} 301`);
    expect(lines).toContain(`/${routes.documentJson('1-cu-2024')} /${routes.documentJson(held.id)} 301`);
    expect(lines.some((line) => line.startsWith(`/${routes.source('1-cu-2024', '')}`) && line.endsWith(' 301'))).toBe(true);
    expect(lines).toContain(`/${routes.document('2-chuoi-a-2024')} /${routes.document(cited.id)} 301`);
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const [, to] = line.split(' ');
      const local = to!.slice(1);
      expect(existsSync(path.join(dist, local.endsWith('/') ? `${local}index.html` : local)), line).toBe(true);
    }
  });

  it('leaves no broken link, and every redirect page reachable (from _redirects)', () => {
    const { broken, reachable, pages } = checkLinks(dist, '/', SITE);
    expect(broken).toEqual([]);
    for (const old of ['1-cu-2024', '2-chuoi-a-2024', '2-chuoi-b-2024']) expect(pages).toContain(href(routes.document(old), '/'));
    expect(pages.filter((path) => !reachable.has(path) && path !== '/404.html')).toEqual([]);
  });

  it('keeps the old addresses out of the sitemap, and the new ones in it', () => {
    const sitemap = readFileSync(path.join(dist, routes.sitemap()), 'utf8');
    expect(sitemap).toContain(`<loc>${absoluteUrl(routes.document(held.id), SITE)}</loc>`);
    for (const old of ['1-cu-2024', '2-chuoi-a-2024', '2-chuoi-b-2024']) expect(sitemap).not.toContain(routes.document(old));
  });
});
