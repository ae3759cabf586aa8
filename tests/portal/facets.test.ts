/** Browse pages: every document exactly once per facet, counts that match, pagination that resolves. */
import { describe, expect, it } from 'vitest';
import { facetValues } from '../../src/lib/site/facets.ts';
import { FACET_PAGE_SIZE as PAGE_SIZE, pageCount, pageOf } from '../../src/lib/site/lists.ts';
import { FACETS, paged } from '../../src/lib/routes/paths.ts';
import { generatedDocuments } from '../support/site.ts';
import { documentLinks, hrefs, readPage, resolves, tableRows } from './helpers.ts';

const documents = generatedDocuments();

describe('facet index and value pages', () => {
  for (const facet of FACETS) {
    describe(`/${facet}/`, () => {
      const index = readPage(`/${facet}/`);
      const rows = tableRows(index, 'facet-table');

      it('has one h1 and a table with column and row headers', () => {
        expect(index.match(/<h1[\s>]/g)).toHaveLength(1);
        expect(index).toMatch(/<th scope="col">/);
        expect(index).toMatch(/<th scope="row">/);
      });

      it('lists every value with a count; the counts add up to the number of documents', () => {
        expect(rows.length).toBeGreaterThan(0);
        const total = rows.reduce((sum, row) => sum + Number(row.cells[1]), 0);
        expect(total).toBe(documents.length);
      });

      it('every document appears on exactly one value page, and each page count matches the index', () => {
        const seen = new Map<string, number>();
        for (const row of rows) {
          expect(row.href).toMatch(new RegExp(`^/${facet}/[a-z0-9]+(-[a-z0-9]+)*/$`));
          let listed: string[] = [];
          // Follow the pagination from page 1.
          for (let n = 1, path = row.href!; ; n++) {
            const page = readPage(path);
            const ids = documentLinks(/<table[\s>][\s\S]*?<\/table>/.exec(page)?.[0] ?? '');
            expect(ids.length).toBeLessThanOrEqual(PAGE_SIZE);
            listed = [...listed, ...ids];
            const next = /<a rel="next" href="([^"]+)"/.exec(page)?.[1];
            if (!next) break;
            expect(next).toBe(paged(row.href!, n + 1));
            path = next;
          }
          expect(listed.length).toBe(Number(row.cells[1]));
          for (const id of listed) seen.set(id, (seen.get(id) ?? 0) + 1);
        }
        expect([...seen.keys()].sort()).toEqual(documents.map((d) => d.id).sort());
        expect([...seen.values()].every((count) => count === 1)).toBe(true);
      });

      it('values are sorted with Intl.Collator("vi") (years newest first), unknown last', () => {
        const labels = rows.map((row) => row.cells[0]!);
        const known = labels.filter((label) => label !== 'chưa rõ');
        const expected = facet === 'nam' ? [...known].sort().reverse() : [...known].sort(new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare);
        expect(known).toEqual(expected);
        if (labels.includes('chưa rõ')) expect(labels.at(-1)).toBe('chưa rõ');
      });

      it('every link on the index and value pages resolves', () => {
        for (const row of rows) for (const href of hrefs(readPage(row.href!))) expect(resolves(href), href).toBe(true);
        for (const href of hrefs(index)) expect(resolves(href), href).toBe(true);
      });
    });
  }

  it('merges case and diacritic variants of a value by slug, keeping the accented spelling', () => {
    const base = documents[0]!;
    const a = { ...base, id: 'a', signature: { marks: [], capacityLines: [], capacity: null, name: 'Tran Hoang Tuan' } };
    const b = { ...base, id: 'b', signature: { marks: [], capacityLines: [], capacity: null, name: 'Trần Hoàng Tuấn' } };
    const values = facetValues('nguoi-ky', [a, b]);
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ slug: 'tran-hoang-tuan', label: 'Trần Hoàng Tuấn' });
  });
});

describe('pagination', () => {
  it('splits into pages of 20 and names pages trang-2, trang-3…', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageCount(items.length, PAGE_SIZE)).toBe(3);
    expect([1, 2, 3].map((n) => pageOf(items, n, PAGE_SIZE).length)).toEqual([20, 20, 5]);
    expect(pageCount(0, PAGE_SIZE)).toBe(1);
    expect(paged('loai/cong-van/', 1)).toBe('loai/cong-van/');
    expect(paged('loai/cong-van/', 3)).toBe('loai/cong-van/trang-3/');
  });

  it('paginated pages (if any) carry rel=prev/next in head and a labelled nav, and their links resolve', () => {
    for (const facet of FACETS) {
      for (const row of tableRows(readPage(`/${facet}/`), 'facet-table')) {
        if (Number(row.cells[1]) <= PAGE_SIZE) {
          expect(readPage(row.href!)).not.toMatch(/class="pagination"/);
          continue;
        }
        const second = readPage(paged(row.href!, 2));
        expect(second).toMatch(new RegExp(`<link rel="prev" href="${row.href}"`));
        expect(second).toMatch(/<nav class="pagination" aria-label="Phân trang">/);
        for (const href of hrefs(second)) expect(resolves(href), href).toBe(true);
      }
    }
  });
});

describe('navigation', () => {
  it('the nav has a "Duyệt" item to /duyet/, which links every facet, agencies and deadlines', () => {
    expect(readPage('/')).toMatch(/<a href="\/duyet\/">Duyệt<\/a>/);
    const hub = readPage('/duyet/');
    for (const path of ['/loai/', '/co-quan/', '/nam/', '/nguoi-ky/', '/co-quan-nhan/', '/thoi-han/']) expect(hrefs(hub)).toContain(path);
    const home = hrefs(readPage('/'));
    for (const path of ['/loai/', '/co-quan/', '/nam/', '/nguoi-ky/', '/co-quan-nhan/', '/thoi-han/']) expect(home).toContain(path);
  });
});
