/**
 * Legal status on the built site, from the fixtures of tests/fixtures/status/ (built with the seeds in a
 * temporary copy, on the pinned build day 29/10/2024, with their editors' file): the chain A ← B ← C, a
 * decision repealing 50 instruments, one not yet in force, a công văn reporting a repeal, an editor's
 * statement beside the documents' evidence; the facet, the search filter metadata, the open data, the
 * JSON-LD and the number look-up.
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildProject, copyProject, type TempProject } from '../support/project.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { ROOT, htmlText } from '../support/site.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/status');
const Q = 'ubnd-tinh-quang-ngai';
const A = `10-2020-qd-ubnd-${Q}`;
const B = `20-2022-qd-ubnd-${Q}`;
const C = `30-2024-qd-ubnd-${Q}`;
const D = `25-2024-qd-ubnd-${Q}`;
const E = `40-2024-qd-ubnd-${Q}`;
const F = `900-ubnd-kt-2024-${Q}`;
/** The 50 decisions D repeals: numbers 101…150, years 2004–2015 (see the fixture). */
const REPEALED = Array.from({ length: 50 }, (_, i) => `${i + 101}-${2004 + ((i + 1) % 12)}-qd-ubnd-${Q}`);

let project: TempProject;
let dist = '';

beforeAll(() => {
  project = copyProject('archive-status');
  for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.txt'))) copyFileSync(path.join(FIXTURES, name), path.join(project.sources, name));
  copyFileSync(path.join(FIXTURES, 'instruments.yaml'), path.join(project.root, 'content/instruments.yaml'));
  dist = buildProject(project);
}, 300_000);
afterAll(() => project?.remove());

const page = (id: string) => readFileSync(path.join(dist, 'van-ban', id, 'index.html'), 'utf8');
const squash = (html: string) => htmlText(html).replace(/\s+/g, ' ');
/** The visible text of a page's status panel. */
function panel(id: string): string {
  const html = page(id);
  const start = html.indexOf('<section class="hieu-luc"');
  expect(start, `${id}: không có bảng tình trạng hiệu lực`).toBeGreaterThan(0);
  return squash(html.slice(start, html.indexOf('</section>', start)));
}
function jsonLd(id: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(id))![1]!) as Record<string, unknown>;
}
const idsOf = (items: unknown) => ((items ?? []) as Array<{ url: string }>).map((item) => /\/van-ban\/([^/]+)\/$/.exec(item.url)![1]);

describe('the chain: A amended by B, B replaced by C', () => {
  it('shows C in force from its printed date, with the sentence that says it', () => {
    expect(panel(C)).toContain('Còn hiệu lực từ ngày 15/08/2024');
    expect(panel(C)).toContain('Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2024 và thay thế Quyết định số 20/2022/QĐ-UBND');
  });

  it('shows B out of force since C took effect, replaced by C, linked to C’s paragraph', () => {
    const text = panel(B);
    expect(text).toContain('Hết hiệu lực toàn bộ từ ngày 15/08/2024');
    expect(text).toContain('Bị thay thế bởi Quyết định 30/2024/QĐ-UBND');
    const link = /href="(\/van-ban\/30-2024-qd-ubnd-ubnd-tinh-quang-ngai\/#d(\d+))"/.exec(page(B));
    expect(link).not.toBeNull();
    expect(page(C)).toContain(`id="d${link![2]}"`);
  });

  it('lists on B what it changed in A, part by part', () => {
    const html = page(B);
    const start = html.indexOf('id="van-ban-nay-thay-doi"');
    const section = squash(html.slice(start, html.indexOf('</section>', start)));
    expect(section).toContain('Sửa đổi, bổ sung');
    expect(section).toContain('Quyết định 10/2020/QĐ-UBND — khoản 2 Điều 3 — từ ngày 20/05/2022');
    expect(section).toContain('Bãi bỏ Quyết định 10/2020/QĐ-UBND — khoản 4 Điều 5');
  });

  it('shows on A the editor’s statement, marked as such, beside the documents’ evidence it does not hide', () => {
    const text = panel(A);
    expect(text).toContain('Hết hiệu lực toàn bộ từ ngày 01/10/2024');
    expect(text).toContain('Ghi nhận của biên tập viên');
    expect(text).toContain('Nguồn: Quyết định số 99/2024/QĐ-UBND ngày 20/9/2024 (chưa có trong kho), Công báo tỉnh số 45');
    expect(text).toContain('Theo các văn bản trong kho: Hết hiệu lực một phần');
    expect(text).toContain('Được sửa đổi, bổ sung bởi Quyết định 20/2022/QĐ-UBND (khoản 2 Điều 3)');
    expect(text).toContain('Có hiệu lực từ ngày 12/03/2020');
    expect(text).toContain('Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.');
  });

  it('shows B’s replacement in A’s timeline, through B', () => {
    expect(panel(A)).toContain('15/08/2024 Quyết định 20/2022/QĐ-UBND (văn bản đã sửa đổi văn bản này): Bị thay thế bởi Quyết định 30/2024/QĐ-UBND');
  });
});

describe('a decision repealing 50 instruments', () => {
  it('shows each of them repealed from its entry into force, linked to its own item', () => {
    for (const [index, id] of REPEALED.entries()) {
      const text = panel(id);
      expect(text, id).toContain('Hết hiệu lực toàn bộ từ ngày 01/10/2024');
      expect(text, id).toContain('Bị bãi bỏ bởi Quyết định 25/2024/QĐ-UBND');
      expect(text, id).toContain(`${index + 1}. Quyết định số ${index + 101}/`);
    }
  });

  it('says the status near the top of a cited instrument’s page, linked to its evidence', () => {
    const html = page(REPEALED[0]!);
    const summary = /<p class="status-summary"[\s\S]*?<\/p>/.exec(html)![0];
    expect(squash(summary)).toContain('Tình trạng hiệu lực: Hết hiệu lực toàn bộ từ ngày 01/10/2024');
    expect(summary).toContain('href="#hieu-luc"');
    expect(html.indexOf('class="status-summary"')).toBeLessThan(html.indexOf('class="not-held"'));
  });

  it('lists all 50 on the repealing decision', () => {
    const html = page(D);
    const start = html.indexOf('id="van-ban-nay-thay-doi"');
    const section = html.slice(start, html.indexOf('</section>', start));
    expect(new Set([...section.matchAll(/href="\/van-ban\/([a-z0-9-]+)\/"/g)].map((m) => m[1]))).toEqual(new Set(REPEALED));
  });
});

describe('what is not yet, or not known', () => {
  it('shows a decision in force after the build day as not yet in force, and what it will end as upcoming', () => {
    expect(panel(E)).toContain('Chưa có hiệu lực');
    expect(panel(E)).toContain('Sẽ có hiệu lực từ ngày 01/01/2025');
    const ended = panel(`5-2015-qd-ubnd-${Q}`);
    expect(ended).toContain('Chưa xác định');
    expect(ended).toMatch(/01\/01\/2025 Hết hiệu lực theo Quyết định 40\/2024\/QĐ-UBND sắp tới/);
  });

  it('says a công văn states no effect, takes its report of a repeal, and not its request for one', () => {
    expect(panel(F)).toContain('Chưa xác định');
    expect(panel(F)).toContain('Văn bản không nêu thời điểm có hiệu lực');
    const reported = panel(`8-2016-qd-ubnd-${Q}`);
    expect(reported).toContain('Hết hiệu lực toàn bộ');
    expect(reported).toContain('Bị bãi bỏ bởi một văn bản không được nêu tên — ngày chưa rõ');
    expect(reported).toContain('Nêu tại: Công văn 900/UBND-KT');
    expect(panel(`9-2017-qd-ubnd-${Q}`)).toContain('Chưa xác định');
  });
});

describe('everywhere status matters', () => {
  it('lists every instrument under its status, with the counts on /hieu-luc/', () => {
    const index = squash(readFileSync(path.join(dist, 'hieu-luc/index.html'), 'utf8'));
    expect(index).toMatch(/Chưa có hiệu lực 1\b/);
    const ended: string[] = [];
    for (const file of ['', 'trang-2/', 'trang-3/']) {
      const html = readFileSync(path.join(dist, `hieu-luc/het-hieu-luc-toan-bo/${file}index.html`), 'utf8');
      ended.push(...[...html.matchAll(/href="\/van-ban\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!));
    }
    expect(new Set(ended)).toEqual(new Set([A, B, `8-2016-qd-ubnd-${Q}`, ...REPEALED]));
    expect(index).toMatch(new RegExp(`Hết hiệu lực toàn bộ ${ended.length}\\b`));
  });

  it('gives each page its status as a Pagefind filter', () => {
    expect(page(B)).toContain('data-pagefind-filter="hieu-luc[data-value]" data-value="Hết hiệu lực toàn bộ"');
    expect(page(E)).toContain('data-pagefind-filter="hieu-luc[data-value]" data-value="Chưa có hiệu lực"');
  });

  it('publishes statuses and changes in the open data', () => {
    const rows = parseCsv(readFileSync(path.join(dist, 'du-lieu/van-ban.csv'), 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
    const row = (id: string) => rows.find((candidate) => candidate.id === id)!;
    expect([row(B).legalStatus, row(B).legalStatusSince, row(B).inForceFrom, row(B).changedBy, row(B).changes]).toEqual([
      'het-hieu-luc-toan-bo', '2024-08-15', '2022-05-20', C, A,
    ]);
    expect(row(REPEALED[0]!).legalStatus).toBe('het-hieu-luc-toan-bo');
    const changes = parseCsv(readFileSync(path.join(dist, 'du-lieu/thay-doi-hieu-luc.csv'), 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(changes.filter((change) => change.from === D && change.kind === 'bai-bo').map((change) => change.to).sort()).toEqual([...REPEALED].sort());
    expect(changes.find((change) => change.to === B)).toMatchObject({ from: C, kind: 'thay-the', effective: '2024-08-15', reported: 'false', document: C });
    const json = JSON.parse(readFileSync(path.join(dist, `du-lieu/van-ban/${B}.json`), 'utf8'));
    expect(json.status).toMatchObject({ status: 'het-hieu-luc-toan-bo', inForceFrom: { iso: '2022-05-20' } });
    expect(json.changedBy.map((change: { from: string }) => change.from)).toEqual([C]);
  });

  it('states legal force and amending relations in the JSON-LD', () => {
    const b = jsonLd(B);
    expect(b.legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(idsOf(b.legislationAmends)).toEqual([A]);
    expect(idsOf(b.legislationRepeals)).toEqual([A]);
    expect(idsOf((b['@reverse'] as Record<string, unknown>).legislationChanges)).toEqual([C]);
    expect(jsonLd(C).legislationLegalForce).toBe('https://schema.org/InForce');
    expect(idsOf(jsonLd(D).legislationRepeals).sort()).toEqual([...REPEALED].sort());
    expect(jsonLd(F).legislationLegalForce).toBeUndefined();
  });

  it('gives the status of every candidate in the number look-up files', () => {
    const entries = JSON.parse(readFileSync(path.join(dist, 'tra-cuu/so/20.json'), 'utf8')) as Array<{ path: string; status: string }>;
    expect(entries.find((entry) => entry.path === `van-ban/${B}/`)!.status).toBe('Hết hiệu lực toàn bộ');
  });
});

describe('in the browser', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('lists the candidates of an ambiguous number with their status', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${site.url}tra-cuu/?so=${encodeURIComponent('quyết định 10')}`);
    await tab.waitForSelector('#ung-vien li');
    const items = await tab.locator('#ung-vien li').allInnerTexts();
    expect(items.some((item) => item.includes('10/2020/QĐ-UBND') && item.includes('Tình trạng hiệu lực: Hết hiệu lực toàn bộ'))).toBe(true);
    expect(items.some((item) => item.includes('10/QĐ-UBND') && item.includes('Tình trạng hiệu lực: Chưa xác định'))).toBe(true);
    await tab.close();
  });

  it.each([[`/van-ban/${A}/`], [`/van-ban/${REPEALED[0]}/`], ['/hieu-luc/'], ['/hieu-luc/het-hieu-luc-toan-bo/']])('has no accessibility violation on %s', async (url) => {
    expect(await axeViolations(browser, `${site.url}${url.slice(1)}`)).toEqual([]);
  });
});
