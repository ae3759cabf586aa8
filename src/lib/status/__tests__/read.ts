/** Test helper: a text's paragraphs as body blocks, their statements with references shown as printed. */
import { detectInBlocks } from '../../citations/resolve.ts';
import { parseDocument } from '../../parse/index.ts';
import type { Statement, StatementRef } from '../../../schemas/status.ts';
import type { Block } from '../../../schemas/text.ts';
import { detectStatements } from '../detect.ts';

/** One body paragraph per line (blank lines ignored). */
export function paragraphs(text: string): Block[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', section: 'body', inlines: [{ text: line }] }));
}

export interface Readable {
  type: Statement['type'];
  kind?: string;
  by?: string;
  target?: string;
  subject?: string;
  part?: string | null;
  byPart?: string | null;
  date?: unknown;
  from?: unknown;
  until?: unknown;
  reported?: boolean;
}

/** The statements of `blocks`, each reference written as the citation's number and symbol, `self:Type`, `implicit` or `unnamed`. */
export function readStatements(blocks: Block[]): Array<Readable & { block: number; sentence: string }> {
  const detected = detectInBlocks(blocks);
  const show = (ref: StatementRef): string => {
    if (ref.kind === 'self') return `self:${ref.type}`;
    if (ref.kind !== 'citation') return ref.kind;
    const found = detected.find((d) => d.block === ref.block && d.candidate.start === ref.start);
    if (!found) throw new Error(`no citation at ${ref.block}:${ref.start}`);
    const c = found.candidate;
    return c.number !== null && c.symbol !== null ? `${c.number}/${c.symbol}` : (c.name ?? c.printed);
  };
  return detectStatements(blocks, detected).map((s) =>
    s.type === 'change'
      ? { type: s.type, kind: s.kind, by: show(s.by), target: show(s.target), part: s.part, byPart: s.byPart, date: s.date, reported: s.reported, block: s.block, sentence: s.sentence }
      : { type: s.type, subject: show(s.subject), from: s.from, until: s.until, block: s.block, sentence: s.sentence },
  );
}

/** Statements of a text, one paragraph per line, without evidence fields (for tables). */
export function statementsOf(text: string): Readable[] {
  return readStatements(paragraphs(text)).map(({ block: _b, sentence: _s, ...rest }) => rest);
}

/** Statements of a whole document, parsed as the ingest parses it. */
export function statementsOfDocument(text: string): ReturnType<typeof readStatements> {
  return readStatements(parseDocument(text).blocks);
}
