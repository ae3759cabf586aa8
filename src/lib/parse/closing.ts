/**
 * The closing part: `Nơi nhận:` (distribution list) and the signing blocks (signature.ts), in either
 * order; a joint document prints one signing block per issuing body. A scan may read the signing column
 * into the list's lines (`- Ban Bí thư Trung ương Đảng; KT. THỦ TƯỚNG`, `PHÓ THỦ TƯỚNG` between two
 * items, the name after the last): those pieces are the signature, in the order printed.
 */
import type { Signature } from '../../schemas/metadata.ts';
import { validSyllableShare } from '../vietnamese/syllables.ts';
import type { Line } from './lines.ts';
import { NOI_NHAN, listMarker } from './keywords.ts';
import { cleanItem, nextFilled, splitRunTogether } from './items.ts';
import { isBodyLine, isCapacity, isName, markOf, personName, readSignature, readSignatures, type SignatureSpan } from './signature.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Closing {
  distribution: (Span & { items: string[] }) | null;
  /** The signing blocks in printed order (more than one in a joint document). */
  signatures: SignatureSpan[];
  /** A signature read from the list's lines of a scan, when no signing block follows the list. */
  asideSignature: Signature | null;
}

export function parseClosing(lines: Line[], from: number): Closing {
  const at = findDistribution(lines, from);
  let distribution: ReturnType<typeof readDistribution> | null = null;
  let sigFrom = -1;
  if (at >= 0) {
    distribution = readDistribution(lines, at);
    sigFrom = distribution.end;
  }
  let signatures = sigFrom >= 0 ? readSignatures(lines, sigFrom, false) : [];
  if (signatures.length === 0) {
    const found = searchSignature(lines, distribution ? distribution.end : from);
    signatures = found ? readSignatures(lines, found.start, true) : [];
  }
  const aside = distribution?.aside ?? [];
  const name = aside.find(isName);
  const capacityLines = aside.filter((t) => t !== name);
  const asideSignature: Signature | null =
    signatures.length === 0 && name !== undefined && capacityLines.length > 0
      ? { marks: capacityLines.flatMap((t) => markOf(t) ?? []), capacityLines, capacity: capacityLines.at(-1) ?? null, name: personName(name) }
      : null;
  return { distribution: distribution && { start: distribution.start, end: distribution.end, items: distribution.items }, signatures, asideSignature };
}

/** An item with the signing column read into its line: the item, and what belongs to the signature (or nothing). */
function splitAside(text: string): [string, string | null] {
  const m = /^(.*?;)\s+(\S.*)$/u.exec(text);
  const rest = m?.[2]?.replace(/^[\W_]+/u, '') ?? '';
  if (!m?.[1] || rest === '') return [text, null];
  // A name or capacity ends a line of the signing column; an item goes on to its `;`.
  if (!/[;,]$/.test(rest) && (isCapacity(rest) || isName(rest))) return [m[1], rest];
  // OCR noise after the item (`Kiểm toán nhà nước; À2 Z2 „`, a seal's scribble) is no part of it.
  const share = validSyllableShare(rest);
  const scribble = /\d|[^\p{L}\p{N}\s.,;:()/&-]/u.test(rest);
  return rest.length < 16 && scribble && (share === null || share < 0.5) ? [m[1], null] : [text, null];
}

function findDistribution(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line && !line.blank && NOI_NHAN.test(line.key) && /^\W*\S+\s+\S+\s*:/u.test(line.text)) return i;
  }
  return -1;
}

function readDistribution(lines: Line[], at: number): Span & { items: string[]; aside: string[] } {
  const items: string[] = [];
  const aside: string[] = [];
  const intro = (lines[at] as Line).text.replace(/^[^:]*:[\s\W_]*/u, '');
  if (intro !== '' && isCapacity(intro)) aside.push(intro);
  let end = at + 1;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      const next = nextFilled(lines, i);
      if (next < 0 || listMarker(lines[next]?.text ?? '') === null) break;
      continue;
    }
    const text = line.text.replace(/^[—–~]+\s*(?=[-–~])/u, '');
    if (listMarker(text)) {
      const [item, side] = splitAside(text);
      items.push(item);
      if (side !== null) aside.push(side);
    } else if (isCapacity(text) || isName(text)) {
      // Between two items the signing column's line is read aside; after the last one the signature begins.
      if (!itemFollows(lines, i + 1)) break;
      aside.push(text);
    } else if (/^\d{1,3}$/.test(text)) break; // a page number under the list
    else if (items.length > 0) items[items.length - 1] = `${items[items.length - 1] ?? ''} ${text}`;
    else items.push(text);
    end = i + 1;
  }
  return { start: at, end, items: items.flatMap(splitRunTogether).map(cleanItem).filter((t) => t !== ''), aside };
}

/** Whether a list item follows within the next three filled lines. */
function itemFollows(lines: Line[], from: number): boolean {
  for (let i = from, seen = 0; i < lines.length && seen < 3; i++) {
    if (lines[i]?.blank) continue;
    if (listMarker(lines[i]?.text ?? '')) return true;
    seen++;
  }
  return false;
}

/**
 * Without a distribution list, the signing blocks are the last capacity blocks followed by a name; in a
 * joint document several follow one another.
 */
function searchSignature(lines: Line[], from: number): SignatureSpan | null {
  let found: SignatureSpan | null = null;
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    if (!line || line.blank || !isCapacity(line.text)) continue;
    let first = i;
    for (let prev = nextFilledBack(lines, i - 1, from); prev >= 0 && continuesBlock(lines[prev] as Line); prev = nextFilledBack(lines, prev - 1, from)) first = prev;
    const block = readSignature(lines, first, true);
    if (!block?.value.name) {
      if (found) break;
      continue;
    }
    // An earlier block counts only when it ends right where the later one starts.
    if (found && nextFilled(lines, block.end) !== found.start) break;
    found = block;
    i = first;
  }
  return found;
}

/** A line that belongs to the signing block above the line after it: a capacity, or the body a capacity names. */
function continuesBlock(line: Line): boolean {
  return !line.blank && (isCapacity(line.text) || isBodyLine(line.text));
}

function nextFilledBack(lines: Line[], from: number, stop: number): number {
  for (let i = from; i >= stop; i--) if (lines[i] && !lines[i]?.blank) return i;
  return -1;
}
