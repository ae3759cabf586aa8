/**
 * The byte view of legacy text. A TCVN3 or VNI file opened as Windows-1252 (or Latin-1) and saved as UTF-8
 * holds one character per original byte, and a legacy-font run in a .docx holds the same characters: the
 * bytes come back through Windows-1252, whose five unassigned bytes (and the C1 controls a Latin-1 reader
 * makes of 0x80–0x9F) map to themselves.
 */
import iconv from 'iconv-lite';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, byte) => byte);
const CP1252 = [...iconv.decode(Buffer.from(ALL_BYTES), 'windows-1252')];
const BYTE_OF = new Map<string, number>();
CP1252.forEach((char, byte) => BYTE_OF.set(char === '\ufffd' ? String.fromCharCode(byte) : char, byte));
for (let byte = 0x80; byte < 0xa0; byte++) if (!BYTE_OF.has(String.fromCharCode(byte))) BYTE_OF.set(String.fromCharCode(byte), byte);

/** The bytes a Windows-1252 reader saw, or null when a character could not have come from one byte. */
export function bytesOfCp1252Text(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const byte = BYTE_OF.get(text[index]!);
    if (byte === undefined) return null;
    bytes[index] = byte;
  }
  return bytes;
}

/** What a Windows-1252 reader shows of these bytes (unassigned bytes as themselves). */
export function cp1252TextOf(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += CP1252[byte] === '\ufffd' ? String.fromCharCode(byte) : CP1252[byte];
  return text;
}

/** Bytes of a Windows-1252 string (every character must be one of its 256). */
export function cp1252Bytes(text: string): Uint8Array {
  const bytes = bytesOfCp1252Text(text);
  if (bytes === null) throw new Error('not a Windows-1252 text');
  return bytes;
}
