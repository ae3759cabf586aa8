/** Cross-linked instruments in the built site: pages link both ways, nothing orphaned, every citation resolves. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationRecord } from '../../src/schemas/archive.ts';
import { generatedInstruments, instrumentByNumber } from '../support/records.ts';
import { DIST, ROOT, htmlText, readPage } from '../support/site.ts';

const citations = JSON.parse(readFileSync(path.join(ROOT, 'content/generated/citations.json'), 'utf8')) as CitationRecord[];
const instruments = generatedInstruments();

describe('instrument pages', () => {
  it('the 94-KL/TW page links to the 5817/UBND-KTTH document, which links back to it', () => {
    const kl94 = instrumentByNumber('94-KL/TW');
    const cv5817 = instrumentByNumber('5817/UBND-KTTH');
    expect(readPage(`van-ban/${kl94.id}/`)).toContain(`href="/van-ban/${cv5817.id}/"`);
    expect(readPage(`van-ban/${cv5817.id}/`)).toContain(`href="/van-ban/${kl94.id}/"`);
  });

  it('shows the chain Bộ Chính trị 94-KL/TW → Tỉnh ủy 2371-CV/TU → 5817/UBND-KTTH on the 5817 page', () => {
    const page = readPage(`van-ban/${instrumentByNumber('5817/UBND-KTTH').id}/`);
    const chain = htmlText(/<ol class="chain">([\s\S]*?)<\/ol>/.exec(page)![1]!).replace(/\s+/g, ' ');
    expect(chain.indexOf('94-KL/TW')).toBeGreaterThanOrEqual(0);
    expect(chain.indexOf('94-KL/TW')).toBeLessThan(chain.indexOf('2371-CV/TU'));
    expect(chain.indexOf('2371-CV/TU')).toBeLessThan(chain.indexOf('5817/UBND-KTTH'));
  });

  it('the 57/NQ-CP page lists 2395/UBND-KTTH with the quoted sentence and a link to its paragraph', () => {
    const nq57 = instrumentByNumber('57/NQ-CP');
    const cv2395 = instrumentByNumber('2395/UBND-KTTH');
    const page = readPage(`van-ban/${nq57.id}/`);
    const first = citations.find((citation) => citation.from === cv2395.id && citation.to === nq57.id)!;
    expect(page).toContain(`href="/van-ban/${cv2395.id}/#d${first.block}"`);
    expect(page).toContain('<mark>');
    expect(readPage(`van-ban/${cv2395.id}/`)).toContain(`id="d${first.block}"`);
  });

  it('cites the memorandum of seeds 001 and 004 as one instrument', () => {
    const memoranda = instruments.filter((instrument) => instrument.id.startsWith('ban-ghi-nho'));
    expect(memoranda).toHaveLength(1);
    const citing = new Set(citations.filter((citation) => citation.to === memoranda[0]!.id).map((citation) => citation.from));
    expect([...citing].some((id) => id.includes('ba-to'))).toBe(true);
    expect([...citing].some((id) => id.includes('thanh-pho-quang-ngai'))).toBe(true);
  });

  it('leaves no instrument page orphaned: each is cited or held; /dan-chieu/ lists exactly the cited ones, with their count', () => {
    const index = readPage('dan-chieu/');
    const documentList = readPage('van-ban/');
    for (const instrument of instruments) {
      const citing = new Set(citations.filter((citation) => citation.to === instrument.id).map((citation) => citation.from));
      expect(instrument.held || citing.size > 0, instrument.id).toBe(true);
      const item = new RegExp(`<li><a href="/van-ban/${instrument.id}/">[\\s\\S]*?</li>`).exec(index)?.[0];
      if (citing.size === 0) {
        expect(item, instrument.id).toBeUndefined();
        expect(documentList).toContain(`href="/van-ban/${instrument.id}/"`);
      } else {
        expect(item, instrument.id).toBeDefined();
        expect(htmlText(item!), instrument.id).toContain(`được ${citing.size} văn bản trong kho dẫn chiếu`);
      }
    }
  });

  it('resolves every citation link in every document to a built page', () => {
    for (const citation of citations) {
      expect(existsSync(path.join(DIST, 'van-ban', citation.to, 'index.html')), citation.to).toBe(true);
      expect(readPage(`van-ban/${citation.from}/`)).toContain(`href="/van-ban/${citation.to}/"`);
    }
  });

  it('gives every citation in the text an accessible title: the full citation', () => {
    const cv2395 = instrumentByNumber('2395/UBND-KTTH');
    const nq57 = instrumentByNumber('57/NQ-CP');
    expect(readPage(`van-ban/${cv2395.id}/`)).toContain(`href="/van-ban/${nq57.id}/" title="${nq57.citation}"`);
  });

  it('says in a banner that the text is not held, and where to look it up officially, as fits the issuer', () => {
    const banner = (number: string) => /<aside class="not-held"[\s\S]*?<\/aside>/.exec(readPage(`van-ban/${instrumentByNumber(number).id}/`))?.[0] ?? '';
    const nq57 = banner('57/NQ-CP');
    expect(nq57).toContain('Kho chưa lưu toàn văn văn bản này');
    expect(nq57).toContain('href="https://vbpl.vn/tim-kiem?SearchIn=all&amp;q=57%2FNQ-CP"');
    expect(nq57).toContain('href="https://congbao.chinhphu.vn/tim-kiem-van-ban?sovanban=57%2FNQ-CP"');
    const kl94 = banner('94-KL/TW');
    expect(kl94).toContain('href="https://tulieuvankien.dangcongsan.vn/');
    expect(kl94).not.toContain('vbpl.vn');
    // A provincial Party body's document is in no national database: the banner says so.
    expect(banner('2043-KL/TU')).toContain('không có trong các cơ sở dữ liệu văn bản quốc gia');
  });

  it('states each citing document’s relation as a sentence, the citing document as subject', () => {
    const page = htmlText(readPage(`van-ban/${instrumentByNumber('94-KL/TW').id}/`)).replace(/\s+/g, ' ');
    expect(page).toContain('Công văn 5817/UBND-KTTH triển khai văn bản này.');
    expect(page).not.toContain('Được triển khai bởi');
  });
});
