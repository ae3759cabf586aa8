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

/**
 * Items printed run together on one line (`Các sở…; - UBND các huyện…`, as a PDF's text layer or a list
 * pasted into one paragraph gives them) are the items they were: split where a `;` is followed by a
 * list dash.
 */
export function splitRunTogether(text: string): string[] {
  return text.split(/;\s+(?=[-–—•+]\s)/u);
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
