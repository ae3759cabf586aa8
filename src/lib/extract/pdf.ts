/**
 * PDF → text: the text layer through unpdf (PDF.js) in reading order (src/lib/extract/pdf-layout.ts), or,
 * for a scan whose pages carry (almost) no text, OCR of the rasterised pages (src/lib/extract/ocr.ts).
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { ocrPdf } from './ocr.ts';
import { pageText } from './pdf-layout.ts';

/** Fewer visible characters a page than this, and the PDF is a scan. */
const SCAN_CHARS_PER_PAGE = 20;

export async function extractPdf(bytes: Uint8Array): Promise<{ text: string; method: 'text-layer' | 'ocr' }> {
  // PDF.js takes ownership of the buffer it is given: it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { items, totalPages } = await extractTextItems(pdf);
    const pages = items.map((page) => pageText(page));
    const visible = pages.join('').replace(/\s/g, '').length;
    if (visible < SCAN_CHARS_PER_PAGE * Math.max(1, totalPages)) return { text: await ocrPdf(bytes), method: 'ocr' };
    return { text: pages.filter((page) => page !== '').join('\n\n'), method: 'text-layer' };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
