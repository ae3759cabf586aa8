/** Agency pages and the task/deadline tables of the seeds. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { agencyOf, canonicalAgency, cleanEntry } from '../../src/lib/site/agencies.ts';
import { bodyDirectory, parseBodiesFile } from '../../src/lib/bodies/registry.ts';
import { bodyNames } from '../../src/lib/site/bodies.ts';
import { ROOT, generatedDocuments } from '../support/site.ts';
import { generatedTasks, hrefs, htmlText, readPage, resolves, tableRows } from './helpers.ts';

const documents = generatedDocuments();
const tasks = generatedTasks();
const names = bodyNames(bodyDirectory(parseBodiesFile(readFileSync(path.join(ROOT, 'content/co-quan.yaml'), 'utf8'), 'content/co-quan.yaml')));
const contextOf = (id: string) => names.contextOf(documents.find((d) => d.id === id) ?? null);
/** The agency page an entry of document `id` is filed under, as the site files it (registry names in the document's context). */
const agencyPath = (name: string, id: string) => `/co-quan-nhan/${agencyOf(name, names, contextOf(id))!.slug}/`;

describe('cleaning Kính gửi / Nơi nhận entries', () => {
  it('drops Như trên and Lưu lines, strips trailing notes, keeps bodies', () => {
    expect(cleanEntry('Như trên')).toBeNull();
    expect(cleanEntry('Nhu trén')).toBeNull();
    expect(cleanEntry('Lưu: VT, KTTHbao396')).toBeNull();
    expect(cleanEntry('Lưu VT, TCKH')).toBeNull();
    expect(cleanEntry('Văn phòng Chính phủ (b/cáo)')).toBe('Văn phòng Chính phủ');
    expect(cleanEntry('UBND tỉnh (B/c);')).toBe('UBND tỉnh');
    expect(cleanEntry('- Sở Kế hoạch và Đầu tư;')).toBe('Sở Kế hoạch và Đầu tư');
  });

  it('files spelling and OCR variants under the known body, never a different body', () => {
    expect(canonicalAgency('Các sở, ban ngành, đơn vị trực thuộc UBND tỉnh')).toBe('Các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh');
    expect(canonicalAgency('UBND céc huyén, thi x4, thanh pho')).toBe('UBND các huyện, thị xã, thành phố');
    expect(canonicalAgency('Bộ Kế hoạch và Đầu tư')).toBe('Bộ Kế hoạch và Đầu tư');
  });
});

describe('/co-quan-nhan/', () => {
  const index = readPage('/co-quan-nhan/');
  const rows = tableRows(index, 'facet-table');

  it('has an agency page for every body of the seeds’ Kính gửi and Nơi nhận', () => {
    for (const document of documents) {
      for (const entry of [...document.recipients, ...document.distribution]) {
        // A person (`Đ/c Võ Phiên - PCT UBND tỉnh`) or OCR noise has no agency page.
        if (!agencyOf(entry, names, contextOf(document.id))) continue;
        const page = readPage(agencyPath(entry, document.id));
        expect(page, entry).toMatch(/<h1>/);
        expect(page).toContain(`/van-ban/${document.id}/`);
      }
    }
  });

  it('has an agency page for every body a task is given to, listing the task', () => {
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      for (const body of [...task.lead, ...task.support]) {
        if (!agencyOf(body, names, contextOf(task.document))) continue;
        const page = readPage(agencyPath(body, task.document));
        expect(page, body).toContain(`data-task="${task.id}"`);
      }
    }
  });

  it('names the agencies of the issue', () => {
    const listed = rows.map((row) => row.cells[0]);
    // Bodies in the registry (content/co-quan.yaml) by their canonical names.
    expect(listed).toContain('Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi');
    expect(listed).toContain('UBND các huyện, thị xã, thành phố');
    expect(listed).toContain('Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi');
  });

  it('counts match the pages', () => {
    for (const row of rows) {
      const page = readPage(row.href!);
      const addressed = /<section aria-labelledby="kinh-gui">([\s\S]*?)<\/section>/.exec(page)![1]!;
      const leads = /<section aria-labelledby="chu-tri">([\s\S]*?)<\/section>/.exec(page)![1]!;
      expect((addressed.match(/<tr>/g) ?? []).length - (addressed.includes('<tbody>') ? 1 : 0)).toBe(Number(row.cells[1]));
      expect((leads.match(/data-task=/g) ?? []).length).toBe(Number(row.cells[3]));
    }
  });

  it('every link of every agency page resolves (documents, paragraphs, other agencies, .ics)', () => {
    for (const row of rows) {
      const page = readPage(row.href!);
      expect(hrefs(page)).toContain(row.href!.replace(/\/$/, '.ics'));
      for (const href of hrefs(page)) expect(resolves(href), href).toBe(true);
    }
  });
});

describe('tasks on pages', () => {
  it('the 5817 document page has a "Nhiệm vụ và thời hạn" section with the 30/6/2025 deadline linked to its paragraph', () => {
    const id = documents.find((document) => document.numberSymbol === '5817/UBND-KTTH')!.id;
    const page = readPage(`/van-ban/${id}/`);
    const section = /<section class="no-print" aria-labelledby="nhiem-vu"[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    expect(section).toContain('Nhiệm vụ và thời hạn');
    const task = tasks.find((item) => item.document === id && item.deadline?.iso === '2025-06-30')!;
    expect(task).toBeDefined();
    const row = new RegExp(`<tr data-task="${task.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(section)![1]!;
    expect(row).toContain('<time datetime="2025-06-30">30/06/2025</time>');
    expect(row).toContain(`href="#d${task.block}"`);
    expect(htmlText(row)).toContain('Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh');
    expect(page).toContain(`id="d${task.block}"`);
  });

  it('every task of every document is on its document page, with its paragraph anchor present', () => {
    for (const document of documents) {
      const page = readPage(`/van-ban/${document.id}/`);
      for (const task of tasks.filter((item) => item.document === document.id)) {
        expect(page).toContain(`data-task="${task.id}"`);
        expect(page).toContain(`id="d${task.block}"`);
      }
    }
  });

  it('/thoi-han/ lists every task with a deadline once, upcoming and past relative to the build day', () => {
    const page = readPage('/thoi-han/');
    const dated = tasks.filter((task) => task.deadline);
    for (const task of dated) expect(page.split(`data-task="${task.id}"`).length - 1, task.id).toBe(1);
    expect(page).toMatch(/<h2 id="sap-den-han">/);
    expect(page).toMatch(/<h2 id="da-qua">/);
    const upcoming = /<section aria-labelledby="sap-den-han">([\s\S]*?)<\/section>/.exec(page)![1]!;
    for (const m of upcoming.matchAll(/data-status="([a-z]+)"/g)) expect(m[1]).toBe('upcoming');
    for (const href of hrefs(page)) expect(resolves(href), href).toBe(true);
  });
});
