/**
 * Turns the bytes of a source file into text the parser can trust: one encoding (UTF-8 or
 * UTF-16 with a BOM), NFC, `\n` line endings. Anything else is refused with a reason in
 * Vietnamese, because silently "repairing" a file would put words in the archive that were
 * never printed.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Share of C0 control characters (other than tab, LF, CR, FF) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'tệp rỗng (0 byte)' };

  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;

  // A NUL never occurs in text; UTF-16 without a BOM also lands here, which is what we want.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, reason: `tệp nhị phân: có byte NUL (ký tự ${nul})` };

  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `tệp nhị phân: ${controls} ký tự điều khiển` };
  }

  const normalized = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (normalized.trim() === '') return { ok: false, reason: 'tệp rỗng (chỉ có khoảng trắng)' };
  return { ok: true, text: normalized };
}

function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith('utf-16le', bytes.subarray(2), 'UTF-16 LE');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith('utf-16be', bytes.subarray(2), 'UTF-16 BE');
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return decodeWith('utf-8', hasBom ? bytes.subarray(3) : bytes, 'UTF-8', hasBom ? 3 : 0);
}

function decodeWith(label: string, bytes: Uint8Array, name: string, offset = 0): DecodeResult {
  try {
    // ignoreBOM: the BOM was already stripped; a second one would be content, kept visible.
    return { ok: true, text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `không giải mã được ${name} ở byte ${offset + firstBadByte(label, bytes)}` };
  }
}

/** Finds where decoding fails by decoding growing prefixes; only runs on the error path. */
function firstBadByte(label: string, bytes: Uint8Array): number {
  if (label !== 'utf-8') return 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}
