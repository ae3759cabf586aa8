/** Legacy-encoded copies of clean sources, made with the encoders under test (never stored). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { cp1252TextOf } from '../single-byte.ts';
import { encodeTcvn3 } from '../tcvn3.ts';
import { encodeVni } from '../vni.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');

/** The four seeds with clean text (seed 003 is OCR output). */
export const CLEAN_SEEDS = [
  'cv-5817-ubnd-ktth-2024.txt',
  'cv-ubnd-tp-quang-ngai-2024-02-ket-nghia-vinh.txt',
  'cv-2395-ubnd-ktth-2022.txt',
  'kh-ubnd-ba-to-2024-04-ghi-nho.txt',
].map((name) => ({ name, text: readFileSync(path.join(ROOT, 'content/sources', name), 'utf8').normalize('NFC') }));

/** The real documents of other bodies (../shared/corpus/real), when present. */
export function realDocuments(): Array<{ name: string; text: string }> {
  const folder = path.join(ROOT, '../shared/corpus/real');
  try {
    return readdirSync(folder)
      .filter((name) => /^\d+\.txt$/.test(name))
      .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8').normalize('NFC') }));
  } catch {
    return [];
  }
}

/** Windows-1258 as Windows writes it: base letters precomposed where the code page has them, tone marks combining. */
export function encodeWindows1258(text: string): Uint8Array {
  const separated = text.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_all, base: string, marks: string) => {
    const tones = marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
    return `${(base + marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')).normalize('NFC')}${tones}`;
  });
  const bytes = iconv.encode(separated, 'windows-1258');
  if (iconv.decode(bytes, 'windows-1258') !== separated) throw new Error('Windows-1258 cannot hold this text');
  return bytes;
}

/** UTF-16 without a byte order mark. */
export function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
}

/** Every way a legacy file arrives, for one text: raw bytes, or opened as Windows-1252 and saved as UTF-8. */
export const LEGACY_FORMS = {
  'TCVN3 bytes': (text: string) => encodeTcvn3(text),
  'VNI bytes': (text: string) => encodeVni(text),
  'Windows-1258 bytes': (text: string) => encodeWindows1258(text),
  'TCVN3 saved as UTF-8': (text: string) => Buffer.from(cp1252TextOf(encodeTcvn3(text)), 'utf8'),
  'VNI saved as UTF-8': (text: string) => Buffer.from(cp1252TextOf(encodeVni(text)), 'utf8'),
  'UTF-16 LE without BOM': (text: string) => encodeUtf16(text, true),
  'UTF-16 BE without BOM': (text: string) => encodeUtf16(text, false),
} as const;

/** Can this form hold this text (legacy code pages lack some characters)? */
export function encodable(form: keyof typeof LEGACY_FORMS, text: string): boolean {
  try {
    LEGACY_FORMS[form](text);
    return true;
  } catch {
    return false;
  }
}
