/**
 * Pins that every format gives the parser the document's words: a .docx (bold, italics, the header's
 * two columns as cells), a PDF printed by Chromium (text layer, reading order, columns apart), a scan of
 * it read by Tesseract (character error rate measured and bounded), legacy-font runs inside a .docx; and
 * that each says how its text was obtained.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSource } from '../../src/lib/extract/index.ts';
import { cp1252TextOf } from '../../src/lib/extract/encodings/single-byte.ts';
import { encodeTcvn3 } from '../../src/lib/extract/encodings/tcvn3.ts';
import { encodeVni } from '../../src/lib/extract/encodings/vni.ts';
import { parseDocument } from '../../src/lib/parse/index.ts';
import { imagePdf, legacyFontDocx, rasterise, seedDocx, seedLayout, seedPdf, words } from './fixtures.ts';

const SEED = path.resolve(import.meta.dirname, '../../content/sources/cv-5817-ubnd-ktth-2024.txt');
const layout = seedLayout();
const seedWords = words([...layout.left, ...layout.right, ...layout.body].join('\n')).sort();

/**
 * What a careful reader takes from the page, whatever the format: the .docx and the PDF must give the
 * parser what the seed's text gives it. (The PDF is printed with each block's lines joined, so the
 * signer's capacity lines are compared as one text.)
 */
const fields = (metadata: ReturnType<typeof parseDocument>['metadata']) => ({
  issuer: metadata.issuer, number: metadata.number, symbol: metadata.symbol, docType: metadata.docType, place: metadata.place,
  date: metadata.date, subject: metadata.subject, recipients: metadata.recipients, distribution: metadata.distribution,
  signer: metadata.signature?.name, capacity: metadata.signature?.capacityLines.join(' '),
});
const seedFields = fields(parseDocument(readFileSync(SEED, 'utf8')).metadata);

async function extracted(name: string, bytes: Uint8Array) {
  const result = await extractSource(name, bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('Word (.docx)', () => {
  it('gives every word of the seed, with bold, italics and the header’s columns', async () => {
    const result = await extracted('cv-5817.docx', await seedDocx());
    expect(result.extraction).toEqual({ format: 'docx', method: 'text', encoding: 'docx', convertedFrom: null, neutralised: null });
    expect(words(result.text).sort()).toEqual(seedWords);
    expect(result.text).toContain('**ỦY BAN NHÂN DÂN');
    expect(result.text).toContain('*trước ngày 30/6/2025 (thông qua Sở Kế hoạch và Đầu tư).*');
    const { metadata } = parseDocument(result.text);
    expect(metadata).toMatchObject({ issuer: 'UBND tỉnh Quảng Ngãi', number: '5817', symbol: 'UBND-KTTH', docType: 'Công văn', date: { iso: '2024-10-29', precision: 'day' } });
    expect(fields(metadata)).toEqual(seedFields);
  });

  it('converts runs set in TCVN3 (.VnTime, .VnTimeH capitals) and VNI fonts', async () => {
    const docx = await legacyFontDocx([
      { text: cp1252TextOf(encodeTcvn3('ủy ban nhân dân')), font: '.VnTimeH' },
      { text: cp1252TextOf(encodeTcvn3('Quảng Ngãi, ngày 29 tháng 10 năm 2024')), font: '.VnTime' },
      { text: cp1252TextOf(encodeVni('Kính gửi: Sở Kế hoạch và Đầu tư')), font: 'VNI-Times' },
      { text: 'Đoạn này đã là Unicode.', font: 'Times New Roman' },
    ]);
    const result = await extracted('cu.docx', docx);
    expect(result.text.trim().split('\n\n')).toEqual(['ỦY BAN NHÂN DÂN', 'Quảng Ngãi, ngày 29 tháng 10 năm 2024', 'Kính gửi: Sở Kế hoạch và Đầu tư', 'Đoạn này đã là Unicode.']);
    expect(result.extraction.convertedFrom).not.toBeNull();
  });
});

describe('PDF printed by Chromium', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await seedPdf();
  });

  it('reads the text layer: every word, the issuer’s column before the motto’s', async () => {
    const result = await extracted('cv-5817.pdf', pdf);
    expect(result.extraction).toEqual({ format: 'pdf', method: 'text-layer', encoding: 'pdf-text', convertedFrom: null, neutralised: null });
    expect(words(result.text).sort()).toEqual(seedWords);
    const issuer = result.text.indexOf('ỦY BAN NHÂN DÂN');
    const number = result.text.indexOf('Số:');
    const motto = result.text.indexOf('CỘNG HÒA');
    expect(issuer).toBeGreaterThanOrEqual(0);
    expect(issuer < number && number < motto).toBe(true);
    // The two columns never share a line.
    expect(result.text.split('\n').some((line) => line.includes('TỈNH QUẢNG NGÃI') && line.includes('Độc lập'))).toBe(false);
    // `Kính gửi:` at the margin under the header is the body's, not a line of the issuer's column.
    expect(result.text.indexOf('Kính gửi:')).toBeGreaterThan(result.text.indexOf('năm 2024'));
    expect(fields(parseDocument(result.text).metadata)).toEqual(seedFields);
  });

  describe('its first page scanned', () => {
    let scan: Uint8Array;
    let reference: string;
    beforeAll(async () => {
      scan = rasterise(pdf, 1, 200);
      const layer = await extracted('cv-5817.pdf', pdf);
      // Page 1 of the text layer: everything before the first words of page 2 is what the scan shows.
      reference = layer.text;
    });

    const characterErrorRate = (text: string) => {
      const clean = (value: string) => value.replace(/[|*]/g, ' ').replace(/\s+/g, ' ').trim();
      const ocr = clean(text);
      const truth = clean(reference).slice(0, ocr.length);
      return distance(ocr, truth) / truth.length;
    };

    it('reads a PNG scan with Tesseract, says so, and keeps the character error rate under 3% (read by position, each header column apart, in the seed order)', async () => {
      const result = await extracted('cv-5817.png', scan);
      expect(result.extraction).toEqual({ format: 'image', method: 'ocr', encoding: 'ocr', convertedFrom: null, neutralised: null });
      const rate = characterErrorRate(result.text);
      console.log(`OCR character error rate, PNG at 200 dpi: ${(rate * 100).toFixed(2)}%`);
      expect(rate).toBeLessThan(0.03);
    });

    it('reads a scanned PDF (an image without text layer) by OCR, under 4% (the 200 dpi image is resampled once more)', async () => {
      const result = await extracted('cv-5817-scan.pdf', await imagePdf(scan));
      expect(result.extraction).toEqual({ format: 'pdf', method: 'ocr', encoding: 'ocr', convertedFrom: null, neutralised: null });
      const rate = characterErrorRate(result.text);
      console.log(`OCR character error rate, scanned PDF: ${(rate * 100).toFixed(2)}%`);
      expect(rate).toBeLessThan(0.04);
    });
  });
});
