/**
 * parseDocument: decoded source text → metadata + blocks. The document is cut into its paper
 * sections — header, recipients, body, distribution, signature — and every line lands in
 * exactly one block of one section, so no printed word is lost.
 */
import type { Block, BlockSection } from '../../schemas/text.ts';
import type { ExtractedMetadata, ParsedDocument } from '../../schemas/metadata.ts';
import { toLines, type Line } from './lines.ts';
import { parseHeader } from './header.ts';
import { findRecipients, parseRecipients } from './recipients.ts';
import { parseClosing } from './closing.ts';
import { blockOf, reflow } from './reflow.ts';
import { issuingBodies } from './issuing-bodies.ts';
import { attachedNotes, completeFromNotes } from './attachment.ts';

export function parseDocument(text: string): ParsedDocument {
  const lines = toLines(text);
  const recipientsAt = findRecipients(lines);
  const closed = recipientsAt >= 0;
  const header = parseHeader(lines, closed ? recipientsAt : headerWindow(lines), closed);
  const recipients = closed ? parseRecipients(lines, recipientsAt) : null;
  const bodyStart = recipients ? recipients.end : header.end;
  const closing = parseClosing(lines, bodyStart);

  const blocks: Block[] = [];
  blocks.push(...headerBlocks(lines, header.end, header.groups));
  if (recipients) blocks.push(...reflow(lines, recipients.start, recipients.end, 'recipients'));

  // Body, then distribution and signature in whichever order they were printed; what follows
  // (appendices, footnotes, a repeated page) is body again.
  const spans: { start: number; end: number; section: BlockSection; groups?: number[][] }[] = [];
  if (closing.distribution) spans.push({ ...closing.distribution, section: 'distribution' });
  for (const signature of closing.signatures) spans.push({ ...signature, section: 'signature', groups: signature.lines });
  spans.sort((a, b) => a.start - b.start);
  let at = bodyStart;
  for (const span of spans) {
    if (span.start < at) continue;
    blocks.push(...reflow(lines, at, span.start, 'body'));
    if (span.groups) blocks.push(...groupBlocks(lines, span.groups, span.start, span.end, span.section));
    else blocks.push(...reflow(lines, span.start, span.end, span.section));
    at = span.end;
  }
  blocks.push(...reflow(lines, at, lines.length, 'body'));

  const bodies = issuingBodies({
    bodies: header.bodies,
    titleBody: header.titleBody,
    symbol: header.symbol,
    signatures: closing.asideSignature ? [closing.asideSignature] : closing.signatures.map((s) => s.value),
  });
  const printed: ExtractedMetadata = {
    issuer: bodies.issuer,
    issuerParent: bodies.issuerParent,
    number: header.number,
    symbol: header.symbol,
    docType: header.docType,
    place: header.place,
    date: header.date,
    subject: header.subject,
    recipients: recipients?.items ?? [],
    distribution: closing.distribution?.items ?? [],
    signature: bodies.signature,
  };
  const metadata = completeFromNotes(printed, attachedNotes(blocks));
  if (bodies.coIssuers.length > 0) metadata.coIssuers = bodies.coIssuers;
  return { metadata, blocks };
}

/** Without a `Kính gửi`, header fields are looked for in the first lines, never past `Nơi nhận`. */
function headerWindow(lines: Line[]): number {
  let filled = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^\W*n[o0ơ][i1l]\s*nh[a4]n\s*:/.test(lines[i]?.key ?? '')) return i;
    if (!lines[i]?.blank && ++filled > 40) return i;
  }
  return lines.length;
}

/** Header lines one block each, except groups (a wrapped subject, a spread date) which are one block. */
function headerBlocks(lines: Line[], end: number, groups: number[][]): Block[] {
  return groupBlocks(lines, groups, 0, end, 'header');
}

function groupBlocks(lines: Line[], groups: number[][], start: number, end: number, section: BlockSection): Block[] {
  const blocks: Block[] = [];
  const owner = new Map<number, number[]>();
  for (const group of groups) for (const i of group) owner.set(i, group);
  for (let i = start; i < end; i++) {
    const group = owner.get(i);
    const members = group && group[0] === i ? group.filter((k) => k < end) : group ? [] : [i];
    if (members.length === 0) continue;
    const block = blockOf(
      members.map((k) => lines[k] as Line),
      section,
    );
    if (block) blocks.push(block);
  }
  return blocks;
}
