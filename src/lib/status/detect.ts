/**
 * What one document's text says about legal force, block by block: amending statements (changes.ts),
 * lists of instruments or parts they open (lists.ts) and entry into force (effect.ts). Per document and
 * cacheable with its source: which instrument a citation means, and dates relative to signing, are the
 * resolver's (resolve.ts).
 */
import type { DetectedCitation } from '../citations/resolve.ts';
import type { Statement } from '../../schemas/status.ts';
import { foldDiacritics } from '../text.ts';
import type { CitationCandidate } from '../../schemas/archive.ts';
import type { Block } from '../../schemas/text.ts';
import { blockText } from './clauses.ts';
import { readChanges } from './changes.ts';
import { readEffects } from './effect.ts';
import { type ListState, continueList } from './lists.ts';
import { ANY_STATUS_WORD } from './verbs.ts';

/** Inside a quotation (`“…”`, the wording of another instrument) the text speaks for that instrument, not this one. */
function speaksForItself(statement: Statement): boolean {
  const subject = statement.type === 'change' ? statement.by : statement.subject;
  return subject.kind === 'self' || subject.kind === 'implicit';
}

/** `hiệu lực` as printed, OCR-damaged or decomposed (NFD): a block without it, a citation or a list states nothing. */
const MAY_SAY_IN_FORCE = /h\S?i\S{0,4}u\s+l\S{0,4}c/iu;

/** How many blocks a quotation may run over. */
const QUOTE_SPAN = 20;

/**
 * Blocks that start inside a quotation: from a block opening `“` to the block closing it, when it closes
 * within QUOTE_SPAN blocks; a `“` never closed (an OCR stamp `“ CỔNG THÔNG TIN…`) quotes only its own block.
 */
function quotedBlocks(texts: string[]): Set<number> {
  const quoted = new Set<number>();
  texts.forEach((text, index) => {
    if (/^[\s*_]*["“]/.test(text)) quoted.add(index);
    const open = text.lastIndexOf('“');
    if (open < 0 || text.indexOf('”', open) >= 0) return;
    const close = texts.slice(index + 1, index + 1 + QUOTE_SPAN).findIndex((later) => later.includes('”'));
    for (let at = index + 1; close >= 0 && at <= index + 1 + close; at++) quoted.add(at);
  });
  return quoted;
}

export function detectStatements(blocks: Block[], detected: DetectedCitation[]): Statement[] {
  const candidates = new Map<number, CitationCandidate[]>();
  for (const { block, candidate } of detected) {
    const list = candidates.get(block);
    if (list) list.push(candidate);
    else candidates.set(block, [candidate]);
  }
  const found: Statement[] = [];
  let list: ListState | null = null;
  const texts = blocks.map((block) => block.inlines.map((inline) => inline.text).join(''));
  const quoted = quotedBlocks(texts);
  blocks.forEach((block, index) => {
    const text = texts[index]!;
    const quotedAtStart = quoted.has(index);
    if (block.section !== 'body' && block.section !== 'header') {
      list = null;
      return;
    }
    // A statement needs a verb, and an instrument to name (a citation), an entry into force or a list to open.
    // (Folding is the costly part: only blocks that may hold a statement are folded.)
    const possible = candidates.has(index) || /:\s*$/.test(text) || MAY_SAY_IN_FORCE.test(text);
    const relevant = possible && ANY_STATUS_WORD.test(foldDiacritics(text).toLowerCase());
    if (list === null && !relevant) return;
    const b = blockText(index, text, candidates.get(index) ?? []);
    if (list !== null) {
      const step = continueList(list, b, block.kind === 'heading');
      found.push(...step.statements);
      if (!step.done) return;
      list = null;
    }
    if (!relevant) return;
    const { statements, open } = readChanges(b);
    const own = [...statements, ...readEffects(b)].filter((statement) => !quotedAtStart || !speaksForItself(statement));
    found.push(...own.sort((x, y) => x.block - y.block));
    if (open && !quotedAtStart) list = { open, items: 0 };
  });
  return found;
}
