/**
 * Blocks from lines. Crawls and scans hard-wrap paragraphs; a line continues the block above
 * unless something says a new one starts: a gap, a list marker, a numbered item, a heading,
 * or a finished sentence followed by a capital. Sources that already give one paragraph per
 * line with gaps between come out unchanged.
 */
import type { Block, BlockSection, Inline } from '../../schemas/text.ts';
import type { Line } from './lines.ts';
import { endsSentence, isAllCaps, isNumbered, listMarker, startsUpper } from './keywords.ts';

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

/** Reflows lines [from, to) into blocks of one section. */
export function reflow(lines: Line[], from: number, to: number, section: BlockSection): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    const block = blockOf(current, section);
    if (block) blocks.push(block);
    current = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.blank) {
      flush();
      continue;
    }
    const prev = current[current.length - 1];
    if (prev && startsBlock(prev, line)) flush();
    current.push(line);
    if (line.depth !== undefined) flush();
  }
  flush();
  return blocks;
}

function startsBlock(prev: Line, line: Line): boolean {
  return (
    line.depth !== undefined ||
    listMarker(line.text) !== null ||
    isNumbered(line.text) ||
    (endsSentence(prev.text) && startsUpper(line.text)) ||
    // A line in capitals (a title, the enacting authority of a decision) stands on its own.
    isAllCaps(prev.text, 6) !== isAllCaps(line.text, 6)
  );
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
