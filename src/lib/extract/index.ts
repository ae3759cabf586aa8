/**
 * A source file's bytes → the text the parser reads and how it was obtained (`extraction`, shown on the
 * page): text files through the encoding detector, Word through mammoth, PDF through its text layer or
 * OCR, images through OCR. Every failure is one reason, never an exception.
 */
import { z } from 'astro/zod';
import { extractionSchema } from '../../schemas/archive.ts';
import { judgeMojibake } from './encodings/legacy.ts';
import { checkText, decodeSource } from './encodings/decode.ts';
import { extractDocx } from './docx.ts';
import { formatOf } from './formats.ts';
import { MissingToolError, ocrImage } from './ocr.ts';
import { extractPdf } from './pdf.ts';
import { neutraliseText } from './unicode.ts';

export type Extraction = z.infer<typeof extractionSchema>;
export type ExtractResult = { ok: true; text: string; extraction: Extraction } | { ok: false; reason: string };

/** The text of a source file as readers see it: extracted, then neutralised (src/lib/extract/unicode.ts). */
export async function extractSource(name: string, bytes: Uint8Array): Promise<ExtractResult> {
  const result = await extractText(name, bytes);
  if (!result.ok) return result;
  const { text, neutralised } = neutraliseText(result.text);
  return { ok: true, text, extraction: { ...result.extraction, neutralised } };
}

/** A text file's text again, from bytes that were extracted before (their extraction is in the cache). */
export function textAgain(bytes: Uint8Array): string | null {
  const decoded = decodeSource(bytes);
  return decoded.ok ? neutraliseText(decoded.text).text : null;
}

type Extracted = { ok: true; text: string; extraction: Omit<Extraction, 'neutralised'> } | { ok: false; reason: string };

async function extractText(name: string, bytes: Uint8Array): Promise<Extracted> {
  const format = formatOf(name);
  if (!format.ok) return format;
  const { entry, extension } = format;
  if (bytes.length === 0) return { ok: false, reason: 'tệp rỗng (0 byte)' };
  if (entry.format === 'txt' || entry.format === 'md') {
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return decoded;
    return { ok: true, text: decoded.text, extraction: { format: entry.format, method: 'text', encoding: decoded.encoding, convertedFrom: decoded.convertedFrom } };
  }
  try {
    if (entry.format === 'docx') {
      if (!isZip(bytes)) return { ok: false, reason: 'không phải tệp Word .docx (không có cấu trúc ZIP của .docx)' };
      const { text, convertedFrom } = await extractDocx(bytes);
      return finish(text, { format: 'docx', method: 'text', encoding: 'docx', convertedFrom });
    }
    if (entry.format === 'pdf') {
      if (!startsWith(bytes, '%PDF-')) return { ok: false, reason: 'không phải tệp PDF (thiếu phần đầu %PDF-)' };
      const { text, method } = await extractPdf(bytes);
      return finish(text, { format: 'pdf', method, encoding: method === 'ocr' ? 'ocr' : 'pdf-text', convertedFrom: null });
    }
    return finish(await ocrImage(bytes, extension), { format: 'image', method: 'ocr', encoding: 'ocr', convertedFrom: null });
  } catch (error) {
    if (error instanceof MissingToolError) return { ok: false, reason: error.message };
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `không đọc được tệp ${extension.toUpperCase()}: ${message}` };
  }
}

/** Text from Word or PDF can still be legacy mojibake (fonts set by style, an old PDF's text layer). */
function finish(raw: string, extraction: Omit<Extraction, 'neutralised'>): Extracted {
  const checked = checkText(raw);
  if (!checked.ok) return checked.reason.startsWith('tệp rỗng') ? { ok: false, reason: emptyReason(extraction) } : checked;
  const judged = judgeMojibake(checked.text);
  if (!judged.ok) return { ok: false, reason: `chữ lỗi mã (mojibake) trong tệp ${extraction.format.toUpperCase()}: có vẻ là phông ${judged.likely.join(' hoặc ').toUpperCase()} không chuyển được` };
  if (judged.text !== null) return { ok: true, text: judged.text, extraction: { ...extraction, convertedFrom: judged.from } };
  return { ok: true, text: checked.text, extraction };
}

const emptyReason = (extraction: Omit<Extraction, 'neutralised'>) =>
  extraction.method === 'ocr' ? 'không nhận dạng được chữ nào trong bản quét' : `tệp ${extraction.format.toUpperCase()} không có chữ nào`;

const startsWith = (bytes: Uint8Array, magic: string) => Buffer.from(bytes.subarray(0, magic.length)).toString('latin1') === magic;
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
