/**
 * Blocks from lines. Crawls and scans hard-wrap paragraphs; a line continues the block above
 * unless something says a new one starts: a gap the text does not run across, a list marker, a
 * numbered item, a heading, a finished sentence followed by a capital, or a crawl's short first
 * line. Sources that already give one paragraph per line with gaps between come out unchanged.
 */
import type { Block, BlockSection, Inline } from '../../schemas/text.ts';
import type { Line } from './lines.ts';
import { endsSentence, isAllCaps, isNumbered, listMarker, startsLower, startsUpper } from './keywords.ts';

/** One block from the given lines, joined with single spaces (blank lines skipped). */
export function blockOf(lines: Line[], section: BlockSection): Block | null {
  const filled = lines.filter((l) => !l.blank);
  const first = filled[0];
  if (!first) return null;
  const block: Block = { kind: first.depth !== undefined ? 'heading' : 'paragraph', section, inlines: [] };
  if (first.depth !== undefined) block.depth = first.depth;
  let runs = filled.flatMap((l, k) => withSpace(l.runs, k < filled.length - 1));
  const marker = first.depth === undefined ? listMarker(first.text) : null;
  if (marker) {
    block.kind = 'list-item';
    block.marker = marker.marker;
    runs = cutPrefix(runs, marker.prefix.length);
  }
  block.inlines = mergeRuns(runs);
  return block;
}

/**
 * Reflows lines [from, to) into blocks of one section. An empty line ends a block unless the text plainly
 * runs on across it (a sentence cut by a page break or a stray empty line: `… báo cáo UBND tỉnh` / `trước
 * ngày 30/6/2025 …`); a `|` cell boundary or a rule always ends it.
 */
export function reflow(lines: Line[], from: number, to: number, section: BlockSection): Block[] {
  const blocks: Block[] = [];
  const width = wrapWidth(lines, from, to);
  let current: Line[] = [];
  let gap = false;
  const flush = (): void => {
    const block = blockOf(current, section);
    if (block) blocks.push(block);
    current = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.blank) {
      if (line.rule) flush();
      gap = current.length > 0;
      continue;
    }
    const prev = current[current.length - 1];
    if (prev && (gap ? !runsOn(current, line) : startsBlock(current, line, width, lines[i + 1]))) flush();
    gap = false;
    current.push(line);
    if (line.depth !== undefined) flush();
  }
  flush();
  return blocks;
}

/** Words after which a phrase cannot stop: a block ending with one goes on past an empty line. */
const OPEN_END = /(?:^|\s)(?:và|của|các|những|theo|tại|với|đến|về|cho|trong|từ|là|được|để|hoặc|số)$/u;
/** A page number alone between empty lines (a PDF's text layer): a block of its own, never run across. */
const PAGE_NUMBER = /^\d{1,3}$/;
/** `(Ban hành kèm theo Quyết định số …)`: the note under an attached text's title opens a block. */
export const ATTACHED_NOTE = /^[*\s]*\(\s*(?:ban\s+hành\s+)?kèm\s+theo\b/iu;

/** Whether `line`, after an empty line, continues the block `block` rather than starting a new one. */
function runsOn(block: Line[], line: Line): boolean {
  const last = block[block.length - 1] as Line;
  const first = block[0] as Line;
  if (last.depth !== undefined || line.depth !== undefined) return false;
  if (endsSentence(last.text) || isAllCaps(last.text, 6) || isAllCaps(line.text, 6)) return false;
  if (listMarker(line.text) !== null || isNumbered(line.text) || ATTACHED_NOTE.test(line.text)) return false;
  if (PAGE_NUMBER.test(last.text) || PAGE_NUMBER.test(line.text)) return false;
  if (startsLower(line.text) || /^\W*\p{N}/u.test(line.text) || OPEN_END.test(last.text)) return true;
  // A name cut across the gap inside a long sentence (`… Thừa Thiên Huế, Đà` / `Năng, Quảng Nam …`); a short
  // unpunctuated block is a heading and the capital starts the text under it.
  const length = block.reduce((sum, l) => sum + l.text.length, 0);
  const nameCut = /(?:^|\s)\p{Lu}\p{Ll}*$/u.test(last.text) && /^\p{Lu}\p{Ll}*[\s,]/u.test(line.text);
  return nameCut && length >= 100 && !isNumbered(first.text) && !first.runs.every((r) => r.strong);
}

/**
 * The width lines were wrapped at, or 0 when they were not (one paragraph a line): the length most of
 * the longer lines reach. Crawls wrap the first line of each paragraph short and the others at this width.
 */
function wrapWidth(lines: Line[], from: number, to: number): number {
  const lengths: number[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line && !line.blank && !lines[i + 1]?.blank && i + 1 < to) lengths.push(line.text.length);
  }
  if (lengths.length < 8) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

function startsBlock(block: Line[], line: Line, width: number, next: Line | undefined): boolean {
  const prev = block[block.length - 1] as Line;
  return (
    ATTACHED_NOTE.test(line.text) ||
    // A parenthesis that opened the block closes at the end of the line: what follows is new text.
    (/^\(/.test(block[0]?.text ?? '') && /\)\.?$/.test(prev.text) && startsUpper(line.text)) ||
    line.depth !== undefined ||
    listMarker(line.text) !== null ||
    isNumbered(line.text) ||
    (endsSentence(prev.text) && startsUpper(line.text)) ||
    // A line in capitals (a title, the enacting authority of a decision) stands on its own.
    isAllCaps(prev.text, 6) !== isAllCaps(line.text, 6) ||
    shortLineStarts(prev, line, width, next)
  );
}

/**
 * In wrapped text a short line ends its paragraph, and a crawl wraps each paragraph's first line short:
 * a short capitalized line after a short line, followed by a full one, is the first line of a new
 * paragraph (`1.4. Giao Sở Xây dựng` / `Theo dõi, đôn đốc Ủy ban` / `nhân dân các phường, xã, …`).
 */
function shortLineStarts(prev: Line, line: Line, width: number, next: Line | undefined): boolean {
  if (width < 40 || !next || next.blank) return false;
  const short = (l: Line): boolean => l.text.length < width * 0.55;
  return short(prev) && short(line) && /^\p{Lu}/u.test(line.text) && !OPEN_END.test(prev.text) && next.text.length >= width * 0.7;
}

function withSpace(runs: Inline[], space: boolean): Inline[] {
  const out = runs.map((r) => ({ ...r }));
  const last = out[out.length - 1];
  if (space && last) last.text += ' ';
  return out;
}

/** Removes the first `length` characters (a list marker) from a run list. */
function cutPrefix(runs: Inline[], length: number): Inline[] {
  let left = length;
  const out: Inline[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

/** Joins neighbouring runs with the same emphasis so a block has as few runs as it needs. */
function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.strong === run.strong && last.emphasis === run.emphasis) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}
