/**
 * `Kính gửi:` (and `Đồng kính gửi:`, and the `… điện:` of a công điện): the addressees, printed
 * on the intro line or as a list below it. The list ends at an item closing with `.`, at a gap
 * not followed by another item, or at a line that neither is an item nor continues one.
 */
import type { Line } from './lines.ts';
import { DIEN, DONG_KINH_GUI, KINH_GUI, NOI_NHAN, endsSentence, listMarker, startsLower } from './keywords.ts';
import { afterColon, cleanItem, nextFilled, splitRunTogether } from './items.ts';

export interface Recipients {
  items: string[];
  /** Lines [start, end) hold the recipients. */
  start: number;
  end: number;
}

/** Where the recipients start: the first intro line among the first lines, before any `Nơi nhận`. */
export function findRecipients(lines: Line[], window = 80): number {
  for (let i = 0; i < Math.min(lines.length, window); i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    if (NOI_NHAN.test(line.key) && line.text.includes(':')) return -1;
    if (isIntro(line)) return i;
  }
  return -1;
}

function isIntro(line: Line): boolean {
  return KINH_GUI.test(line.key) || DONG_KINH_GUI.test(line.key) || (DIEN.test(line.key) && line.text.length < 60);
}

export function parseRecipients(lines: Line[], start: number): Recipients {
  const items: string[] = [];
  let i = start;
  let end = start + 1;
  while (i < lines.length && isIntro(lines[i] as Line)) {
    const intro = lines[i] as Line;
    end = i + 1;
    const inline = afterColon(intro);
    let last = inline;
    if (inline !== '') items.push(inline);
    // An inline addressee may wrap: `Kính gửi: Chủ` / `tịch Ủy ban nhân dân…`.
    let j = i + 1;
    for (; inline !== '' && j < lines.length; j++) {
      const line = lines[j] as Line;
      if (line.blank || endsSentence(last) || listMarker(line.text)) break;
      if (!startsLower(line.text) && line.text.split(/\s+/).length > 2) break;
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.text}`;
      last = line.text;
      end = j + 1;
    }
    if (inline === '') {
      const listed = collectList(lines, i + 1, items);
      end = listed;
      j = listed;
    }
    const next = nextFilled(lines, j);
    if (next < 0 || !DONG_KINH_GUI.test(lines[next]?.key ?? '')) break;
    i = next;
  }
  return { items: items.flatMap(splitRunTogether).map(cleanItem).filter((t) => t !== '' && !DETAIL.test(t)), start, end };
}

/** A line under an addressee that describes it (`Mã số thuế: …`, `Địa chỉ: …`), not another addressee. */
const DETAIL = /^(?:mã số thuế|mst|địa chỉ|điện thoại|đt|email|e-mail|fax)(?=[\s:])[^:]{0,30}:/iu;

/** Collects items from `from`; returns the index after the last consumed line. */
function collectList(lines: Line[], from: number, items: string[]): number {
  let i = nextFilled(lines, from);
  if (i < 0) return from;
  const listed = listMarker(lines[i]?.text ?? '') !== null;
  let end = i;
  let last = '';
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      const next = nextFilled(lines, i);
      if (next < 0 || !listed || listMarker(lines[next]?.text ?? '') === null || last.endsWith('.')) break;
      continue;
    }
    if (NOI_NHAN.test(line.key) || isIntro(line)) break;
    const marker = listMarker(line.text);
    if (marker) {
      items.push(line.text);
    } else if (last !== '' && !/[.;]$/.test(last)) {
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.text}`;
    } else if (!listed && !last.endsWith('.')) {
      items.push(line.text);
    } else break;
    last = line.text.trim();
    end = i + 1;
  }
  return end;
}
