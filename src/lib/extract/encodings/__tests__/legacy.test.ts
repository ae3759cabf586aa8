/**
 * Pins legacy-encoding detection: the clean seeds and the real documents, written in every legacy form
 * by the encoders under test, come back word for word, and say what they were converted from; Unicode
 * text is never "converted"; what no conversion explains is refused naming the likely encodings.
 */
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../decode.ts';
import { decodeTcvn3 } from '../tcvn3.ts';
import { decodeVniText } from '../vni.ts';
import { CLEAN_SEEDS, encodable, LEGACY_FORMS, realDocuments } from './fixtures.ts';

const DOCUMENTS = [...CLEAN_SEEDS, ...realDocuments()];
const FORMS = Object.keys(LEGACY_FORMS) as Array<keyof typeof LEGACY_FORMS>;
const EXPECTED = {
  'TCVN3 bytes': ['tcvn3', 'tcvn3'],
  'VNI bytes': ['vni', 'vni'],
  'Windows-1258 bytes': ['windows-1258', 'windows-1258'],
  'TCVN3 saved as UTF-8': ['tcvn3-as-utf-8', 'tcvn3'],
  'VNI saved as UTF-8': ['vni-as-utf-8', 'vni'],
  'UTF-16 LE without BOM': ['utf-16le', 'utf-16'],
  'UTF-16 BE without BOM': ['utf-16be', 'utf-16'],
} as const;

const lf = (text: string) => text.replace(/\r\n?/g, '\n');
/** Lines in capitals of two words or more (a lone toned word on a line, `SỰ**`, cannot be told from `Sự`). */
const capitalLines = (text: string) => text.split('\n').filter((line) => /\p{Lu}{2,}\P{L}+\p{Lu}{2,}/u.test(line) && line === line.toUpperCase());

describe('the issue’s examples', () => {
  it('reads "ñY BAN NH¢N D¢N" as TCVN3 and "UÛY BAN NHAÂN DAÂN" as VNI', () => {
    expect(decodeTcvn3(Buffer.from('ñY BAN NH¢N D¢N', 'latin1'))).toBe('ỦY BAN NHÂN DÂN');
    expect(decodeVniText('UÛY BAN NHAÂN DAÂN')).toBe('ỦY BAN NHÂN DÂN');
  });
});

describe.each(FORMS)('%s', (form) => {
  const documents = DOCUMENTS.filter((document) => encodable(form, document.text));

  it('can hold most of the documents (a code page lacks a few characters)', () => {
    expect(documents.length).toBeGreaterThanOrEqual(Math.min(DOCUMENTS.length, CLEAN_SEEDS.length + 20));
  });

  it.each(documents.map((document) => [document.name, document.text]))('%s comes back word for word, marked as converted', (_name, text) => {
    const decoded = decodeSource(LEGACY_FORMS[form](text));
    expect(decoded).toMatchObject({ ok: true, encoding: EXPECTED[form][0], convertedFrom: EXPECTED[form][1] });
    if (!decoded.ok) return;
    if (form.startsWith('TCVN3')) {
      // TCVN3 has no capital with a tone mark: a lone one mid-sentence comes back lower-case; capital lines stay capitals.
      expect(decoded.text.toLowerCase()).toBe(lf(text).toLowerCase());
      expect(capitalLines(decoded.text)).toEqual(capitalLines(lf(text)));
    } else {
      expect(decoded.text).toBe(lf(text));
    }
  });
});

describe('Unicode text is never converted', () => {
  it.each(DOCUMENTS.map((document) => [document.name, document.text]))('%s is read as UTF-8 as it is', (_name, text) => {
    expect(decodeSource(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text: lf(text), encoding: 'utf-8', convertedFrom: null });
  });

  it('keeps OCR damage and a stray sign: they are no encoding', () => {
    const text = 'Két luan s6 2209-KL/TU cua Tinh uy ve trién khai thuc hién, chi phí 5¢ ± 1 §.';
    expect(decodeSource(Buffer.from(text, 'utf8'))).toMatchObject({ ok: true, text, convertedFrom: null });
  });
});

describe('what no conversion explains is refused, naming the likely encodings', () => {
  it('mojibake saved as UTF-8 that neither TCVN3 nor VNI reads', () => {
    const decoded = decodeSource(Buffer.from('Ã¢y lÃ  chá»¯ UTF-8 Ä‘á»c nháº§m hai láº§n rá»“i lÆ°u láº¡i', 'utf8'));
    expect(decoded).toEqual({ ok: false, reason: expect.stringMatching(/^chữ lỗi mã \(mojibake\): có vẻ là văn bản .+ bị lưu nhầm thành UTF-8; hãy lưu lại bằng Unicode$/) });
  });

  it('single-byte text that is not Vietnamese in any of them', () => {
    const decoded = decodeSource(Buffer.from('Le caf\xe9 r\xe9sum\xe9 na\xefve d\xe9j\xe0 vu \xe0 la cr\xe8me br\xfbl\xe9e', 'latin1'));
    expect(decoded).toEqual({ ok: false, reason: expect.stringMatching(/^không giải mã được UTF-8 ở byte 6; có thể là (Windows-1258|TCVN3 \(ABC\)|VNI-Windows)( hoặc .+)? nhưng không chắc chắn: hãy lưu lại bằng Unicode \(UTF-8\)$/) });
  });
});
