/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts), one byte a letter. Bytes 0xA0–0xFF
 * are read with iconv-lite's `tcvn` table (GNU libiconv's TCVN 5712); VN3 has no lower positions for
 * capitals, so 0x00–0x7F are ASCII and 0x80–0x9F the Windows-1252 punctuation of those fonts.
 *
 * VN3 holds no capital with a tone mark (only Ă Â Ê Ô Ơ Ư Đ): capitals were typed in the capitals fonts
 * (.VnTimeH), whose glyphs draw the lower-case positions as capitals. Plain text loses the font, so words
 * that show they were typed in capitals are restored (`ñY BAN` → `ủY BAN` → `ỦY BAN`); a single capital
 * mid-sentence (`Ủy ban`) cannot be told and stays lower-case.
 */
import iconv from 'iconv-lite';
import { isVietnameseSyllable } from '../../vietnamese/syllables.ts';
import { cp1252TextOf } from './single-byte.ts';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, byte) => byte);
const TCVN = [...iconv.decode(Buffer.from(ALL_BYTES), 'tcvn')];
const CP1252 = [...cp1252TextOf(ALL_BYTES)];
const CHAR_OF: string[] = [...ALL_BYTES].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : byte < 0xa0 ? CP1252[byte]! : TCVN[byte]!));

const BYTE_OF = new Map<string, number>(CHAR_OF.map((char, byte) => [char, byte]));

/** Decodes TCVN3 bytes to NFC text, restoring capitals where the text shows them (see above). */
export function decodeTcvn3(bytes: Uint8Array, options: { capitalsFont?: boolean } = {}): string {
  let text = '';
  for (const byte of bytes) text += CHAR_OF[byte]!;
  text = text.normalize('NFC');
  return options.capitalsFont ? text.toUpperCase() : restoreCapitals(text);
}

/**
 * Restores the capitals a capitals font drew: a word with a capital after its first letter and no ASCII
 * lower case was typed in capitals (`ñY` → `ỦY`, `QU¶NG` → `QUẢNG`). A capital then toned letters only
 * (`X·`, `Bé`, `Tù`) could be `Xã` or `XÃ`: it is set in capitals when the words beside it (on its line,
 * else before and after it) are, unless it is a label (`Sè:` is `Số:` before a number in capitals).
 */
function restoreCapitals(text: string): string {
  const lines = text.split('\n').map((line) => line.split(/(\p{L}+)/u));
  for (const words of lines) for (let index = 1; index < words.length; index += 2) if (typedInCapitals(words[index]!)) words[index] = words[index]!.toUpperCase();
  // The words beside an ambiguous one: on its line when there are any, else those before and after it.
  const flat = lines.flatMap((words, line) => words.flatMap((word, index) => (index % 2 === 1 ? [{ word, line, label: words[index + 1]!.startsWith(':') }] : [])));
  const known = flat.filter(({ word }) => !ambiguous(word) && word.length >= 2);
  flat.forEach((entry, position) => {
    if (!ambiguous(entry.word) || entry.label) return;
    const before = known.filter((other) => flat.indexOf(other) < position).at(-1);
    const after = known.find((other) => flat.indexOf(other) > position);
    const sameLine = [before, after].filter((other) => other?.line === entry.line);
    const beside = (sameLine.length > 0 ? sameLine : [before, after]).filter((other) => other !== undefined);
    if (beside.length > 0 && beside.every(({ word }) => word === word.toUpperCase())) entry.word = entry.word.toUpperCase();
  });
  let next = 0;
  return lines.map((words) => words.map((word, index) => (index % 2 === 1 ? flat[next++]!.word : word)).join('')).join('\n');
}

/** `Bé`, `X·`, `ý`: a capital then lower-case toned letters only, or one toned letter: `Bộ` or `BỘ`? */
function ambiguous(word: string): boolean {
  const rest = word.slice(1);
  if (rest === '') return /[^\x00-\x7f]/u.test(word) && word !== word.toUpperCase();
  return /^\p{Lu}$/u.test(word[0]!) && /^[^\x00-\x7f]+$/u.test(rest) && rest !== rest.toUpperCase();
}

function typedInCapitals(word: string): boolean {
  return !/[a-z]/.test(word) && /\p{Lu}/u.test(word.slice(1));
}

/**
 * Encodes text as a VN3 file would hold it (tests make TCVN3 fixtures with it): a capital VN3 lacks is
 * written with its lower-case position, as the capitals font would draw it. Throws on a character VN3 lacks.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const chars = [...text.normalize('NFC')];
  return Uint8Array.from(chars, (char) => {
    const byte = BYTE_OF.get(char) ?? BYTE_OF.get(char.toLowerCase());
    if (byte === undefined) throw new Error(`TCVN3 has no ${JSON.stringify(char)}`);
    return byte;
  });
}
