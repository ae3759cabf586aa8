/**
 * A page's positioned words (a PDF's text layer, Tesseract's words of a scan) → text in reading order.
 * Items are grouped into lines by their baseline, lines into paragraphs by the space between them. A run of lines split into two columns (the header of an
 * administrative document: issuer and number on the left, the national motto and the date on the right)
 * is read column by column, each column a cell of its own, as the parser expects.
 */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

/** A gap wider than this many font sizes splits a line into columns. */
const COLUMN_GAP = 2.5;
/** Lines further apart than this many times the usual spacing start a new paragraph. */
const PARAGRAPH_GAP = 1.45;
/** A header line's centre is within this many font sizes of its column's centre. */
const CENTRED = 3;

const centre = (segment: Segment): number => (segment.x + segment.end) / 2;

export function pageText(items: TextItem[]): string {
  const lines = toLines(items.filter((item) => item.str.trim() !== '' || item.str === ' '));
  if (lines.length === 0) return '';
  const spacings = lines.slice(1).map((line, index) => lines[index]!.y - line.y).filter((gap) => gap > 0).sort((a, b) => a - b);
  const usual = spacings[Math.floor(spacings.length / 2)] ?? lines[0]!.size * 1.2;
  const blocks: string[][] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(paragraph);
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.segments.length === 2) {
      // Two columns from here for as long as lines keep to one side of the split.
      flush();
      // The gutter between the columns: a segment belongs to the side its centre is on.
      const split = (line.segments[0]!.end + line.segments[1]!.x) / 2;
      // Header text is centred under its column (Nghị định 30/2020/NĐ-CP, Phụ lục I): a line alone that is
      // not (`Kính gửi:` at the margin, the body's first line) is the body, after the header.
      const centres = [centre(line.segments[0]!), centre(line.segments[1]!)];
      const left: string[][] = [[]];
      const right: string[][] = [[]];
      let last = line.y;
      for (; index < lines.length; index++) {
        const current = lines[index]!;
        const crosses = current.segments.length === 1 && current.segments[0]!.x < split && current.segments[0]!.end > split;
        if (crosses || current.segments.length > 2) break;
        if (current.segments.length === 1) {
          const middle = centre(current.segments[0]!);
          if (Math.abs(middle - centres[middle >= split ? 1 : 0]!) > current.size * CENTRED) break;
        }
        const gapBreak = last - current.y > usual * PARAGRAPH_GAP;
        if (gapBreak) {
          left.push([]);
          right.push([]);
        }
        for (const segment of current.segments) appendLine(((segment.x + segment.end) / 2 >= split ? right : left).at(-1)!, segment.text);
        last = current.y;
      }
      index -= 1;
      for (const column of [left, right]) {
        const parts = column.filter((part) => part.length > 0);
        if (parts.length === 0) continue;
        blocks.push(['|']);
        blocks.push(...parts);
      }
      blocks.push(['|']);
      continue;
    }
    const previous = lines[index - 1];
    if (previous && previous.y - line.y > usual * PARAGRAPH_GAP) flush();
    // A line of three parts or more (a table row, a signature line spread across the page) is one line.
    appendLine(paragraph, line.segments.map((segment) => segment.text).join(' '));
  }
  flush();
  return blocks.map((block) => block.join('\n')).join('\n\n');
}

/** A line broken after a hyphen (`2021-` / `2030`, `94-` / `KL/TW`) is one word on paper. */
function appendLine(lines: string[], text: string): void {
  if (lines.length > 0 && /\S-$/.test(lines.at(-1)!)) lines[lines.length - 1] += text;
  else lines.push(text);
}

function toLines(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; size: number; items: TextItem[] }> = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - item.y) <= Math.max(line.size, item.fontSize) * 0.4) line.items.push(item);
    else lines.push({ y: item.y, size: item.fontSize || 10, items: [item] });
  }
  return lines.map((line) => ({ y: line.y, size: line.size, segments: segments(line.items.sort((a, b) => a.x - b.x), line.size) }));
}

function segments(items: TextItem[], size: number): Segment[] {
  const out: Segment[] = [];
  for (const item of items) {
    const current = out.at(-1);
    if (current && item.x - current.end <= size * COLUMN_GAP) {
      // Items of one line touch or are a space apart; a space that the PDF left out is put back.
      const gap = item.x - current.end;
      current.text += gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ') ? ` ${item.str}` : item.str;
      current.end = Math.max(current.end, item.x + item.width);
    } else {
      out.push({ x: item.x, end: item.x + item.width, text: item.str });
    }
  }
  return out.map((segment) => ({ ...segment, text: segment.text.replace(/\s+/g, ' ').trim() })).filter((segment) => segment.text !== '');
}
