/**
 * Item lists of the closing and opening parts (`Kính gửi:`, `Nơi nhận:`): one entry per printed
 * item, list marker and trailing `;` `.` `,` removed, an item wrapped onto the next line joined.
 */
import type { Line } from './lines.ts';
import { listMarker } from './keywords.ts';

export function cleanItem(text: string): string {
  const marker = listMarker(text);
  const body = marker ? text.slice(marker.prefix.length) : text.replace(/^[-–—•+~]+\s*/, '');
  // A note printed on the next line belongs to the item (`Cơ quan Báo&PT, TH Thành phố;` / `(để đưa tin)`).
  return body.replace(/[\s\u00a0]+/g, ' ').replace(/[;,]\s+(?=\((?:để|đề|de)(?=\s)[^)]*\)\s*[;.,]?$)/iu, ' ').replace(/[\s;.,:]+$/, '').trim();
}

/** The text after the colon of an intro line (`Kính gửi: Bộ Tài chính.`), or ''. */
export function afterColon(line: Line): string {
  const at = line.text.indexOf(':');
  return at < 0 ? '' : line.text.slice(at + 1).trim();
}

/** The next non-blank line index at or after `from`, or -1. */
export function nextFilled(lines: Line[], from: number, to = lines.length): number {
  for (let i = from; i < to; i++) if (lines[i] && !lines[i]?.blank) return i;
  return -1;
}
