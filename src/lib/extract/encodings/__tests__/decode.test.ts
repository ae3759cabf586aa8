import { describe, expect, it } from 'vitest';
import { decodeSource } from '../decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeSource accepts text and normalizes it', () => {
  it.each([
    ['plain UTF-8', utf8('Số: 5817/UBND-KTTH\n'), 'Số: 5817/UBND-KTTH\n'],
    ['UTF-8 with BOM (BOM stripped)', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kính gửi:')]), 'Kính gửi:'],
    ['UTF-16 LE with BOM', utf16('Quảng Ngãi\r\n', true), 'Quảng Ngãi\n'],
    ['UTF-16 BE with BOM', utf16('Quảng Ngãi', false), 'Quảng Ngãi'],
    ['CRLF → LF', utf8('a\r\nb\r\n'), 'a\nb\n'],
    ['lone CR → LF', utf8('a\rb'), 'a\nb'],
    ['NFD → NFC', utf8('Quảng Ngãi'.normalize('NFD')), 'Quảng Ngãi'],
    ['form feed between pages kept', utf8('trang 1\ftrang 2'), 'trang 1\ftrang 2'],
  ])('%s', (_name, input, text) => {
    expect(decodeSource(input)).toMatchObject({ ok: true, text });
  });
  it('output is NFC', () => {
    const r = decodeSource(utf8('Nghị quyết'.normalize('NFD')));
    expect(r.ok && r.text === r.text.normalize('NFC') && r.text.length === 'Nghị quyết'.length).toBe(true);
  });
});

describe('decodeSource refuses what is not text, saying why in Vietnamese', () => {
  it.each([
    ['empty file', bytes(), /^tệp rỗng \(0 byte\)$/],
    ['whitespace only', utf8(' \n\t\r\n'), /^tệp rỗng/],
    ['BOM only', bytes(0xef, 0xbb, 0xbf), /^tệp rỗng/],
    ['NUL bytes', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), /^tệp nhị phân: có byte NUL/],
    ['many control characters', bytes(...Array.from({ length: 50 }, (_, i) => (i % 2 ? 0x41 : 0x01))), /^tệp nhị phân: \d+ ký tự điều khiển/],
    ['invalid UTF-8 (lone continuation byte)', bytes(0x41, 0x42, 0x80, 0x43), /^không giải mã được UTF-8 ở byte 2; có thể là .* nhưng không chắc chắn/],
    ['invalid UTF-8 (Latin-1 é)', new Uint8Array([...utf8('Quảng '), 0xe9, 0x20]), /^không giải mã được UTF-8 ở byte 8;/],
    ['truncated UTF-8 sequence', bytes(0x61, 0xe1, 0xba), /^không giải mã được UTF-8 ở byte 1;/],
  ])('%s', (_name, input, reason) => {
    const r = decodeSource(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
