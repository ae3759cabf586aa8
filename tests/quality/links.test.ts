/**
 * Link integrity: every internal link (href, src, srcset, GET form action, sitemap/feed/robots URLs,
 * look-up paths) of the built site points at a file of the build, and every #fragment at an element id
 * of its target page — in the root build (dist/) and in a build for a sub-path (BASE_PATH=/luu-tru/),
 * where every internal link must also start with /luu-tru/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, type LinkReport } from '../support/links.ts';
import { buildProject, copyProject, type TempProject } from '../support/project.ts';
import { DIST } from '../support/site.ts';

const ORIGIN = 'https://vanban.quangngai.gov.vn';

function describeBuild(label: string, base: string, report: () => LinkReport) {
  describe(label, () => {
    it('finds links to check', () => {
      const { links } = report();
      expect(links.length).toBeGreaterThan(100);
      expect(links.some((link) => link.url.hash.length > 1), 'không có liên kết #đoạn nào').toBe(true);
    });

    it('has no broken internal link or #fragment', () => {
      const { broken } = report();
      expect(broken, `${broken.length} liên kết hỏng:\n${broken.join('\n')}`).toEqual([]);
    });

    it(`keeps every internal link under ${base}`, () => {
      const { outsideBase } = report();
      expect(outsideBase, `${outsideBase.length} liên kết ra ngoài ${base}:\n${outsideBase.join('\n')}`).toEqual([]);
    });

    it('reaches every page from the home page or the sitemap (404 aside)', () => {
      const { reachable, pages } = report();
      const orphans = pages.filter((page) => !reachable.has(page) && page !== `${base}404.html`);
      expect(orphans, `trang không có liên kết nào dẫn tới:\n${orphans.join('\n')}`).toEqual([]);
    });
  });
}

let rootReport: LinkReport;
let baseReport: LinkReport;
let project: TempProject | undefined;

beforeAll(() => {
  rootReport = checkLinks(DIST, '/', ORIGIN);
  project = copyProject('archive-base');
  const dist = buildProject(project, { BASE_PATH: '/luu-tru/', SITE_URL: ORIGIN });
  baseReport = checkLinks(dist, '/luu-tru/', ORIGIN);
});
afterAll(() => project?.remove());

describeBuild('root build (dist/)', '/', () => rootReport);
describeBuild('sub-path build (BASE_PATH=/luu-tru/)', '/luu-tru/', () => baseReport);

describe('the checker itself', () => {
  it('reports a missing page, a missing fragment and a link outside the base', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'links-'));
    mkdirSync(path.join(folder, 'a'));
    writeFileSync(path.join(folder, 'index.html'), '<a href="/b/a/">a</a><a href="/b/missing/">x</a><a href="/b/a/#nope">y</a><a href="/other/">z</a><img srcset="/b/a.png 1x, /b/i.png 2x">');
    writeFileSync(path.join(folder, 'a/index.html'), '<p id="yes">a</p>');
    writeFileSync(path.join(folder, 'i.png'), '');
    const report = checkLinks(folder, '/b/', ORIGIN);
    rmSync(folder, { recursive: true, force: true });
    expect(report.broken.length).toBe(4); // missing page, missing #nope, /other/ (outside base) and a.png
    expect(report.broken.join('\n')).toMatch(/\/b\/missing\//);
    expect(report.broken.join('\n')).toMatch(/id="nope"/);
    expect(report.outsideBase).toEqual(['index.html: a href="/other/"']);
  });
});
