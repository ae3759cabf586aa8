/**
 * The closing part: `Nơi nhận:` (distribution list) and the signing block — authority marks
 * (`KT.`, `TM.`, `TL.`, `TUQ.`, `Q.`), capacity lines in capitals, the signer's name. A scan
 * may keep only the name (seed 003 ends with `Tran Hoang Tuan`): marks and capacity then
 * stay empty rather than guessed.
 */
import type { Signature } from '../../schemas/metadata.ts';
import type { Line } from './lines.ts';
import { NOI_NHAN, isAllCaps, listMarker } from './keywords.ts';
import { cleanItem, nextFilled } from './items.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Closing {
  distribution: (Span & { items: string[] }) | null;
  signature: (Span & { value: Signature; lines: number[][] }) | null;
}

const MARK = /^(TM|KT|TL|TUQ|Q)\.?(?:\s+|$)(?=\p{Lu}|$)/u;
const CAPACITY_WORDS = /CHỦ TỊCH|TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|CHỦ NHIỆM|BÍ THƯ|CHÁNH|TỔNG|ỦY BAN|UỶ BAN|CHÍNH PHỦ/u;

export function parseClosing(lines: Line[], from: number): Closing {
  const at = findDistribution(lines, from);
  let distribution: Closing['distribution'] = null;
  let sigFrom = -1;
  if (at >= 0) {
    distribution = readDistribution(lines, at);
    sigFrom = distribution.end;
  }
  let signature = sigFrom >= 0 ? readSignature(lines, sigFrom, false) : null;
  if (!signature) signature = searchSignature(lines, distribution ? distribution.end : from);
  return { distribution, signature };
}

function findDistribution(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line && !line.blank && NOI_NHAN.test(line.key) && /^\W*\S+\s+\S+\s*:/u.test(line.text)) return i;
  }
  return -1;
}

function readDistribution(lines: Line[], at: number): Span & { items: string[] } {
  const items: string[] = [];
  let end = at + 1;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      const next = nextFilled(lines, i);
      if (next < 0 || listMarker(lines[next]?.text ?? '') === null) break;
      continue;
    }
    if (listMarker(line.text)) items.push(line.text);
    else if (isCapacity(line.text) || isName(line.text)) break;
    else if (items.length > 0) items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.text}`;
    else items.push(line.text);
    end = i + 1;
  }
  return { start: at, end, items: items.map(cleanItem).filter((t) => t !== '') };
}

/** Reads a signing block starting at the first filled line at or after `from`. */
function readSignature(lines: Line[], from: number, needCapacity: boolean): Closing['signature'] {
  const capacity: number[][] = [];
  const texts: string[] = [];
  let i = nextFilled(lines, from);
  const start = i;
  if (i < 0) return null;
  for (; i < lines.length; i = nextFilled(lines, i + 1)) {
    if (i < 0) break;
    const text = (lines[i] as Line).text.trim();
    if (!isCapacity(text)) break;
    const prev = texts[texts.length - 1];
    // `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM` and a bare `KT.` are one capacity printed over two lines.
    if (prev !== undefined && (/,$/.test(prev) || /^(TM|KT|TL|TUQ|Q)\.?$/.test(prev))) {
      texts[texts.length - 1] = `${prev} ${text}`;
      capacity[capacity.length - 1]?.push(i);
    } else {
      texts.push(text);
      capacity.push([i]);
    }
  }
  if (needCapacity && texts.length === 0) return null;
  const nameText = i >= 0 ? (lines[i] as Line).text.trim() : '';
  const named = i >= 0 && isName(nameText);
  if (texts.length === 0 && !named) return null;
  const lastCapacity = capacity[capacity.length - 1];
  const end = named ? i + 1 : lastCapacity ? Math.max(...lastCapacity) + 1 : start;
  const marks = texts.flatMap((t) => {
    const m = MARK.exec(t);
    return m?.[1] ? [`${m[1]}.`] : [];
  });
  return {
    start,
    end,
    lines: named ? [...capacity, [i]] : capacity,
    value: {
      marks,
      capacityLines: texts,
      capacity: texts[texts.length - 1] ?? null,
      name: named ? nameText.replace(/[.,;]+$/, '') : null,
    },
  };
}

/** Without a distribution list, the last capacity block followed by a name is the signature. */
function searchSignature(lines: Line[], from: number): Closing['signature'] {
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    if (!line || line.blank || !isCapacity(line.text)) continue;
    const prev = nextFilledBack(lines, i - 1, from);
    if (prev >= 0 && isCapacity(lines[prev]?.text ?? '')) continue;
    const found = readSignature(lines, i, true);
    if (found?.value.name) return found;
  }
  return null;
}

function nextFilledBack(lines: Line[], from: number, stop: number): number {
  for (let i = from; i >= stop; i--) if (lines[i] && !lines[i]?.blank) return i;
  return -1;
}

export function isCapacity(text: string): boolean {
  const t = text.trim();
  if (MARK.test(t) && isAllCaps(t, 2)) return true;
  if (/^(TM|KT|TL|TUQ|Q)\.$/.test(t)) return true;
  return isAllCaps(t, 4) && !/[;:&/()\d]/.test(t) && CAPACITY_WORDS.test(t) && t.split(/\s+/).length <= 10;
}

/** A personal name: 2–5 capitalized words, not in capitals (`Trần Phước Hiền`, `Tran Hoang Tuan`). */
export function isName(text: string): boolean {
  const words = text.trim().replace(/[.,;]+$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (isAllCaps(words.join(' '), 2)) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}
