/**
 * What a source's text may hold that a reader must never be shown as is. Invisible format characters
 * (Unicode category Cf: the bidirectional controls U+202A–202E and U+2066–2069, marks, zero-width
 * characters, soft hyphens, a stray BOM) are removed, since a U+202E shows the rest of its line reversed; line
 * and paragraph separators become line ends. Letters of other scripts that look Latin (a Cyrillic С in
 * `NĐ-СP`) inside a number or symbol are read as the Latin letter, so that the document's identity, its
 * links and search agree with the printed number. Both are reported; the original file, served as the
 * download, keeps every character.
 */
import type { z } from 'astro/zod';
import type { neutralisedSchema } from '../../schemas/archive.ts';
import { latinLookalike } from '../text.ts';

export type Neutralised = z.infer<typeof neutralisedSchema>;

const FORMAT = /\p{Cf}/gu;
/** A run without spaces that can be a number or symbol: letters and digits, and between them the separators of `15/2020/NĐ-CP`. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}/&.\-–]*[\p{L}\p{M}\p{N}])?/gu;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const FOREIGN_ALL = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A token that is a number or symbol (a digit or a separator) mixing Latin letters or digits with look-alikes. */
function isMixedSymbol(token: string): boolean {
  if (!FOREIGN.test(token) || !/[\p{N}/-]/u.test(token)) return false;
  const foreign = [...token].filter((char) => FOREIGN.test(char));
  return foreign.every((char) => latinLookalike(char) !== undefined) && LATIN_OR_DIGIT.test(token.replace(FOREIGN_ALL, ''));
}

export function neutraliseText(text: string): { text: string; neutralised: Neutralised | null } {
  const formatCharacters: Record<string, number> = {};
  let clean = text.replace(FORMAT, (char) => {
    const code = codePoint(char);
    formatCharacters[code] = (formatCharacters[code] ?? 0) + 1;
    return '';
  });
  clean = clean.replace(/[\u2028\u2029]/g, '\n');
  const lookalikes: Neutralised['lookalikes'] = [];
  // Without a Cyrillic or Greek letter no token can mix scripts: the common case skips the pass.
  if (FOREIGN.test(clean)) clean = clean.replace(TOKEN, (token) => {
    if (!isMixedSymbol(token)) return token;
    const read = [...token].map((char) => latinLookalike(char) ?? char).join('');
    if (!lookalikes.some((seen) => seen.printed === token)) lookalikes.push({ printed: token, read });
    return read;
  });
  const changed = Object.keys(formatCharacters).length > 0 || lookalikes.length > 0;
  return { text: clean.normalize('NFC'), neutralised: changed ? { formatCharacters, lookalikes } : null };
}

/** The report of what was changed: one sentence, for the ingest's warnings. */
export function describeNeutralised(neutralised: Neutralised): string {
  const parts: string[] = [];
  const formats = Object.entries(neutralised.formatCharacters);
  if (formats.length > 0) {
    const total = formats.reduce((sum, [, count]) => sum + count, 0);
    parts.push(`bỏ ${total} ký tự định dạng vô hình khi hiển thị (${formats.map(([code, count]) => `${code} ×${count}`).join(', ')})`);
  }
  for (const { printed, read } of neutralised.lookalikes) parts.push(`“${printed}” có chữ ${foreignLetters(printed)} giống chữ Latinh, được đọc là “${read}”`);
  return parts.join('; ');
}

/** The letters of other scripts in a token, named: `Kirin К (U+041A), Kirin Т (U+0422)`. */
export function foreignLetters(printed: string): string {
  const letters = [...new Set([...printed].filter((char) => FOREIGN.test(char)))];
  return letters.map((char) => `${scriptName(char)} ${char} (${codePoint(char)})`).join(', ');
}

const scriptName = (char: string) => (/\p{Script=Cyrillic}/u.test(char) ? 'Kirin' : 'Hy Lạp');
