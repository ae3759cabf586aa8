/**
 * Turns the bytes of a text source into text the parser can trust: NFC, `\n` line endings, and what it
 * was converted from. UTF-8 (with or without BOM) and UTF-16 (with a BOM, or detected by its zero bytes)
 * are read as they are; bytes that are not UTF-8 are tried as Windows-1258, TCVN3 and VNI, and UTF-8 that
 * shows legacy mojibake as TCVN3 and VNI seen through Windows-1252 (src/lib/extract/encodings/legacy.ts).
 * A conversion is taken only when it clearly reads as Vietnamese; otherwise the file is refused with one
 * reason naming the likely encodings, because publishing mojibake or a guess puts words in the archive
 * that were never printed.
 */
import { ENCODING_NAMES, judgeLegacyBytes, judgeMojibake, type LegacyEncoding } from './legacy.ts';

/** What the text was converted from; null when it was Unicode (UTF-8) already. */
export type ConvertedFrom = 'tcvn3' | 'vni' | 'windows-1258' | 'utf-16' | null;

export interface DecodedText {
  ok: true;
  text: string;
  /** How the bytes were read: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3`, `vni`, `tcvn3-as-utf-8`, `vni-as-utf-8`. */
  encoding: string;
  convertedFrom: ConvertedFrom;
}

export type DecodeResult = DecodedText | { ok: false; reason: string };

/** Share of C0 control characters (other than tab, LF, CR, FF) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;

const likelyList = (likely: readonly LegacyEncoding[]): string => likely.map((name) => ENCODING_NAMES[name]).join(' hoặc ');

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'tệp rỗng (0 byte)' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const checked = checkText(decoded.text);
  return checked.ok ? { ...decoded, text: checked.text } : checked;
}

/** NFC text, one line ending, not binary, not empty. Also for text taken from Word, PDF and OCR. */
export function checkText(text: string): { ok: true; text: string } | { ok: false; reason: string } {
  // A NUL never occurs in text.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, reason: `tệp nhị phân: có byte NUL (ký tự ${nul})` };
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) return { ok: false, reason: `tệp nhị phân: ${controls} ký tự điều khiển` };
  const normalized = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (normalized.trim() === '') return { ok: false, reason: 'tệp rỗng (chỉ có khoảng trắng)' };
  return { ok: true, text: normalized };
}

function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bare = utf16WithoutBom(bytes);
  if (bare) return utf16(bytes, bare);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const text = strictDecode('utf-8', body);
  if (text === null) return legacyBytes(body, hasBom ? 3 : 0);
  const judged = judgeMojibake(text);
  if (!judged.ok) return { ok: false, reason: `chữ lỗi mã (mojibake): có vẻ là văn bản ${likelyList(judged.likely)} bị lưu nhầm thành UTF-8; hãy lưu lại bằng Unicode` };
  if (judged.text !== null) return { ok: true, text: judged.text, encoding: `${judged.from}-as-utf-8`, convertedFrom: judged.from };
  return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', convertedFrom: null };
}

function legacyBytes(bytes: Uint8Array, offset: number): DecodeResult {
  const judged = judgeLegacyBytes(bytes);
  if (judged.ok && judged.text !== null) return { ok: true, text: judged.text, encoding: judged.from, convertedFrom: judged.from };
  const likely = judged.ok ? [] : judged.likely;
  return { ok: false, reason: `không giải mã được UTF-8 ở byte ${offset + firstBadByte(bytes)}; có thể là ${likelyList(likely)} nhưng không chắc chắn: hãy lưu lại bằng Unicode (UTF-8)` };
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): DecodeResult {
  const text = strictDecode(label, bytes);
  if (text === null) return { ok: false, reason: `không giải mã được ${label === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}` };
  return { ok: true, text, encoding: label, convertedFrom: 'utf-16' };
}

/**
 * UTF-16 without a BOM: text of any script has spaces, digits and punctuation, whose UTF-16 has a zero
 * byte on one side; UTF-8 and single-byte text never has zero bytes at all.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = bytes.length / 2;
  if (oddZeros / pairs >= 0.2 && evenZeros === 0) return 'utf-16le';
  if (evenZeros / pairs >= 0.2 && oddZeros === 0) return 'utf-16be';
  return null;
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: a BOM was already stripped; a second one would be content, kept visible.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Where UTF-8 decoding fails; only runs on the error path. */
function firstBadByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length || strictDecode('utf-8', bytes.subarray(index, index + length)) === null) return index;
    index += length;
  }
  return index;
}
