/**
 * The relevance table: queries over the seeds and the 28 real documents (a site built apart, never
 * published), run in Chromium on the built search page. For each query, the pages that must be listed
 * and pages that must not (from reading the sources: `must` hold the query as a phrase in their text,
 * `mustNot` lack a word, or hold the syllables only apart or with other tones, as `ba`…`tổ` for Ba Tơ).
 * Two checks need no list: every page in #ket-qua holds every word of the query as a whole word
 * (diacritics and đ folded) — precision — and every held document whose text holds the query as a phrase
 * is listed. Precision and recall are printed at the end.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageText } from '../../src/lib/build/page-text.ts';
import { launchBrowser } from '../support/browser.ts';
import { expectFirstPagesArePagefinds } from '../support/first-pages.ts';
import { hasRealCorpus } from '../support/real-corpus.ts';
import { buildRelevanceSite, realSource, type RelevanceSite } from '../support/relevance-site.ts';
import { searchPage } from '../support/search.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

interface Row { query: string; kind: string; must: string[]; mustNot?: string[]; first?: string }

const r = (n: string) => realSource(`${n}.txt`);
const SEED = {
  plan: 'cv-2395-ubnd-ktth-2022.txt',
  conclusion: 'cv-5817-ubnd-ktth-2024.txt',
  ocr: 'cv-ocr-ket-luan-2209-kl-tu-2024.txt',
  vinh: 'cv-ubnd-tp-quang-ngai-2024-02-ket-nghia-vinh.txt',
  baTo: 'kh-ubnd-ba-to-2024-04-ghi-nho.txt',
};

const TABLE: Row[] = [
  { kind: 'word', query: 'buôn lậu', must: [r('04')], mustNot: [r('03'), r('05'), SEED.plan] },
  { kind: 'word', query: 'gian lận thương mại', must: [r('04')], mustNot: [r('25'), SEED.ocr] },
  { kind: 'word', query: 'phóng xạ', must: [r('03')], mustNot: [r('01'), r('05')] },
  { kind: 'word', query: 'biên chế', must: [r('05')], mustNot: [r('04'), r('10')] },
  { kind: 'word', query: 'cẩm nang', must: [r('06')], mustNot: [r('04'), r('12')] },
  { kind: 'word', query: 'thuế suất', must: [r('08')], mustNot: [r('06')] },
  { kind: 'word', query: 'vị trí việc làm', must: [r('05')], mustNot: [r('01'), r('04')] },
  { kind: 'word', query: 'hàng giả', must: [r('04')], mustNot: [r('07'), r('08')] },
  { kind: 'word', query: 'quy hoạch', must: [SEED.plan, r('25')], mustNot: [r('01'), r('04')] },
  { kind: 'word', query: 'triển khai', must: [r('13'), r('14'), r('15'), SEED.plan, SEED.baTo], mustNot: [r('03'), r('07'), r('08')] },
  { kind: 'word', query: 'chuyển đổi số', must: [r('01'), r('02'), r('10'), r('13')], mustNot: [r('04'), r('06'), r('07')] },
  { kind: 'word', query: 'cơ sở dữ liệu', must: [r('01'), r('02'), r('16'), r('18')], mustNot: [r('10'), r('24')] },
  { kind: 'phrase', query: '"kết nghĩa"', must: [SEED.vinh, SEED.baTo], mustNot: [r('01'), r('04')] },
  { kind: 'phrase', query: '"trung tâm học tập cộng đồng"', must: [r('10')], mustNot: [r('12'), r('13')] },
  { kind: 'phrase', query: '"góp vốn điều lệ"', must: [r('09')], mustNot: [r('25')] },
  { kind: 'phrase', query: '"Vườn quốc gia Ba Vì"', must: [r('28')], mustNot: [r('19')] },
  { kind: 'phrase', query: '"chuyển giao"', must: [r('10'), r('28')], mustNot: [r('01'), r('02')] },
  { kind: 'no diacritics', query: 'buon lau', must: [r('04')], mustNot: [r('03')] },
  { kind: 'no diacritics', query: 'phong xa', must: [r('03')], mustNot: [r('01')] },
  { kind: 'no diacritics', query: 'trien khai', must: [r('13'), SEED.plan], mustNot: [r('07')] },
  { kind: 'no diacritics', query: 'vuon quoc gia ba vi', must: [r('28')], mustNot: [r('19')] },
  { kind: 'no diacritics', query: 'kiem tra', must: [r('13'), r('25')], mustNot: [r('07')] },
  { kind: 'no diacritics', query: 'thanh pho ho chi minh', must: [r('01'), r('10')], mustNot: [r('06'), r('09')] },
  { kind: 'đ as d', query: 'dat dai', must: [r('01'), r('17')], mustNot: [r('04')] },
  { kind: 'đ as d', query: 'dieu le', must: [r('09')], mustNot: [r('06')] },
  { kind: 'đ as d', query: 'dong nai', must: [r('22'), r('26')], mustNot: [r('12')] },
  { kind: 'đ as d', query: 'dang', must: [SEED.baTo], mustNot: [] },
  { kind: 'đ as d', query: 'Đồng Nai', must: [r('22'), r('26')], mustNot: [r('12')] },
  { kind: 'OCR', query: 'kết luận', must: [SEED.ocr, SEED.conclusion], mustNot: [] },
  { kind: 'OCR', query: 'Két luan', must: [SEED.ocr], mustNot: [] },
  { kind: 'OCR', query: 'Metro Bến Thành', must: [r('26')], mustNot: [] },
  { kind: 'OCR', query: 'Suối Tiên', must: [r('26')], mustNot: [] },
  { kind: 'person', query: 'Phạm Mạnh Cường', must: [r('03'), r('19')], mustNot: [r('04'), r('11')] },
  { kind: 'person', query: 'Trần Đức Thắng', must: [r('07')], mustNot: [r('10'), r('13')] },
  { kind: 'person', query: 'Nguyễn Mạnh Cường', must: [r('02')], mustNot: [r('03'), r('04')] },
  { kind: 'person', query: 'Trương Công Thái', must: [r('18')], mustNot: [r('11'), r('13')] },
  { kind: 'person', query: 'Vũ Thu Hà', must: [r('21')], mustNot: [r('03'), r('05')] },
  { kind: 'person', query: 'pham gia tuc', must: [r('26')], mustNot: [r('04')] },
  { kind: 'place', query: 'Ba Tơ', must: [SEED.baTo], mustNot: [r('19'), r('24'), r('25'), r('28')] },
  { kind: 'place', query: 'Quảng Ngãi', must: Object.values(SEED), mustNot: [r('01'), r('03')] },
  { kind: 'place', query: 'Hà Nội', must: [r('21'), r('24'), r('28')], mustNot: [r('02'), r('11')] },
  { kind: 'place', query: 'Nghệ An', must: [r('14'), SEED.baTo, SEED.vinh], mustNot: [r('02')] },
  { kind: 'place', query: 'Long Thành', must: [r('22'), r('26')], mustNot: [r('06')] },
  { kind: 'place', query: 'Thái Hòa', must: [SEED.baTo], mustNot: [r('11')] },
  { kind: 'body', query: 'Bộ Khoa học và Công nghệ', must: [r('03'), SEED.plan], mustNot: [r('12')] },
  { kind: 'body', query: 'Sở Giáo dục và Đào tạo', must: [r('10')], mustNot: [r('11')] },
  { kind: 'body', query: 'Bộ Nội vụ', must: [r('05'), r('11')], mustNot: [r('01')] },
  { kind: 'body', query: 'Văn phòng Chính phủ', must: [r('04'), r('22')], mustNot: [r('01')] },
  { kind: 'number', query: '4085/UBND-ĐT', must: [r('01')], first: r('01') },
  { kind: 'number', query: '11299/VPCP-KGVX', must: [r('03')], first: r('03') },
  { kind: 'number', query: '10989 BNV TCBC', must: [r('05')], first: r('05') },
  { kind: 'number', query: '224/CĐ-TTg', must: [r('22')], first: r('22') },
  { kind: 'number', query: '224/CD-TTg', must: [r('22')], first: r('22') },
  { kind: 'number', query: '012/CT-UBND', must: [r('18')], first: r('18') },
  { kind: 'none', query: 'xyzabc', must: [], mustNot: [] },
];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
const wordsOf = (query: string) => fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u');

interface Measured { row: Row; listed: string[]; relevant: number; mustFound: number; missing: string[]; wrong: string[] }

describe.skipIf(!hasRealCorpus)('relevance table (seeds and the real corpus, in Chromium)', () => {
  let site: RelevanceSite;
  let server: StaticSite;
  let browser: Browser;
  /** Folded text of every built document and instrument page's searchable blocks, by page path. */
  const texts = new Map<string, string[]>();
  const measured: Measured[] = [];

  beforeAll(async () => {
    site = buildRelevanceSite();
    server = await serveStatic(site.dist);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.project.remove();
    if (measured.length === 0) return;
    const lines = measured.map(({ row, listed, relevant, mustFound }) => {
      const precision = listed.length === 0 ? 1 : relevant / listed.length;
      const recall = row.must.length === 0 ? 1 : mustFound / row.must.length;
      return `${row.kind.padEnd(14)} ${row.query.padEnd(32)} listed ${String(listed.length).padStart(3)}  precision ${(precision * 100).toFixed(0).padStart(3)}%  recall ${(recall * 100).toFixed(0).padStart(3)}%`;
    });
    const listedAll = measured.reduce((sum, m) => sum + m.listed.length, 0);
    const relevantAll = measured.reduce((sum, m) => sum + m.relevant, 0);
    const mustAll = measured.reduce((sum, m) => sum + m.row.must.length, 0);
    const foundAll = measured.reduce((sum, m) => sum + m.mustFound, 0);
    console.log(
      [`Relevance table: ${measured.length} queries`, ...lines,
        `all: precision ${((relevantAll / Math.max(listedAll, 1)) * 100).toFixed(1)}% (${relevantAll}/${listedAll}), recall ${((foundAll / Math.max(mustAll, 1)) * 100).toFixed(1)}% (${foundAll}/${mustAll})`].join('\n'),
    );
  });

  const blocksOf = (pagePath: string): string[] => {
    let blocks = texts.get(pagePath);
    if (!blocks) {
      const page = readPageText(readFileSync(path.join(site.dist, pagePath, 'index.html'), 'utf8'));
      blocks = [...page.blocks.map((block) => fold(block.text)), ...Object.values(page.meta).map(fold)];
      texts.set(pagePath, blocks);
    }
    return blocks;
  };

  it('has at least 40 queries of every kind', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TABLE.map((row) => row.kind)).size).toBe(10);
  });

  it('precomputed first pages of this site are Pagefind\'s own answers', async () => {
    expect(await expectFirstPagesArePagefinds(site.dist)).toBeGreaterThan(10);
  });

  for (const row of TABLE) {
    it(`${row.kind}: ${row.query}`, async () => {
      const outcome = await searchPage(browser, server.url, row.query, '', true);
      const listed = outcome.links;
      const words = wordsOf(row.query);
      const isNumber = row.kind === 'number';
      // Precision: every exact result holds every word of the query, whole (numbers: the look-up's own match).
      const wrong = isNumber ? [] : listed.filter((link) => !words.every((word) => blocksOf(link).some((block) => wholeWord(word).test(block))));
      const must = row.must.map(site.pathOf);
      const missing = must.filter((link) => !listed.includes(link));
      measured.push({ row, listed, relevant: listed.length - wrong.length, mustFound: must.length - missing.length, missing, wrong });
      expect(wrong, 'pages listed without every word of the query').toEqual([]);
      expect(new Set(listed).size, 'no page listed twice').toBe(listed.length);
      if (!isNumber && row.kind !== 'none') expect(outcome.status).toMatch(new RegExp(`^Tìm thấy ${listed.length.toLocaleString('vi-VN')} kết quả`));
      expect(missing, 'pages that must be listed').toEqual([]);
      for (const file of row.mustNot ?? []) expect(listed, `${file} must not be listed`).not.toContain(site.pathOf(file));
      if (row.first) expect(listed[0]).toBe(site.pathOf(row.first));
      if (row.kind === 'none') expect(outcome.status).toMatch(/Không có trang nào/);
      // Recall of the phrase: every held document whose text holds the query as a phrase is listed.
      if (!isNumber && words.length > 0) {
        const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
        const holders = site.documents.map((record) => `/van-ban/${record.id}/`).filter((link) => blocksOf(link).some((block) => phrase.test(block)));
        expect(holders.filter((link) => !listed.includes(link)), 'held documents holding the phrase').toEqual([]);
      }
      await outcome.page.close();
    });
  }
});
