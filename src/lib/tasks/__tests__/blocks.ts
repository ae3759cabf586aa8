/**
 * A plain splitter for tests: blank lines separate paragraphs, hard-wrapped lines join with a space,
 * `- ` lines are list items, a line opening with `a)`/`1.` starts a paragraph, `#` lines headings, `**`/`*` markers dropped. Every block is `body`.
 * It stands in for the real parser where the test must not depend on it (robustness over odd input).
 */
import type { Block } from '../../../schemas/text.ts';

export function splitBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', section: 'body', inlines: [{ text: strip(paragraph.join(' ')) }] });
      paragraph = [];
    };
    for (const line of chunk.split('\n')) {
      const list = /^\s*[-+•]\s+(.*)$/.exec(line);
      const heading = /^\s*(#{1,6})\s+(.*)$/.exec(line);
      if (list || heading) {
        flush();
        if (list) blocks.push({ kind: 'list-item', section: 'body', marker: '-', inlines: [{ text: strip(list[1] ?? '') }] });
        else blocks.push({ kind: 'heading', section: 'body', depth: heading?.[1]?.length ?? 1, inlines: [{ text: strip(heading?.[2] ?? '') }] });
      } else if (line.trim()) {
        // A line opening with an item number (`¢) S& Ké hoach…` in the OCR seed) starts a new paragraph.
        if (/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ¢]\))\s/u.test(line)) flush();
        paragraph.push(line.trim());
      }
    }
    flush();
  }
  return blocks.filter((b) => b.inlines.some((i) => i.text.trim()));
}

function strip(text: string): string {
  return text.replace(/\*\*|\*/g, '').replace(/\s+/g, ' ').trim();
}
