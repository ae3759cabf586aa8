/**
 * The sections of a document's text, for its "Mục lục" and for the levels of its headings: Phần, Chương,
 * Mục and Điều as legal texts number them, and the Roman-numbered parts (I., II.) and their Arabic-numbered
 * heads (1., 2.) of administrative documents. A line is a section head when it is a heading of the source
 * (`#` in Markdown) or when it opens with one of those markers; an Arabic-numbered paragraph is not one
 * (it is usually a task), unless the source made it a heading.
 *
 * Levels follow the legal hierarchy, not the source's `#` count (the Ba Tơ plan puts "III." one `#` above
 * "I." and "II."): the kinds present, in the order Phần > Chương > Mục > Điều > I. > 1. > other headings,
 * get levels 1, 2, 3…, and no head is more than one level below the head before it.
 */
import type { Block } from '../../schemas/text.ts';
import type { OutlineEntry } from '../../schemas/archive.ts';

const KINDS = ['phan', 'chuong', 'muc', 'dieu', 'roman', 'arabic'] as const;
type Kind = (typeof KINDS)[number] | `heading-${number}`;

const ROMAN = '[IVXLC]+';
const MARKERS: Array<[Kind, RegExp]> = [
  ['phan', new RegExp(`^Phần\\s+(?:thứ\\s+\\p{L}+|${ROMAN}|\\d+)\\b`, 'u')],
  ['chuong', new RegExp(`^Chương\\s+(?:${ROMAN}|\\d+)\\b`, 'u')],
  ['muc', new RegExp(`^Mục\\s+(?:${ROMAN}|\\d+)(?:\\.|:|\\s*$|\\s+\\p{Lu})`, 'u')],
  ['dieu', /^Điều\s+\d+[a-zđ]?\s*[.:]/u],
  ['roman', new RegExp(`^${ROMAN}\\s*[.\\-–/)]\\s*\\S`, 'u')],
];
const ARABIC = /^\d{1,2}\s*[.)]\s*\S/u;
const LABEL_WORDS = 14;

function blockText(block: Block): string {
  return block.inlines.map((inline) => inline.text).join('').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** The kind of section a body block heads, or null when it is ordinary text. */
function kindOf(block: Block): Kind | null {
  if (block.section !== 'body' || block.kind === 'list-item') return null;
  const text = blockText(block);
  for (const [kind, pattern] of MARKERS) if (pattern.test(text)) return kind;
  if (block.kind !== 'heading') return null;
  return ARABIC.test(text) ? 'arabic' : `heading-${block.depth ?? 1}`;
}

function label(text: string): string {
  const words = text.replace(/[:;,]\s*$/, '').split(' ');
  return words.length <= LABEL_WORDS ? words.join(' ') : `${words.slice(0, LABEL_WORDS).join(' ')}…`;
}

function rank(kind: Kind): number {
  const fixed = (KINDS as readonly string[]).indexOf(kind);
  return fixed >= 0 ? fixed : KINDS.length + Number(kind.slice('heading-'.length));
}

export function documentOutline(blocks: readonly Block[]): OutlineEntry[] {
  const heads = blocks.flatMap((block, index) => {
    const kind = kindOf(block);
    return kind === null ? [] : [{ index, kind, text: blockText(block) }];
  });
  const present = [...new Set(heads.map((head) => head.kind))].sort((a, b) => rank(a) - rank(b));
  // A head never sits more than one level below the one before it (a "1." directly under "Chương I").
  let previous = 0;
  return heads.map((head) => {
    const level = Math.min(present.indexOf(head.kind) + 1, previous + 1);
    previous = level;
    return { block: head.index, level, label: label(head.text) };
  });
}

/**
 * The HTML level of each heading block (`h3`…`h6`): the page's h1 and its "Toàn văn" h2 come first, a
 * heading of the document's header or closing (its type line, its subject, "Nơi nhận") is an h3, and a
 * section head is an h3 at level 1, an h4 at level 2…, so that headings never skip a level.
 */
export function headingDepths(blocks: readonly Block[]): Map<number, 3 | 4 | 5 | 6> {
  const levels = new Map(documentOutline(blocks).map((entry) => [entry.block, entry.level]));
  const depths = new Map<number, 3 | 4 | 5 | 6>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    depths.set(index, Math.min(6, 2 + (levels.get(index) ?? 1)) as 3 | 4 | 5 | 6);
  });
  return depths;
}
