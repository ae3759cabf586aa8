/** The built site from the seeds: a page per document, nothing of a source lost, metadata shown. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/extract/encodings/decode.ts';
import { generatedDocuments, htmlText, missingInOrder, readPage, ROOT, words } from '../support/site.ts';

const records = generatedDocuments();
const sources = readdirSync(path.join(ROOT, 'content/sources')).sort();

describe('a page per document', () => {
  it('ingests every source file into one document', () => {
    expect(records.map((record) => record.sourceFile).sort()).toEqual(sources);
  });

  for (const record of records) {
    describe(record.sourceFile, () => {
      const html = readPage(`van-ban/${record.id}/`);

      it('has <title> and <h1> beginning with the short citation form', () => {
        expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]?.startsWith(record.title.replace(/&/g, '&amp;'))).toBe(true);
        expect(htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!).trim().startsWith(record.title)).toBe(true);
      });

      it('shows every word of the source, in order, in the full text (nothing lost)', () => {
        const decoded = decodeSource(readFileSync(path.join(ROOT, 'content/sources', record.sourceFile)));
        if (!decoded.ok) throw new Error(decoded.reason);
        const article = /<article class="van-ban"[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
        const missing = missingInOrder(words(decoded.text), words(htmlText(article)));
        expect(missing, `${missing.length} từ bị mất`).toEqual([]);
      });

      it('offers the original source file byte for byte', () => {
        const original = readFileSync(path.join(ROOT, 'content/sources', record.sourceFile));
        const served = readFileSync(path.join(ROOT, 'dist/nguon', `${record.id}.txt`));
        expect(served.equals(original)).toBe(true);
        expect(html).toContain(`href="/nguon/${record.id}.txt"`);
      });

      it('declares the page Vietnamese and loads no script but JSON-LD and the same-origin share script', () => {
        expect(html).toMatch(/<html lang="vi"/);
        const scripts = (html.match(/<script[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'));
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatch(/^<script type="module" src="\/_astro\/CopyCitation[^"]*\.js">$/);
      });
    });
  }
});

describe('an OCR-damaged document', () => {
  const ocr = records.find((record) => record.sourceFile.startsWith('cv-ocr'))!;
  const html = readPage(`van-ban/${ocr.id}/`);
  const restored = /<article class="van-ban van-ban-khoi-phuc"[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';

  it('is measured damaged, and no clean seed is', () => {
    expect(ocr.ocr.damaged).toBe(true);
    expect(records.filter((record) => record.ocr.damaged).map((record) => record.id)).toEqual([ocr.id]);
  });

  it('says so under its title (the first screen) and leads to the restored reading', () => {
    const notice = /<p class="notice ocr-notice"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(htmlText(notice)).toContain('Văn bản nhận dạng quang học (OCR), có thể sai chính tả.');
    expect(notice).toContain('href="#ban-khoi-phuc"');
    expect(html.indexOf('ocr-notice')).toBeLessThan(html.indexOf('id="toan-van"'));
  });

  it('shows a machine-restored reading, labelled, before the original with a link to it', () => {
    expect(html).toMatch(/<h3 id="ban-khoi-phuc">Bản khôi phục bằng máy<\/h3>/);
    expect(html).toContain('không phải văn bản chính thức');
    expect(html).toContain('href="#ban-goc"');
    expect(html.indexOf('id="ban-khoi-phuc"')).toBeLessThan(html.indexOf('id="ban-goc"'));
    const text = htmlText(restored);
    expect(text).toContain('Kết luận số 2209-KL/TU ngày 19/3/2024');
    expect(text).toContain('triển khai thực hiện');
    expect(restored).not.toContain('<a ');
    expect(restored).not.toMatch(/id="d\d/);
  });

  it('keeps the original as the text of record: every word, its citation links, printed', () => {
    const original = /<article class="van-ban"[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
    expect(htmlText(original)).toContain('Két luan s6 2209-KL/TU');
    expect(original).toContain('class="ref"');
    expect(/<section class="khoi-phuc no-print"/.test(html)).toBe(true);
  });

  it('is marked for search (Pagefind meta), and the clean documents are not', () => {
    expect(html).toContain('data-pagefind-meta="ocr[data-value]" data-value="1"');
    for (const record of records.filter((other) => other.id !== ocr.id)) {
      const page = readPage(`van-ban/${record.id}/`);
      expect(page).not.toContain('ocr-notice');
      expect(page).not.toContain('ban-khoi-phuc');
      expect(page).not.toContain('data-pagefind-meta="ocr');
    }
  });
});

describe('lists', () => {
  it('lists every document on /van-ban/ newest first', () => {
    const html = readPage('van-ban/');
    const positions = records
      .filter((record) => record.date)
      .sort((a, b) => b.date!.iso.localeCompare(a.date!.iso))
      .map((record) => html.indexOf(`/van-ban/${record.id}/`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows dates as dd/mm/yyyy inside <time datetime>', () => {
    const html = readPage('van-ban/');
    expect(html).toContain('<time datetime="2024-10-29">29/10/2024</time>');
    expect(html).toContain('<time datetime="2024-02">02/2024</time>');
  });

  it('has a Vietnamese 404 page', () => {
    const html = readFileSync(path.join(ROOT, 'dist/404.html'), 'utf8');
    expect(html).toContain('Không tìm thấy trang');
  });
});
